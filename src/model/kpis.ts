// Every key figure of kpis.md: id, unit (word for word), Global Compact principles, SDG 9
// targets. The ids are a public interface; this table is the one place they are listed.
// Hand-reported indicators (`ind.<id>`) come from indicators.csv and are added per data folder.

import type { IndicatorDeclaration } from './records.ts';

export type KpiUnit =
  | 'persons'
  | 'FTE'
  | 'share'
  | 'years'
  | 't CO2e'
  | 't CO2e/FTE'
  | 'km'
  | 'MWh'
  | 'count';

export type KpiSection = 'workforce' | 'environment' | 'suppliers' | 'data' | 'community';

export interface KpiDefinition {
  readonly id: string;
  /** kpis.md's unit column; for `ind.*` the declared unit. */
  readonly unit: string;
  readonly section: KpiSection;
  /** Global Compact principles 1–10. */
  readonly gc: readonly number[];
  /** SDG 9 targets (`9.4`, `9.c`). */
  readonly sdg: readonly string[];
  /** A count of people that the privacy rule may suppress (kpis.md "Privacy"). */
  readonly protectedCount: boolean;
  /** Hand-reported indicator (`ind.*`), with its declaration. */
  readonly indicator?: IndicatorDeclaration;
}

const ALL_GC = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10] as const;

function defs(
  section: KpiSection,
  unit: KpiUnit,
  ids: readonly string[],
  gc: readonly number[],
  sdg: readonly string[] = [],
  protectedCount = false,
): KpiDefinition[] {
  return ids.map((id) => ({ id, unit, section, gc, sdg, protectedCount }));
}

const W: KpiSection = 'workforce';
const E: KpiSection = 'environment';
const S: KpiSection = 'suppliers';
const TRAVEL = ['flight', 'rail', 'car', 'taxi', 'bus', 'ferry'] as const;

