// Eleventy configuration of the report site. The build (src/render/eleventy.ts) and the dev
// server both load it; the report model reaches it through src/render/model-store.ts.
// Templates get one global, `report` (pages to paginate, or the data's errors); narrative and
// data text is never passed through Nunjucks: it arrives as finished, escaped HTML or as plain
// text that autoescape escapes.
// Under the live server (`npm start`, src/pipeline/serve.ts) the config also watches the data
// folder and re-reads it before every build; in a normal build no hooks are registered.
// A build from the tool's bundle takes the included templates as the bundle compiled them
// (src/render/nunjucks-includes.mjs).

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { currentSiteData } from './src/render/site-data.ts';
import { getBasePath, getDevHooks, getPageWritten, getStoredReport } from './src/render/model-store.ts';
import { writeBrandFiles } from './src/render/brand.ts';
import { rewriteSiteAddresses } from './src/render/site-addresses.ts';
import { POLICY } from './src/render/policy.ts';
import { siteCopies } from './src/render/kept-site.ts';
import { NUNJUCKS_OPTIONS, nunjucksEnvironment, precompiledTemplates } from './src/render/nunjucks-includes.mjs';
import type { CompiledInclude } from './src/render/nunjucks-includes.mjs';
import { compiledFile } from './src/util/compiled.ts';

const ROOT = path.dirname(fileURLToPath(import.meta.url));
const fromRoot = (p: string): string => path.relative(process.cwd(), path.join(ROOT, p)) || '.';

interface EleventyConfig {
  addGlobalData(name: string, value: () => unknown): void;
  addPassthroughCopy(map: Record<string, string>): void;
  setNunjucksEnvironmentOptions(options: Record<string, unknown>): void;
  setLibrary(engine: 'njk', library: unknown): void;
  setNunjucksPrecompiledTemplates(templates: Record<string, unknown>): void;
  addWatchTarget(target: string): void;
  setServerOptions(options: Record<string, unknown>): void;
  setChokidarConfig(options: Record<string, unknown>): void;
  setServerPassthroughCopyBehavior(behavior: 'copy' | 'passthrough'): void;
  on(event: 'eleventy.before' | 'eleventy.after', handler: (event: { readonly directories?: { readonly output?: string } }) => Promise<void>): void;
  addTransform(name: string, transform: (this: { page: { url: string | false; outputPath: string | false } }, content: string) => string): void;
}

/** The templates the bundle compiled (compile.mjs), or null when this runs from the sources. */
async function compiledIncludes(): Promise<readonly CompiledInclude[] | null> {
  const file = compiledFile('nunjucks-includes');
  return file === null ? null : ((await import(pathToFileURL(file).href)) as { includes: readonly CompiledInclude[] }).includes;
}

export default async function configure(eleventyConfig: EleventyConfig): Promise<Record<string, unknown>> {
  eleventyConfig.addGlobalData('report', () => currentSiteData());
  // The pages' Content-Security-Policy, defined once (src/render/policy.ts).
  eleventyConfig.addGlobalData('policy', () => POLICY);
  const dev = getDevHooks();
  // The live server may render from another template folder (a test's copy); a build never does.
  const templates = dev?.templatesDir ?? fromRoot('templates');
  // Nunjucks: the included templates compiled ahead in a build from the bundle (any other searched
  // where Eleventy's own loader searches: the includes, then the working folder), and Eleventy
  // told they are precompiled, so that it takes a page template from the environment too, compiled
  // once; else Eleventy's own environment.
  const compiled = dev === null ? await compiledIncludes() : null;
  if (compiled !== null) {
    eleventyConfig.setLibrary('njk', nunjucksEnvironment([path.join(templates, '_includes'), process.cwd()], compiled));
    eleventyConfig.setNunjucksPrecompiledTemplates(precompiledTemplates(compiled));
  } else eleventyConfig.setNunjucksEnvironmentOptions({ ...NUNJUCKS_OPTIONS });
  // The assets and vendor scripts (src/render/kept-site.ts siteCopies), as paths from here.
  const copies: Record<string, string> = {};
  for (const [from, to] of siteCopies(templates)) copies[path.relative(process.cwd(), from) || '.'] = to;
  eleventyConfig.addPassthroughCopy(copies);
  // The organisation's logo and colour, files of the site's assets named by their hash
  // (src/render/brand.ts); a build and the live server alike.
  eleventyConfig.on('eleventy.after', async ({ directories }) => {
    const stored = getStoredReport();
    if (stored.kind === 'model' && directories?.output !== undefined) await writeBrandFiles(stored.model.settings, directories.output);
  });
  // Eleventy prints a "Benchmark" line when a transform takes over 8 % of a build; rewriting
  // every address of every page is this tool's expected work, not something to tell the person
  // building (a build prints diagnostics only). Guarded: an Eleventy without the hook prints it.
  (eleventyConfig as unknown as { benchmarks?: { config?: { setMinimumThresholdMs?: (ms: number) => void } } })
    .benchmarks?.config?.setMinimumThresholdMs?.(0);
  // Every address of a page relative to it, or under --base-path (src/render/site-addresses.ts);
  // the page as written is then handed to whoever asked for it (a build scans it at once).
  eleventyConfig.addTransform('site-addresses', function (content) {
    const { url, outputPath } = this.page;
    if (typeof url !== 'string' || typeof outputPath !== 'string' || !outputPath.endsWith('.html')) return content;
    const html = rewriteSiteAddresses(content, url, getBasePath());
    getPageWritten()?.(outputPath, html);
    return html;
  });
  if (dev !== null) {
    eleventyConfig.addWatchTarget(dev.dataDir);
    eleventyConfig.on('eleventy.before', () => dev.beforeBuild());
    eleventyConfig.on('eleventy.after', () => dev.afterBuild());
    eleventyConfig.setServerOptions({ ...dev.serverOptions });
    eleventyConfig.setServerPassthroughCopyBehavior('passthrough');
    // A saved file is taken after 50 ms of quiet (Eleventy's default waits 150 ms).
    eleventyConfig.setChokidarConfig({ awaitWriteFinish: { stabilityThreshold: 50, pollInterval: 10 } });
  }
  return {
    dir: { input: templates, includes: '_includes', data: '_data' },
    templateFormats: ['njk'],
    htmlTemplateEngine: 'njk',
  };
}
