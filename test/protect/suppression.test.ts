import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { suppressedIds } from '../../src/protect/suppression.ts';

// The counts of one year's workforce, written by hand (or counted from a generated workforce).
interface Counts {
  readonly women: number;
  readonly men: number;
  readonly otherGender: number;
  readonly undisclosedGender: number;
  readonly managementWomen: number;
  readonly managementMen: number;
  readonly managementRest: number;
  readonly under30: number;
  readonly age30to50: number;
  readonly over50: number;
  readonly danish: number;
  readonly immigrants: number;
  readonly descendants: number;
  readonly originUndisclosed: number;
  readonly western: number;
  readonly nonWestern: number;
  readonly hires: number;
  readonly newGraduates: number;
}

// The count ids, written out here on purpose (not imported), so that a slip in the module's
// tables shows up as a failing test.
const COUNT_ID: Readonly<Record<keyof Counts, string>> = {
  women: 'hr.gender.women',
  men: 'hr.gender.men',
  otherGender: 'hr.gender.other',
  undisclosedGender: 'hr.gender.undisclosed',
  managementWomen: 'hr.management.women',
  managementMen: 'hr.management.men',
  managementRest: 'hr.management.rest',
  under30: 'hr.age.under_30',
  age30to50: 'hr.age.30_to_50',
  over50: 'hr.age.over_50',
  danish: 'hr.origin.danish',
  immigrants: 'hr.origin.immigrants',
  descendants: 'hr.origin.descendants',
  originUndisclosed: 'hr.origin.undisclosed',
  western: 'hr.origin.western',
  nonWestern: 'hr.origin.non_western',
  hires: 'hr.hires',
  newGraduates: 'hr.hires.new_graduates',
};

const PEOPLE_COUNTS = Object.entries(COUNT_ID)
  .filter(([key]) => key !== 'hires')
  .map(([, id]) => id);

const TOTALS = [
  'hr.headcount', 'hr.headcount_average', 'hr.fte', 'hr.fte_average', 'hr.hires', 'hr.leavers',
  'hr.management.headcount',
];

function headcountOf(c: Counts): number {
  return c.women + c.men + c.otherGender + c.undisclosedGender;
}

/** Checks that hand-written counts are a possible workforce, so the cases below are honest. */
function consistent(c: Counts): Counts {
  const hc = headcountOf(c);
  expect(c.under30 + c.age30to50 + c.over50, 'R2').toBe(hc);
  expect(c.danish + c.immigrants + c.descendants + c.originUndisclosed, 'R3').toBe(hc);
  expect(c.danish + c.originUndisclosed + c.western + c.nonWestern, 'R4').toBe(hc);
  expect(c.newGraduates).toBeLessThanOrEqual(c.hires);
  return c;
}

