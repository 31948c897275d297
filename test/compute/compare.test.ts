import { describe, expect, it } from 'vitest';
import { changesFromPreviousYear, targetProgress } from '../../src/compute/compare.ts';
import type { KpiRecord, YearFigures } from '../../src/model/figures.ts';
import type { Target } from '../../src/model/records.ts';

type Row = [id: string, unit: string, value: number | null, status?: KpiRecord['status']];
function year(y: number, rows: Row[]): YearFigures {
  return {
    year: y, draft: false, factorsUsed: [], energyByCarrierMwh: null, contracts: null, indicatorValues: [],
    kpis: rows.map(([id, unit, value, status]) => ({ id, year: y, unit, value: status && status !== 'ok' ? null : value, status: status ?? (value === null ? 'not_reported' : 'ok') })),
  };
}
function target(metric: string, due: number, value: number, comparison: Target['comparison']): Target {
  return { line: 2, metric, year: due, value, comparison, labelDa: 'mål', labelEn: 'target' };
}

describe('changesFromPreviousYear', () => {
  const y2024 = year(2024, [
    ['hr.gender.women_share', 'share', 0.4], ['hr.headcount', 'persons', 100], ['sup.open_findings', 'count', 0],
    ['hr.gender.other', 'persons', null, 'suppressed'], ['env.scope1_t', 't CO2e', 20],
  ]);
  const y2025 = year(2025, [
    ['hr.gender.women_share', 'share', 0.5], ['hr.headcount', 'persons', 110], ['sup.open_findings', 'count', 3],
    ['hr.gender.other', 'persons', 6], ['env.scope1_t', 't CO2e', null],
  ]);

  it('shares in points (a fraction), other figures in per cent; null from 0', () => {
    const c = changesFromPreviousYear(y2025, y2024);
    const share = c.get('hr.gender.women_share');
    expect(share?.kind).toBe('points');
    // 0.5 − 0.4 = 0.1 (10 percentage points)
    expect(share?.kind === 'points' && share.delta).toBeCloseTo(0.1, 15);
    // (110 − 100) / 100 = 0.1
    expect(c.get('hr.headcount')).toEqual({ kind: 'percent', previousYear: 2024, previous: 100, relative: 0.1 });
    expect(c.get('sup.open_findings')).toEqual({ kind: 'percent', previousYear: 2024, previous: 0, relative: null });
  });

  it('only for ids ok in both years', () => {
    const c = changesFromPreviousYear(y2025, y2024);
    expect(c.has('hr.gender.other')).toBe(false);
    expect(c.has('env.scope1_t')).toBe(false);
  });

  it('only against the year just before', () => {
    expect(changesFromPreviousYear(y2025, year(2023, [['hr.headcount', 'persons', 90]])).size).toBe(0);
    expect(changesFromPreviousYear(y2025, undefined).size).toBe(0);
  });
});

describe('targetProgress', () => {
  const years = [
    year(2019, [['env.total_location_t', 't CO2e', 200]]),
    year(2025, [
      ['env.total_location_t', 't CO2e', 120], ['env.renewable_electricity_share', 'share', 1],
      ['ind.workforce.sick_days_per_fte', 'days', 7.88], ['hr.management.women_share', 'share', null, 'suppressed'],
    ]),
  ];
  const targets = [
    target('env.total_location_t', 2030, 0.5, 'reduce_by'),
    target('env.renewable_electricity_share', 2025, 1, 'at_least'),
    target('ind.workforce.sick_days_per_fte', 2026, 7, 'at_most'),
    target('hr.management.women_share', 2027, 0.4, 'at_least'),
    target('sup.gc_commitment_share', 2024, 0.9, 'at_least'),
  ];

  it('lists targets not due before the year, and says met or not and by how much', () => {
    const p = targetProgress(2025, years, targets, 2019);
    expect(p.map((t) => t.target.metric)).toEqual([
      'env.total_location_t', 'env.renewable_electricity_share', 'ind.workforce.sick_days_per_fte', 'hr.management.women_share',
    ]);
    // reduce_by: 1 − 120/200 = 0.4 reached, 0.5 due: short by 0.1
    expect(p[0]).toMatchObject({ status: 'not_met', required: 0.5 });
    expect(p[0]!.current).toBeCloseTo(0.4, 15);
    expect(p[0]!.margin).toBeCloseTo(-0.1, 15);
    // at_least: 1 ≥ 1, margin 0
    expect(p[1]).toMatchObject({ status: 'met', current: 1, required: 1, margin: 0 });
    // at_most: 7.88 > 7, short by 0.88
    expect(p[2]).toMatchObject({ status: 'not_met', current: 7.88, required: 7 });
    expect(p[2]!.margin).toBeCloseTo(-0.88, 12);
    // suppressed figure: no progress
    expect(p[3]).toMatchObject({ status: 'not_reported', current: null, margin: null, required: 0.4 });
  });

  it('at_most met when at or below; reduce_by not reported without a base year', () => {
    const p = targetProgress(2025, years, [target('ind.workforce.sick_days_per_fte', 2025, 8, 'at_most')], 2019);
    expect(p[0]!.status).toBe('met');
    expect(p[0]!.margin).toBeCloseTo(0.12, 12);
    expect(targetProgress(2025, years, [targets[0]!], null)[0]).toMatchObject({ status: 'not_reported', current: null });
    expect(targetProgress(2025, years, [targets[0]!], 2018)[0]!.status).toBe('not_reported');
  });
});
