// restatements.csv at the data folder's root (site.md "Downloads"): why a figure of a locked year
// changed. `figure` is a figure id or a prefix ending in `*` (`env.*`); whether it names a figure
// of the report is checked with the locked years (compute/locked-years.ts).

import type { Restatement } from '../../model/published.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';

const [YEAR, FIGURE, REASON_DA, REASON_EN] = defineColumns([
  { name: 'year', danish: 'år', required: true },
  { name: 'figure', danish: 'nøgletal', required: true, type: 'text' },
  { name: 'reason_da', danish: 'begrundelse_da', required: true, type: 'text' },
  { name: 'reason_en', danish: 'begrundelse_en', required: true, type: 'text' },
] as const);

export const restatementsSchema: Schema<Restatement> = {
  columns: [YEAR, FIGURE, REASON_DA, REASON_EN],
  acceptDanish: true,
  start() {
    return (r) => {
      const year = r.year(YEAR, true);
      const figure = r.text(FIGURE, true);
      const reasonDa = r.text(REASON_DA, true);
      const reasonEn = r.text(REASON_EN, true);
      if (!r.ok || year === null || figure === null || reasonDa === null || reasonEn === null) return null;
      return { line: r.line, year, figure, reasonDa, reasonEn };
    };
  },
};