/** Every hr.* figure of kpis.md plus hr.management.rest, as the figures step would hand them over. */
function rawFigures(c: Counts, options: { withRest?: boolean } = {}): Map<string, number | null> {
  const hc = headcountOf(c);
  const managers = c.managementWomen + c.managementMen + c.managementRest;
  const share = (n: number, d: number): number | null => (d === 0 ? null : n / d);
  const raw = new Map<string, number | null>([
    ['hr.headcount', hc],
    ['hr.headcount_average', hc + 0.5],
    ['hr.fte', hc * 0.9],
    ['hr.fte_average', hc * 0.9],
    ['hr.gender.women', c.women],
    ['hr.gender.men', c.men],
    ['hr.gender.other', c.otherGender],
    ['hr.gender.undisclosed', c.undisclosedGender],
    ['hr.gender.women_share', share(c.women, hc)],
    ['hr.gender.men_share', share(c.men, hc)],
    ['hr.gender.other_share', share(c.otherGender, hc)],
    ['hr.gender.undisclosed_share', share(c.undisclosedGender, hc)],
    ['hr.management.headcount', managers],
    ['hr.management.women', c.managementWomen],
    ['hr.management.men', c.managementMen],
    ['hr.management.women_share', share(c.managementWomen, managers)],
    ['hr.management.men_share', share(c.managementMen, managers)],
    ['hr.age.under_30', c.under30],
    ['hr.age.30_to_50', c.age30to50],
    ['hr.age.over_50', c.over50],
    ['hr.age.under_30_share', share(c.under30, hc)],
    ['hr.age.30_to_50_share', share(c.age30to50, hc)],
    ['hr.age.over_50_share', share(c.over50, hc)],
    ['hr.age.median', hc === 0 ? null : 41],
    ['hr.origin.danish', c.danish],
    ['hr.origin.immigrants', c.immigrants],
    ['hr.origin.descendants', c.descendants],
    ['hr.origin.undisclosed', c.originUndisclosed],
    ['hr.origin.western', c.western],
    ['hr.origin.non_western', c.nonWestern],
    ['hr.origin.danish_share', share(c.danish, hc)],
    ['hr.origin.immigrants_share', share(c.immigrants, hc)],
    ['hr.origin.descendants_share', share(c.descendants, hc)],
    ['hr.origin.undisclosed_share', share(c.originUndisclosed, hc)],
    ['hr.origin.non_danish_share', share(c.immigrants + c.descendants, hc - c.originUndisclosed)],
    ['hr.hires', c.hires],
    ['hr.hires.new_graduates', c.newGraduates],
    ['hr.hires.new_graduate_share', share(c.newGraduates, c.hires)],
    ['hr.leavers', 3],
    ['hr.turnover_rate', share(3, hc + 0.5)],
  ]);
  if (options.withRest !== false) raw.set('hr.management.rest', c.managementRest);
  return raw;
}

/** A large, safe workforce: nothing suppressed (k = 5). Cases below change a few counts. */
const BASE: Counts = consistent({
  women: 40, men: 50, otherGender: 5, undisclosedGender: 5,
  managementWomen: 8, managementMen: 9, managementRest: 0,
  under30: 20, age30to50: 50, over50: 30,
  danish: 70, immigrants: 15, descendants: 10, originUndisclosed: 5,
  western: 12, nonWestern: 13,
  hires: 20, newGraduates: 6,
});

function sorted(set: ReadonlySet<string>): string[] {
  return [...set].sort();
}

// ---------------------------------------------------------------------------------------------
// The attacker: from the published counts, the totals and R1–R6, which suppressed counts can be
// computed exactly? A count is determined when its unit vector lies in the row space of the
// constraint matrix restricted to the unknowns. Exact integer (BigInt) Gauss–Jordan elimination.

type Equation = ReadonlyMap<string, number>;

// R1–R6 written out independently of the module, as equations whose totals (always published)
// are constants and so drop out of the unknowns' coefficients.
const EQUATIONS: readonly Equation[] = [
  new Map([['hr.gender.women', 1], ['hr.gender.men', 1], ['hr.gender.other', 1], ['hr.gender.undisclosed', 1]]),
  new Map([['hr.age.under_30', 1], ['hr.age.30_to_50', 1], ['hr.age.over_50', 1]]),
  new Map([['hr.origin.danish', 1], ['hr.origin.immigrants', 1], ['hr.origin.descendants', 1], ['hr.origin.undisclosed', 1]]),
  new Map([['hr.origin.danish', 1], ['hr.origin.undisclosed', 1], ['hr.origin.western', 1], ['hr.origin.non_western', 1]]),
  new Map([['hr.management.women', 1], ['hr.management.men', 1], ['hr.management.rest', 1]]),
  new Map([['hr.origin.immigrants', 1], ['hr.origin.descendants', 1], ['hr.origin.western', -1], ['hr.origin.non_western', -1]]),
];

function abs(x: bigint): bigint {
  return x < 0n ? -x : x;
}

function gcd(a: bigint, b: bigint): bigint {
  let x = abs(a);
  let y = abs(b);
  while (y !== 0n) [x, y] = [y, x % y];
  return x;
}

