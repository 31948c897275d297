// What the figures step produces for each reporting year, and what the pages and downloads use.

import type { EnergyCarrier, EnergyUnit, FactorUnit, IndicatorValue, SupplierContract } from './records.ts';

export type KpiStatus = 'ok' | 'suppressed' | 'not_reported';

/** One record of downloads/<year>/kpis.json (site.md "Downloads"). */
export interface KpiRecord {
  readonly id: string;
  readonly year: number;
  /** Unrounded; null unless status is `ok`. */
  readonly value: number | null;
  readonly unit: string;
  readonly status: KpiStatus;
}

export type Scope = '1' | '2-location' | '2-market' | '3';

/**
 * One row of downloads/<year>/emissions.csv: a factor applied to one input row, with what the
 * quantity was worked out from, so that the row recomputes from its own columns (site.md
 * "Downloads"). Energy rows: quantity = sourceQuantity × conversion × periodShare ×
 * (1 − renewableShare); travel rows: quantity = distanceKm × (2 if roundTrip) × (travellers if
 * the factor is per pkm). Every row: kgCo2e = quantity × factor. Columns that do not apply are null.
 */
export interface LedgerRow {
  /** Relative to the data folder. */
  readonly file: string;
  readonly line: number;
  /** Energy: the quantity and unit as the source row gives them. */
  readonly sourceQuantity: number | null;
  readonly sourceUnit: EnergyUnit | null;
  /** Energy: days of the row's period inside the year ÷ days of the period (both ends included). */
  readonly periodShare: number | null;
  /** Energy: the factor's units per source unit (1, 1000, 1000/3.6 or kwh_per_unit). */
  readonly conversion: number | null;
  /** Market-based electricity rows only: the share covered by guarantees of origin. */
  readonly renewableShare: number | null;
  /** Travel: the one-way distance, whether it is a return trip, and the travellers. */
  readonly distanceKm: number | null;
  readonly roundTrip: boolean | null;
  readonly travellers: number | null;
  readonly factorKey: string;
  readonly factorYear: number;
  /** The value applied (kg_co2e_rf for flights when radiative forcing is on). */
  readonly factor: number;
  readonly factorUnit: FactorUnit;
  /** The factor row's `source` (emission-factors.csv). */
  readonly factorSource: string;
  /** Quantity in the factor's unit that the factor was applied to (pkm, km, kWh, m3, l). */
  readonly quantity: number;
  readonly kgCo2e: number;
  readonly scope: Scope;
}

/** Where ledger rows go as they are computed (a file stream in a build; an array in tests). */
export interface LedgerSink {
  write(row: LedgerRow): void;
}

/** An emission factor as used in one reporting year (Method page). */
export interface FactorUse {
  readonly key: string;
  /** The reporting year it was used for. */
  readonly year: number;
  /** The year of the factor row chosen (the greatest not after `year`). */
  readonly factorYear: number;
  /** True when factorYear ≠ year: an earlier year's factor stood in. */
  readonly fallback: boolean;
  readonly value: number;
  /** True when the value is `kg_co2e_rf`. */
  readonly radiativeForcing: boolean;
  readonly unit: FactorUnit;
  readonly source: string;
}

/** Everything computed for one reporting year. Suppression has been applied to `kpis`. */
export interface YearFigures {
  readonly year: number;
  /** The year folder holds a DRAFT file. */
  readonly draft: boolean;
  /** Every id of the catalog, in id order (compareIds). */
  readonly kpis: readonly KpiRecord[];
  /** Factors applied this year, sorted by key. */
  readonly factorsUsed: readonly FactorUse[];
  /** MWh by carrier (for the energy chart); null without energy.csv. */
  readonly energyByCarrierMwh: Readonly<Record<EnergyCarrier, number>> | null;
  /** The year's contracts, as published on the Suppliers page (null without suppliers.csv). */
  readonly contracts: readonly SupplierContract[] | null;
  /** Values of declared indicators given this year, with note and source. */
  readonly indicatorValues: readonly IndicatorValue[];
  /** The distinct sites of energy.csv whose rows counted in the year, sorted (the organisational
   * boundary on the Method page); null or absent without energy.csv. */
  readonly energySites?: readonly string[] | null;
  /** The reduction since the base year split into activity and factors; null or absent where it
   * cannot be computed (the base year itself, no base year, a total missing). */
  readonly reductionSplit?: ReductionSplit | null;
}

/** env.reduction_vs_base_location split into less activity and changed factors (Method page). */
export interface ReductionSplit {
  readonly baseYear: number;
  /** 1 − total(Y) ÷ total(base): env.reduction_vs_base_location. */
  readonly reduction: number;
  /** 1 − (Y's activity at the base year's factors) ÷ total(base): the part from less activity;
   * null when a key of Y has no comparable base-year factor. */
  readonly fromActivity: number | null;
  /** reduction − fromActivity: the part from changed factors. */
  readonly fromFactors: number | null;
  /** 1 − total(Y) ÷ (the base year's activity at Y's factors); null as above. */
  readonly atYearFactors: number | null;
  /** Factor keys with no factor of the other year in the same unit. */
  readonly incomparable: readonly string[];
}
