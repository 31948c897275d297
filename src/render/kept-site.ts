// What a site is rendered from besides its model, and the site a build kept (page-cache.ts): when
// the model and these inputs are those of a site kept before, every page comes from the store and
// the assets are copied, and Eleventy is not even loaded (a warm build). renderSite (eleventy.ts)
// renders the rest; both key, place and keep pages the same way, through this module.

import { cp } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportModel } from '../model/site.ts';
import { writeBrandFiles } from './brand.ts';
import { PagePlan, renderEnvironmentKey, siteKey } from './page-cache.ts';
import type { PageEntries, PageFile } from './page-cache.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's Eleventy config and template folder (absolute). */
export const ELEVENTY_CONFIG = path.join(ROOT, '.eleventy.ts');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');

/** What rendered pages depend on besides their views (page-cache.ts renderEnvironmentKey), with
 * the pages' templates from `templatesDir`. */
export function renderInputs(templatesDir: string = TEMPLATES_DIR): string[] {
  return [templatesDir, ELEVENTY_CONFIG, path.join(ROOT, 'package-lock.json')];
}
export const RENDER_INPUTS = renderInputs();

/** Browser builds served from the site itself (no CDN): the package's file, the site's path. */
const VENDOR: Readonly<Record<string, string>> = {
  'node_modules/chart.js/dist/chart.umd.min.js': 'assets/vendor/chart.umd.min.js',
  'node_modules/luxon/build/global/luxon.min.js': 'assets/vendor/luxon.min.js',
  'node_modules/chartjs-adapter-luxon/dist/chartjs-adapter-luxon.umd.min.js': 'assets/vendor/chartjs-adapter-luxon.umd.min.js',
};

/**
 * The files a site has besides its pages, copied as they are: the templates' assets folder and
 * the vendor scripts, as absolute source → site path (a folder is copied whole). Eleventy's
 * passthrough copies (.eleventy.ts) and a kept site's copy alike.
 */
export function siteCopies(templatesDir: string = TEMPLATES_DIR): ReadonlyMap<string, string> {
  const copies = new Map<string, string>([[path.resolve(templatesDir, 'assets'), 'assets']]);
  for (const [from, to] of Object.entries(VENDOR)) copies.set(path.join(ROOT, from), to);
  return copies;
}

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
  /** Told each page Eleventy renders, as it is written: its site path (`en/index.html`) and its HTML. */
  readonly onPageWritten?: (file: string, html: string) => void;
  /** Told, before Eleventy renders, the site path of every page of the site, and those of them
   * already written into it from the page cache (the others come through onPageWritten). */
  readonly onPagesPlanned?: (pages: readonly string[], placed: ReadonlySet<string>) => void;
}

/** The keys of a site's pages: its render environment, and the site's own (siteKey). */
export interface SiteKeys {
  readonly environment: string;
  readonly site: string;
}

/** The keys of a model's site (the whole model hashed: a third of a second for 20,000 contracts a
 * year, so a build makes them once and hands them to placeKeptSite and renderSite). */
export function siteKeys(model: ReportModel, cache: NonNullable<RenderOptions['pageCache']>, basePath: string | null): SiteKeys {
  // A page written for another base path is another page.
  const environment = renderEnvironmentKey({ code: `${cache.code} base-path:${basePath ?? ''}`, paths: RENDER_INPUTS });
  return { environment, site: siteKey(environment, model) };
}

/** Keeps the pages of a plan once rendered (at once, or when the build says: deferKeep); returns every page's size and SHA-256. */
export async function keepPlan(plan: PagePlan, siteDir: string, key: string, cache: NonNullable<RenderOptions['pageCache']>): Promise<ReadonlyMap<string, PageFile>> {
  if (cache.deferKeep === undefined) {
    await plan.keepRendered(siteDir, key);
  } else {
    await plan.recordRendered(siteDir);
    cache.deferKeep(() => plan.keepRendered(siteDir, key));
  }
  return plan.written();
}

/**
 * The site of this model as kept by an earlier build, placed into outDir with its assets and
 * brand files: every page's size and SHA-256; or null when it is not kept whole (render it).
 */
export async function placeKeptSite(model: ReportModel, outDir: string, options: RenderOptions, given?: SiteKeys): Promise<ReadonlyMap<string, PageFile> | null> {
  const cache = options.pageCache;
  if (cache === undefined) return null;
  const siteDir = path.resolve(outDir);
  const keys = given ?? siteKeys(model, cache, options.basePath ?? null);
  const plan = await PagePlan.placeSite(cache.entries, keys.site, siteDir);
  if (plan === null) return null;
  for (const [from, to] of siteCopies()) await cp(from, path.join(siteDir, ...to.split('/')), { recursive: true });
  await writeBrandFiles(model.settings, siteDir);
  return keepPlan(plan, siteDir, keys.site, cache);
}
