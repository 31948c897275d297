// <year>/indicators.csv (inputs.md): the year's values of the declared indicators.

import type { IndicatorValue } from '../../model/records.ts';
import { UniqueKeys } from '../unique-key.ts';
import { BilingualState, readBilingual, type BilingualColumns } from '../bilingual.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';

const [ID, VALUE, NOTE, SOURCE, NOTE_DA, NOTE_EN, SOURCE_DA, SOURCE_EN] = defineColumns([
  { name: 'id', required: true, type: 'text' },
  { name: 'value', required: true, type: 'number' },
  { name: 'note', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'note_da', type: 'text' },
  { name: 'note_en', type: 'text' },
  { name: 'source_da', type: 'text' },
  { name: 'source_en', type: 'text' },
] as const);

const NOTE_COLUMNS: BilingualColumns = { da: NOTE_DA, en: NOTE_EN, single: NOTE, what: 'the note' };
const SOURCE_COLUMNS: BilingualColumns = { da: SOURCE_DA, en: SOURCE_EN, single: SOURCE, what: 'the source' };

export const indicatorValuesSchema: Schema<IndicatorValue> = {
  columns: [ID, VALUE, NOTE, SOURCE, NOTE_DA, NOTE_EN, SOURCE_DA, SOURCE_EN],
  acceptDanish: false,
  start(ctx) {
    const ids = new UniqueKeys();
    const bilingual = new BilingualState();
    return (r) => {
      const id = r.text(ID, true);
      const value = r.number(VALUE, true);
      const note = readBilingual(r, NOTE_COLUMNS, bilingual, false);
      const source = readBilingual(r, SOURCE_COLUMNS, bilingual, false);
      if (id !== null) {
        if (ctx.declaredIndicators !== null && !ctx.declaredIndicators.has(id)) {
          r.error(ID, `${r.quote(id)} is not declared in the indicators.csv at the top of the data folder; add a row for it there (id, section, label_da, label_en, unit) or correct the id`);
        } else {
          const first = ids.seen(id, r.line);
          if (first !== null) r.error(ID, `${r.quote(id)} already has a value on line ${first}; give each indicator one value a year`);
        }
      }
      if (!r.ok || id === null || value === null) return null;
      return {
        line: r.line, id, value,
        noteDa: note?.da ?? null, noteEn: note?.en ?? null, sourceDa: source?.da ?? null, sourceEn: source?.en ?? null,
      };
    };
  },
};