/** The unknowns (suppressed counts) whose value follows exactly from the published figures. */
function determinedCounts(unknowns: readonly string[]): string[] {
  const rows: bigint[][] = EQUATIONS.map((eq) => unknowns.map((id) => BigInt(eq.get(id) ?? 0)));
  let pivotRow = 0;
  for (let col = 0; col < unknowns.length && pivotRow < rows.length; col++) {
    const found = rows.findIndex((row, i) => i >= pivotRow && row[col] !== 0n);
    if (found < 0) continue;
    [rows[pivotRow], rows[found]] = [rows[found]!, rows[pivotRow]!];
    const pivot = rows[pivotRow]!;
    for (let i = 0; i < rows.length; i++) {
      const row = rows[i]!;
      if (i === pivotRow || row[col] === 0n) continue;
      const a = pivot[col]!;
      const b = row[col]!;
      const next = row.map((v, j) => a * v - b * pivot[j]!);
      const g = next.reduce((acc, v) => gcd(acc, v), 0n);
      rows[i] = g === 0n ? next : next.map((v) => v / g);
    }
    pivotRow++;
  }
  // Fully reduced: every pivot column is zero outside its pivot row, so a unit vector lies in the
  // row space exactly when some row has a single non-zero entry.
  const determined: string[] = [];
  for (const row of rows) {
    const nonZero = row.flatMap((v, j) => (v === 0n ? [] : [j]));
    if (nonZero.length === 1) determined.push(unknowns[nonZero[0]!]!);
  }
  return determined;
}

/** The attacker's unknowns: every suppressed count of people (rest included when suppressed). */
function unknownsOf(suppressed: ReadonlySet<string>): string[] {
  return PEOPLE_COUNTS.filter((id) => suppressed.has(id));
}

// ---------------------------------------------------------------------------------------------

