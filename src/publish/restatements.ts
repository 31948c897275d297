// downloads/Y/restatements.csv (site.md "Downloads"): the figures of Y restated since Y was
// locked, with the value as published, the value now (unrounded; empty when suppressed or not
// reported) and the reason in both languages. Every year gets the file; a header only when
// nothing was restated.

import type { RestatedFigure } from '../model/published.ts';
import { csvDocument } from './csv.ts';

export const RESTATEMENTS_CSV_HEADER = ['year', 'id', 'old_value', 'new_value', 'reason_da', 'reason_en'] as const;

export function restatementsCsv(year: number, restated: readonly RestatedFigure[]): string {
  return csvDocument(
    RESTATEMENTS_CSV_HEADER,
    restated.filter((r) => r.year === year).map((r) => [r.year, r.id, r.old.value, r.new.value, r.reasonDa, r.reasonEn]),
  );
}
