import { describe, expect, it } from 'vitest';
import { changesFromPreviousYear, compareYears, targetProgress } from '../../src/compute/compare.ts';
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

  it('lists targets not due before the year: met or not when due, else against the path', () => {
    const p = targetProgress(2025, years, targets, 2019);
    expect(p.map((t) => t.target.metric)).toEqual([
      'env.total_location_t', 'env.renewable_electricity_share', 'ind.workforce.sick_days_per_fte', 'hr.management.women_share',
    ]);
    // reduce_by 0.5 due 2030: 1 − 120/200 = 0.4 reached; the path asks 0.5 × 6/11 = 0.2727 by
    // 2025: on track, 0.1273 ahead (not "not met": the target is five years off)
    expect(p[0]).toMatchObject({ status: 'on_track', required: 0.5 });
    expect(p[0]!.current).toBeCloseTo(0.4, 15);
    expect(p[0]!.path).toBeCloseTo(3 / 11, 15);
    expect(p[0]!.margin).toBeCloseTo(0.4 - 3 / 11, 15);
    // at_least 1 due 2025: 1 ≥ 1, met, margin 0
    expect(p[1]).toMatchObject({ status: 'met', current: 1, required: 1, margin: 0 });
    // at_most 7 due 2026: 2025 is the first year with the figure, so it starts the path (7.88):
    // on track, margin 0
    expect(p[2]).toMatchObject({ status: 'on_track', current: 7.88, required: 7, path: 7.88, margin: 0 });
    // suppressed figure: cannot be assessed
    expect(p[3]).toMatchObject({ status: 'cannot_assess', reason: 'suppressed', current: null, margin: null, required: 0.4 });
  });

  it('at_most met when at or below; reduce_by cannot be assessed without a base year value', () => {
    const p = targetProgress(2025, years, [target('ind.workforce.sick_days_per_fte', 2025, 8, 'at_most')], 2019);
    expect(p[0]!.status).toBe('met');
    expect(p[0]!.margin).toBeCloseTo(0.12, 12);
    expect(targetProgress(2025, years, [targets[0]!], null)[0]).toMatchObject({ status: 'cannot_assess', reason: 'no_base_value', current: null });
    expect(targetProgress(2025, years, [targets[0]!], 2018)[0]!.status).toBe('cannot_assess');
  });
});

