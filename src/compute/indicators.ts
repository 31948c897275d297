// Hand-reported indicators: `ind.<id>` with the value given for the year.

import type { IndicatorValue } from '../model/records.ts';

/** The given values by figure id (`ind.<id>`); a declared indicator absent here is not reported. */
export function indicatorFigures(values: readonly IndicatorValue[]): Map<string, number | null> {
  const out = new Map<string, number | null>();
  for (const v of values) out.set(`ind.${v.id}`, v.value);
  return out;
}
