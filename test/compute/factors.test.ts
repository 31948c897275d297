import { describe, expect, it } from 'vitest';
import { FactorTable, factorUse, mergeFactorUses } from '../../src/compute/factors.ts';
import { factor } from './fixtures.ts';

describe('FactorTable.choose', () => {
  const rows = [
    factor('rail.national', 2023, 'pkm', 0.04),
    factor('rail.national', 2024, 'pkm', 0.03),
    factor('rail.national', 2019, 'pkm', 0.05),
    factor('flight.domestic', 2024, 'pkm', 0.15, { kgCo2eRf: 0.27 }),
  ];

  it('takes the greatest factor year not after the reporting year', () => {
    const t = new FactorTable(rows, true);
    expect(t.choose('rail.national', 2024)?.value).toBe(0.03);
    expect(t.choose('rail.national', 2023)?.value).toBe(0.04);
    // 2022: 2023 and 2024 are after it, so 2019's factor stands in
    expect(t.choose('rail.national', 2022)?.factor.year).toBe(2019);
  });

  it('falls back to an earlier year: 2025 uses 2024', () => {
    const chosen = new FactorTable(rows, true).choose('rail.national', 2025);
    expect(chosen?.factor.year).toBe(2024);
    const use = factorUse(chosen!, 2025);
    expect(use).toMatchObject({ key: 'rail.national', year: 2025, factorYear: 2024, fallback: true, value: 0.03, unit: 'pkm' });
  });

  it('has nothing before the first factor year or for an unknown key', () => {
    const t = new FactorTable(rows, true);
    expect(t.choose('rail.national', 2018)).toBeNull();
    expect(t.choose('ferry', 2025)).toBeNull();
  });

  it('uses kg_co2e_rf for flights only when radiative forcing is on', () => {
    expect(new FactorTable(rows, true).choose('flight.domestic', 2024)).toMatchObject({ value: 0.27, radiativeForcing: true });
    expect(new FactorTable(rows, false).choose('flight.domestic', 2024)).toMatchObject({ value: 0.15, radiativeForcing: false });
    // rail has no RF value: the plain factor, whatever the setting
    expect(new FactorTable(rows, true).choose('rail.national', 2024)).toMatchObject({ value: 0.03, radiativeForcing: false });
  });

  it('merges factor uses one per key, sorted by key', () => {
    const t = new FactorTable(rows, true);
    const a = factorUse(t.choose('rail.national', 2024)!, 2024);
    const b = factorUse(t.choose('flight.domestic', 2024)!, 2024);
    expect(mergeFactorUses([a], [b, a]).map((u) => u.key)).toEqual(['flight.domestic', 'rail.national']);
  });
});