describe('suppressedIds: primary suppression', () => {
  it('suppresses nothing in a workforce whose counts are all 0 or at least k', () => {
    expect(sorted(suppressedIds(rawFigures(BASE), 5))).toEqual([]);
  });

  it('suppresses a count of k − 1 and publishes a count of exactly k (k = 5)', () => {
    const c = consistent({ ...BASE, newGraduates: 4 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual(['hr.hires.new_graduate_share', 'hr.hires.new_graduates']);
    const d = consistent({ ...BASE, newGraduates: 5 });
    expect(sorted(suppressedIds(rawFigures(d), 5))).toEqual([]);
    const one = consistent({ ...BASE, newGraduates: 1 });
    expect(sorted(suppressedIds(rawFigures(one), 5))).toEqual(['hr.hires.new_graduate_share', 'hr.hires.new_graduates']);
  });

  it('uses k from the settings: k = 3 publishes 3 and suppresses 2; k = 10 suppresses 9 and publishes 10', () => {
    expect(sorted(suppressedIds(rawFigures({ ...BASE, newGraduates: 3 }), 3))).toEqual([]);
    expect(sorted(suppressedIds(rawFigures({ ...BASE, newGraduates: 2 }), 3)))
      .toEqual(['hr.hires.new_graduate_share', 'hr.hires.new_graduates']);
    const tenth = consistent({
      ...BASE,
      women: 40, men: 50, otherGender: 10, undisclosedGender: 0,
      managementWomen: 9, managementMen: 10, managementRest: 0,
      danish: 70, immigrants: 20, descendants: 10, originUndisclosed: 0,
      western: 15, nonWestern: 15, newGraduates: 10,
    });
    // management women 9 < 10: R5 then takes the smallest of men 10 and rest 0: rest.
    expect(sorted(suppressedIds(rawFigures(tenth), 10))).toEqual([
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
    ]);
  });

  it('suppresses nothing when k = 1 (no count is from 1 to 0), except the median of no one', () => {
    const tiny = consistent({
      women: 1, men: 1, otherGender: 0, undisclosedGender: 0,
      managementWomen: 1, managementMen: 0, managementRest: 0,
      under30: 1, age30to50: 1, over50: 0,
      danish: 1, immigrants: 1, descendants: 0, originUndisclosed: 0, western: 0, nonWestern: 1,
      hires: 1, newGraduates: 1,
    });
    expect(sorted(suppressedIds(rawFigures(tiny), 1))).toEqual([]);
  });

  it('never suppresses anything of a year without employees.csv (every figure null)', () => {
    const raw = new Map<string, number | null>([...rawFigures(BASE)].map(([id]) => [id, null]));
    expect(sorted(suppressedIds(raw, 5))).toEqual([]);
  });
});

describe('suppressedIds: secondary suppression, relation by relation', () => {
  it('R1: a small count of women takes the smallest other gender count, a zero included', () => {
    // women 3 (primary); candidates men 50, other 0, undisclosed 5: other (0).
    const c = consistent({ ...BASE, women: 3, men: 50, otherGender: 0, undisclosedGender: 5,
      under30: 8, age30to50: 20, over50: 30, danish: 48, immigrants: 5, descendants: 0, originUndisclosed: 5,
      western: 5, nonWestern: 0 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.gender.other', 'hr.gender.other_share', 'hr.gender.women', 'hr.gender.women_share',
    ]);
  });

  it('R2: on a tie the first count in kpis.md order is taken', () => {
    // under_30 2 (primary); 30_to_50 and over_50 both 49: 30_to_50 comes first.
    const c = consistent({ ...BASE, under30: 2, age30to50: 49, over50: 49 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.age.30_to_50', 'hr.age.30_to_50_share', 'hr.age.under_30', 'hr.age.under_30_share',
    ]);
  });

  it('R1: on a tie between zeros the first in kpis.md order is taken', () => {
    // undisclosed 3 (primary); candidates women 97, men 0, other 0: men comes before other.
    const c = consistent({
      ...BASE, women: 97, men: 0, otherGender: 0, undisclosedGender: 3,
      managementWomen: 17, managementMen: 0, managementRest: 0,
    });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.gender.men', 'hr.gender.men_share', 'hr.gender.undisclosed', 'hr.gender.undisclosed_share',
    ]);
  });

  it('conformance 2023 by hand: origin undisclosed below 5, so R3 takes descendants and R4 western', () => {
    const c = consistent({
      women: 120, men: 170, otherGender: 3, undisclosedGender: 5,
      managementWomen: 12, managementMen: 23, managementRest: 2,
      under30: 22, age30to50: 226, over50: 50,
      danish: 260, immigrants: 28, descendants: 7, originUndisclosed: 3,
      western: 12, nonWestern: 23,
      hires: 40, newGraduates: 11,
    });
    const result = suppressedIds(rawFigures(c), 5);
    expect(sorted(result)).toEqual([
      // R1: other 3 is primary; the smallest of women 120, men 170, undisclosed 5 is undisclosed.
      'hr.gender.other', 'hr.gender.other_share', 'hr.gender.undisclosed', 'hr.gender.undisclosed_share',
      // R5: rest 2 is primary; the smallest of women 12 and men 23 is women.
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
      // R3: undisclosed 3 primary, then descendants 7 (smallest of 260, 28, 7); R4: western 12
      // (smallest of 260, 12, 23); R6 then holds descendants and western.
      'hr.origin.descendants', 'hr.origin.descendants_share', 'hr.origin.non_danish_share',
      'hr.origin.undisclosed', 'hr.origin.undisclosed_share', 'hr.origin.western',
    ]);
    expect(determinedCounts(unknownsOf(result))).toEqual([]);
  });

  it('conformance 2025 by hand: western below 5, so R4 takes origin undisclosed = 0 and R6 descendants', () => {
    const c = consistent({
      women: 132, men: 175, otherGender: 4, undisclosedGender: 0,
      managementWomen: 14, managementMen: 22, managementRest: 0,
      under30: 18, age30to50: 232, over50: 61,
      danish: 280, immigrants: 23, descendants: 8, originUndisclosed: 0,
      western: 4, nonWestern: 27,
      hires: 37, newGraduates: 5,
    });
    const result = suppressedIds(rawFigures(c), 5);
    expect(sorted(result)).toEqual([
      // R1: other 4 primary; undisclosed 0 is the smallest published.
      'hr.gender.other', 'hr.gender.other_share', 'hr.gender.undisclosed', 'hr.gender.undisclosed_share',
      // R3 sees nothing in the first pass; R4: western 4 primary, then undisclosed 0 (smallest of
      // 280, 0, 27); R6: western alone, so descendants 8 (smallest of 23, 8, 27). The second pass
      // finds R3 (descendants, undisclosed), R4 (undisclosed, western) and R6 (descendants,
      // western) each with two, and stops.
      'hr.origin.descendants', 'hr.origin.descendants_share', 'hr.origin.non_danish_share',
      'hr.origin.undisclosed', 'hr.origin.undisclosed_share', 'hr.origin.western',
    ]);
    expect(result.has('hr.hires.new_graduates')).toBe(false);
    expect(result.has('hr.management.rest')).toBe(false);
    expect(determinedCounts(unknownsOf(result))).toEqual([]);
  });

  it('R4 alone catches a leak that R3 and R6 do not see', () => {
    // Primary: immigrants 3, descendants 2, origin undisclosed 1. R3 holds three and R6 two, but
    // R4 holds only undisclosed: D + U = 66 − W − N would give U. R4 takes western 0.
    const c = consistent({
      ...BASE, women: 30, men: 30, otherGender: 6, undisclosedGender: 0,
      under30: 10, age30to50: 36, over50: 20,
      danish: 60, immigrants: 3, descendants: 2, originUndisclosed: 1, western: 0, nonWestern: 5,
    });
    const result = suppressedIds(rawFigures(c), 5);
    expect(sorted(result).filter((id) => id.startsWith('hr.origin.'))).toEqual([
      'hr.origin.descendants', 'hr.origin.descendants_share', 'hr.origin.immigrants',
      'hr.origin.immigrants_share', 'hr.origin.non_danish_share', 'hr.origin.undisclosed',
      'hr.origin.undisclosed_share', 'hr.origin.western',
    ]);
    // Without the count R4 added, the attacker finds origin undisclosed.
    const primaryOnly = unknownsOf(new Set(['hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed']));
    expect(determinedCounts(primaryOnly)).toEqual(['hr.origin.undisclosed']);
    expect(determinedCounts(unknownsOf(result))).toEqual([]);
  });

  it('R6 alone catches a leak that R3 and R4 do not see', () => {
    // Primary: danish 3, origin undisclosed 2, descendants 4. R3 holds three and R4 two, but R6
    // holds only descendants: R3 − R4 gives E = W + N − I. R6 takes western 20 (of 40, 20, 24).
    const c = consistent({
      ...BASE, women: 20, men: 20, otherGender: 9, undisclosedGender: 0,
      under30: 9, age30to50: 20, over50: 20,
      danish: 3, immigrants: 40, descendants: 4, originUndisclosed: 2, western: 20, nonWestern: 24,
    });
    const result = suppressedIds(rawFigures(c), 5);
    expect(sorted(result).filter((id) => id.startsWith('hr.origin.'))).toEqual([
      'hr.origin.danish', 'hr.origin.danish_share', 'hr.origin.descendants', 'hr.origin.descendants_share',
      'hr.origin.non_danish_share', 'hr.origin.undisclosed', 'hr.origin.undisclosed_share', 'hr.origin.western',
    ]);
    const withoutR6 = unknownsOf(new Set(['hr.origin.danish', 'hr.origin.undisclosed', 'hr.origin.descendants']));
    expect(determinedCounts(withoutR6)).toEqual(['hr.origin.descendants']);
    expect(determinedCounts(unknownsOf(result))).toEqual([]);
  });

  it('R5: a small rest of managers takes the smaller of women and men', () => {
    const c = consistent({ ...BASE, managementWomen: 6, managementMen: 8, managementRest: 2 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
    ]);
  });

  it('R5: a rest of 0 is a known count and the candidate for a small count of women', () => {
    const c = consistent({ ...BASE, managementWomen: 3, managementMen: 10, managementRest: 0 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
    ]);
  });

  it('R5: a rest of at least k is known too, and taken when it is the smallest', () => {
    const c = consistent({ ...BASE, managementWomen: 3, managementMen: 10, managementRest: 5 });
    expect(sorted(suppressedIds(rawFigures(c), 5))).toEqual([
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
    ]);
    const d = consistent({ ...BASE, managementWomen: 3, managementMen: 6, managementRest: 7 });
    expect(sorted(suppressedIds(rawFigures(d), 5))).toEqual([
      'hr.management.men', 'hr.management.men_share', 'hr.management.women', 'hr.management.women_share',
    ]);
  });

  it('R5: the rest is worked out from the management figures when the map lacks it', () => {
    const c = consistent({ ...BASE, managementWomen: 6, managementMen: 8, managementRest: 2 });
    expect(sorted(suppressedIds(rawFigures(c, { withRest: false }), 5))).toEqual([
      'hr.management.rest', 'hr.management.women', 'hr.management.women_share',
    ]);
  });

  it('suppresses the non-Danish share when only origin undisclosed is hidden', () => {
    const c = consistent({ ...BASE, danish: 71, originUndisclosed: 4, descendants: 10, immigrants: 15 });
    // R3: undisclosed 4 → descendants 10 (smallest of 71, 15, 10); R4: undisclosed → western 12;
    // R6 holds descendants and western.
    const result = suppressedIds(rawFigures(c), 5);
    expect(result.has('hr.origin.non_danish_share')).toBe(true);
    expect(result.has('hr.origin.immigrants_share')).toBe(false);
    expect(result.has('hr.origin.danish_share')).toBe(false);
  });
});

