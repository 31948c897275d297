// `npm run lock -- YEAR`: records a year as published. The data is read and computed as a build
// does (prepare.ts, no pages); a year with errors in the data, a draft year or a year that is not
// there is not locked. Otherwise YEAR/published.json gets every figure's value and status (after
// suppression, as kpis.json) and the SHA-256 of every input file of the year and of the root.

import type { Diagnostic } from '../model/diagnostics.ts';
import { prepareReport } from './prepare.ts';
import { publishedJsonText, writePublishedJson } from './locked-years.ts';

export type LockResult =
  | { readonly ok: true; readonly diagnostics: readonly Diagnostic[]; readonly file: string }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly reason: 'errors' | 'no-year' | 'draft' };

export async function lockYear(dataDir: string, year: number): Promise<LockResult> {
  const prepared = await prepareReport(dataDir, { memoryCache: null });
  if (!prepared.ok) return { ok: false, diagnostics: prepared.diagnostics, reason: 'errors' };
  const { model } = prepared;
  const figures = model.years.find((y) => y.year === year);
  if (figures === undefined) {
    const d: Diagnostic = { severity: 'error', file: String(year), line: 1, message: `there is no folder ${year} in the data folder, so ${year} cannot be locked; the years are ${model.years.map((y) => y.year).join(', ') || 'none'}` };
    return { ok: false, diagnostics: [...prepared.diagnostics, d], reason: 'no-year' };
  }
  if (figures.draft) {
    const d: Diagnostic = { severity: 'error', file: `${year}/DRAFT`, line: 1, message: `${year} is a draft, so it cannot be locked; delete ${year}/DRAFT when the year is published, build the site, then lock the year` };
    return { ok: false, diagnostics: [...prepared.diagnostics, d], reason: 'draft' };
  }
  const file = await writePublishedJson(dataDir, year, publishedJsonText(figures, model.inputs, model.tool));
  return { ok: true, diagnostics: prepared.diagnostics, file };
}
