// The site renderer the pipeline calls: Eleventy, run programmatically over templates/ with
// .eleventy.ts, the model handed over through model-store.ts. Writes pages and assets into
// outDir and leaves everything else there (downloads/) alone.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Eleventy from '@11ty/eleventy';
import type { ReportModel } from '../model/site.ts';
import { setReportModel } from './model-store.ts';
import { currentSiteData } from './site-data.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The project's Eleventy config and template folder (absolute). */
export const ELEVENTY_CONFIG = path.join(ROOT, '.eleventy.ts');
export const TEMPLATES_DIR = path.join(ROOT, 'templates');

export async function renderSite(model: ReportModel, outDir: string): Promise<void> {
  // Fails early, with every narrative problem named by file and line (RenderError).
  setReportModel(model);
  currentSiteData();
  const eleventy = new Eleventy(TEMPLATES_DIR, path.resolve(outDir), {
    configPath: ELEVENTY_CONFIG,
    quietMode: true,
  });
  await eleventy.write();
}
