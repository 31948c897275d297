// The reduction since the base year split into activity and factors (issue 13, item 6), with
// numbers worked out by hand.

import { describe, expect, it } from 'vitest';
import { EnergyAccumulator } from '../../src/compute/energy.ts';
import { FactorTable } from '../../src/compute/factors.ts';
import { TravelAccumulator } from '../../src/compute/travel.ts';
import { computeYearRaw, finishYears } from '../../src/compute/year.ts';
import { DiagnosticSink } from '../../src/model/diagnostics.ts';
import type { EmissionFactor, EnergyReading, Journey } from '../../src/model/records.ts';
import { ArrayLedger, factor, journey, reading, settingsWith } from './fixtures.ts';
import { protectYears } from '../../src/protect/years.ts';
import { reportRegistry } from '../../src/model/registry/index.ts';
/** compute, then protect, as the pipeline runs them (prepare.ts). */
function published(raw: Parameters<typeof finishYears>[0], settings: Parameters<typeof finishYears>[1], catalog: Parameters<typeof protectYears>[1], factors: Parameters<typeof finishYears>[2] = null): ReturnType<typeof protectYears> {
  return protectYears(finishYears(raw, settings, factors), catalog, settings.minCellSize);
}


// rail 0.04 → 0.03 kg/pkm, electricity 0.2 → 0.1 kg/kWh; district heating only a 2019 factor
// (0.1 kg/kWh, standing in for 2025); the residual mix counts only market-based.
const FACTORS: EmissionFactor[] = [
  factor('rail.national', 2019, 'pkm', 0.04),
  factor('rail.national', 2025, 'pkm', 0.03),
  factor('energy.electricity', 2019, 'kWh', 0.2),
  factor('energy.electricity', 2025, 'kWh', 0.1),
  factor('energy.electricity.residual', 2019, 'kWh', 0.5),
  factor('energy.electricity.residual', 2025, 'kWh', 0.4),
  factor('energy.district_heating', 2019, 'kWh', 0.1),
  factor('car.electric', 2025, 'km', 0.05),
];

function year(y: number, journeys: Journey[], readings: EnergyReading[], table: FactorTable): ReturnType<typeof computeYearRaw> {
  const sink = new DiagnosticSink();
  const ledger = new ArrayLedger();
  const travel = new TravelAccumulator({ year: y, file: `${y}/travel.csv`, factors: table, ledger, sink });
  for (const j of journeys) travel.add(j);
  const energy = new EnergyAccumulator({ year: y, file: `${y}/energy.csv`, factors: table, ledger, sink });
  for (const r of readings) energy.add(r);
  expect(sink.items).toEqual([]);
  return computeYearRaw({
    year: y, draft: false, workforce: null, travel: travel.result(), energy: energy.result(),
    meetings: null, suppliers: null, indicatorValues: null,
  });
}

const SETTINGS = settingsWith({ baseYear: 2019 });
const CATALOG = reportRegistry([]);

// 2019: rail 500 km return, 1 traveller = 1000 pkm × 0.04 = 40 kg; electricity 10 MWh = 10 000 kWh
// × 0.2 = 2000 kg; district heating 36 GJ = 10 000 kWh × 0.1 = 1000 kg. Total 3040 kg.
function base(table: FactorTable): ReturnType<typeof computeYearRaw> {
  return year(2019,
    [journey({ date: '2019-05-01', mode: 'rail', distanceKm: 500, roundTrip: true, travellers: 1 })],
    [
      reading({ periodStart: '2019-01-01', periodEnd: '2019-12-31', site: 'HQ', carrier: 'electricity', quantity: 10, unit: 'MWh' }),
      reading({ periodStart: '2019-01-01', periodEnd: '2019-12-31', site: 'HQ', carrier: 'district_heating', quantity: 36, unit: 'GJ' }),
    ], table);
}

// 2025: rail 400 km one way, 2 travellers = 800 pkm × 0.03 = 24 kg; electricity 9000 kWh × 0.1 =
// 900 kg (half of it renewable: market-based only); district heating 8000 kWh × 0.1 = 800 kg.
// Total 1724 kg.
const Y2025_JOURNEYS = [journey({ date: '2025-05-01', mode: 'rail', distanceKm: 400, roundTrip: false, travellers: 2 })];
const Y2025_READINGS = [
  reading({ periodStart: '2025-01-01', periodEnd: '2025-12-31', site: 'HQ', carrier: 'electricity', quantity: 9000, unit: 'kWh', renewableShare: 0.5 }),
  reading({ periodStart: '2025-01-01', periodEnd: '2025-12-31', site: 'Depot', carrier: 'district_heating', quantity: 8000, unit: 'kWh' }),
];

