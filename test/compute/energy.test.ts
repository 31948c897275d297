import { describe, expect, it } from 'vitest';
import { daysInYear, EnergyAccumulator, kwhOf } from '../../src/compute/energy.ts';
import { FactorTable } from '../../src/compute/factors.ts';
import { DiagnosticSink } from '../../src/model/diagnostics.ts';
import type { EmissionFactor } from '../../src/model/records.ts';
import { ArrayLedger, factor, reading } from './fixtures.ts';

const FACTORS = [
  factor('energy.electricity', 2025, 'kWh', 0.1),
  factor('energy.electricity.residual', 2024, 'kWh', 0.4),
  factor('energy.district_heating', 2025, 'kWh', 0.05),
  factor('energy.natural_gas', 2025, 'm3', 2, { kwhPerUnit: 10 }),
  factor('energy.heating_oil', 2025, 'l', 2.5),
];

function setup(factors: EmissionFactor[] = FACTORS, year = 2025) {
  const ledger = new ArrayLedger();
  const sink = new DiagnosticSink();
  const acc = new EnergyAccumulator({ year, file: `${year}/energy.csv`, factors: new FactorTable(factors, true), ledger, sink });
  return { acc, ledger, sink };
}

function ledgerTonnes(ledger: ArrayLedger, scope: string): number {
  return ledger.rows.filter((r) => r.scope === scope).reduce((s, r) => s + r.kgCo2e, 0) / 1000;
}

describe('unit conversion', () => {
  it('kWh = MWh × 1000 = GJ × 1000 / 3.6; m3 and l do not convert', () => {
    expect(kwhOf(5, 'kWh')).toBe(5);
    expect(kwhOf(2.5, 'MWh')).toBe(2500);
    expect(kwhOf(36, 'GJ')).toBeCloseTo(10000, 9); // 36 000 / 3.6
    expect(kwhOf(1, 'm3')).toBeNull();
    expect(kwhOf(1, 'l')).toBeNull();
  });
});

describe('daysInYear', () => {
  it('counts both ends: 15 Dec 2024 to 14 Jan 2025 is 31 days, 14 of them in 2025, 17 in 2024', () => {
    expect(daysInYear('2024-12-15', '2025-01-14', 2025)).toEqual({ days: 31, daysInYear: 14 });
    expect(daysInYear('2024-12-15', '2025-01-14', 2024)).toEqual({ days: 31, daysInYear: 17 });
    expect(daysInYear('2025-03-01', '2025-03-01', 2025)).toEqual({ days: 1, daysInYear: 1 });
    expect(daysInYear('2024-01-01', '2024-12-31', 2024)).toEqual({ days: 366, daysInYear: 366 });
    expect(daysInYear('2024-11-01', '2024-11-30', 2025)).toEqual({ days: 30, daysInYear: 0 });
  });
});