describe('suppressedIds: the median age and the totals', () => {
  it('suppresses the median when the headcount is below k, and not at k', () => {
    const four = consistent({
      women: 0, men: 0, otherGender: 0, undisclosedGender: 4,
      managementWomen: 0, managementMen: 0, managementRest: 0,
      under30: 0, age30to50: 4, over50: 0,
      danish: 4, immigrants: 0, descendants: 0, originUndisclosed: 0, western: 0, nonWestern: 0,
      hires: 0, newGraduates: 0,
    });
    const result = suppressedIds(rawFigures(four), 5);
    expect(result.has('hr.age.median')).toBe(true);
    for (const total of TOTALS) expect(result.has(total)).toBe(false);
    // R1: undisclosed 4 → women 0 (first of the zeros); R2: 30_to_50 4 → under_30 0; R3:
    // danish 4 → immigrants 0; R4: danish → undisclosed 0; R6: immigrants → descendants 0.
    expect(sorted(result).filter((id) => !id.endsWith('_share'))).toEqual([
      'hr.age.30_to_50', 'hr.age.median', 'hr.age.under_30', 'hr.gender.undisclosed', 'hr.gender.women',
      'hr.origin.danish', 'hr.origin.descendants', 'hr.origin.immigrants', 'hr.origin.undisclosed',
    ]);
    expect(determinedCounts(unknownsOf(result))).toEqual([]);

    const five = consistent({ ...four, undisclosedGender: 5, age30to50: 5, danish: 5 });
    expect(sorted(suppressedIds(rawFigures(five), 5))).toEqual([]);
  });

  it('suppresses the median of a headcount of 0 when it is reported at all', () => {
    const none: Counts = {
      women: 0, men: 0, otherGender: 0, undisclosedGender: 0,
      managementWomen: 0, managementMen: 0, managementRest: 0,
      under30: 0, age30to50: 0, over50: 0,
      danish: 0, immigrants: 0, descendants: 0, originUndisclosed: 0, western: 0, nonWestern: 0,
      hires: 0, newGraduates: 0,
    };
    const raw = rawFigures(none);
    raw.set('hr.age.median', 0);
    expect(sorted(suppressedIds(raw, 5))).toEqual(['hr.age.median']);
  });
});

