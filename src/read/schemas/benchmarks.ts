// benchmarks.csv (inputs.md): external reference values shown beside a KPI.

import type { Benchmark } from '../../model/records.ts';
import { BilingualState, readBilingual, type BilingualColumns } from '../bilingual.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { checkMetric } from './metric.ts';

const [METRIC, YEAR, VALUE, LABEL_DA, LABEL_EN, SOURCE, SOURCE_DA, SOURCE_EN, LABEL] = defineColumns([
  { name: 'metric', required: true },
  { name: 'year', required: true },
  { name: 'value', required: true, type: 'number' },
  { name: 'label_da', type: 'text' },
  { name: 'label_en', type: 'text' },
  { name: 'source', type: 'text' },
  { name: 'source_da', type: 'text' },
  { name: 'source_en', type: 'text' },
  { name: 'label', type: 'text' },
] as const);

const SOURCE_COLUMNS: BilingualColumns = { da: SOURCE_DA, en: SOURCE_EN, single: SOURCE, what: 'the source' };
const LABEL_COLUMNS: BilingualColumns = { da: LABEL_DA, en: LABEL_EN, single: LABEL, what: 'the label' };

export const benchmarksSchema: Schema<Benchmark> = {
  columns: [METRIC, YEAR, VALUE, LABEL_DA, LABEL_EN, SOURCE, SOURCE_DA, SOURCE_EN, LABEL],
  acceptDanish: false,
  start(ctx) {
    const bilingual = new BilingualState();
    return (r) => {
      const metric = checkMetric(r, METRIC, ctx.knownMetric);
      const year = r.year(YEAR, true);
      const value = r.number(VALUE, true);
      const label = readBilingual(r, LABEL_COLUMNS, bilingual, true);
      const source = readBilingual(r, SOURCE_COLUMNS, bilingual, true);
      if (!r.ok || metric === null || year === null || value === null || label === null || source === null) return null;
      return { line: r.line, metric, year, value, labelDa: label.da, labelEn: label.en, sourceDa: source.da, sourceEn: source.en };
    };
  },
};
