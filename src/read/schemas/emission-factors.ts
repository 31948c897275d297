// emission-factors.csv (inputs.md, kpis.md): conversion factors, one row per key and year.

import type { EmissionFactor } from '../../model/records.ts';
import { FACTOR_KEYS, isTravelFactorKey } from '../../model/kpis.ts';
import { UniqueKeys } from '../unique-key.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { FACTOR_UNITS } from '../words.ts';

const [KEY, YEAR, UNIT, KG_CO2E, KG_CO2E_RF, KWH_PER_UNIT, SOURCE] = defineColumns([
  { name: 'key', required: true },
  { name: 'year', required: true },
  { name: 'unit', required: true },
  { name: 'kg_co2e', required: true, type: 'number' },
  { name: 'kg_co2e_rf', type: 'number' },
  { name: 'kwh_per_unit', type: 'number' },
  { name: 'source', required: true, type: 'text' },
] as const);

export const emissionFactorsSchema: Schema<EmissionFactor> = {
  columns: [KEY, YEAR, UNIT, KG_CO2E, KG_CO2E_RF, KWH_PER_UNIT, SOURCE],
  acceptDanish: false,
  start(ctx) {
    const keys = new UniqueKeys();
    return (r) => {
      const key = r.text(KEY, true);
      if (key !== null && !FACTOR_KEYS.has(key)) {
        r.warning(KEY, `${r.quote(key)} is not a factor key the report uses; the row is ignored`);
        return null;
      }
      const year = r.year(YEAR, true);
      const unit = r.word(UNIT, true, FACTOR_UNITS);
      const kgCo2e = r.number(KG_CO2E, true);
      const kgCo2eRf = r.number(KG_CO2E_RF, false);
      const kwhPerUnit = r.number(KWH_PER_UNIT, false);
      const source = r.text(SOURCE, true);
      for (const [col, v] of [[KG_CO2E, kgCo2e], [KG_CO2E_RF, kgCo2eRf], [KWH_PER_UNIT, kwhPerUnit]] as const) {
        if (v !== null && v < 0) r.error(col, `${r.shown(col)} is less than 0`);
      }
      if (key !== null && unit !== null) {
        const travel = isTravelFactorKey(key);
        if (travel && unit !== 'pkm' && unit !== 'km') r.error(UNIT, `${r.shown(UNIT)} does not fit a travel factor; write pkm (per passenger-km) or km (per vehicle-km)`);
        if (!travel && unit !== 'kWh' && unit !== 'm3' && unit !== 'l') r.error(UNIT, `${r.shown(UNIT)} does not fit an energy factor; write kWh, m3 or l`);
      }
      if (key !== null && key.startsWith('flight.') && ctx.settings.radiativeForcing && r.raw(KG_CO2E_RF) === '') {
        r.error(KG_CO2E_RF, 'is empty, but report.json uses the flight factors with radiative forcing; write the factor including radiative forcing, or set "emissions": { "radiativeForcing": false }');
      }
      if (key !== null && year !== null) {
        const first = keys.seen(`${key}\u0000${year}`, r.line);
        if (first !== null) r.error(KEY, `${r.quote(key)} for ${year} is already on line ${first}; give each key one factor a year`);
      }
      if (!r.ok || key === null || year === null || unit === null || kgCo2e === null || source === null) return null;
      return { line: r.line, key, year, unit, kgCo2e, kgCo2eRf, kwhPerUnit, source };
    };
  },
};
