// The example's employees: a workforce followed over the years, and employees.csv of each year.

import { DateTime } from 'luxon';
import type { Gender, Origin } from '../../src/model/records.ts';
import { GENDERS, ORIGINS } from '../../src/read/words.ts';
import { Random, type Day, day, iso, danishDate, pointNumber, danishShortNumber, csvText, columnNames, encodeWindows1252 } from './common.ts';

// ---- employees ----------------------------------------------------------------------------

export interface Person {
  readonly id: string;
  readonly gender: Gender;
  readonly birthYear: number;
  readonly origin: Origin;
  readonly fte: number;
  manager: boolean;
  readonly department: string;
  readonly graduation: Day | null;
  /** Never picked as a leaver: keeps the small groups this example is meant to show. */
  readonly keep: boolean;
}

export interface Employment {
  readonly person: Person;
  readonly hire: Day;
  end: Day | null;
}

export const DEPARTMENTS: readonly (readonly [string, number])[] = [
  ['Indkøb og udbud', 22],
  ['Kontraktstyring', 16],
  ['IT-arkitektur og sikkerhed', 14],
  ['Drift og infrastruktur', 14],
  ['Jura og databeskyttelse', 8],
  ['Økonomi og administration', 8],
  ['Kommunikation og kommunesamarbejde', 6],
  ['Direktion og sekretariat', 3],
];

export const FTE_PART_TIME = [0.5, 0.6, 0.75, 0.8, 0.8, 0.9, 0.925] as const;

export class Workforce {
  readonly employments: Employment[] = [];
  private nextId = 10234;
  constructor(private readonly rnd: Random) {}

  private newId(): string {
    const id = `KF-${this.nextId}`;
    this.nextId += this.rnd.int(1, 6);
    return id;
  }

  private origin(): Origin {
    return this.rnd.weighted<Origin>([
      ['danish', 84.5],
      ['immigrant_western', 5.5],
      ['immigrant_non_western', 6.5],
      ['undisclosed', 3.5],
    ]);
  }

  private gender(): Gender {
    return this.rnd.chance(0.3) ? 'woman' : 'man';
  }

  private fte(): number {
    return this.rnd.chance(0.84) ? 1 : this.rnd.pick(FTE_PART_TIME);
  }

  /** A graduation date some years before `before` (or none: not known). */
  private oldGraduation(birthYear: number, before: Day): Day | null {
    if (this.rnd.chance(0.08)) return null;
    const year = Math.min(birthYear + this.rnd.int(22, 29), before.year - 3);
    return day(year, this.rnd.pick([1, 6, 6, 7, 8, 12]), this.rnd.int(1, 28));
  }

  person(args: Partial<Person> & { birthYear: number; graduation: Day | null }): Person {
    return {
      id: args.id ?? this.newId(),
      gender: args.gender ?? this.gender(),
      birthYear: args.birthYear,
      origin: args.origin ?? this.origin(),
      fte: args.fte ?? this.fte(),
      manager: args.manager ?? false,
      department: args.department ?? this.rnd.weighted(DEPARTMENTS),
      graduation: args.graduation,
      keep: args.keep ?? false,
    };
  }

  /** The staff employed on 1 January 2023, hired over the years before. */
  seed(count: number): void {
    const special: Partial<Person>[] = [
      { gender: 'other', keep: true },
      { gender: 'undisclosed' },
      { origin: 'descendant_non_western', keep: true },
      { origin: 'descendant_non_western', keep: true },
      { origin: 'descendant_western', keep: true },
    ];
    for (let i = 0; i < count; i++) {
      const age2023 = Math.round(24 + 42 * Math.pow(this.rnd.float(), 1.05));
      const birthYear = 2023 - Math.min(66, Math.max(24, age2023));
      const yearsBack = Math.floor(24 * Math.pow(this.rnd.float(), 1.9));
      const hireYear = Math.max(Math.min(2022, 2022 - yearsBack), birthYear + 23);
      const hire = day(Math.min(hireYear, 2022), this.rnd.pick([1, 2, 3, 4, 5, 6, 8, 8, 9, 10, 11]), 1);
      const extra = special[i] ?? {};
      const p = this.person({ ...extra, birthYear, graduation: this.oldGraduation(birthYear, hire) });
      this.employments.push({ person: p, hire, end: null });
    }
    // managers: experienced staff of both genders, roughly 37 % women
    const candidates = this.employments
      .filter((e) => e.person.birthYear <= 1990 && e.hire.year <= 2020 && !e.person.keep)
      .map((e) => e.person);
    let women = 0;
    let men = 0;
    for (const p of candidates) {
      if (p.gender === 'woman' && women < 11) {
        p.manager = true;
        women++;
      } else if (p.gender === 'man' && men < 18 && this.rnd.chance(0.35)) {
        p.manager = true;
        men++;
      }
    }
  }

  activeOn(d: Day): Employment[] {
    return this.employments.filter((e) => e.hire <= d && (e.end === null || e.end >= d));
  }

