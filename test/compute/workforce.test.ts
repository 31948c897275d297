import { describe, expect, it } from 'vitest';
import { plusMonths, snapshotOf } from '../../src/compute/dates.ts';
import { activeOn, isNewGraduateHire, median, workforceFigures } from '../../src/compute/workforce.ts';
import { employment, SETTINGS, settingsWith } from './fixtures.ts';

// Year 2025, S = 2025-12-31. Six people, E hired twice (a re-hire that does not overlap).
const ROWS = [
  // A: age 2025 − 1995 = 30 (band 30–50), manager
  employment({ employeeId: 'A', gender: 'woman', birthYear: 1995, origin: 'danish', hireDate: '2020-01-01', fte: 1, isManager: true }),
  // B: age 50 (still 30–50); graduated exactly 24 months before the hire: a new graduate
  employment({ employeeId: 'B', gender: 'man', birthYear: 1975, origin: 'immigrant_western', hireDate: '2025-03-01', fte: 0.5, graduationDate: '2023-03-01' }),
  // C: age 51, left on 30 June
  employment({ employeeId: 'C', gender: 'other', birthYear: 1974, origin: 'descendant_non_western', hireDate: '2019-01-01', endDate: '2025-06-30', fte: 1 }),
  // D: age 29; graduated 24 months and 1 day before the hire: not a new graduate; manager
  employment({ employeeId: 'D', gender: 'undisclosed', birthYear: 1996, origin: 'undisclosed', hireDate: '2025-07-01', fte: 0.8, graduationDate: '2023-06-30', isManager: true }),
  // E: first employment ends 28 Feb, re-hired 1 Sep
  employment({ employeeId: 'E', gender: 'man', birthYear: 1990, origin: 'immigrant_non_western', hireDate: '2024-01-01', endDate: '2025-02-28', fte: 1 }),
  employment({ employeeId: 'E', gender: 'man', birthYear: 1990, origin: 'immigrant_non_western', hireDate: '2025-09-01', fte: 1 }),
  // F: graduated after the hire (not a new graduate); left 30 Dec, so not active on S
  employment({ employeeId: 'F', gender: 'woman', birthYear: 2000, origin: 'danish', hireDate: '2025-02-01', endDate: '2025-12-30', fte: 1, graduationDate: '2025-03-01' }),
];

