// <year>/indicators.csv (inputs.md): the year's values of the declared indicators.

import type { IndicatorValue } from '../../model/records.ts';
import { UniqueKeys } from '../unique-key.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';

const [ID, VALUE, NOTE, SOURCE] = defineColumns([
  { name: 'id', required: true, type: 'text' },
  { name: 'value', required: true, type: 'number' },
  { name: 'note', type: 'text' },
  { name: 'source', type: 'text' },
] as const);

export const indicatorValuesSchema: Schema<IndicatorValue> = {
  columns: [ID, VALUE, NOTE, SOURCE],
  acceptDanish: false,
  start(ctx) {
    const ids = new UniqueKeys();
    return (r) => {
      const id = r.text(ID, true);
      const value = r.number(VALUE, true);
      const note = r.text(NOTE, false);
      const source = r.text(SOURCE, false);
      if (id !== null) {
        if (ctx.declaredIndicators !== null && !ctx.declaredIndicators.has(id)) {
          r.error(ID, `${r.quote(id)} is not declared in the indicators.csv at the top of the data folder; add a row for it there (id, section, label_da, label_en, unit) or correct the id`);
        } else {
          const first = ids.seen(id, r.line);
          if (first !== null) r.error(ID, `${r.quote(id)} already has a value on line ${first}; give each indicator one value a year`);
        }
      }
      if (!r.ok || id === null || value === null) return null;
      return { line: r.line, id, value, note, source };
    };
  },
};