describe('the reduction since the base year, split into activity and factors', () => {
  it('values this year\'s activity at the base year\'s factors (hand-worked)', () => {
    const table = new FactorTable(FACTORS, true);
    const years = published([base(table), year(2025, Y2025_JOURNEYS, Y2025_READINGS, table)], SETTINGS, CATALOG, table);
    const y2025 = years[1];
    expect(y2025?.kpis.find((k) => k.id === 'env.total_location_t')?.value).toBeCloseTo(1.724, 12);
    const split = y2025?.reductionSplit;
    // reduction 1 − 1724/3040 = 1316/3040
    expect(split?.baseYear).toBe(2019);
    expect(split?.reduction).toBeCloseTo(1316 / 3040, 12);
    // 2025's activity at 2019's factors: 800 × 0.04 + 9000 × 0.2 + 8000 × 0.1 = 2632 kg → 1 − 2632/3040 = 408/3040
    expect(split?.fromActivity).toBeCloseTo(408 / 3040, 12);
    // the rest, 1316/3040 − 408/3040 = 908/3040, from changed factors
    expect(split?.fromFactors).toBeCloseTo(908 / 3040, 12);
    // 2019's activity at 2025's factors: 1000 × 0.03 + 10 000 × 0.1 + 10 000 × 0.1 = 2030 kg → 1 − 1724/2030
    expect(split?.atYearFactors).toBeCloseTo(306 / 2030, 12);
    expect(split?.incomparable).toEqual([]);
    // no split for the base year itself
    expect(years[0]?.reductionSplit).toBeNull();
  });

  it('names a key with no base-year factor and leaves the split out', () => {
    const table = new FactorTable(FACTORS, true);
    const journeys = [...Y2025_JOURNEYS, journey({ date: '2025-06-01', mode: 'car', fuel: 'electric', distanceKm: 100 })];
    const years = published([base(table), year(2025, journeys, Y2025_READINGS, table)], SETTINGS, CATALOG, table);
    const split = years[1]?.reductionSplit;
    expect(split?.fromActivity).toBeNull();
    expect(split?.fromFactors).toBeNull();
    expect(split?.incomparable).toEqual(['car.electric']);
  });

  it('lists the distinct sites of energy.csv whose rows counted in the year', () => {
    const table = new FactorTable(FACTORS, true);
    const readings = [...Y2025_READINGS, reading({ periodStart: '2024-01-01', periodEnd: '2024-12-31', site: 'Old office', carrier: 'electricity', quantity: 1, unit: 'kWh' })];
    const sink = new DiagnosticSink();
    const energy = new EnergyAccumulator({ year: 2025, file: '2025/energy.csv', factors: table, ledger: new ArrayLedger(), sink });
    for (const r of readings) energy.add(r);
    expect(energy.result().sites).toEqual(['Depot', 'HQ']);
    const years = published([year(2025, Y2025_JOURNEYS, Y2025_READINGS, table)], SETTINGS, CATALOG, table);
    expect(years[0]?.energySites).toEqual(['Depot', 'HQ']);
  });
});

describe('the example data folder', () => {
  it('2025 against 2019: 48.1 % in all, 32.3 % at 2019\'s factors, 32.1 % with 2019 valued at 2025\'s factors', async () => {
    // Worked out independently from the 2025 and 2019 ledgers (quantity × the other year's
    // factor per row, in a spreadsheet): 2025's activity at 2019's factors is 237.816 t against
    // 2019's 351.302 t; 2019's activity at 2025's factors is 268.623 t against 2025's 182.318 t.
    const { prepareReport } = await import('../../src/pipeline/prepare.ts');
    const { PROJECT_ROOT } = await import('../../src/pipeline/tool.ts');
    const prepared = await prepareReport(`${PROJECT_ROOT}data`, { cacheDir: null, memoryCache: null, workers: 0 });
    expect(prepared.ok).toBe(true);
    if (!prepared.ok) return;
    const split = prepared.model.years.find((y) => y.year === 2025)?.reductionSplit;
    expect(split?.reduction).toBeCloseTo(0.481023, 6);
    expect(split?.fromActivity).toBeCloseTo(0.323043, 6);
    expect(split?.fromFactors).toBeCloseTo(0.481023 - 0.323043, 5);
    expect(split?.atYearFactors).toBeCloseTo(0.321286, 6);
  });
});
