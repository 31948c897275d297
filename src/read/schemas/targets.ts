// targets.csv (inputs.md): the organisation's own targets.

import type { Target } from '../../model/records.ts';
import { BilingualState, readBilingual, type BilingualColumns } from '../bilingual.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { COMPARISONS } from '../words.ts';
import { checkMetric } from './metric.ts';

const [METRIC, YEAR, VALUE, COMPARISON, LABEL_DA, LABEL_EN, LABEL] = defineColumns([
  { name: 'metric', required: true },
  { name: 'year', required: true },
  { name: 'value', required: true, type: 'number' },
  { name: 'comparison', required: true },
  { name: 'label_da', type: 'text' },
  { name: 'label_en', type: 'text' },
  { name: 'label', type: 'text' },
] as const);

/** The label in each language; a single `label` column is shown in both, with a warning. */
const LABEL_COLUMNS: BilingualColumns = { da: LABEL_DA, en: LABEL_EN, single: LABEL, what: 'the label' };

export const targetsSchema: Schema<Target> = {
  columns: [METRIC, YEAR, VALUE, COMPARISON, LABEL_DA, LABEL_EN, LABEL],
  acceptDanish: false,
  start(ctx) {
    const bilingual = new BilingualState();
    return (r) => {
      const metric = checkMetric(r, METRIC, ctx.knownMetric);
      const year = r.year(YEAR, true);
      const value = r.number(VALUE, true);
      const comparison = r.word(COMPARISON, true, COMPARISONS);
      const label = readBilingual(r, LABEL_COLUMNS, bilingual, true);
      if (!r.ok || metric === null || year === null || value === null || comparison === null || label === null) return null;
      return { line: r.line, metric, year, value, comparison, labelDa: label.da, labelEn: label.en };
    };
  },
};
