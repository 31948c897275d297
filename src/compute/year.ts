// One reporting year's figures: computeYearRaw gathers the unsuppressed values of a year from its
// records and running totals; finishYears adds what needs other years (the reduction against the
// base year). The privacy rule is applied after, by protect/years.ts.

import { HR } from '../model/registry/index.ts';
import type { FactorUse, YearFigures } from '../model/figures.ts';
import type {
  EnergyCarrier, IndicatorValue, MeetingMonth, SupplierContract,
} from '../model/records.ts';
import { ENERGY_CARRIERS, TRAVEL_MODES } from '../model/records.ts';
import type { ReportSettings } from '../model/settings.ts';
import type { EnergyTotals } from './energy.ts';
import { mergeFactorUses } from './factors.ts';
import type { FactorTable } from './factors.ts';
import { mergeActivity, reductionFrom, reductionSplit } from './activity.ts';
import type { KeyActivity } from './activity.ts';
import { indicatorFigures } from './indicators.ts';
import { meetingFigures } from './meetings.ts';
import type { TravelTotals } from './travel.ts';
import { share } from './workforce.ts';

export interface YearInput {
  readonly year: number;
  readonly draft: boolean;
  /** The workforce figures of employees.csv (workforce.ts workforceFigures); null = the file is
   * missing (likewise below). */
  readonly workforce: ReadonlyMap<string, number | null> | null;
  readonly travel: TravelTotals | null;
  readonly energy: EnergyTotals | null;
  readonly meetings: readonly MeetingMonth[] | null;
  /** The contracts of suppliers.csv and their figures (suppliers.ts supplierFigures). */
  readonly suppliers: { readonly contracts: readonly SupplierContract[]; readonly values: ReadonlyMap<string, number | null> } | null;
  readonly indicatorValues: readonly IndicatorValue[] | null;
}

/** A year's unsuppressed values and what YearFigures needs besides; no per-row data but contracts. */
export interface RawYear {
  readonly year: number;
  readonly draft: boolean;
  /**
   * Unsuppressed values by id, with `hr.management.rest` (never published). An id that is absent
   * or null is not reported (its file is missing, or a share's denominator is 0).
   */
  readonly values: ReadonlyMap<string, number | null>;
  /** employees.csv was there (the privacy rule applies to the year). */
  readonly hasWorkforce: boolean;
  readonly factorsUsed: readonly FactorUse[];
  readonly energyByCarrierMwh: Readonly<Record<EnergyCarrier, number>> | null;
  readonly contracts: readonly SupplierContract[] | null;
  readonly indicatorValues: readonly IndicatorValue[];
  /** Quantity per factor key behind the location-based total; null unless travel.csv and
   * energy.csv were both there (as for the total). */
  readonly activity?: readonly KeyActivity[] | null;
  /** The distinct sites of energy.csv (null without it). */
  readonly energySites?: readonly string[] | null;
}

export const TOTAL_LOCATION_ID = 'env.total_location_t';
export const REDUCTION_ID = 'env.reduction_vs_base_location';
export const INTENSITY_ID = 'env.intensity_location_t_per_fte';

function travelFigures(t: TravelTotals): Map<string, number | null> {
  const out = new Map<string, number | null>([['env.scope3_travel_t', t.kgTotal / 1000]]);
  for (const m of TRAVEL_MODES) {
    out.set(`env.travel.${m}_t`, t.kgByMode[m] / 1000);
    out.set(`env.travel.${m}_km`, t.passengerKmByMode[m]);
  }
  return out;
}

function energyFigures(e: EnergyTotals): Map<string, number | null> {
  let mwh = 0;
  for (const c of ENERGY_CARRIERS) mwh += e.mwhByCarrier[c];
  return new Map<string, number | null>([
    ['env.scope1_t', e.scope1Kg / 1000],
    ['env.scope2_location_t', e.scope2LocationKg / 1000],
    ['env.scope2_market_t', e.scope2MarketKg / 1000],
    ['env.energy_mwh', mwh],
    ['env.electricity_mwh', e.mwhByCarrier.electricity],
    ['env.district_heating_mwh', e.mwhByCarrier.district_heating],
    ['env.renewable_electricity_share', share(e.renewableElectricityKwh, e.electricityKwh)],
  ]);
}

