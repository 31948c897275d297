import { describe, expect, it } from 'vitest';
import { derivedFigures } from '../../src/compute/frameworks.ts';
import type { KpiRecord, KpiStatus } from '../../src/model/figures.ts';

function rec(id: string, value: number | null, status: KpiStatus = value === null ? 'not_reported' : 'ok'): KpiRecord {
  return { id, year: 2025, value: status === 'ok' ? value : null, unit: 'x', status };
}

function byKey(kpis: KpiRecord[]) {
  return new Map(derivedFigures(kpis).map((d) => [d.key, d]));
}

describe('derivedFigures: scope 1 + 2 totals', () => {
  it('adds scope 1 to each published scope 2 figure (worked by hand)', () => {
    // 12.34 + 56.78 = 69.12; 12.34 + 3.21 = 15.55
    const d = byKey([rec('env.scope1_t', 12.34), rec('env.scope2_location_t', 56.78), rec('env.scope2_market_t', 3.21)]);
    expect(d.get('scope1_2_location_t')?.status).toBe('ok');
    expect(d.get('scope1_2_location_t')?.value).toBeCloseTo(69.12, 10);
    expect(d.get('scope1_2_location_t')?.unit).toBe('t CO2e');
    expect(d.get('scope1_2_market_t')?.value).toBeCloseTo(15.55, 10);
    expect(d.get('scope1_2_market_t')?.from).toEqual(['env.scope1_t', 'env.scope2_market_t']);
  });

  it('a scope 1 of 0 still gives the total (0 is reported, not missing)', () => {
    const d = byKey([rec('env.scope1_t', 0), rec('env.scope2_location_t', 4.5), rec('env.scope2_market_t', 0)]);
    expect(d.get('scope1_2_location_t')).toMatchObject({ status: 'ok', value: 4.5 });
    expect(d.get('scope1_2_market_t')).toMatchObject({ status: 'ok', value: 0 });
  });

  it('is not reported when either figure is not', () => {
    const d = byKey([rec('env.scope1_t', null), rec('env.scope2_location_t', 56.78), rec('env.scope2_market_t', 3.21)]);
    expect(d.get('scope1_2_location_t')).toMatchObject({ status: 'not_reported', value: null });
    expect(d.get('scope1_2_market_t')).toMatchObject({ status: 'not_reported', value: null });
    const e = byKey([rec('env.scope1_t', 1), rec('env.scope2_location_t', null)]);
    expect(e.get('scope1_2_location_t')).toMatchObject({ status: 'not_reported', value: null });
    // absent from the records altogether (no energy.csv)
    expect(e.get('scope1_2_market_t')).toMatchObject({ status: 'not_reported', value: null });
  });
});

describe('derivedFigures: the ratio of women to men in management', () => {
  it('is women ÷ men (worked by hand: 6 ÷ 8 = 0.75)', () => {
    const d = byKey([rec('hr.management.women', 6), rec('hr.management.men', 8)]);
    expect(d.get('management_women_to_men')).toMatchObject({ status: 'ok', value: 0.75, unit: 'ratio' });
  });

  it('is 0 with no women and men in management', () => {
    expect(byKey([rec('hr.management.women', 0), rec('hr.management.men', 7)]).get('management_women_to_men'))
      .toMatchObject({ status: 'ok', value: 0 });
  });

  it('is suppressed when either count is suppressed', () => {
    expect(byKey([rec('hr.management.women', null, 'suppressed'), rec('hr.management.men', 12)]).get('management_women_to_men'))
      .toMatchObject({ status: 'suppressed', value: null });
    expect(byKey([rec('hr.management.women', 12), rec('hr.management.men', null, 'suppressed')]).get('management_women_to_men'))
      .toMatchObject({ status: 'suppressed', value: null });
  });

  it('is not reported with no men in management, or a count not reported', () => {
    expect(byKey([rec('hr.management.women', 5), rec('hr.management.men', 0)]).get('management_women_to_men'))
      .toMatchObject({ status: 'not_reported', value: null });
    expect(byKey([rec('hr.management.women', null), rec('hr.management.men', 5)]).get('management_women_to_men'))
      .toMatchObject({ status: 'not_reported', value: null });
    expect(byKey([]).get('management_women_to_men')).toMatchObject({ status: 'not_reported', value: null });
  });
});