describe('targets judged fairly (site.md "Progress toward a target")', () => {
  // Base year 2020; the year reported is 2024.
  const years = [
    year(2020, [
      ['env.total_location_t', 't CO2e', 400], ['hr.management.women_share', 'share', 0.3],
      ['ind.workforce.sick_days_per_fte', 'days', 9], ['env.renewable_electricity_share', 'share', 0.2],
    ]),
    year(2022, [['env.meetings.virtual_share', 'share', 0.2]]),
    year(2024, [
      ['env.total_location_t', 't CO2e', 340], ['hr.management.women_share', 'share', 0.36],
      ['ind.workforce.sick_days_per_fte', 'days', 8], ['env.renewable_electricity_share', 'share', 0.6],
      ['env.meetings.virtual_share', 'share', 0.3], ['hr.hires.new_graduate_share', 'share', null, 'suppressed'],
    ]),
  ];
  const one = (t: Target, y = 2024, base: number | null = 2020) => targetProgress(y, years, [t], base)[0]!;

  it('due this year: met, and by how much', () => {
    // at_least 0.5 due 2024; 2024 has 0.6: met, 0.1 beyond
    const p = one(target('env.renewable_electricity_share', 2024, 0.5, 'at_least'));
    expect(p.status).toBe('met');
    expect(p.margin).toBeCloseTo(0.1, 12);
    expect(p.path).toBeNull();
    expect(p.progress).toBe(1);
  });

  it('due this year: not met, and by how much', () => {
    // at_most 7.5 days due 2024; 2024 has 8: not met, 0.5 days short
    const p = one(target('ind.workforce.sick_days_per_fte', 2024, 7.5, 'at_most'));
    expect(p.status).toBe('not_met');
    expect(p.margin).toBeCloseTo(-0.5, 12);
    // from 9 (2020) toward 7.5: 1 of 1.5 days covered
    expect(p.progress).toBeCloseTo(2 / 3, 12);
  });

  it('before the due year, on track: at or beyond the straight path from the base year', () => {
    // at_least 0.40 due 2028, from 0.30 in 2020: path in 2024 = 0.30 + (0.40 − 0.30) × 4/8 = 0.35;
    // 2024 has 0.36: on track, 0.01 beyond the path; 0.06 of the 0.10 covered = 0.6
    const p = one(target('hr.management.women_share', 2028, 0.4, 'at_least'));
    expect(p.status).toBe('on_track');
    expect(p.path).toBeCloseTo(0.35, 12);
    expect(p.margin).toBeCloseTo(0.01, 12);
    expect(p.from).toEqual({ year: 2020, value: 0.3 });
    expect(p.progress).toBeCloseTo(0.6, 12);
  });

  it('before the due year, behind: a reduction short of the path (0 at the base year)', () => {
    // reduce_by 0.5 due 2030 from 2020's 400 t: reached 1 − 340/400 = 0.15; path in 2024 =
    // 0.5 × 4/10 = 0.2: behind by 0.05; 0.15 of 0.5 covered = 0.3
    const p = one(target('env.total_location_t', 2030, 0.5, 'reduce_by'));
    expect(p.status).toBe('behind');
    expect(p.current).toBeCloseTo(0.15, 12);
    expect(p.path).toBeCloseTo(0.2, 12);
    expect(p.margin).toBeCloseTo(-0.05, 12);
    expect(p.from).toEqual({ year: 2020, value: 0 });
    expect(p.progress).toBeCloseTo(0.3, 12);
  });

  it('at_most behind the path; a figure missing in the base year starts at its first year', () => {
    // at_most 7 days due 2026 from 9 in 2020: path in 2024 = 9 − 2 × 4/6 = 7.6667; 8 is 0.3333 above
    const a = one(target('ind.workforce.sick_days_per_fte', 2026, 7, 'at_most'));
    expect(a.status).toBe('behind');
    expect(a.path).toBeCloseTo(9 - 8 / 6, 12);
    expect(a.margin).toBeCloseTo(-(8 - (9 - 8 / 6)), 12);
    // at_least 0.5 due 2026; none in 2020, first 0.2 in 2022: path in 2024 = 0.2 + 0.3 × 2/4 = 0.35;
    // 0.3 is 0.05 short
    const b = one(target('env.meetings.virtual_share', 2026, 0.5, 'at_least'));
    expect(b.status).toBe('behind');
    expect(b.from).toEqual({ year: 2022, value: 0.2 });
    expect(b.path).toBeCloseTo(0.35, 12);
    expect(b.margin).toBeCloseTo(-0.05, 12);
  });

  it('the first year with the figure is on the path', () => {
    // none before 2024 counted when the base year is 2024: 2024 itself starts the path
    const p = one(target('hr.management.women_share', 2028, 0.4, 'at_least'), 2024, 2024);
    expect(p.status).toBe('on_track');
    expect(p.path).toBeCloseTo(0.36, 12);
    expect(p.margin).toBeCloseTo(0, 12);
  });

  it('cannot be assessed: a suppressed or unreported figure, or a year before the base year', () => {
    const s = one(target('hr.hires.new_graduate_share', 2026, 0.25, 'at_least'));
    expect(s).toMatchObject({ status: 'cannot_assess', reason: 'suppressed', current: null, margin: null, path: null, progress: null });
    const n = one(target('sup.gc_commitment_share', 2026, 1, 'at_least'));
    expect(n).toMatchObject({ status: 'cannot_assess', reason: 'not_reported' });
    const before = one(target('hr.management.women_share', 2028, 0.4, 'at_least'), 2024, 2025);
    expect(before).toMatchObject({ status: 'cannot_assess', reason: 'before_base_year' });
    // reduce_by without a base-year value
    const noBase = one(target('env.meetings.virtual_share', 2030, 0.5, 'reduce_by'));
    expect(noBase).toMatchObject({ status: 'cannot_assess', reason: 'no_base_value' });
  });

  it('a start already beyond the target: the path asks the target itself, never more', () => {
    // at_least 0.2 due 2026; 2020 had 0.3, already beyond: the path is 0.2 every year, and 2024's
    // 0.36 is on track (a straight line down from 0.3 would ask 0.3 − 0.1 × 4/6 = 0.2333)
    const p = one(target('hr.management.women_share', 2026, 0.2, 'at_least'));
    expect(p.status).toBe('on_track');
    expect(p.path).toBeCloseTo(0.2, 12);
    expect(p.margin).toBeCloseTo(0.16, 12);
    expect(p.progress).toBe(1);
    // at_least 0.25 due 2030 from 0.3: 2024 at 0.26 still meets the target: on track, not behind
    // a line that would ask 0.3 − 0.05 × 4/10 = 0.28
    const years2 = [year(2020, [['x', 'share', 0.3]]), year(2024, [['x', 'share', 0.26]])];
    const q = targetProgress(2024, years2, [target('x', 2030, 0.25, 'at_least')], 2020)[0]!;
    expect(q.status).toBe('on_track');
    expect(q.path).toBeCloseTo(0.25, 12);
  });
});

describe('compareYears (what the pipeline puts in the model for the pages)', () => {
  it('each year: the change from the year before, and progress toward the targets due in or after it', () => {
    const years = [year(2023, [['hr.headcount', 'persons', 100]]), year(2024, [['hr.headcount', 'persons', 125]]), year(2026, [['hr.headcount', 'persons', 150]])];
    const due2024 = target('hr.headcount', 2024, 120, 'at_least');
    const [c2023, c2024, c2026] = compareYears(years, [due2024], null);
    expect(c2023?.year).toBe(2023);
    expect(c2023?.changes.size).toBe(0);
    // 100 → 125: (125 − 100) ÷ 100 = 25 %
    expect(c2024?.changes.get('hr.headcount')).toEqual({ kind: 'percent', previousYear: 2023, previous: 100, relative: 0.25 });
    // 2025 is missing: no change for 2026
    expect(c2026?.changes.size).toBe(0);
    // due 2024, at least 120: 125 met by 5; no target due in or after 2026
    expect(c2024?.progress.map((p) => [p.status, p.margin])).toEqual([['met', 5]]);
    expect(c2026?.progress).toEqual([]);
  });
});