describe('workforceFigures', () => {
  const f = workforceFigures(ROWS, 2025, SETTINGS);

  it('counts the people active on S: A, B, D, E (re-hired E once)', () => {
    expect(f.get('hr.headcount')).toBe(4);
    // 1 + 0.5 + 0.8 + 1
    expect(f.get('hr.fte')).toBeCloseTo(3.3, 12);
  });

  it('averages over the 12 month-ends', () => {
    // Jan 3 (A C E), Feb 4 (+F; E ends on the 28th, still active), Mar–Jun 4 (A B C F; C ends 30 Jun),
    // Jul–Aug 4 (A B D F), Sep–Nov 5 (+E), Dec 4 (F ended 30 Dec): 3+4+4·4+4·2+5·3+4 = 50 → 50/12
    expect(f.get('hr.headcount_average')).toBeCloseTo(50 / 12, 12);
    // FTE: 3 + 4 + 3.5·4 + 3.3·2 + 4.3·3 + 3.3 = 43.8 → 3.65
    expect(f.get('hr.fte_average')).toBeCloseTo(3.65, 12);
  });

  it('splits by gender, with shares of the headcount', () => {
    expect([f.get('hr.gender.women'), f.get('hr.gender.men'), f.get('hr.gender.other'), f.get('hr.gender.undisclosed')]).toEqual([1, 2, 0, 1]);
    expect([f.get('hr.gender.women_share'), f.get('hr.gender.men_share'), f.get('hr.gender.other_share'), f.get('hr.gender.undisclosed_share')]).toEqual([0.25, 0.5, 0, 0.25]);
  });

  it('counts management, with the unpublished rest for privacy rule R5', () => {
    // managers A (woman) and D (undisclosed)
    expect(f.get('hr.management.headcount')).toBe(2);
    expect(f.get('hr.management.women')).toBe(1);
    expect(f.get('hr.management.men')).toBe(0);
    expect(f.get('hr.management.rest')).toBe(1);
    expect(f.get('hr.management.women_share')).toBe(0.5);
    expect(f.get('hr.management.men_share')).toBe(0);
  });

  it('bands ages 30 and 50 as 30 to 50; median of 29, 30, 35, 50 is 32.5', () => {
    expect([f.get('hr.age.under_30'), f.get('hr.age.30_to_50'), f.get('hr.age.over_50')]).toEqual([1, 3, 0]);
    expect(f.get('hr.age.30_to_50_share')).toBe(0.75);
    expect(f.get('hr.age.median')).toBe(32.5);
  });

  it('counts origin; non-Danish share leaves the undisclosed out of the denominator', () => {
    expect(f.get('hr.origin.danish')).toBe(1);
    expect(f.get('hr.origin.immigrants')).toBe(2);
    expect(f.get('hr.origin.descendants')).toBe(0);
    expect(f.get('hr.origin.undisclosed')).toBe(1);
    expect(f.get('hr.origin.western')).toBe(1);
    expect(f.get('hr.origin.non_western')).toBe(1);
    expect(f.get('hr.origin.immigrants_share')).toBe(0.5);
    // (2 + 0) / (4 − 1)
    expect(f.get('hr.origin.non_danish_share')).toBeCloseTo(2 / 3, 15);
  });

  it('counts hires and leavers as employments; turnover = leavers ÷ average headcount', () => {
    // hires in 2025: B, D, E (second), F; new graduates: B only
    expect(f.get('hr.hires')).toBe(4);
    expect(f.get('hr.hires.new_graduates')).toBe(1);
    expect(f.get('hr.hires.new_graduate_share')).toBe(0.25);
    // leavers: C, E (first), F
    expect(f.get('hr.leavers')).toBe(3);
    // 3 / (50/12) = 0.72
    expect(f.get('hr.turnover_rate')).toBeCloseTo(0.72, 12);
  });

  it('uses the snapshot date of report.json', () => {
    // on 30 June: A, B, C (ends that day), F
    const june = workforceFigures(ROWS, 2025, settingsWith({ snapshotDate: { month: 6, day: 30 } }));
    expect(june.get('hr.headcount')).toBe(4);
    expect(june.get('hr.gender.other')).toBe(1);
    expect(june.get('hr.fte')).toBeCloseTo(3.5, 12);
  });

  it('reports no share with a denominator of 0: no hires, nobody on S', () => {
    const none = workforceFigures([
      employment({ employeeId: 'X', hireDate: '2010-01-01', endDate: '2025-05-31' }),
    ], 2025, SETTINGS);
    expect(none.get('hr.hires')).toBe(0);
    expect(none.get('hr.hires.new_graduate_share')).toBeNull();
    expect(none.get('hr.headcount')).toBe(0);
    expect(none.get('hr.gender.women')).toBe(0);
    expect(none.get('hr.gender.women_share')).toBeNull();
    expect(none.get('hr.management.women_share')).toBeNull();
    expect(none.get('hr.origin.non_danish_share')).toBeNull();
    expect(none.get('hr.age.median')).toBeNull();
    // 1 leaver; average headcount 5/12 (Jan–May)
    expect(none.get('hr.turnover_rate')).toBeCloseTo(12 / 5, 12);
  });
});

describe('helpers', () => {
  it('counts an id once on a day even if two of its rows are active', () => {
    const twice = [employment({ employeeId: 'Z' }), employment({ employeeId: 'Z' })];
    expect(activeOn(twice, '2025-12-31')).toHaveLength(1);
  });

  it('adds calendar months clamping to the month end', () => {
    expect(plusMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(plusMonths('2025-12-31', -24)).toBe('2023-12-31');
    expect(plusMonths('2024-02-29', -24)).toBe('2022-02-28');
  });

  it('new graduate: graduation + 24 months ≥ hire, graduation not after hire; 29 February', () => {
    const hire = (graduationDate: string | null, hireDate: string) => isNewGraduateHire(employment({ employeeId: 'G', graduationDate, hireDate }));
    // 29 Feb 2024 + 24 months = 28 Feb 2026
    expect(hire('2024-02-29', '2026-02-28')).toBe(true);
    expect(hire('2024-02-29', '2026-03-01')).toBe(false);
    expect(hire('2025-03-01', '2025-03-01')).toBe(true);
    expect(hire('2025-03-02', '2025-03-01')).toBe(false);
    expect(hire(null, '2025-03-01')).toBe(false);
  });

  it('median of an odd and an even count, and of none', () => {
    expect(median([50, 20, 30])).toBe(30);
    expect(median([40, 20, 30, 10])).toBe(25);
    expect(median([])).toBeNull();
  });

  it('snapshot of 29 February in a year without one is the 28th', () => {
    const s = { snapshotDate: { month: 2, day: 29 } };
    expect(snapshotOf(2024, s)).toBe('2024-02-29');
    expect(snapshotOf(2025, s)).toBe('2025-02-28');
    expect(snapshotOf(2025, SETTINGS)).toBe('2025-12-31');
  });
});
