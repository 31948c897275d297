import { describe, expect, it } from 'vitest';
import { computeYearRaw, finishYears, type YearInput } from '../../src/compute/year.ts';
import type { EnergyTotals } from '../../src/compute/energy.ts';
import type { TravelTotals } from '../../src/compute/travel.ts';
import { workforceFigures } from '../../src/compute/workforce.ts';
import { compareIds } from '../../src/model/kpis.ts';
import type { FactorUse, YearFigures } from '../../src/model/figures.ts';
import type { Employment, IndicatorDeclaration } from '../../src/model/records.ts';
import { employment, SETTINGS, settingsWith } from './fixtures.ts';
import { protectYears } from '../../src/protect/years.ts';
import { FIGURES, reportRegistry } from '../../src/model/registry/index.ts';
/** compute, then protect, as the pipeline runs them (prepare.ts). */
function published(raw: Parameters<typeof finishYears>[0], settings: Parameters<typeof finishYears>[1], catalog: Parameters<typeof protectYears>[1], factors: Parameters<typeof finishYears>[2] = null): ReturnType<typeof protectYears> {
  return protectYears(finishYears(raw, settings, factors), catalog, settings.minCellSize);
}


function use(key: string): FactorUse {
  return { key, year: 2025, factorYear: 2025, fallback: false, value: 1, radiativeForcing: false, unit: 'kWh', source: 's' };
}

// Travel: 3000 kg in all, 2000 by flight (10 000 pkm) and 1000 by rail (20 000 pkm)
const TRAVEL: TravelTotals = {
  kgByMode: { flight: 2000, rail: 1000, car: 0, taxi: 0, bus: 0, ferry: 0 },
  passengerKmByMode: { flight: 10000, rail: 20000, car: 0, taxi: 0, bus: 0, ferry: 0 },
  kgTotal: 3000,
  factorsUsed: [use('rail.national'), use('flight.domestic')],
  activity: [],
};
// Energy: scope 1 1000 kg, scope 2 location 2000 kg, market 500 kg; 40 MWh electricity, 30 % renewable
const ENERGY: EnergyTotals = {
  scope1Kg: 1000,
  scope2LocationKg: 2000,
  scope2MarketKg: 500,
  mwhByCarrier: { electricity: 40, district_heating: 10, natural_gas: 5, heating_oil: 0 },
  electricityKwh: 40000,
  renewableElectricityKwh: 12000,
  factorsUsed: [use('energy.electricity')],
  activity: [],
  sites: [],
};

/** n people, each full time all year (so hr.fte_average = n), the first `women` of them women. */
function staff(n: number, women = 0): Employment[] {
  return Array.from({ length: n }, (_, i) => employment({
    employeeId: `P${i}`, gender: i < women ? 'woman' : 'man', hireDate: '2015-01-01', fte: 1, birthYear: 1980,
  }));
}

/** A year's input; `employees` become their workforce figures, as the employees file task makes them. */
function input(o: Partial<YearInput> & { year: number; employees?: Employment[] }): YearInput {
  const { employees, ...rest } = o;
  const workforce = employees === undefined ? null : workforceFigures(employees, o.year, SETTINGS);
  return { draft: false, workforce, travel: null, energy: null, meetings: null, suppliers: null, indicatorValues: null, ...rest };
}

function value(y: YearFigures | undefined, id: string): number | null | undefined {
  return y?.kpis.find((k) => k.id === id)?.value;
}
function status(y: YearFigures | undefined, id: string): string | undefined {
  return y?.kpis.find((k) => k.id === id)?.status;
}

const SETTINGS_2019 = settingsWith({ baseYear: 2019 });

describe('computeYearRaw', () => {
  const raw = computeYearRaw(input({ year: 2025, employees: staff(2), travel: TRAVEL, energy: ENERGY }));

  it('turns kg into tonnes and adds the totals', () => {
    expect(raw.values.get('env.scope1_t')).toBe(1);
    expect(raw.values.get('env.scope2_location_t')).toBe(2);
    expect(raw.values.get('env.scope2_market_t')).toBe(0.5);
    expect(raw.values.get('env.scope3_travel_t')).toBe(3);
    expect(raw.values.get('env.travel.flight_t')).toBe(2);
    expect(raw.values.get('env.travel.rail_km')).toBe(20000);
    // 1 + 2 + 3 and 1 + 0.5 + 3
    expect(raw.values.get('env.total_location_t')).toBe(6);
    expect(raw.values.get('env.total_market_t')).toBe(4.5);
    // 6 t ÷ 2 FTE
    expect(raw.values.get('env.intensity_location_t_per_fte')).toBe(3);
    // 40 + 10 + 5 + 0
    expect(raw.values.get('env.energy_mwh')).toBe(55);
    expect(raw.values.get('env.renewable_electricity_share')).toBe(0.3);
    expect(raw.factorsUsed.map((u) => u.key)).toEqual(['energy.electricity', 'flight.domestic', 'rail.national']);
    expect(raw.energyByCarrierMwh?.district_heating).toBe(10);
  });

  it('reports no total without travel.csv, and no intensity without employees.csv', () => {
    const noTravel = computeYearRaw(input({ year: 2025, employees: staff(2), energy: ENERGY }));
    expect(noTravel.values.get('env.total_location_t')).toBeNull();
    expect(noTravel.values.get('env.total_market_t')).toBeNull();
    expect(noTravel.values.get('env.intensity_location_t_per_fte')).toBeNull();
    expect(noTravel.values.get('env.scope1_t')).toBe(1);
    const noStaff = computeYearRaw(input({ year: 2025, travel: TRAVEL, energy: ENERGY }));
    expect(noStaff.values.get('env.total_location_t')).toBe(6);
    expect(noStaff.values.get('env.intensity_location_t_per_fte')).toBeNull();
  });
});

