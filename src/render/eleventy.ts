// The site renderer the pipeline calls: Eleventy, run programmatically over templates/ with
// .eleventy.ts, the model handed over through model-store.ts. Writes pages and assets into
// outDir and leaves everything else there (downloads/) alone.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import { register } from 'tsx/esm/api';
import type { ReportModel } from '../model/site.ts';
import { setReportModel } from './model-store.ts';
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

export async function renderSite(model: ReportModel, outDir: string): Promise<void> {
  // Fails early, with every narrative problem named by file and line (RenderError).
  setReportModel(model);
  currentSiteData();
  ensureTypeScriptLoader();
  const eleventy = new Eleventy(TEMPLATES_DIR, path.resolve(outDir), {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
  });
  // The build prints only diagnostics; Eleventy's own "Wrote 50 files" would be noise there.
  eleventy.disableLogger();
  await eleventy.write();
}
