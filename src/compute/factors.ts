// Choosing an emission factor (kpis.md "Choosing a factor"): for key K and year Y, the row of
// emission-factors.csv with key K and the greatest `year` not after Y. Flights use `kg_co2e_rf`
// when radiative forcing is on.

import type { EmissionFactor } from '../model/records.ts';
import type { FactorUse } from '../model/figures.ts';

export interface ChosenFactor {
  readonly factor: EmissionFactor;
  /** The value to apply: `kg_co2e`, or `kg_co2e_rf` for a flight when radiative forcing is on. */
  readonly value: number;
  /** True when `value` is `kg_co2e_rf`. */
  readonly radiativeForcing: boolean;
}

export function isFlightKey(key: string): boolean {
  return key.startsWith('flight.');
}

export class FactorTable {
  /** Rows by key, newest year first. */
  readonly #byKey = new Map<string, EmissionFactor[]>();
  readonly #radiativeForcing: boolean;

  constructor(factors: readonly EmissionFactor[], radiativeForcing: boolean) {
    this.#radiativeForcing = radiativeForcing;
    for (const f of factors) {
      const list = this.#byKey.get(f.key);
      if (list === undefined) this.#byKey.set(f.key, [f]);
      else list.push(f);
    }
    for (const list of this.#byKey.values()) list.sort((a, b) => b.year - a.year);
  }

  /** The factor for `key` in `year`, or null when no row of that key is from `year` or earlier. */
  choose(key: string, year: number): ChosenFactor | null {
    const factor = this.#byKey.get(key)?.find((f) => f.year <= year);
    if (factor === undefined) return null;
    // The reader rejects a flight factor without kg_co2e_rf while radiative forcing is on; should
    // one slip through, the plain value is used and marked as such rather than guessed.
    if (this.#radiativeForcing && isFlightKey(key) && factor.kgCo2eRf !== null) {
      return { factor, value: factor.kgCo2eRf, radiativeForcing: true };
    }
    return { factor, value: factor.kgCo2e, radiativeForcing: false };
  }
}

/** The Method page's record of a factor applied in reporting year `year`. */
export function factorUse(chosen: ChosenFactor, year: number): FactorUse {
  return {
    key: chosen.factor.key,
    year,
    factorYear: chosen.factor.year,
    fallback: chosen.factor.year !== year,
    value: chosen.value,
    radiativeForcing: chosen.radiativeForcing,
    unit: chosen.factor.unit,
    source: chosen.factor.source,
  };
}

/** The spec's message for a key with no factor in `year` or before (inputs.md, kpis.md). */
export function missingFactorMessage(key: string, year: number): string {
  return `no emission factor for "${key}" in ${year} or an earlier year; add a row with key ${key} to emission-factors.csv`;
}

/** Merges factor uses of one year (travel and energy), one per key, sorted by key. */
export function mergeFactorUses(...lists: readonly (readonly FactorUse[])[]): FactorUse[] {
  const byKey = new Map<string, FactorUse>();
  for (const list of lists) for (const u of list) if (!byKey.has(u.key)) byKey.set(u.key, u);
  return [...byKey.values()].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}
