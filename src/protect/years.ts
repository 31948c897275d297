// The privacy rule applied to the computed years (kpis.md, "Privacy"): every catalog id for every
// year as a published record, suppressed where suppression.ts says so, and the median age
// suppressed when the headcount is below k.

import { compareIds } from '../model/kpis.ts';
import { HR } from '../model/registry/index.ts';
import type { KpiRecord, YearFigures } from '../model/figures.ts';
import type { ComputedYear } from '../compute/year.ts';
import { suppressedIds } from './suppression.ts';
import type { FigureDefinition } from '../model/registry/index.ts';

function record(id: string, year: number, unit: string, value: number | null, suppressed: boolean): KpiRecord {
  if (suppressed) return { id, year, value: null, unit, status: 'suppressed' };
  if (value === null || !Number.isFinite(value)) return { id, year, value: null, unit, status: 'not_reported' };
  return { id, year, value, unit, status: 'ok' };
}

/** The years as published: every catalog id in id order, the privacy rule applied; `k` is `privacy.minCellSize`. */
export function protectYears(years: readonly ComputedYear[], catalog: readonly FigureDefinition[], k: number): YearFigures[] {
  const definitions = [...catalog].sort((a, b) => compareIds(a.id, b.id));
  return years.map((y) => {
    const { values, hasWorkforce } = y;
    const suppressed = new Set(hasWorkforce ? suppressedIds(values, k) : []);
    // kpis.md: the median age is suppressed when hr.headcount is below k, 0 included.
    const headcount = values.get(HR.headcount) ?? null;
    if (hasWorkforce && headcount !== null && headcount < k) suppressed.add(HR.medianAge);
    return {
      year: y.year,
      draft: y.draft,
      kpis: definitions.map((d) => record(d.id, y.year, d.unit, values.get(d.id) ?? null, suppressed.has(d.id))),
      factorsUsed: y.factorsUsed,
      energyByCarrierMwh: y.energyByCarrierMwh,
      contracts: y.contracts,
      indicatorValues: y.indicatorValues,
      energySites: y.energySites ?? null,
      reductionSplit: y.reductionSplit ?? null,
    };
  });
}
