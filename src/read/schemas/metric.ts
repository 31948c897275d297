// The `metric` column of benchmarks.csv and targets.csv: a KPI id or `ind.<declared id>`.

import { HR } from '../../model/registry/index.ts';
import type { ColumnSpec } from '../columns.ts';
import type { RowReader } from '../row.ts';

export function checkMetric(r: RowReader, col: ColumnSpec, knownMetric: ((id: string) => boolean) | null): string | null {
  const metric = r.text(col, true);
  if (metric !== null && knownMetric !== null && !knownMetric(metric)) {
    r.error(col, `${r.quote(metric)} is not a key figure of the report; write a KPI id such as ${HR.womenShare}, or ind.<id> of a declared indicator`);
    return null;
  }
  return metric;
}