describe('the attacker itself', () => {
  it('finds a count hidden alone in a relation (so it can fail)', () => {
    expect(determinedCounts(['hr.gender.women'])).toEqual(['hr.gender.women']);
    expect(determinedCounts(['hr.management.rest'])).toEqual(['hr.management.rest']);
    expect(determinedCounts(['hr.origin.western'])).toEqual(['hr.origin.western']);
    expect(determinedCounts(['hr.gender.women', 'hr.gender.men'])).toEqual([]);
    // D and U hidden together: R3 and R4 both give only the sum D + U.
    expect(determinedCounts(['hr.origin.danish', 'hr.origin.undisclosed'])).toEqual([]);
  });
});

// ---------------------------------------------------------------------------------------------
// Random workforces: count them by hand, suppress, and let the attacker try.

type Gender = 'woman' | 'man' | 'other' | 'undisclosed';
type Band = 'under30' | 'age30to50' | 'over50';
type Origin = 'danish' | 'immigrantWestern' | 'immigrantNonWestern' | 'descendantWestern' | 'descendantNonWestern' | 'undisclosed';

interface Person {
  readonly gender: Gender;
  readonly band: Band;
  readonly origin: Origin;
  readonly manager: boolean;
}

function weighted<T>(pairs: readonly (readonly [T, number])[]): fc.Arbitrary<T> {
  return fc.oneof(...pairs.map(([value, weight]) => ({ arbitrary: fc.constant(value), weight })));
}

