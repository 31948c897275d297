import { describe, expect, it } from 'vitest';
import { FactorTable } from '../../src/compute/factors.ts';
import { TravelAccumulator, travelFactorKey } from '../../src/compute/travel.ts';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { ArrayLedger, factor, journey } from './fixtures.ts';

describe('travelFactorKey', () => {
  it('splits flights at 500 and 3700 km (500 and 3700 are short haul)', () => {
    expect(travelFactorKey(journey({ mode: 'flight', distanceKm: 499.9, cabinClass: 'business' }))).toBe('flight.domestic');
    expect(travelFactorKey(journey({ mode: 'flight', distanceKm: 500 }))).toBe('flight.short_haul.average');
    expect(travelFactorKey(journey({ mode: 'flight', distanceKm: 3700, cabinClass: 'economy' }))).toBe('flight.short_haul.economy');
    expect(travelFactorKey(journey({ mode: 'flight', distanceKm: 3700.5, cabinClass: 'economy' }))).toBe('flight.long_haul.economy');
  });

  it('maps cabin classes: short haul has economy and business only', () => {
    const f = (distanceKm: number, cabinClass: 'economy' | 'premium_economy' | 'business' | 'first' | null) =>
      travelFactorKey(journey({ mode: 'flight', distanceKm, cabinClass }));
    expect(f(1000, 'premium_economy')).toBe('flight.short_haul.economy');
    expect(f(1000, 'first')).toBe('flight.short_haul.business');
    expect(f(1000, 'business')).toBe('flight.short_haul.business');
    expect(f(8000, 'premium_economy')).toBe('flight.long_haul.premium_economy');
    expect(f(8000, 'first')).toBe('flight.long_haul.first');
    expect(f(8000, 'business')).toBe('flight.long_haul.business');
    expect(f(8000, null)).toBe('flight.long_haul.average');
  });

  it('maps rail, car, taxi, bus and ferry', () => {
    expect(travelFactorKey(journey({ mode: 'rail', railScope: 'international' }))).toBe('rail.international');
    expect(travelFactorKey(journey({ mode: 'rail' }))).toBe('rail.national');
    expect(travelFactorKey(journey({ mode: 'car', fuel: 'electric' }))).toBe('car.electric');
    expect(travelFactorKey(journey({ mode: 'car', fuel: null }))).toBe('car.average');
    expect(travelFactorKey(journey({ mode: 'taxi' }))).toBe('taxi');
    expect(travelFactorKey(journey({ mode: 'bus' }))).toBe('bus');
    expect(travelFactorKey(journey({ mode: 'ferry' }))).toBe('ferry');
  });
});

function setup(radiativeForcing = true) {
  const table = new FactorTable([
    factor('bus', 2025, 'pkm', 0.1),
    factor('taxi', 2025, 'km', 0.2),
    factor('flight.short_haul.economy', 2024, 'pkm', 0.1, { kgCo2eRf: 0.18 }),
    factor('rail.national', 2025, 'kWh', 0.01),
  ], radiativeForcing);
  const ledger = new ArrayLedger();
  const sink = new DiagnosticSink();
  const acc = new TravelAccumulator({ year: 2025, file: '2025/travel.csv', factors: table, ledger, sink });
  return { acc, ledger, sink };
}

describe('TravelAccumulator', () => {
  it('multiplies by travellers for a pkm factor, not for a km factor; a round trip doubles', () => {
    const { acc, ledger } = setup();
    // bus, pkm: 45 km × 2 (return) × 3 travellers = 270 pkm × 0.1 = 27 kg
    acc.add(journey({ mode: 'bus', distanceKm: 45, roundTrip: true, travellers: 3 }));
    // taxi, km: 10 km × 2 × 1 (one vehicle) = 20 km × 0.2 = 4 kg; passenger-km still 10 × 2 × 3 = 60
    acc.add(journey({ mode: 'taxi', distanceKm: 10, roundTrip: true, travellers: 3 }));
    const r = acc.result();
    expect(r.kgByMode.bus).toBeCloseTo(27, 12);
    expect(r.passengerKmByMode.bus).toBe(270);
    expect(r.kgByMode.taxi).toBeCloseTo(4, 12);
    expect(r.passengerKmByMode.taxi).toBe(60);
    expect(r.kgTotal).toBeCloseTo(31, 12);
    expect(ledger.rows.map((l) => [l.factorKey, l.quantity, l.factorUnit, l.scope])).toEqual([
      ['bus', 270, 'pkm', '3'],
      ['taxi', 20, 'km', '3'],
    ]);
  });

  it('uses the RF factor of 2024 for a 2025 flight; the plain one with radiative forcing off', () => {
    // 1000 km one way, economy, 1 traveller: 1000 pkm × 0.18 = 180 kg; without RF × 0.1 = 100 kg
    const on = setup(true);
    on.acc.add(journey({ mode: 'flight', distanceKm: 1000, cabinClass: 'economy' }));
    expect(on.acc.result().kgByMode.flight).toBeCloseTo(180, 10);
    expect(on.ledger.rows[0]).toMatchObject({ factorYear: 2024, factor: 0.18 });
    expect(on.acc.result().factorsUsed[0]).toMatchObject({ key: 'flight.short_haul.economy', fallback: true, radiativeForcing: true });
    const off = setup(false);
    off.acc.add(journey({ mode: 'flight', distanceKm: 1000, cabinClass: 'economy' }));
    expect(off.acc.result().kgByMode.flight).toBeCloseTo(100, 10);
  });

  it('reports a key without a factor once per key, on its first row, and skips the rows', () => {
    const { acc, sink, ledger } = setup();
    acc.add(journey({ mode: 'bus', distanceKm: 10, line: 2 }));
    acc.add(journey({ mode: 'ferry', distanceKm: 10, line: 9 }));
    acc.add(journey({ mode: 'ferry', distanceKm: 10, line: 12 }));
    expect(sink.items.map(formatDiagnostic)).toEqual([
      '2025/travel.csv:9: error: column mode: no emission factor for "ferry" in 2025 or an earlier year; add a row with key ferry to emission-factors.csv',
    ]);
    expect(acc.result().kgByMode.ferry).toBe(0);
    expect(ledger.rows).toHaveLength(1);
  });

  it('rejects a travel factor whose unit is not pkm or km', () => {
    const { acc, sink } = setup();
    acc.add(journey({ mode: 'rail', distanceKm: 10, line: 4 }));
    expect(sink.errorCount).toBe(1);
    expect(sink.items[0]).toMatchObject({ line: 4, column: 'mode' });
    expect(acc.result().kgByMode.rail).toBe(0);
  });
});
