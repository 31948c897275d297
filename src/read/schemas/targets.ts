// targets.csv (inputs.md): the organisation's own targets.

import type { Target } from '../../model/records.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { COMPARISONS } from '../words.ts';
import { checkMetric } from './metric.ts';

const [METRIC, YEAR, VALUE, COMPARISON, LABEL_DA, LABEL_EN] = defineColumns([
  { name: 'metric', required: true },
  { name: 'year', required: true },
  { name: 'value', required: true, type: 'number' },
  { name: 'comparison', required: true },
  { name: 'label_da', required: true, type: 'text' },
  { name: 'label_en', required: true, type: 'text' },
] as const);

export const targetsSchema: Schema<Target> = {
  columns: [METRIC, YEAR, VALUE, COMPARISON, LABEL_DA, LABEL_EN],
  acceptDanish: false,
  start(ctx) {
    return (r) => {
      const metric = checkMetric(r, METRIC, ctx.knownMetric);
      const year = r.year(YEAR, true);
      const value = r.number(VALUE, true);
      const comparison = r.word(COMPARISON, true, COMPARISONS);
      const labelDa = r.text(LABEL_DA, true);
      const labelEn = r.text(LABEL_EN, true);
      if (!r.ok || metric === null || year === null || value === null || comparison === null || labelDa === null || labelEn === null) return null;
      return { line: r.line, metric, year, value, comparison, labelDa, labelEn };
    };
  },
};