const personArb: fc.Arbitrary<Person> = fc.record({
  gender: weighted<Gender>([['woman', 10], ['man', 10], ['other', 1], ['undisclosed', 1]]),
  band: weighted<Band>([['under30', 2], ['age30to50', 8], ['over50', 3]]),
  origin: weighted<Origin>([
    ['danish', 12], ['immigrantWestern', 1], ['immigrantNonWestern', 2],
    ['descendantWestern', 1], ['descendantNonWestern', 1], ['undisclosed', 1],
  ]),
  manager: weighted<boolean>([[true, 1], [false, 4]]),
});

function countOf(people: readonly Person[], hires: number, newGraduates: number): Counts {
  const n = (test: (p: Person) => boolean): number => people.filter(test).length;
  const managers = people.filter((p) => p.manager);
  return {
    women: n((p) => p.gender === 'woman'),
    men: n((p) => p.gender === 'man'),
    otherGender: n((p) => p.gender === 'other'),
    undisclosedGender: n((p) => p.gender === 'undisclosed'),
    managementWomen: managers.filter((p) => p.gender === 'woman').length,
    managementMen: managers.filter((p) => p.gender === 'man').length,
    managementRest: managers.filter((p) => p.gender === 'other' || p.gender === 'undisclosed').length,
    under30: n((p) => p.band === 'under30'),
    age30to50: n((p) => p.band === 'age30to50'),
    over50: n((p) => p.band === 'over50'),
    danish: n((p) => p.origin === 'danish'),
    immigrants: n((p) => p.origin === 'immigrantWestern' || p.origin === 'immigrantNonWestern'),
    descendants: n((p) => p.origin === 'descendantWestern' || p.origin === 'descendantNonWestern'),
    originUndisclosed: n((p) => p.origin === 'undisclosed'),
    western: n((p) => p.origin === 'immigrantWestern' || p.origin === 'descendantWestern'),
    nonWestern: n((p) => p.origin === 'immigrantNonWestern' || p.origin === 'descendantNonWestern'),
    hires,
    newGraduates,
  };
}