/** The figures of kpis.md, in the order the spec lists them. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = [
  // Workforce
  ...defs(W, 'persons', ['hr.headcount', 'hr.headcount_average'], [6]),
  ...defs(W, 'FTE', ['hr.fte', 'hr.fte_average'], [6]),
  ...defs(W, 'persons', ['hr.gender.women', 'hr.gender.men', 'hr.gender.other', 'hr.gender.undisclosed'], [6], [], true),
  ...defs(W, 'share', ['hr.gender.women_share', 'hr.gender.men_share', 'hr.gender.other_share', 'hr.gender.undisclosed_share'], [6]),
  ...defs(W, 'persons', ['hr.management.headcount'], [6]),
  ...defs(W, 'persons', ['hr.management.women', 'hr.management.men'], [6], [], true),
  ...defs(W, 'share', ['hr.management.women_share', 'hr.management.men_share'], [6]),
  ...defs(W, 'persons', ['hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50'], [6], [], true),
  ...defs(W, 'share', ['hr.age.under_30_share', 'hr.age.30_to_50_share', 'hr.age.over_50_share'], [6]),
  ...defs(W, 'years', ['hr.age.median'], [6]),
  ...defs(W, 'persons', ['hr.origin.danish', 'hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'], [6], [], true),
  ...defs(W, 'persons', ['hr.origin.western', 'hr.origin.non_western'], [6], [], true),
  ...defs(W, 'share', ['hr.origin.danish_share', 'hr.origin.immigrants_share', 'hr.origin.descendants_share', 'hr.origin.undisclosed_share'], [6]),
  ...defs(W, 'share', ['hr.origin.non_danish_share'], [6]),
  ...defs(W, 'persons', ['hr.hires'], [6]),
  ...defs(W, 'persons', ['hr.hires.new_graduates'], [6], [], true),
  ...defs(W, 'share', ['hr.hires.new_graduate_share'], [6]),
  ...defs(W, 'persons', ['hr.leavers'], [6]),
  ...defs(W, 'share', ['hr.turnover_rate'], [3, 6]),
  // Environment
  ...defs(E, 't CO2e', ['env.scope1_t', 'env.scope2_location_t', 'env.scope2_market_t', 'env.scope3_travel_t'], [7, 8], ['9.4']),
  ...defs(E, 't CO2e', TRAVEL.map((m) => `env.travel.${m}_t`), [8], ['9.4']),
  ...defs(E, 'km', TRAVEL.map((m) => `env.travel.${m}_km`), [8]),
  ...defs(E, 't CO2e', ['env.total_location_t', 'env.total_market_t'], [7, 8], ['9.4']),
  ...defs(E, 't CO2e/FTE', ['env.intensity_location_t_per_fte'], [8], ['9.4']),
  ...defs(E, 'MWh', ['env.energy_mwh'], [7, 8], ['9.4']),
  ...defs(E, 'MWh', ['env.electricity_mwh', 'env.district_heating_mwh'], [8], ['9.4']),
  ...defs(E, 'share', ['env.renewable_electricity_share'], [8, 9], ['9.4']),
  ...defs(E, 'count', ['env.meetings.total'], [8]),
  ...defs(E, 'share', ['env.meetings.virtual_share', 'env.meetings.hybrid_share'], [8, 9], ['9.c']),
  ...defs(E, 'share', ['env.reduction_vs_base_location'], [7, 8], ['9.4']),
  // Suppliers
  ...defs(S, 'count', ['sup.contracts'], ALL_GC, ['9.1']),
  ...defs(S, 'share', ['sup.gc_commitment_share'], ALL_GC, ['9.1']),
  ...defs(S, 'share', ['sup.environment_clause_share'], [7, 8, 9], ['9.4']),
  ...defs(S, 'share', ['sup.labour_clause_share'], [3, 4, 5, 6]),
  ...defs(S, 'share', ['sup.anticorruption_clause_share'], [10]),
  ...defs(S, 'share', ['sup.human_rights_clause_share'], [1, 2]),
  ...defs(S, 'share', ['sup.gc_commitment_spend_share'], ALL_GC, ['9.1']),
  ...defs(S, 'share', ['sup.dpa_coverage'], [1], ['9.c']),
  ...defs(S, 'share', ['sup.audited_share'], ALL_GC),
  ...defs(S, 'count', ['sup.open_findings', 'sup.critical_breaches', 'sup.non_compliant', 'sup.terminated'], ALL_GC),
];

/** The definitions of a data folder: kpis.md's figures plus its declared indicators. */
export function kpiCatalog(declarations: readonly IndicatorDeclaration[]): KpiDefinition[] {
  const indicators: KpiDefinition[] = declarations.map((d) => ({
    id: `ind.${d.id}`,
    unit: d.unit,
    section: d.section,
    gc: d.gcPrinciples,
    sdg: d.sdgTargets,
    protectedCount: false,
    indicator: d,
  }));
  return [...KPI_DEFINITIONS, ...indicators];
}

/** Id order of the downloads: plain code-unit string order (`env.` < `hr.` < `ind.` < `sup.`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const KNOWN_KPI_IDS: ReadonlySet<string> = new Set(KPI_DEFINITIONS.map((d) => d.id));

/** The emission-factor keys kpis.md knows (a factor with another key is a warning). */
export const FACTOR_KEYS: ReadonlySet<string> = new Set([
  'flight.domestic',
  'flight.short_haul.economy', 'flight.short_haul.business', 'flight.short_haul.average',
  'flight.long_haul.economy', 'flight.long_haul.premium_economy', 'flight.long_haul.business',
  'flight.long_haul.first', 'flight.long_haul.average',
  'rail.national', 'rail.international',
  'car.petrol', 'car.diesel', 'car.electric', 'car.hybrid', 'car.average',
  'taxi', 'bus', 'ferry',
  'energy.electricity', 'energy.electricity.residual', 'energy.district_heating',
  'energy.natural_gas', 'energy.heating_oil',
]);

export function isTravelFactorKey(key: string): boolean {
  return !key.startsWith('energy.');
}