  /** A year of leavers and hires. */
  simulateYear(year: number, plan: { leavers: number; hires: number; rehires: readonly Person[]; extraHires?: readonly Partial<Person>[] }): void {
    const start = day(year, 1, 1);
    const yearEnd = day(year, 12, 31);
    // leavers among those employed at the start of the year
    const pool = this.activeOn(start).filter((e) => e.end === null && !e.person.keep);
    for (let i = 0; i < plan.leavers && pool.length > 0; i++) {
      const weights = pool.map((e) => {
        const age = year - e.person.birthYear;
        return [e, age >= 65 ? 12 : age < 30 ? 2 : 1] as const;
      });
      const leaver = this.rnd.weighted(weights);
      pool.splice(pool.indexOf(leaver), 1);
      const month = this.rnd.int(1, 12);
      leaver.end = day(year, month, 1).endOf('month').startOf('day');
    }
    // hires: re-hires of former staff first, then new people
    const months: readonly (readonly [number, number])[] = [
      [1, 10], [2, 12], [3, 10], [4, 9], [5, 8], [6, 6], [7, 2], [8, 14], [9, 13], [10, 8], [11, 7], [12, 1],
    ];
    for (const p of plan.rehires) {
      const previous = this.employments.filter((e) => e.person === p).map((e) => e.end);
      const lastEnd = previous.reduce<Day>((a, b) => (b !== null && b > a ? b : a), day(1900, 1, 1));
      const hire = DateTime.max(lastEnd.plus({ months: 2 }).startOf('month'), start);
      if (hire > yearEnd) throw new Error('re-hire falls outside the year');
      this.employments.push({ person: p, hire, end: null });
    }
    const extra = plan.extraHires ?? [];
    const fresh = plan.hires - plan.rehires.length;
    for (let i = 0; i < fresh; i++) {
      const hire = day(year, this.rnd.weighted(months), 1);
      const newGraduate = this.rnd.chance(0.27);
      let p: Person;
      if (newGraduate) {
        const graduation = hire.minus({ months: this.rnd.int(1, 22), days: this.rnd.int(0, 20) });
        const birthYear = graduation.year - this.rnd.int(23, 29);
        p = this.person({ ...(extra[i] ?? {}), birthYear, graduation });
      } else {
        const age = this.rnd.int(27, 61);
        const birthYear = year - age;
        p = this.person({ ...(extra[i] ?? {}), birthYear, graduation: this.oldGraduation(birthYear, hire) });
      }
      if (this.rnd.chance(0.035)) p.manager = true;
      this.employments.push({ person: p, hire, end: null });
    }
  }

  /** Hires of this year who leave again before it ends (a probation period that did not work out). */
  earlyLeavers(year: number, count: number): void {
    const hires = this.employments.filter((e) => e.hire.year === year && e.end === null && !e.person.keep && e.hire.month <= 8);
    for (let i = 0; i < count && hires.length > 0; i++) {
      const e = this.rnd.pick(hires);
      hires.splice(hires.indexOf(e), 1);
      e.end = e.hire.plus({ months: this.rnd.int(2, 4) }).minus({ days: 1 });
    }
  }

  /** Rows of the year's HR export, sorted by id then hire date. */
  rowsFor(year: number): Employment[] {
    const first = day(year, 1, 1);
    const last = day(year, 12, 31);
    return this.employments
      .filter((e) => e.hire <= last && (e.end === null || e.end >= first))
      .sort((a, b) => (a.person.id < b.person.id ? -1 : a.person.id > b.person.id ? 1 : a.hire.toMillis() - b.hire.toMillis()));
  }
}

/** The end date as the export of `year` shows it: known up to three months ahead. */
export function visibleEnd(e: Employment, year: number): Day | null {
  if (e.end === null) return null;
  return e.end <= day(year + 1, 3, 31) ? e.end : null;
}

export function buildWorkforce(rnd: Random): Workforce {
  const w = new Workforce(rnd);
  w.seed(287);
  w.simulateYear(2023, { leavers: 29, hires: 40, rehires: [] });
  w.earlyLeavers(2023, 1);
  // re-hires in 2024: two people who left during 2023
  const left2023 = w.employments.filter((e) => e.end !== null && e.end.year === 2023 && e.end.month <= 8 && !e.person.manager);
  const rehire2024 = left2023.slice(0, 2).map((e) => e.person);
  w.simulateYear(2024, {
    leavers: 30,
    hires: 39,
    rehires: rehire2024,
    extraHires: [
      { origin: 'descendant_non_western', keep: true },
      { origin: 'descendant_western', keep: true },
      { gender: 'other', keep: true },
    ],
  });
  w.earlyLeavers(2024, 2);
  // one person leaves early in 2024 and is back in the autumn: two rows in the 2024 export
  const shortBreak = w.employments.find(
    (e) => e.end !== null && e.end.year === 2024 && e.end.month <= 4 && !e.person.manager && e.hire.year < 2024,
  );
  if (shortBreak !== undefined) w.employments.push({ person: shortBreak.person, hire: day(2024, 10, 1), end: null });
  const left2024 = w.employments.filter(
    (e) => e.end !== null && e.end.year === 2024 && e.end.month <= 6 && e.person !== shortBreak?.person && !e.person.manager,
  );
  w.simulateYear(2025, {
    leavers: 32,
    hires: 42,
    rehires: left2024.slice(0, 1).map((e) => e.person),
    extraHires: [{ origin: 'descendant_non_western', keep: true }],
  });
  w.earlyLeavers(2025, 1);
  // two retirements already agreed for early 2026: known future end dates in the 2025 export
  const seniors = w.activeOn(day(2025, 12, 31)).filter((e) => e.end === null && !e.person.keep && 2025 - e.person.birthYear >= 63);
  const r1 = seniors[0];
  const r2 = seniors[1];
  if (r1 !== undefined) r1.end = day(2026, 1, 31);
  if (r2 !== undefined) r2.end = day(2026, 3, 31);
  // one hire of 2025 finished a degree after starting (graduation after the hire: not a new graduate)
  const lateGraduate = w.employments.find(
    (e) =>
      e.hire.year === 2025 && e.hire.month <= 3 && 2025 - e.person.birthYear <= 40 &&
      w.employments.filter((other) => other.person.id === e.person.id).length === 1,
  );
  if (lateGraduate !== undefined) {
    const index = w.employments.indexOf(lateGraduate);
    const person: Person = { ...lateGraduate.person, graduation: day(2025, 6, 20) };
    w.employments[index] = { person, hire: lateGraduate.hire, end: lateGraduate.end };
  }
  return w;
}

