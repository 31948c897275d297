// The site renderer the pipeline calls: Eleventy, run programmatically over templates/ with
// .eleventy.ts, the model handed over through model-store.ts. Writes pages and assets into
// outDir and leaves everything else there (downloads/) alone.

import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { ReportModel } from '../model/site.ts';
import { setBasePath, setPageWritten, setPagesToRender, setReportModel } from './model-store.ts';
import { PagePlan, pageFile } from './page-cache.ts';
import type { PageFile } from './page-cache.ts';
import { ELEVENTY_CONFIG, keepPlan, siteKeys, TEMPLATES_DIR } from './kept-site.ts';
import type { RenderOptions, SiteKeys } from './kept-site.ts';
import { currentSiteData } from './site-data.ts';
import { compiledFile } from '../util/compiled.ts';

export { TEMPLATES_DIR, renderInputs } from './kept-site.ts';

let tsLoader = false;

/**
 * The Eleventy configuration to load: the bundle's copy when the command runs from the bundle
 * (src/cli/run.mjs), else .eleventy.ts, which Eleventy imports with Node's own import(): outside
 * `tsx` (a test runner, say) Node needs tsx's loader for that, registered once per process.
 */
export async function eleventyConfigFile(): Promise<string> {
  const compiled = compiledFile('eleventy-config');
  if (compiled !== null) return compiled;
  if (!tsLoader) {
    tsLoader = true;
    const underTsx = process.execArgv.some((a) => a.includes('tsx')) || (process.env['NODE_OPTIONS'] ?? '').includes('tsx');
    if (!underTsx) (await import('tsx/esm/api')).register();
  }
  return ELEVENTY_CONFIG;
}

/**
 * Renders the site into outDir, the pages an earlier build kept taken from the page cache (a site
 * kept whole is placed by placeKeptSite, without Eleventy). Returns the size and SHA-256 of the
 * page files it knows without reading them again (with a page cache: every page; else none).
 * `given`: the site's keys, when the caller made them already.
 */
export async function renderSite(model: ReportModel, outDir: string, options: RenderOptions = {}, given?: SiteKeys): Promise<ReadonlyMap<string, PageFile>> {
  setReportModel(model);
  const basePath = options.basePath ?? null;
  setBasePath(basePath);
  const site = path.resolve(outDir);
  const cache = options.pageCache;
  let plan: PagePlan | null = null;
  let key = '';
  // Fails early, with every narrative problem named by file and line (RenderError).
  const views = currentSiteData().pages;
  const pages = views.map((page) => pageFile(page.url));
  if (cache !== undefined) {
    const keys = given ?? siteKeys(model, cache, basePath);
    key = keys.site;
    plan = await PagePlan.place(cache.entries, keys.environment, views, site);
  }
  const placed = plan === null ? new Set<string>() : new Set(plan.written().keys());
  options.onPagesPlanned?.(pages, placed);
  // The pages' folders are made while Eleventy starts (it makes each one, one at a time, on the
  // main thread as it writes the page; then they are there).
  const folders = Promise.all([...new Set(pages.filter((file) => !placed.has(file)).map((file) => path.dirname(path.join(site, ...file.split('/')))))].map((folder) => mkdir(folder, { recursive: true })));
  folders.catch(() => undefined);
  const eleventy = new Eleventy(TEMPLATES_DIR, site, {
    configPath: await eleventyConfigFile(),
    quietMode: true,
  });
  // The build prints only diagnostics; Eleventy's own "Wrote 50 files" would be noise there.
  eleventy.disableLogger();
  setPagesToRender(plan === null ? null : plan.toRender());
  const told = options.onPageWritten;
  setPageWritten(told === undefined ? null : (outputPath, html) => told(path.relative(site, outputPath).split(path.sep).join('/'), html));
  try {
    await eleventy.write();
  } finally {
    setPagesToRender(null);
    setPageWritten(null);
  }
  await folders;
  if (plan === null || cache === undefined) return new Map();
  return keepPlan(plan, site, key, cache);
}
