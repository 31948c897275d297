// <year>/meetings.csv (inputs.md): meetings held per month, by form.

import type { MeetingMonth } from '../../model/records.ts';
import { defineColumns, type ColumnSpec } from '../columns.ts';
import type { RowReader } from '../row.ts';
import type { Schema } from '../schema.ts';

const [MONTH, PHYSICAL, VIRTUAL, HYBRID] = defineColumns([
  { name: 'month', danish: 'måned', required: true },
  { name: 'physical', danish: 'fysiske', required: true, type: 'number' },
  { name: 'virtual', danish: 'virtuelle', required: true, type: 'number' },
  { name: 'hybrid', danish: 'hybride', type: 'number' },
] as const);

function count(r: RowReader, col: ColumnSpec, required: boolean): number | null {
  const n = r.whole(col, required);
  if (n !== null && n < 0) r.error(col, `${r.shown(col)} is less than 0; write the number of meetings`);
  return n;
}

export const meetingsSchema: Schema<MeetingMonth> = {
  columns: [MONTH, PHYSICAL, VIRTUAL, HYBRID],
  acceptDanish: true,
  start(ctx) {
    return (r) => {
      const month = r.month(MONTH, true);
      const physical = count(r, PHYSICAL, true);
      const virtual = count(r, VIRTUAL, true);
      const hybrid = count(r, HYBRID, false) ?? 0;
      if (month !== null && ctx.year !== null && !month.startsWith(`${ctx.year}-`)) {
        r.error(MONTH, `${r.shown(MONTH)} is not a month of ${ctx.year}; put it in the meetings.csv of its own year`);
      }
      if (!r.ok || month === null || physical === null || virtual === null) return null;
      return { line: r.line, month, physical, virtual, hybrid };
    };
  },
};