export function employeesFile(w: Workforce, year: number): { path: string; bytes: Buffer } {
  const rows = w.rowsFor(year);
  const path = `${year}/employees.csv`;
  if (year === 2024) {
    // Danish Excel, older version: Windows-1252, semicolons, decimal comma, DD-MM-YYYY, Danish words.
    const header = columnNames('employees', 'da');
    const body = rows.map((e) => {
      const end = visibleEnd(e, year);
      return [
        e.person.id,
        // an undisclosed gender is an empty cell in this export
        e.person.gender === 'undisclosed' ? '' : GENDERS.danishOf[e.person.gender],
        e.person.birthYear,
        ORIGINS.danishOf[e.person.origin],
        danishDate(e.hire),
        end === null ? '' : danishDate(end),
        danishShortNumber(e.person.fte, 3),
        e.person.manager ? 'ja' : 'nej',
        e.person.graduation === null ? '' : danishDate(e.person.graduation),
        e.person.department,
      ];
    });
    return { path, bytes: encodeWindows1252(csvText(header, body, { delimiter: ';', crlf: true })) };
  }
  const header = columnNames('employees');
  const body = rows.map((e) => {
    const end = visibleEnd(e, year);
    return [
      e.person.id,
      e.person.gender,
      e.person.birthYear,
      e.person.origin,
      iso(e.hire),
      end === null ? '' : iso(end),
      pointNumber(e.person.fte, 3),
      e.person.manager ? 'yes' : 'no',
      e.person.graduation === null ? '' : iso(e.person.graduation),
      e.person.department,
    ];
  });
  return { path, bytes: Buffer.from(csvText(header, body), 'utf8') };
}

/** Aggregates for the console, to check the example shows what it should (no person-level data). */
export function workforceSummary(w: Workforce, year: number): string {
  const active = w.activeOn(day(year, 12, 31));
  const count = (f: (e: Employment) => boolean): number => active.filter(f).length;
  const hires = w.rowsFor(year).filter((e) => e.hire.year === year);
  const newGrads = hires.filter(
    (e) => e.person.graduation !== null && e.person.graduation <= e.hire && e.person.graduation.plus({ months: 24 }) >= e.hire,
  ).length;
  const leavers = w.rowsFor(year).filter((e) => e.end !== null && e.end.year === year).length;
  const ages = active.map((e) => year - e.person.birthYear);
  return [
    `${year}: headcount ${active.length}`,
    `women ${count((e) => e.person.gender === 'woman')} men ${count((e) => e.person.gender === 'man')}`,
    `other ${count((e) => e.person.gender === 'other')} undisclosed ${count((e) => e.person.gender === 'undisclosed')}`,
    `managers ${count((e) => e.person.manager)} (women ${count((e) => e.person.manager && e.person.gender === 'woman')}, rest ${count((e) => e.person.manager && e.person.gender !== 'woman' && e.person.gender !== 'man')})`,
    `age <30 ${ages.filter((a) => a < 30).length} 30-50 ${ages.filter((a) => a >= 30 && a <= 50).length} >50 ${ages.filter((a) => a > 50).length} (min ${Math.min(...ages)}, max ${Math.max(...ages)})`,
    `origin danish ${count((e) => e.person.origin === 'danish')} immigrants ${count((e) => e.person.origin.startsWith('immigrant'))} descendants ${count((e) => e.person.origin.startsWith('descendant'))} undisclosed ${count((e) => e.person.origin === 'undisclosed')} western ${count((e) => e.person.origin.endsWith('_western') && !e.person.origin.endsWith('non_western'))} non-western ${count((e) => e.person.origin.endsWith('non_western'))}`,
    `hires ${hires.length} (new graduates ${newGrads}) leavers ${leavers}`,
  ].join('; ');
}
