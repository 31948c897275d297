// The typed records of the data folder (inputs.md). The reader turns CSV rows into these; the
// figures are computed from nothing else. Every record keeps the physical line it started on,
// so that a figure can be traced back (the ledger) and a rule across rows can name its line.

import type { Datapoints } from './registry/frameworks.ts';

/** A calendar date as `YYYY-MM-DD` (ISO, zero-padded): compares correctly as a string. */
export type IsoDate = string;

export type Language = 'da' | 'en';
export const LANGUAGES: readonly Language[] = ['da', 'en'];

export type Section = 'overview' | 'workforce' | 'environment' | 'suppliers' | 'data' | 'community';
export const NARRATIVE_SECTIONS: readonly Section[] = ['overview', 'workforce', 'environment', 'suppliers', 'data', 'community'];
/** Sections an indicator may be declared in (indicators.csv `section`). */
export type IndicatorSection = Exclude<Section, 'overview'>;

// ---- employees.csv ------------------------------------------------------------------------

export type Gender = 'woman' | 'man' | 'other' | 'undisclosed';
export type Origin =
  | 'danish'
  | 'immigrant_western'
  | 'immigrant_non_western'
  | 'descendant_western'
  | 'descendant_non_western'
  | 'undisclosed';

export interface Employment {
  readonly line: number;
  readonly employeeId: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly origin: Origin;
  readonly hireDate: IsoDate;
  /** Last day employed; null when open-ended. */
  readonly endDate: IsoDate | null;
  /** 0 < fte ≤ 1. */
  readonly fte: number;
  readonly isManager: boolean;
  readonly graduationDate: IsoDate | null;
  readonly department: string | null;
}

// ---- travel.csv ---------------------------------------------------------------------------

export type TravelMode = 'flight' | 'rail' | 'car' | 'taxi' | 'bus' | 'ferry';
export const TRAVEL_MODES: readonly TravelMode[] = ['flight', 'rail', 'car', 'taxi', 'bus', 'ferry'];
export type CabinClass = 'economy' | 'premium_economy' | 'business' | 'first';
export type Fuel = 'petrol' | 'diesel' | 'electric' | 'hybrid';
export type RailScope = 'national' | 'international';

export interface Journey {
  readonly line: number;
  readonly date: IsoDate;
  readonly mode: TravelMode;
  /** One-way distance, > 0. */
  readonly distanceKm: number;
  /** Whole number ≥ 1 (default 1). */
  readonly travellers: number;
  readonly roundTrip: boolean;
  /** null = average (empty, or an unknown word reported as a warning). */
  readonly cabinClass: CabinClass | null;
  /** null = average car. */
  readonly fuel: Fuel | null;
  /** Empty or unknown = national. */
  readonly railScope: RailScope;
  // `purpose` is read (and checked for CPR numbers) but never kept: it is never published.
}

// ---- energy.csv ---------------------------------------------------------------------------

export type EnergyCarrier = 'electricity' | 'district_heating' | 'natural_gas' | 'heating_oil';
export const ENERGY_CARRIERS: readonly EnergyCarrier[] = ['electricity', 'district_heating', 'natural_gas', 'heating_oil'];
export type EnergyUnit = 'kWh' | 'MWh' | 'GJ' | 'm3' | 'l';

export interface EnergyReading {
  readonly line: number;
  readonly periodStart: IsoDate;
  /** Not before periodStart; both days included. */
  readonly periodEnd: IsoDate;
  readonly site: string;
  readonly carrier: EnergyCarrier;
  /** ≥ 0, in `unit`. */
  readonly quantity: number;
  readonly unit: EnergyUnit;
  /** 0..1 (a `%` value already divided by 100); 0 when empty. Electricity only. */
  readonly renewableShare: number;
}

// ---- meetings.csv -------------------------------------------------------------------------

export interface MeetingMonth {
  readonly line: number;
  /** `YYYY-MM`. */
  readonly month: string;
  readonly physical: number;
  readonly virtual: number;
  readonly hybrid: number;
}