const SHARES_OF: Readonly<Record<string, readonly string[]>> = {
  'hr.gender.women_share': ['hr.gender.women'],
  'hr.gender.men_share': ['hr.gender.men'],
  'hr.gender.other_share': ['hr.gender.other'],
  'hr.gender.undisclosed_share': ['hr.gender.undisclosed'],
  'hr.management.women_share': ['hr.management.women'],
  'hr.management.men_share': ['hr.management.men'],
  'hr.age.under_30_share': ['hr.age.under_30'],
  'hr.age.30_to_50_share': ['hr.age.30_to_50'],
  'hr.age.over_50_share': ['hr.age.over_50'],
  'hr.origin.danish_share': ['hr.origin.danish'],
  'hr.origin.immigrants_share': ['hr.origin.immigrants'],
  'hr.origin.descendants_share': ['hr.origin.descendants'],
  'hr.origin.undisclosed_share': ['hr.origin.undisclosed'],
  'hr.origin.non_danish_share': ['hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'],
  'hr.hires.new_graduate_share': ['hr.hires.new_graduates'],
};

function checkWorkforce(c: Counts, k: number): void {
  const raw = rawFigures(c);
  const result = suppressedIds(raw, k);
  // Every count from 1 to k − 1 is suppressed.
  for (const id of PEOPLE_COUNTS) {
    const v = raw.get(id)!;
    if (v >= 1 && v < k) expect(result.has(id), id).toBe(true);
  }
  // Totals never are.
  for (const id of TOTALS) expect(result.has(id), id).toBe(false);
  // A share is suppressed exactly when a count it is computed from is (and it is reported).
  for (const [share, from] of Object.entries(SHARES_OF)) {
    const expected = raw.get(share) !== null && from.some((id) => result.has(id));
    expect(result.has(share), share).toBe(expected);
  }
  expect(result.has('hr.age.median')).toBe(headcountOf(c) < k && headcountOf(c) > 0);
  // And the attacker recovers nothing.
  expect(determinedCounts(unknownsOf(result))).toEqual([]);
}

describe('suppressedIds against the attacker', () => {
  it('leaves no suppressed count computable in random workforces (seeded)', () => {
    const workforce = fc.record({
      people: fc.array(personArb, { maxLength: 60 }),
      hires: fc.integer({ min: 0, max: 20 }),
      graduateShare: fc.double({ min: 0, max: 1, noNaN: true }),
      k: fc.integer({ min: 1, max: 8 }),
    });
    fc.assert(
      fc.property(workforce, ({ people, hires, graduateShare, k }) => {
        checkWorkforce(countOf(people, hires, Math.floor(hires * graduateShare)), k);
      }),
      { seed: 20250531, numRuns: 3000 },
    );
  });

  it('leaves no suppressed count computable in hand-made hard cases', () => {
    const cases: readonly [Counts, number][] = [
      // Every origin cell small.
      [consistent({ ...BASE, women: 2, men: 3, otherGender: 1, undisclosedGender: 4,
        managementWomen: 1, managementMen: 1, managementRest: 1,
        under30: 1, age30to50: 8, over50: 1,
        danish: 2, immigrants: 3, descendants: 4, originUndisclosed: 1, western: 3, nonWestern: 4,
        hires: 3, newGraduates: 1 }), 5],
      // Only western small, with zeros around it.
      [consistent({ ...BASE, danish: 95, immigrants: 0, descendants: 4, originUndisclosed: 1,
        western: 4, nonWestern: 0 }), 5],
      // Only non-western small, k = 3.
      [consistent({ ...BASE, danish: 88, immigrants: 7, descendants: 0, originUndisclosed: 5,
        western: 5, nonWestern: 2 }), 3],
      // All gender but men tiny and management entirely rest.
      [consistent({ ...BASE, women: 1, men: 97, otherGender: 1, undisclosedGender: 1,
        managementWomen: 0, managementMen: 0, managementRest: 2 }), 5],
    ];
    for (const [c, k] of cases) checkWorkforce(c, k);
  });
});
