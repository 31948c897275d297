// The front page's story of each headline figure (issue 14, item 2), worked out in compute: the
// values of the years up to Y (the trend) and whether the change from the year before is good
// news, by the figure's direction (the registry's; an indicator's higher_is_better). Expected
// values worked out by hand.

import { describe, expect, it } from 'vitest';
import { compareYears } from '../../src/compute/compare.ts';
import type { KpiRecord, YearFigures } from '../../src/model/figures.ts';
import type { Direction } from '../../src/model/registry/types.ts';

type Row = [id: string, unit: string, value: number | null, status?: KpiRecord['status']];
function year(y: number, rows: Row[]): YearFigures {
  return {
    year: y, draft: false, factorsUsed: [], energyByCarrierMwh: null, contracts: null, indicatorValues: [],
    kpis: rows.map(([id, unit, value, status]) => ({ id, year: y, unit, value: status && status !== 'ok' ? null : value, status: status ?? (value === null ? 'not_reported' : 'ok') })),
  };
}

const DIRECTIONS: readonly { id: string; direction: Direction }[] = [
  { id: 'env.total_location_t', direction: 'lower' },
  { id: 'sup.share_with_labour_clause', direction: 'higher' },
  { id: 'hr.headcount', direction: 'neutral' },
  { id: 'ind.community.volunteer_hours', direction: 'higher' },
];

describe('the change from the year before, judged by the figure\'s direction', () => {
  const years = [
    year(2023, [['env.total_location_t', 't CO2e', 120], ['hr.headcount', 'persons', 40], ['sup.share_with_labour_clause', 'share', 0.5], ['ind.community.volunteer_hours', 'hours', 300]]),
    year(2024, [['env.total_location_t', 't CO2e', 100], ['hr.headcount', 'persons', null], ['sup.share_with_labour_clause', 'share', 0.8], ['ind.community.volunteer_hours', 'hours', 300]]),
    year(2025, [['env.total_location_t', 't CO2e', 80], ['hr.headcount', 'persons', 44], ['sup.share_with_labour_clause', 'share', 0.6], ['ind.community.volunteer_hours', 'hours', 320]]),
  ];
  const [, c2024, c2025] = compareYears(years, [], null, DIRECTIONS);

  it('a lower-is-better figure that fell (100 → 80 t) went the good way', () => {
    expect(c2025!.verdicts.get('env.total_location_t')).toEqual({ direction: 'down', judgement: 'good' });
  });

  it('a higher-is-better figure that fell (80 % → 60 %) went the bad way; one that rose went the good way', () => {
    expect(c2025!.verdicts.get('sup.share_with_labour_clause')).toEqual({ direction: 'down', judgement: 'bad' });
    expect(c2024!.verdicts.get('sup.share_with_labour_clause')).toEqual({ direction: 'up', judgement: 'good' });
  });

  it('an indicator takes its declared direction; an unchanged value is neither good nor bad', () => {
    expect(c2025!.verdicts.get('ind.community.volunteer_hours')).toEqual({ direction: 'up', judgement: 'good' });
    expect(c2024!.verdicts.get('ind.community.volunteer_hours')).toEqual({ direction: 'same', judgement: 'neutral' });
  });

  it('a neutral figure is neither; no verdict where there is no change (the year before not reported)', () => {
    expect(c2024!.verdicts.get('env.total_location_t')).toEqual({ direction: 'down', judgement: 'good' });
    expect(c2025!.verdicts.has('hr.headcount')).toBe(false);
    const c = compareYears([year(2024, [['hr.headcount', 'persons', 40]]), year(2025, [['hr.headcount', 'persons', 44]])], [], null, DIRECTIONS);
    expect(c[1]!.verdicts.get('hr.headcount')).toEqual({ direction: 'up', judgement: 'neutral' });
  });

  it('the trend of Y is every year up to Y, a year without the figure as a gap with its status', () => {
    expect(c2025!.trends.get('hr.headcount')).toEqual([
      { year: 2023, value: 40, status: 'ok' },
      { year: 2024, value: null, status: 'not_reported' },
      { year: 2025, value: 44, status: 'ok' },
    ]);
    expect(c2024!.trends.get('env.total_location_t')).toEqual([
      { year: 2023, value: 120, status: 'ok' },
      { year: 2024, value: 100, status: 'ok' },
    ]);
  });

  it('the previous value is in the change (last year\'s value for the card)', () => {
    expect(c2025!.changes.get('env.total_location_t')).toMatchObject({ previousYear: 2024, previous: 100 });
  });
});
