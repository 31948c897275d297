// The key figures are declared in the registry (model/registry/), and imported from there. This
// module keeps the id order of the downloads and the emission-factor keys of kpis.md.

/** Id order of the downloads: plain code-unit string order (`env.` < `hr.` < `ind.` < `sup.`). */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

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