describe('finishYears, then protectYears (the privacy rule)', () => {
  const declarations: IndicatorDeclaration[] = [{
    line: 2, id: 'data.breaches_reported', section: 'data', labelDa: 'Brud', labelEn: 'Breaches', unit: 'count',
    gcPrinciples: [1], sdgTargets: [], higherIsBetter: false,
  }];
  const catalog = reportRegistry(declarations);
  // 2019 (base): total 10 t (travel 3000 kg + energy 7000 kg); 2025: total 6 t.
  const base = computeYearRaw(input({
    year: 2019, travel: TRAVEL, energy: { ...ENERGY, scope1Kg: 2000, scope2LocationKg: 5000 },
  }));
  const y2025 = computeYearRaw(input({
    year: 2025, draft: true, employees: staff(10, 2), travel: TRAVEL, energy: ENERGY,
    indicatorValues: [{ line: 2, id: 'data.breaches_reported', value: 3, noteDa: null, noteEn: null, sourceDa: null, sourceEn: null }],
  }));
  const years = published([y2025, base], SETTINGS_2019, catalog);
  const [f2019, f2025] = years;

  it('emits every catalog id for every year, in id order, with the catalog unit', () => {
    expect(years.map((y) => y.year)).toEqual([2019, 2025]);
    const ids = catalog.map((d) => d.id).sort(compareIds);
    for (const y of years) {
      expect(y.kpis.map((k) => k.id)).toEqual(ids);
      expect(y.kpis.every((k) => k.year === y.year)).toBe(true);
    }
    expect(f2025!.kpis.length).toBe(FIGURES.length + 1);
    expect(f2025!.kpis.find((k) => k.id === 'env.total_location_t')?.unit).toBe('t CO2e');
    expect(f2025!.kpis.find((k) => k.id === 'ind.data.breaches_reported')).toEqual(
      { id: 'ind.data.breaches_reported', year: 2025, value: 3, unit: 'count', status: 'ok' });
    expect(f2025!.draft).toBe(true);
  });

  it('a missing file makes its figures not reported: null, never 0', () => {
    for (const id of ['hr.headcount', 'hr.gender.women_share', 'sup.contracts', 'env.meetings.total', 'ind.data.breaches_reported', 'env.intensity_location_t_per_fte']) {
      expect(f2019!.kpis.find((k) => k.id === id)).toMatchObject({ value: null, status: 'not_reported' });
    }
    expect(f2019!.contracts).toBeNull();
  });

  it('reduction against the base year: 1 − 6/10 = 0.4; 0 in the base year itself', () => {
    expect(value(f2025, 'env.reduction_vs_base_location')).toBeCloseTo(0.4, 15);
    expect(value(f2019, 'env.reduction_vs_base_location')).toBe(0);
  });

  it('no reduction without a base year or without the base year’s total', () => {
    const noBase = published([base, y2025], SETTINGS, catalog);
    expect(status(noBase[1], 'env.reduction_vs_base_location')).toBe('not_reported');
    const baseWithoutTravel = computeYearRaw(input({ year: 2019, energy: ENERGY }));
    const missing = published([baseWithoutTravel, y2025], SETTINGS_2019, catalog);
    expect(status(missing[1], 'env.reduction_vs_base_location')).toBe('not_reported');
    expect(status(missing[0], 'env.reduction_vs_base_location')).toBe('not_reported');
    const absent = published([y2025], SETTINGS_2019, catalog);
    expect(status(absent[0], 'env.reduction_vs_base_location')).toBe('not_reported');
  });

  it('suppresses a count from 1 to k − 1 and the share computed from it (2 women of 10, k = 5)', () => {
    expect(f2025!.kpis.find((k) => k.id === 'hr.gender.women')).toMatchObject({ value: null, status: 'suppressed' });
    expect(status(f2025, 'hr.gender.women_share')).toBe('suppressed');
    // the total is never suppressed
    expect(value(f2025, 'hr.headcount')).toBe(10);
  });

  it('suppresses the median age when the headcount is below k, 0 included', () => {
    const nobody = computeYearRaw(input({ year: 2025, employees: [] }));
    const three = computeYearRaw(input({ year: 2024, employees: staff(3) }));
    const [f3, f0] = published([nobody, three], SETTINGS, catalog);
    expect(status(f0, 'hr.age.median')).toBe('suppressed');
    expect(status(f3, 'hr.age.median')).toBe('suppressed');
    expect(value(f0, 'hr.headcount')).toBe(0);
    expect(status(f0, 'hr.gender.women_share')).toBe('not_reported');
  });
});
