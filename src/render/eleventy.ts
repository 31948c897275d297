// The site renderer the pipeline calls: Eleventy, run programmatically over templates/ with
// .eleventy.ts, the model handed over through model-store.ts. Writes pages and assets into
// outDir and leaves everything else there (downloads/) alone.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { ReportModel } from '../model/site.ts';
import { setBasePath, setPagesToRender, setReportModel } from './model-store.ts';
import { PagePlan, renderEnvironmentKey, siteKey } from './page-cache.ts';
import type { PageEntries, PageFile } from './page-cache.ts';
import { currentSiteData } from './site-data.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's Eleventy config and template folder (absolute). */
export const ELEVENTY_CONFIG = path.join(ROOT, '.eleventy.ts');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');

let tsLoader = false;

/** Eleventy imports .eleventy.ts itself, with Node's own import(): outside `tsx` (a test runner,
 * say) Node needs tsx's loader for that, registered once per process. */
function ensureTypeScriptLoader(): void {
  if (tsLoader) return;
  tsLoader = true;
  const underTsx = process.execArgv.some((a) => a.includes('tsx')) || (process.env['NODE_OPTIONS'] ?? '').includes('tsx');
  if (!underTsx) register();
}

/** What rendered pages depend on besides their views (page-cache.ts renderEnvironmentKey), with
 * the pages' templates from `templatesDir`. */
export function renderInputs(templatesDir: string = TEMPLATES_DIR): string[] {
  return [templatesDir, ELEVENTY_CONFIG, path.join(ROOT, 'package-lock.json')];
}
export const RENDER_INPUTS = renderInputs();

export interface RenderOptions {
  /**
   * Keep rendered pages in `entries` (the pipeline's store) and take unchanged ones from it;
   * absent: render all.
   * `deferKeep`: the pages are not kept at once, this is handed the function that keeps them (a
   * build calls it only once the output scan passed); absent: kept at once.
   */
  readonly pageCache?: { readonly entries: PageEntries; readonly code: string; readonly deferKeep?: (keep: () => Promise<void>) => void };
  /** The path the site is published under (`/csr/`: `npm run build -- --base-path /csr/`);
   * absent or null: every address relative to its page (site-addresses.ts). */
  readonly basePath?: string | null;
}

/**
 * Renders the site into outDir. Returns the size and SHA-256 of the page files it knows without
 * reading them again (with a page cache: every page; else none).
 */
export async function renderSite(model: ReportModel, outDir: string, options: RenderOptions = {}): Promise<ReadonlyMap<string, PageFile>> {
  setReportModel(model);
  const basePath = options.basePath ?? null;
  setBasePath(basePath);
  const site = path.resolve(outDir);
  // A page written for another base path is another page.
  const cache = options.pageCache === undefined ? undefined
    : { ...options.pageCache, code: `${options.pageCache.code} base-path:${basePath ?? ''}` };
  let plan: PagePlan | null = null;
  let key = '';
  if (cache !== undefined) {
    const environment = renderEnvironmentKey({ code: cache.code, paths: RENDER_INPUTS });
    key = siteKey(environment, model);
    // The same model rendered before: every page from the cache, no view made at all.
    plan = await PagePlan.placeSite(cache.entries, key, site);
    if (plan === null) {
      // Fails early, with every narrative problem named by file and line (RenderError).
      plan = await PagePlan.place(cache.entries, environment, currentSiteData().pages, site);
    }
  } else {
    currentSiteData(); // the same early failure
  }
  ensureTypeScriptLoader();
  const eleventy = new Eleventy(TEMPLATES_DIR, site, {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
  });
  // The build prints only diagnostics; Eleventy's own "Wrote 50 files" would be noise there.
  eleventy.disableLogger();
  setPagesToRender(plan === null ? null : plan.toRender());
  try {
    await eleventy.write();
  } finally {
    setPagesToRender(null);
  }
  if (plan === null) return new Map();
  if (cache?.deferKeep === undefined) {
    await plan.keepRendered(site, key);
  } else {
    await plan.recordRendered(site);
    const kept = plan;
    cache.deferKeep(() => kept.keepRendered(site, key));
  }
  return plan.written();
}