describe('EnergyAccumulator', () => {
  it('counts a bill across the year end pro rata by days', () => {
    // 3100 kWh over 31 days, 14 in 2025: 1400 kWh; × 0.1 = 140 kg location;
    // market: 1400 × (1 − 0.5) = 700 kWh × 0.4 = 280 kg
    const { acc, ledger } = setup();
    acc.add(reading({ periodStart: '2024-12-15', periodEnd: '2025-01-14', quantity: 3100, renewableShare: 0.5 }));
    const r = acc.result();
    expect(r.electricityKwh).toBeCloseTo(1400, 9);
    expect(r.mwhByCarrier.electricity).toBeCloseTo(1.4, 12);
    expect(r.scope2LocationKg).toBeCloseTo(140, 9);
    expect(r.scope2MarketKg).toBeCloseTo(280, 9);
    expect(ledger.rows.map((l) => [l.scope, l.factorKey, l.factorYear])).toEqual([
      ['2-location', 'energy.electricity', 2025],
      ['2-market', 'energy.electricity.residual', 2024],
    ]);
    expect(ledger.rows[1]!.quantity).toBeCloseTo(700, 9);
  });

  it('converts MWh and GJ; district heating counts in both scope-2 figures', () => {
    const { acc, ledger } = setup();
    // 2 MWh electricity, 25 % renewable: 2000 kWh × 0.1 = 200 kg location; 1500 kWh × 0.4 = 600 kg market
    acc.add(reading({ quantity: 2, unit: 'MWh', renewableShare: 0.25 }));
    // 36 GJ district heating = 10 000 kWh × 0.05 = 500 kg in both
    acc.add(reading({ carrier: 'district_heating', quantity: 36, unit: 'GJ' }));
    const r = acc.result();
    expect(r.scope2LocationKg).toBeCloseTo(700, 9);
    expect(r.scope2MarketKg).toBeCloseTo(1100, 9);
    expect(r.scope1Kg).toBe(0);
    expect(r.mwhByCarrier.district_heating).toBeCloseTo(10, 12);
    expect(r.mwhByCarrier.electricity).toBe(2);
    expect(r.renewableElectricityKwh / r.electricityKwh).toBeCloseTo(0.25, 12);
    expect(ledger.rows.filter((l) => l.factorKey === 'energy.district_heating').map((l) => l.scope)).toEqual(['2-location', '2-market']);
  });

  it('applies an m3 factor to m3 and counts it in MWh with kwh_per_unit (scope 1)', () => {
    // 100 m3 × 2 = 200 kg; 100 m3 × 10 kWh/m3 = 1000 kWh = 1 MWh
    const { acc, ledger } = setup();
    acc.add(reading({ carrier: 'natural_gas', quantity: 100, unit: 'm3' }));
    const r = acc.result();
    expect(r.scope1Kg).toBe(200);
    expect(r.mwhByCarrier.natural_gas).toBe(1);
    expect(ledger.rows).toEqual([expect.objectContaining({ scope: '1', quantity: 100, factorUnit: 'm3', kgCo2e: 200 })]);
  });

  it('is an error where kwh_per_unit is missing (l of oil) or the unit does not convert', () => {
    const { acc, sink, ledger } = setup();
    acc.add(reading({ carrier: 'heating_oil', quantity: 100, unit: 'l', line: 3 }));
    acc.add(reading({ carrier: 'natural_gas', quantity: 100, unit: 'kWh', line: 4 }));
    acc.add(reading({ carrier: 'electricity', quantity: 100, unit: 'm3', line: 5 }));
    expect(sink.items.map((d) => [d.severity, d.line, d.column])).toEqual([
      ['error', 3, 'unit'], ['error', 4, 'unit'], ['error', 5, 'unit'],
    ]);
    expect(ledger.rows).toHaveLength(0);
    expect(acc.result().scope1Kg).toBe(0);
  });

  it('counts a period wholly outside the year as 0 with a warning', () => {
    const { acc, sink, ledger } = setup();
    acc.add(reading({ periodStart: '2024-11-01', periodEnd: '2024-11-30', quantity: 999, line: 7 }));
    expect(sink.items).toEqual([expect.objectContaining({ severity: 'warning', line: 7 })]);
    expect(acc.result().electricityKwh).toBe(0);
    expect(ledger.rows).toHaveLength(0);
  });

  it('reports a missing factor once per key and file', () => {
    const { acc, sink } = setup(FACTORS.filter((f) => f.key !== 'energy.electricity.residual'));
    acc.add(reading({ line: 2 }));
    acc.add(reading({ line: 3 }));
    expect(sink.items).toEqual([expect.objectContaining({ severity: 'error', line: 2, column: 'carrier' })]);
    expect(sink.items[0]!.message).toContain('"energy.electricity.residual" in 2025 or an earlier year');
    // the row is skipped whole: its location-based part does not count either
    expect(acc.result().scope2LocationKg).toBe(0);
  });

  it('renewable share = Σ(kWh × share) ÷ Σ kWh; ledger rows add up to each scope', () => {
    // 1000 kWh at 100 % and 3000 kWh at 0 %: 1000 / 4000 = 0.25
    const { acc, ledger } = setup();
    acc.add(reading({ quantity: 1000, renewableShare: 1 }));
    acc.add(reading({ quantity: 3000, renewableShare: 0 }));
    acc.add(reading({ carrier: 'natural_gas', quantity: 7.3, unit: 'm3' }));
    acc.add(reading({ carrier: 'district_heating', quantity: 1.7, unit: 'GJ' }));
    const r = acc.result();
    expect(r.renewableElectricityKwh / r.electricityKwh).toBe(0.25);
    // market: 0 kWh × 0.4 + 3000 × 0.4 = 1200 kg, plus district heating 1.7 GJ = 472.2 kWh × 0.05
    expect(r.scope2MarketKg).toBeCloseTo(1200 + (1700 / 3.6) * 0.05, 9);
    expect(ledgerTonnes(ledger, '1')).toBe(r.scope1Kg / 1000);
    expect(ledgerTonnes(ledger, '2-location')).toBe(r.scope2LocationKg / 1000);
    expect(ledgerTonnes(ledger, '2-market')).toBe(r.scope2MarketKg / 1000);
  });
});