// ---- suppliers.csv ------------------------------------------------------------------------

export type SupplierStatus = 'compliant' | 'remediation' | 'non_compliant' | 'terminated';

export interface SupplierContract {
  readonly line: number;
  readonly contractId: string;
  readonly supplier: string;
  readonly contractName: string | null;
  readonly annualSpendDkk: number | null;
  readonly processesPersonalData: boolean;
  readonly gcCommitment: boolean;
  readonly environmentClause: boolean;
  readonly labourClause: boolean;
  readonly anticorruptionClause: boolean;
  readonly humanRightsClause: boolean;
  /** null when empty (allowed only when the contract processes no personal data). */
  readonly dpaSigned: boolean | null;
  readonly lastAuditDate: IsoDate | null;
  readonly openFindings: number;
  readonly criticalBreaches: number;
  readonly status: SupplierStatus;
}

// ---- indicators.csv (declarations) and <year>/indicators.csv (values) ---------------------

export interface IndicatorDeclaration {
  readonly line: number;
  /** Lower-case dotted id without the `ind.` prefix, e.g. `data.breaches_reported`. */
  readonly id: string;
  readonly section: IndicatorSection;
  readonly labelDa: string;
  readonly labelEn: string;
  /** The unit the value is formatted by (`count`, `share` …: the tool's own words translate it)
   * or, for another unit, as the `unit` column writes it (else `unit_en`). */
  readonly unit: string;
  /** The unit's word on the Danish and the English pages (`unit_da`, `unit_en`); null: the
   * tool's word for `unit` (or `unit` as written). */
  readonly unitDa?: string | null;
  readonly unitEn?: string | null;
  /** GC principle numbers 1–10. */
  readonly gcPrinciples: readonly number[];
  /** SDG 9 targets such as `9.1`, `9.c`. */
  readonly sdgTargets: readonly string[];
  readonly higherIsBetter: boolean | null;
  /** The framework datapoints it answers (the optional `datapoints` column); absent: none. */
  readonly datapoints?: Datapoints;
}

export interface IndicatorValue {
  readonly line: number;
  readonly id: string;
  readonly value: number;
  /** The note and the source in each language (`note_da`, `note_en`, `source_da`, `source_en`;
   * the older `note` and `source` as both). */
  readonly noteDa: string | null;
  readonly noteEn: string | null;
  readonly sourceDa: string | null;
  readonly sourceEn: string | null;
}

// ---- emission-factors.csv -----------------------------------------------------------------

export type FactorUnit = 'pkm' | 'km' | 'kWh' | 'm3' | 'l';

export interface EmissionFactor {
  readonly line: number;
  readonly key: string;
  readonly year: number;
  readonly unit: FactorUnit;
  readonly kgCo2e: number;
  readonly kgCo2eRf: number | null;
  readonly kwhPerUnit: number | null;
  readonly source: string;
}

// ---- benchmarks.csv and targets.csv -------------------------------------------------------

export interface Benchmark {
  readonly line: number;
  /** A KPI id of kpis.md or `ind.<declared id>`. */
  readonly metric: string;
  readonly year: number;
  readonly value: number;
  readonly labelDa: string;
  readonly labelEn: string;
  /** `source_da`, `source_en` (the older `source` as both). */
  readonly sourceDa: string;
  readonly sourceEn: string;
}

export type TargetComparison = 'at_least' | 'at_most' | 'reduce_by';

export interface Target {
  readonly line: number;
  readonly metric: string;
  /** The year the target is due. */
  readonly year: number;
  readonly value: number;
  readonly comparison: TargetComparison;
  readonly labelDa: string;
  readonly labelEn: string;
}

// ---- narrative ----------------------------------------------------------------------------

export interface Narrative {
  /** Relative to the data folder: `2025/narrative/workforce.da.md`. */
  readonly file: string;
  readonly section: Section;
  readonly lang: Language;
  readonly markdown: string;
}
