// Workforce figures (kpis.md "Workforce") from the year's employments. Values are unsuppressed;
// the privacy rule is applied later (finishYears). Dates are ISO strings compared as text.

import type { Employment, Gender, IsoDate, Origin } from '../model/records.ts';
import { HR } from '../model/registry/index.ts';
import type { ReportSettings } from '../model/settings.ts';
import { isInYear, monthEnds, plusMonths, snapshotOf } from './dates.ts';

/** Managers of other or undisclosed gender on S: never published, needed by privacy rule R5. */
export const MANAGEMENT_REST_ID: string = HR.managementRest;

/** Months after graduation within which a hire counts as a new graduate. */
export const NEW_GRADUATE_MONTHS = 24;

export function isActiveOn(e: Employment, day: IsoDate): boolean {
  return e.hireDate <= day && (e.endDate === null || e.endDate >= day);
}

/** The employments active on `day`, one per employee id (re-hires never overlap). */
export function activeOn(rows: readonly Employment[], day: IsoDate): Employment[] {
  if (hasDistinctIds(rows)) return rows.filter((e) => isActiveOn(e, day));
  const byId = new Map<string, Employment>();
  for (const e of rows) if (isActiveOn(e, day) && !byId.has(e.employeeId)) byId.set(e.employeeId, e);
  return [...byId.values()];
}

/** Whether no employee id occurs twice (then activeOn needs no map); remembered per array. */
const distinctIds = new WeakMap<readonly Employment[], boolean>();

function hasDistinctIds(rows: readonly Employment[]): boolean {
  let known = distinctIds.get(rows);
  if (known === undefined) {
    known = new Set(rows.map((e) => e.employeeId)).size === rows.length;
    distinctIds.set(rows, known);
  }
  return known;
}

/** A ÷ b, or null (not reported) when b is 0. */
export function share(a: number, b: number): number | null {
  return b === 0 ? null : a / b;
}

/** Median, the mean of the middle two when the count is even; null for none. */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const hi = sorted[mid] as number;
  return sorted.length % 2 === 1 ? hi : ((sorted[mid - 1] as number) + hi) / 2;
}

export function isNewGraduateHire(e: Employment): boolean {
  const g = e.graduationDate;
  return g !== null && g <= e.hireDate && plusMonths(g, NEW_GRADUATE_MONTHS) >= e.hireDate;
}

const GENDER_IDS: Readonly<Record<Gender, string>> = {
  woman: 'women', man: 'men', other: 'other', undisclosed: 'undisclosed',
};

function count<T>(items: readonly T[], test: (t: T) => boolean): number {
  let n = 0;
  for (const t of items) if (test(t)) n++;
  return n;
}

function sumFte(items: readonly Employment[]): number {
  let s = 0;
  for (const e of items) s += e.fte;
  return s;
}

/** Every `hr.*` id of kpis.md plus `hr.management.rest`; null = not reported. */
export function workforceFigures(
  rows: readonly Employment[],
  year: number,
  settings: Pick<ReportSettings, 'snapshotDate'>,
): Map<string, number | null> {
  const out = new Map<string, number | null>();
  const active = activeOn(rows, snapshotOf(year, settings));
  const headcount = active.length;

  out.set('hr.headcount', headcount);
  const ends = monthEnds(year);
  let heads = 0;
  let ftes = 0;
  if (hasDistinctIds(rows)) {
    // One pass for all twelve month ends: per day, the same count and the same sum in row order
    // as activeOn and sumFte give; then added up day by day, as below.
    const dayHeads = ends.map(() => 0);
    const dayFtes = ends.map(() => 0);
    for (const e of rows) {
      for (let i = 0; i < ends.length; i++) {
        if (isActiveOn(e, ends[i] as IsoDate)) {
          dayHeads[i]! += 1;
          dayFtes[i]! += e.fte;
        }
      }
    }
    for (let i = 0; i < ends.length; i++) {
      heads += dayHeads[i]!;
      ftes += dayFtes[i]!;
    }
  } else {
    for (const day of ends) {
      const onDay = activeOn(rows, day);
      heads += onDay.length;
      ftes += sumFte(onDay);
    }
  }
  const headcountAverage = heads / ends.length;
  out.set('hr.headcount_average', headcountAverage);
  out.set('hr.fte', sumFte(active));
  out.set('hr.fte_average', ftes / ends.length);

  // Gender
  for (const g of Object.keys(GENDER_IDS) as Gender[]) {
    const n = count(active, (e) => e.gender === g);
    out.set(`hr.gender.${GENDER_IDS[g]}`, n);
    out.set(`hr.gender.${GENDER_IDS[g]}_share`, share(n, headcount));
  }

  // Management
  const managers = active.filter((e) => e.isManager);
  const mWomen = count(managers, (e) => e.gender === 'woman');
  const mMen = count(managers, (e) => e.gender === 'man');
  out.set('hr.management.headcount', managers.length);
  out.set('hr.management.women', mWomen);
  out.set('hr.management.men', mMen);
  out.set('hr.management.women_share', share(mWomen, managers.length));
  out.set('hr.management.men_share', share(mMen, managers.length));
  out.set(MANAGEMENT_REST_ID, managers.length - mWomen - mMen);

  // Age = Y − birth year: below 30; 30 to 50 inclusive; above 50
  const ages = active.map((e) => year - e.birthYear);
  const bands: [string, (a: number) => boolean][] = [
    ['under_30', (a) => a < 30],
    ['30_to_50', (a) => a >= 30 && a <= 50],
    ['over_50', (a) => a > 50],
  ];
  for (const [band, test] of bands) {
    const n = count(ages, test);
    out.set(`hr.age.${band}`, n);
    out.set(`hr.age.${band}_share`, share(n, headcount));
  }
  out.set('hr.age.median', median(ages));

  // Origin (Statistics Denmark's categories)
  const is = (...origins: Origin[]) => (e: Employment) => origins.includes(e.origin);
  const danish = count(active, is('danish'));
  const immigrants = count(active, is('immigrant_western', 'immigrant_non_western'));
  const descendants = count(active, is('descendant_western', 'descendant_non_western'));
  const undisclosed = count(active, is('undisclosed'));
  out.set('hr.origin.danish', danish);
  out.set('hr.origin.immigrants', immigrants);
  out.set('hr.origin.descendants', descendants);
  out.set('hr.origin.undisclosed', undisclosed);
  out.set('hr.origin.western', count(active, is('immigrant_western', 'descendant_western')));
  out.set('hr.origin.non_western', count(active, is('immigrant_non_western', 'descendant_non_western')));
  out.set('hr.origin.danish_share', share(danish, headcount));
  out.set('hr.origin.immigrants_share', share(immigrants, headcount));
  out.set('hr.origin.descendants_share', share(descendants, headcount));
  out.set('hr.origin.undisclosed_share', share(undisclosed, headcount));
  out.set('hr.origin.non_danish_share', share(immigrants + descendants, headcount - undisclosed));

  // Hires and leavers: employments, so a person hired twice in Y counts twice
  const hires = rows.filter((e) => isInYear(e.hireDate, year));
  const graduates = count(hires, isNewGraduateHire);
  out.set('hr.hires', hires.length);
  out.set('hr.hires.new_graduates', graduates);
  out.set('hr.hires.new_graduate_share', share(graduates, hires.length));
  const leavers = count(rows, (e) => e.endDate !== null && isInYear(e.endDate, year));
  out.set('hr.leavers', leavers);
  out.set('hr.turnover_rate', share(leavers, headcountAverage));
  return out;
}
