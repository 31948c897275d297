// The key figures are declared in the registry (model/registry/): one definition each, with
// everything that goes with it. This module keeps the names the stages import, the id order of
// the downloads, and the emission-factor keys of kpis.md.

import { FIGURES, KNOWN_FIGURE_IDS, reportRegistry } from './registry/index.ts';
import type { FigureDefinition } from './registry/index.ts';

export type { KpiSection, KpiUnit } from './registry/index.ts';
export type KpiDefinition = FigureDefinition;

/** The figures of kpis.md, in the order the spec lists them. */
export const KPI_DEFINITIONS: readonly KpiDefinition[] = FIGURES;

/** The definitions of a data folder: kpis.md's figures plus its declared indicators. */
export const kpiCatalog: typeof reportRegistry = reportRegistry;

/** Id order of the downloads: plain code-unit string order (`env.` < `hr.` < `ind.` < `sup.`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export const KNOWN_KPI_IDS: ReadonlySet<string> = KNOWN_FIGURE_IDS;

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
