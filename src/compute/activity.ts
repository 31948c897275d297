// The reduction since the base year split into activity and factors (issue 13, item 6): a year's
// activity is the quantity each factor key was applied to in the location-based total (scope 1,
// scope 2 location-based, scope 3 travel), so that it can be valued at another year's factors.

import type { FactorUnit } from '../model/records.ts';
import type { ReductionSplit } from '../model/figures.ts';
import type { FactorTable } from './factors.ts';

/** The quantity (in the factor's unit) one factor key was applied to in a year's location-based total. */
export interface KeyActivity {
  readonly key: string;
  readonly unit: FactorUnit;
  readonly quantity: number;
}

/** Sums the quantities of a file's rows per factor key. */
export class ActivityTally {
  readonly #byKey = new Map<string, { unit: FactorUnit; quantity: number }>();

  add(key: string, unit: FactorUnit, quantity: number): void {
    const known = this.#byKey.get(key);
    if (known === undefined) this.#byKey.set(key, { unit, quantity });
    else known.quantity += quantity;
  }

  /** Sorted by key. */
  list(): KeyActivity[] {
    return [...this.#byKey].map(([key, v]) => ({ key, unit: v.unit, quantity: v.quantity }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  }
}

/** Both lists of one year (travel and energy), merged per key, sorted by key. */
export function mergeActivity(...lists: readonly (readonly KeyActivity[])[]): KeyActivity[] {
  const tally = new ActivityTally();
  for (const list of lists) for (const a of list) tally.add(a.key, a.unit, a.quantity);
  return tally.list();
}

/**
 * kg CO2e of `activity` at the factors of `year` (as that year would choose them); the keys with
 * no factor in or before `year`, or one in another unit, are returned instead of a value.
 */
export function valuedAt(activity: readonly KeyActivity[], factors: FactorTable, year: number): { readonly kg: number; readonly incomparable: readonly string[] } {
  let kg = 0;
  const incomparable: string[] = [];
  for (const a of activity) {
    const chosen = factors.choose(a.key, year);
    if (chosen === null || chosen.factor.unit !== a.unit) incomparable.push(a.key);
    else kg += a.quantity * chosen.value;
  }
  return { kg, incomparable };
}

/**
 * 1 − value ÷ base: how much a figure fell against its base-year value (a share); null when the
 * base is 0. The one computation of a reduction: env.reduction_vs_base_location, its split below
 * and the reduce_by targets (compare.ts) all take it from here.
 */
export function reductionFrom(value: number, base: number): number | null {
  return base === 0 ? null : 1 - value / base;
}

/** One year's location-based total (t CO2e, as env.total_location_t) and its activity. */
export interface YearActivity {
  readonly year: number;
  readonly totalT: number | null;
  readonly activity: readonly KeyActivity[] | null;
}

/**
 * The reduction of year Y against the base year split into less activity (Y's activity valued at
 * the base year's factors, against the base year's total) and changed factors (the rest), and
 * the reduction with the base year's activity valued at Y's factors. Null for the base year
 * itself, and without a total or the activity of either year.
 */
export function reductionSplit(
  y: YearActivity,
  base: YearActivity | undefined,
  factors: FactorTable | null,
  /** Y's env.reduction_vs_base_location (year.ts reductionVsBase). */
  reduction: number | null,
): ReductionSplit | null {
  if (base === undefined || factors === null || y.year === base.year || reduction === null) return null;
  if (y.totalT === null || base.totalT === null || y.activity === null || base.activity === null || base.totalT === 0) return null;
  const yearAtBase = valuedAt(y.activity, factors, base.year);
  const baseAtYear = valuedAt(base.activity, factors, y.year);
  const fromActivity = yearAtBase.incomparable.length === 0 ? 1 - yearAtBase.kg / 1000 / base.totalT : null;
  return {
    baseYear: base.year,
    reduction,
    fromActivity,
    fromFactors: fromActivity === null ? null : reduction - fromActivity,
    atYearFactors: baseAtYear.incomparable.length === 0 && baseAtYear.kg !== 0 ? 1 - y.totalT / (baseAtYear.kg / 1000) : null,
    incomparable: [...new Set([...yearAtBase.incomparable, ...baseAtYear.incomparable])].sort(),
  };
}