export function computeYearRaw(input: YearInput): RawYear {
  const values = new Map<string, number | null>();
  const put = (m: ReadonlyMap<string, number | null>): void => {
    for (const [id, v] of m) values.set(id, v);
  };
  if (input.workforce !== null) put(input.workforce);
  if (input.travel !== null) put(travelFigures(input.travel));
  if (input.energy !== null) put(energyFigures(input.energy));
  if (input.meetings !== null) put(meetingFigures(input.meetings));
  if (input.suppliers !== null) put(input.suppliers.values);
  if (input.indicatorValues !== null) put(indicatorFigures(input.indicatorValues));

  // Totals need both travel.csv and energy.csv.
  const s1 = values.get('env.scope1_t') ?? null;
  const s2l = values.get('env.scope2_location_t') ?? null;
  const s2m = values.get('env.scope2_market_t') ?? null;
  const s3 = values.get('env.scope3_travel_t') ?? null;
  const totalLocation = s1 !== null && s2l !== null && s3 !== null ? s1 + s2l + s3 : null;
  values.set(TOTAL_LOCATION_ID, totalLocation);
  values.set('env.total_market_t', s1 !== null && s2m !== null && s3 !== null ? s1 + s2m + s3 : null);
  const fteAverage = values.get(HR.fteAverage) ?? null;
  values.set(INTENSITY_ID, totalLocation !== null && fteAverage !== null ? share(totalLocation, fteAverage) : null);

  return {
    year: input.year,
    draft: input.draft,
    values,
    hasWorkforce: input.workforce !== null,
    factorsUsed: mergeFactorUses(input.travel?.factorsUsed ?? [], input.energy?.factorsUsed ?? []),
    energyByCarrierMwh: input.energy === null ? null : { ...input.energy.mwhByCarrier },
    contracts: input.suppliers?.contracts ?? null,
    indicatorValues: input.indicatorValues ?? [],
    activity: input.travel !== null && input.energy !== null ? mergeActivity(input.travel.activity, input.energy.activity) : null,
    energySites: input.energy?.sites ?? null,
  };
}

/** 1 − total(Y) ÷ total(base year); 0 in the base year; null without a base year or either total. */
export function reductionVsBase(raw: RawYear, all: readonly RawYear[], baseYear: number | null): number | null {
  if (baseYear === null) return null;
  const total = raw.values.get(TOTAL_LOCATION_ID) ?? null;
  const base = all.find((r) => r.year === baseYear)?.values.get(TOTAL_LOCATION_ID) ?? null;
  if (total === null || base === null) return null;
  if (raw.year === baseYear) return 0;
  return reductionFrom(total, base);
}

/**
 * A year as computed, before the privacy rule: its unsuppressed values and what YearFigures needs
 * besides. protect/years.ts publishes it as a YearFigures.
 */
export interface ComputedYear extends Omit<YearFigures, 'kpis'> {
  /** Unsuppressed values by id, the reduction against the base year included (and
   * `hr.management.rest`, never published). Absent or null: not reported. */
  readonly values: ReadonlyMap<string, number | null>;
  /** employees.csv was there (the privacy rule applies to the year). */
  readonly hasWorkforce: boolean;
}

/** The years in order, each with what needs the other years: the reduction against the base year and its split. */
export function finishYears(
  raw: readonly RawYear[],
  settings: ReportSettings,
  /** The emission factors, for the reduction split (activity.ts); null: no split. */
  factors: FactorTable | null = null,
): ComputedYear[] {
  const baseRaw = settings.baseYear === null ? undefined : raw.find((x) => x.year === settings.baseYear);
  return [...raw].sort((a, b) => a.year - b.year).map((r) => {
    const values = new Map(r.values);
    const reduction = reductionVsBase(r, raw, settings.baseYear);
    values.set(REDUCTION_ID, reduction);
    return {
      year: r.year,
      draft: r.draft,
      values,
      hasWorkforce: r.hasWorkforce,
      factorsUsed: r.factorsUsed,
      energyByCarrierMwh: r.energyByCarrierMwh,
      contracts: r.contracts,
      indicatorValues: r.indicatorValues,
      energySites: r.energySites ?? null,
      reductionSplit: baseRaw === undefined ? null : reductionSplit(yearActivity(r), yearActivity(baseRaw), factors, reduction),
    };
  });
}

function yearActivity(r: RawYear): { year: number; totalT: number | null; activity: readonly KeyActivity[] | null } {
  return { year: r.year, totalT: r.values.get(TOTAL_LOCATION_ID) ?? null, activity: r.activity ?? null };
}
