// Writes the example data folder data/ of a fictional Danish public-sector IT purchasing body,
// "Kommunernes Fælles Indkøb af IT" (KFIT). Seeded and deterministic: every run writes the same
// bytes. Run with `npx tsx scripts/generate-example-data.ts [outDir]` (default: data/).
//
// Every file follows /spec/inputs.md. Some files are written the way Danish Excel writes them
// (Windows-1252 with semicolons, UTF-8 with BOM, UTF-16 "Unicode text" with tabs, CRLF) to show
// that such exports build; the rest are canonical UTF-8, comma, ISO dates, English names.
// No person-level value is real: employee ids are pseudonyms, no names, no CPR-like numbers.

import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { DateTime } from 'luxon';
import { stringify } from 'csv-stringify/sync';
import { mulberry32 } from '../src/util/seeded-random.ts';
import type { Gender, Origin } from '../src/model/records.ts';
import { SCHEMAS } from '../src/read/schemas/index.ts';
import type { CsvKind } from '../src/read/schemas/index.ts';
import { CABIN_CLASSES, ENERGY_CARRIER_WORDS, FUELS, GENDERS, ORIGINS, SUPPLIER_STATUSES, TRAVEL_MODE_WORDS } from '../src/read/words.ts';
import { LANGUAGES, NARRATIVE_SECTIONS } from '../src/model/records.ts';

// ---- seeded randomness --------------------------------------------------------------------

export { mulberry32 };

class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

// ---- formatting ---------------------------------------------------------------------------

type Day = DateTime;
const day = (y: number, m: number, d: number): Day => DateTime.utc(y, m, d);
const iso = (d: Day): string => d.toISODate() ?? '';
const danishDate = (d: Day): string => d.toFormat('dd-MM-yyyy');
const danishDotDate = (d: Day): string => d.toFormat('dd.MM.yyyy');

/** A number with a point decimal and at most `decimals` decimals, trailing zeros dropped. */
function pointNumber(n: number, decimals: number): string {
  return String(Number(n.toFixed(decimals)));
}

/** Danish Excel style: `1.234,5`, always with exactly `decimals` decimals. */
function danishNumber(n: number, decimals: number, grouping: boolean): string {
  return new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(n);
}

/** Danish decimal comma without grouping, trailing zeros dropped (`0,8`, `1`). */
function danishShortNumber(n: number, decimals: number): string {
  return pointNumber(n, decimals).replace('.', ',');
}

type Cell = string | number;
interface CsvOptions {
  readonly delimiter?: ',' | ';' | '\t';
  readonly crlf?: boolean;
}

function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  return stringify([header, ...rows].map((r) => r.map(String)), {
    delimiter: options.delimiter ?? ',',
    record_delimiter: options.crlf === true ? 'windows' : 'unix',
  });
}

/** A file's header as the reader names its columns (read/schemas), in English or in Danish. */
function columnNames(kind: CsvKind, lang: 'en' | 'da' = 'en'): string[] {
  return SCHEMAS[kind].columns.map((c) => (lang === 'da' ? c.danish ?? c.name : c.name));
}

/** Windows-1252 for the characters it shares with Latin-1 (ASCII and 0xA0–0xFF). */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else throw new Error(`character U+${code.toString(16)} has no single Windows-1252 byte here`);
  }
  return bytes;
}

function encodeUtf16LeWithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

function encodeUtf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

// ---- the organisation ---------------------------------------------------------------------

const YEARS = [2023, 2024, 2025] as const;
const BASE_YEAR = 2019;
const FACTOR_YEARS = [2019, 2023, 2024, 2025] as const;

const REPORT_JSON = {
  organisation: {
    name: 'Kommunernes Fælles Indkøb af IT',
    url: 'https://kfit.example',
    accessibilityStatementUrl: 'https://www.was.digst.dk/kfit-example',
  },
  languages: ['da', 'en'],
  snapshotDate: '12-31',
  privacy: { minCellSize: 5 },
  emissions: { radiativeForcing: true, baseYear: BASE_YEAR },
  numberFormat: {},
};

// ---- employees ----------------------------------------------------------------------------

interface Person {
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

interface Employment {
  readonly person: Person;
  readonly hire: Day;
  end: Day | null;
}

const DEPARTMENTS: readonly (readonly [string, number])[] = [
  ['Indkøb og udbud', 22],
  ['Kontraktstyring', 16],
  ['IT-arkitektur og sikkerhed', 14],
  ['Drift og infrastruktur', 14],
  ['Jura og databeskyttelse', 8],
  ['Økonomi og administration', 8],
  ['Kommunikation og kommunesamarbejde', 6],
  ['Direktion og sekretariat', 3],
];

const FTE_PART_TIME = [0.5, 0.6, 0.75, 0.8, 0.8, 0.9, 0.925] as const;

class Workforce {
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
function visibleEnd(e: Employment, year: number): Day | null {
  if (e.end === null) return null;
  return e.end <= day(year + 1, 3, 31) ? e.end : null;
}

function buildWorkforce(rnd: Random): Workforce {
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

function employeesFile(w: Workforce, year: number): { path: string; bytes: Buffer } {
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
function workforceSummary(w: Workforce, year: number): string {
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

// ---- emission factors ---------------------------------------------------------------------

interface FactorSpec {
  readonly key: string;
  readonly unit: 'pkm' | 'km' | 'kWh' | 'm3' | 'l';
  /** kg CO2e per unit, by factor year; [kg_co2e, kg_co2e_rf] for flights. */
  readonly values: Readonly<Record<number, number | readonly [number, number]>>;
  readonly kwhPerUnit?: number;
  readonly source: (year: number) => string;
}

const DESNZ_AIR = (y: number): string =>
  y === 2025
    ? 'DESNZ, Greenhouse gas reporting: conversion factors 2025, business travel – air (with and without RF)'
    : `${y === 2019 ? 'BEIS' : 'DESNZ'}, Greenhouse gas reporting: conversion factors ${y}, business travel – air (eksempelværdi)`;
const DESNZ_LAND = (what: string) => (y: number): string =>
  `${y === 2019 ? 'BEIS' : 'DESNZ'}, Greenhouse gas reporting: conversion factors ${y}, ${what} (eksempelværdi)`;

/** Flight factors per passenger-km: without RF and with RF (DESNZ 2025 from standards §4.1). */
const FACTORS: readonly FactorSpec[] = [
  { key: 'flight.domestic', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.14833, 0.28192], 2023: [0.14354, 0.27299], 2024: [0.14198, 0.27003], 2025: [0.13556, 0.22928] } },
  { key: 'flight.short_haul.economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08315, 0.15803], 2023: [0.08014, 0.15240], 2024: [0.07949, 0.15102], 2025: [0.07435, 0.12576] } },
  { key: 'flight.short_haul.business', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.12472, 0.23704], 2023: [0.12021, 0.22860], 2024: [0.11923, 0.22652], 2025: [0.11152, 0.18863] } },
  { key: 'flight.short_haul.average', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08453, 0.16066], 2023: [0.08147, 0.15494], 2024: [0.08081, 0.15353], 2025: [0.07559, 0.12786] } },
  { key: 'flight.long_haul.economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.08143, 0.15474], 2023: [0.07848, 0.14922], 2024: [0.07783, 0.14787], 2025: [0.06926, 0.11704] } },
  { key: 'flight.long_haul.premium_economy', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.13027, 0.24758], 2023: [0.12556, 0.23876], 2024: [0.12452, 0.23659], 2025: [0.11082, 0.18726] } },
  { key: 'flight.long_haul.business', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.23612, 0.44874], 2023: [0.22757, 0.43274], 2024: [0.22569, 0.42882], 2025: [0.20086, 0.33940] } },
  { key: 'flight.long_haul.first', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.32568, 0.61896], 2023: [0.31389, 0.59688], 2024: [0.31130, 0.59147], 2025: [0.27705, 0.46814] } },
  { key: 'flight.long_haul.average', unit: 'pkm', source: DESNZ_AIR, values: { 2019: [0.10632, 0.20206], 2023: [0.10247, 0.19486], 2024: [0.10162, 0.19309], 2025: [0.09044, 0.15282] } },
  { key: 'rail.national', unit: 'pkm', source: DESNZ_LAND('national rail, used as proxy for Danish rail'), values: { 2019: 0.04077, 2023: 0.03549, 2024: 0.03546, 2025: 0.03546 } },
  { key: 'rail.international', unit: 'pkm', source: DESNZ_LAND('international rail'), values: { 2019: 0.00597, 2023: 0.00446, 2024: 0.00446, 2025: 0.00446 } },
  { key: 'car.petrol', unit: 'km', source: DESNZ_LAND('average petrol car, per vehicle-km'), values: { 2019: 0.18084, 2023: 0.17048, 2024: 0.16984, 2025: 0.16496 } },
  { key: 'car.diesel', unit: 'km', source: DESNZ_LAND('average diesel car, per vehicle-km'), values: { 2019: 0.17336, 2023: 0.16716, 2024: 0.1645, 2025: 0.1621 } },
  { key: 'car.hybrid', unit: 'km', source: DESNZ_LAND('average hybrid car, per vehicle-km'), values: { 2019: 0.11558, 2023: 0.12807, 2024: 0.12607, 2025: 0.11724 } },
  { key: 'car.electric', unit: 'km', source: (y) => `DESNZ kWh per km for battery-electric cars × Energinet Miljødeklaration ${y} (eksempelværdi)`, values: { 2019: 0.027, 2023: 0.02184, 2024: 0.01962, 2025: 0.01818 } },
  { key: 'car.average', unit: 'km', source: DESNZ_LAND('average car, unknown fuel, per vehicle-km'), values: { 2019: 0.17862, 2023: 0.16844, 2024: 0.166, 2025: 0.16272 } },
  { key: 'taxi', unit: 'km', source: DESNZ_LAND('regular taxi, per vehicle-km'), values: { 2019: 0.15018, 2023: 0.14861, 2024: 0.14876, 2025: 0.14736 } },
  { key: 'bus', unit: 'pkm', source: DESNZ_LAND('average local bus'), values: { 2019: 0.10312, 2023: 0.10846, 2024: 0.10227, 2025: 0.10385 } },
  { key: 'ferry', unit: 'pkm', source: DESNZ_LAND('ferry, average passenger'), values: { 2019: 0.11286, 2023: 0.11268, 2024: 0.1127, 2025: 0.1127 } },
  {
    key: 'energy.electricity', unit: 'kWh',
    source: (y) => `Energinet, Miljødeklaration ${y} (lokationsbaseret, Østdanmark DK2) (eksempelværdi)`,
    values: { 2019: 0.135, 2023: 0.106, 2024: 0.095, 2025: 0.088 },
  },
  {
    // No 2025 row: 2025 uses the 2024 residual mix (the Method page says so).
    key: 'energy.electricity.residual', unit: 'kWh',
    source: (y) => `Energinet, Eldeklaration ${y}, restmiks (eksempelværdi)`,
    values: { 2019: 0.428, 2023: 0.395, 2024: 0.372 },
  },
  {
    key: 'energy.district_heating', unit: 'kWh',
    source: (y) => `Fjernvarmeselskabets miljødeklaration ${y}, 200 %-metoden (eksempelværdi)`,
    values: { 2019: 0.082, 2023: 0.05695, 2024: 0.0531, 2025: 0.0498 },
  },
  {
    key: 'energy.natural_gas', unit: 'm3', kwhPerUnit: 11,
    source: (y) => `Energistyrelsen/Evida, CO2-faktor for naturgas ${y}, nedre brændværdi (eksempelværdi)`,
    values: { 2019: 2.205, 2023: 2.2627, 2024: 2.25, 2025: 2.24 },
  },
  {
    key: 'energy.heating_oil', unit: 'l', kwhPerUnit: 9.96,
    source: (y) => `Energistyrelsen, standardfaktor for fyringsolie ${y} (eksempelværdi)`,
    values: { 2019: 2.66, 2023: 2.66, 2024: 2.66, 2025: 2.66 },
  },
];

function emissionFactorsFile(): string {
  const rows: Cell[][] = [];
  for (const f of FACTORS) {
    for (const y of FACTOR_YEARS) {
      const v = f.values[y];
      if (v === undefined) continue;
      const [kg, rf] = typeof v === 'number' ? [v, ''] : [v[0], v[1]];
      rows.push([f.key, y, f.unit, kg, rf, f.kwhPerUnit ?? '', f.source(y)]);
    }
  }
  return csvText(columnNames('emission-factors'), rows);
}

// ---- travel -------------------------------------------------------------------------------

type Mode = 'flight' | 'rail' | 'car' | 'taxi' | 'bus' | 'ferry';
type CabinClass = 'economy' | 'premium_economy' | 'business' | 'first' | '';
type Fuel = 'petrol' | 'diesel' | 'electric' | 'hybrid' | '';

interface Journey {
  readonly date: Day;
  readonly mode: Mode;
  readonly km: number;
  readonly travellers: number;
  readonly roundTrip: boolean;
  readonly cabinClass: CabinClass;
  readonly fuel: Fuel;
  readonly railScope: 'national' | 'international' | '';
  readonly purpose: string;
}

const RAIL_NATIONAL = [31, 62, 78, 93, 157, 227, 234, 284, 296, 302, 309, 408, 36, 49, 66, 86, 112] as const;
const RAIL_INTERNATIONAL = [345, 630, 640, 1010] as const;
const FLIGHT_DOMESTIC = [160, 210, 220, 240, 355] as const;
const FLIGHT_SHORT = [520, 525, 630, 770, 835, 870, 885, 955, 1240, 1760, 2130, 2480] as const;
const FLIGHT_LONG = [6190, 6270, 6560, 8820, 9990] as const;
const FERRY = [33, 45, 80, 160, 160] as const;
const PURPOSES = [
  'Møde med kommune',
  'Styregruppemøde',
  'Leverandørmøde',
  'Brugertest i kommune',
  'Udbudsforretning',
  'Kontraktopfølgning',
  'Konference',
  'Kursus',
  'Netværksmøde, KL',
  'Audit hos leverandør',
] as const;

interface TravelProfile {
  readonly journeys: number;
  readonly modes: readonly (readonly [Mode, number])[];
  readonly fuels: readonly (readonly [Fuel, number])[];
  /** Share of flights that are long-haul, in per cent. */
  readonly longHaul: number;
}

const TRAVEL_PROFILES: Record<number, TravelProfile> = {
  2019: {
    longHaul: 9,
    journeys: 2150,
    modes: [['flight', 11], ['rail', 29], ['car', 43], ['taxi', 9], ['bus', 6], ['ferry', 2]],
    fuels: [['petrol', 45], ['diesel', 35], ['electric', 2], ['hybrid', 8], ['', 10]],
  },
  2023: {
    longHaul: 6,
    journeys: 2380,
    modes: [['flight', 6], ['rail', 40], ['car', 36], ['taxi', 8], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 32], ['diesel', 22], ['electric', 22], ['hybrid', 14], ['', 10]],
  },
  2024: {
    longHaul: 5,
    journeys: 2510,
    modes: [['flight', 5.5], ['rail', 43], ['car', 34], ['taxi', 7.5], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 27], ['diesel', 18], ['electric', 31], ['hybrid', 15], ['', 9]],
  },
  2025: {
    longHaul: 3.5,
    journeys: 2640,
    modes: [['flight', 4.5], ['rail', 46.5], ['car', 32], ['taxi', 7], ['bus', 8], ['ferry', 2]],
    fuels: [['petrol', 22], ['diesel', 14], ['electric', 40], ['hybrid', 15], ['', 9]],
  },
};

function workingDay(rnd: Random, year: number): Day {
  for (;;) {
    const d = day(year, 1, 1).plus({ days: rnd.int(0, 364) });
    const holiday = (d.month === 1 && d.day === 1) || (d.month === 12 && d.day >= 24) || (d.month === 7 && d.day < 25);
    if (d.weekday <= 5 && !holiday) return d;
  }
}

function journey(rnd: Random, year: number, profile: TravelProfile): Journey {
  const mode = rnd.weighted(profile.modes);
  const date = workingDay(rnd, year);
  const base = { date, mode, cabinClass: '' as CabinClass, fuel: '' as Fuel, railScope: '' as Journey['railScope'], purpose: rnd.pick(PURPOSES) };
  const group = (): number => rnd.weighted([[1, 62], [2, 25], [3, 9], [4, 4]]);
  switch (mode) {
    case 'flight': {
      const band = rnd.weighted([['domestic', 35], ['short', 65 - profile.longHaul], ['long', profile.longHaul]] as const);
      if (band === 'domestic') {
        return { ...base, km: rnd.pick(FLIGHT_DOMESTIC), travellers: group(), roundTrip: rnd.chance(0.85), cabinClass: rnd.weighted([['economy', 6], ['', 4]]) };
      }
      if (band === 'short') {
        return {
          ...base, km: rnd.pick(FLIGHT_SHORT), travellers: group(), roundTrip: rnd.chance(0.88),
          cabinClass: rnd.weighted([['economy', 70], ['', 18], ['business', 7], ['premium_economy', 5]]),
          purpose: rnd.pick(['Konference', 'EU-netværksmøde', 'Leverandørmøde', 'Audit hos leverandør']),
        };
      }
      return {
        ...base, km: rnd.pick(FLIGHT_LONG), travellers: rnd.int(1, 2), roundTrip: true,
        cabinClass: rnd.weighted([['economy', 55], ['premium_economy', 20], ['business', 12], ['', 10], ['first', 3]]),
        purpose: 'Konference',
      };
    }
    case 'rail': {
      const international = rnd.chance(0.06);
      const km = international ? rnd.pick(RAIL_INTERNATIONAL) : rnd.pick(RAIL_NATIONAL);
      return {
        ...base, km: rnd.chance(0.15) ? km + 0.5 : km, travellers: group(), roundTrip: rnd.chance(0.8),
        railScope: international ? 'international' : rnd.chance(0.5) ? 'national' : '',
      };
    }
    case 'car':
      return { ...base, km: rnd.int(12, 330) + (rnd.chance(0.2) ? 0.5 : 0), travellers: rnd.int(1, 3), roundTrip: rnd.chance(0.9), fuel: rnd.weighted(profile.fuels) };
    case 'taxi':
      return { ...base, km: rnd.int(3, 35), travellers: rnd.int(1, 2), roundTrip: rnd.chance(0.1) };
    case 'bus':
      return { ...base, km: rnd.int(8, 290), travellers: group(), roundTrip: rnd.chance(0.7) };
    case 'ferry':
      return { ...base, km: rnd.pick(FERRY), travellers: rnd.int(1, 3), roundTrip: rnd.chance(0.9), purpose: 'Møde med kommune' };
  }
}

function travelJourneys(rnd: Random, year: number): Journey[] {
  const profile = TRAVEL_PROFILES[year];
  if (profile === undefined) throw new Error(`no travel profile for ${year}`);
  const journeys = Array.from({ length: profile.journeys }, () => journey(rnd, year, profile));
  return journeys.sort((a, b) => a.date.toMillis() - b.date.toMillis());
}

function travelFile(rnd: Random, year: number): { path: string; bytes: Buffer } {
  const journeys = travelJourneys(rnd, year);
  const path = `${year}/travel.csv`;
  if (year === 2025) {
    // Excel's "Unicode text": UTF-16 LE with BOM, tabs, point decimals, Danish names and words.
    const header = columnNames('travel', 'da');
    const rows = journeys.map((j) => [
      danishDate(j.date), TRAVEL_MODE_WORDS.danishOf[j.mode], pointNumber(j.km, 1), j.travellers, j.roundTrip ? 'ja' : 'nej',
      j.cabinClass === '' ? '' : CABIN_CLASSES.danishOf[j.cabinClass], j.fuel === '' ? '' : FUELS.danishOf[j.fuel], j.railScope, j.purpose,
    ]);
    return { path, bytes: encodeUtf16LeWithBom(csvText(header, rows, { delimiter: '\t', crlf: true })) };
  }
  const header = columnNames('travel');
  const rows = journeys.map((j) => [
    iso(j.date), j.mode, pointNumber(j.km, 1), j.travellers, j.roundTrip ? 'yes' : 'no', j.cabinClass, j.fuel, j.railScope, j.purpose,
  ]);
  return { path, bytes: Buffer.from(csvText(header, rows), 'utf8') };
}

// ---- energy -------------------------------------------------------------------------------

interface Bill {
  readonly start: Day;
  readonly end: Day;
  readonly site: string;
  readonly carrier: 'electricity' | 'district_heating' | 'natural_gas';
  readonly quantity: number;
  readonly unit: 'kWh' | 'MWh' | 'GJ' | 'm3';
  /** Electricity only: 0–1. */
  readonly renewable: number | null;
}

const HQ = 'København, Vesterbrogade';
const AARHUS = 'Aarhus C, Åboulevarden';
const ODENSE = 'Odense, kontorfællesskab';

/** Heating demand by month (1 = January), relative. */
const HEAT_SHAPE = [1.55, 1.4, 1.2, 0.85, 0.45, 0.2, 0.12, 0.14, 0.35, 0.75, 1.15, 1.45] as const;
const ELECTRICITY_SHAPE = [1.1, 1.05, 1.02, 0.98, 0.95, 0.9, 0.7, 0.88, 1.0, 1.02, 1.08, 1.12] as const;

interface EnergyProfile {
  readonly hqKwhPerMonth: number;
  readonly aarhusKwhPerMonth: number;
  readonly hqHeatMwhPerMonth: number;
  readonly aarhusHeatGjPerQuarter: number;
  readonly gasM3PerMonth: number;
  readonly hqRenewable: number;
  /** Renewable share of the Aarhus office by month (1–12). */
  readonly aarhusRenewable: (month: number) => number;
}

const ENERGY_PROFILES: Record<number, EnergyProfile> = {
  2019: { hqKwhPerMonth: 31500, aarhusKwhPerMonth: 5200, hqHeatMwhPerMonth: 62, aarhusHeatGjPerQuarter: 118, gasM3PerMonth: 420, hqRenewable: 0, aarhusRenewable: () => 0 },
  2023: { hqKwhPerMonth: 27400, aarhusKwhPerMonth: 4700, hqHeatMwhPerMonth: 51, aarhusHeatGjPerQuarter: 101, gasM3PerMonth: 330, hqRenewable: 0.45, aarhusRenewable: () => 0 },
  2024: { hqKwhPerMonth: 26300, aarhusKwhPerMonth: 4550, hqHeatMwhPerMonth: 48, aarhusHeatGjPerQuarter: 97, gasM3PerMonth: 300, hqRenewable: 0.8, aarhusRenewable: () => 0 },
  2025: { hqKwhPerMonth: 25200, aarhusKwhPerMonth: 4400, hqHeatMwhPerMonth: 45, aarhusHeatGjPerQuarter: 92, gasM3PerMonth: 270, hqRenewable: 1, aarhusRenewable: (m) => (m >= 7 ? 1 : 0) },
};

function shape(values: readonly number[], month: number): number {
  return values[month - 1] ?? 1;
}

/** Gas bills run from the 15th to the 14th: the December bill crosses New Year. */
function gasBills(rnd: Random, year: number, m3PerMonth: number): Bill[] {
  const bills: Bill[] = [];
  for (let i = 0; i <= 12; i++) {
    const start = day(year - 1, 12, 15).plus({ months: i });
    const end = start.plus({ months: 1 }).minus({ days: 1 });
    const month = end.month;
    const quantity = Math.round(m3PerMonth * shape(HEAT_SHAPE, month) * (0.93 + 0.14 * rnd.float()));
    bills.push({ start, end, site: ODENSE, carrier: 'natural_gas', quantity, unit: 'm3', renewable: null });
  }
  return bills;
}

function energyBills(rnd: Random, year: number): Bill[] {
  const p = ENERGY_PROFILES[year];
  if (p === undefined) throw new Error(`no energy profile for ${year}`);
  const bills: Bill[] = [];
  for (let m = 1; m <= 12; m++) {
    const start = day(year, m, 1);
    const end = start.endOf('month').startOf('day');
    const noise = (): number => 0.95 + 0.1 * rnd.float();
    bills.push({ start, end, site: HQ, carrier: 'electricity', quantity: Math.round(p.hqKwhPerMonth * shape(ELECTRICITY_SHAPE, m) * noise() * 10) / 10, unit: 'kWh', renewable: p.hqRenewable });
    bills.push({ start, end, site: AARHUS, carrier: 'electricity', quantity: Math.round(p.aarhusKwhPerMonth * shape(ELECTRICITY_SHAPE, m) * noise() * 10) / 10, unit: 'kWh', renewable: p.aarhusRenewable(m) });
    bills.push({ start, end, site: HQ, carrier: 'district_heating', quantity: Math.round(p.hqHeatMwhPerMonth * shape(HEAT_SHAPE, m) * noise() * 100) / 100, unit: 'MWh', renewable: null });
  }
  for (let q = 0; q < 4; q++) {
    const start = day(year, 1 + 3 * q, 1);
    const end = start.plus({ months: 3 }).minus({ days: 1 });
    const heat = (shape(HEAT_SHAPE, 1 + 3 * q) + shape(HEAT_SHAPE, 2 + 3 * q) + shape(HEAT_SHAPE, 3 + 3 * q)) / 3;
    bills.push({ start, end, site: AARHUS, carrier: 'district_heating', quantity: Math.round(p.aarhusHeatGjPerQuarter * heat * (0.95 + 0.1 * rnd.float()) * 10) / 10, unit: 'GJ', renewable: null });
  }
  bills.push(...gasBills(rnd, year, p.gasM3PerMonth));
  return bills.sort((a, b) => a.start.toMillis() - b.start.toMillis() || (a.site < b.site ? -1 : a.site > b.site ? 1 : 0));
}


function energyFile(rnd: Random, year: number): { path: string; bytes: Buffer } {
  const bills = energyBills(rnd, year);
  const path = `${year}/energy.csv`;
  if (year === 2023) {
    // Danish Excel with a UTF-8 export: semicolons, CRLF, `1.234,5` and `45 %`, Danish names.
    const header = columnNames('energy', 'da');
    const rows = bills.map((b) => [
      danishDate(b.start), danishDate(b.end), b.site, ENERGY_CARRIER_WORDS.danishOf[b.carrier],
      danishNumber(b.quantity, b.unit === 'm3' ? 0 : b.unit === 'MWh' ? 2 : 1, true), b.unit,
      b.renewable === null ? '' : `${danishShortNumber(b.renewable * 100, 1)} %`,
    ]);
    return { path, bytes: Buffer.from(csvText(header, rows, { delimiter: ';', crlf: true }), 'utf8') };
  }
  const header = columnNames('energy');
  const rows = bills.map((b) => [
    iso(b.start), iso(b.end), b.site, b.carrier, pointNumber(b.quantity, 2), b.unit,
    b.renewable === null ? '' : pointNumber(b.renewable, 3),
  ]);
  return { path, bytes: Buffer.from(csvText(header, rows), 'utf8') };
}

// ---- meetings -----------------------------------------------------------------------------

const MEETING_PROFILES: Record<number, { total: number; virtual: number; hybrid: number }> = {
  2023: { total: 1180, virtual: 0.56, hybrid: 0.14 },
  2024: { total: 1210, virtual: 0.53, hybrid: 0.18 },
  2025: { total: 1250, virtual: 0.5, hybrid: 0.22 },
};

function meetingsFile(rnd: Random, year: number): string {
  const p = MEETING_PROFILES[year];
  if (p === undefined) throw new Error(`no meeting profile for ${year}`);
  const rows: Cell[][] = [];
  for (let m = 1; m <= 12; m++) {
    const season = m === 7 ? 0.35 : m === 12 || m === 8 ? 0.8 : 1;
    const total = Math.round(p.total * season * (0.92 + 0.16 * rnd.float()));
    const virtual = Math.round(total * p.virtual * (0.95 + 0.1 * rnd.float()));
    const hybrid = Math.round(total * p.hybrid * (0.9 + 0.2 * rnd.float()));
    rows.push([`${year}-${String(m).padStart(2, '0')}`, total - virtual - hybrid, virtual, hybrid]);
  }
  return csvText(columnNames('meetings'), rows);
}

// ---- suppliers ----------------------------------------------------------------------------

type Status = 'compliant' | 'remediation' | 'non_compliant' | 'terminated';

interface Contract {
  readonly id: string;
  readonly supplier: string;
  readonly name: string;
  readonly from: number;
  /** Last year in force. */
  readonly until: number | null;
  readonly spend: number;
  readonly personalData: boolean;
  /** First year the contract binds the supplier to the Global Compact (null: never). */
  readonly gcFrom: number | null;
  readonly humanRights: boolean;
  /** First year a data-processing agreement is in place (processing contracts only). */
  readonly dpaFrom: number;
  /** Clauses a contract may hold without a Global Compact commitment. */
  readonly environmentExtra: boolean;
  readonly labourExtra: boolean;
  readonly anticorruptionExtra: boolean;
  readonly audits: readonly Day[];
  readonly statusByYear: Readonly<Record<number, readonly [Status, number, number]>>;
}

const SUPPLIERS = [
  'Bøgeskov Systemer A/S', 'Fjordlys Data ApS', 'Kystnet IT A/S', 'Hedelund Konsulenter ApS', 'Mosegaard Hosting A/S',
  'Skovbryn Software ApS', 'Åløkke Print og Post A/S', 'Østerby Facility ApS', 'Kantinekompagniet Vest ApS', 'Lysholm Cloud A/S',
  'Ravnsborg Analyse ApS', 'Nørreå Netværk A/S', 'Sølvbjerg Licens ApS', 'Havbakke Sikkerhed A/S', 'Egelund Udvikling ApS',
  'Tjørnehøj Telekom A/S', 'Vindeby Dokumenthåndtering ApS', 'Stenholt Rådgivning I/S', 'Klitgård Hardware A/S', 'Engsø Integration ApS',
  'Birkelund Brugeroplevelse ApS', 'Mågeklint Test og Kvalitet ApS', 'Solbakke Økonomisystemer A/S', 'Grønnegade Jura ApS', 'Vesterå Backup A/S',
  'Lindholm Identitet ApS', 'Ålykke Arkiv A/S', 'Fyrrevang Support ApS', 'Kærbo Kommunikation ApS', 'Højstrup Datacenter A/S',
  'Strandvejens Rengøring ApS', 'Bakkedal Uddannelse ApS', 'Nordkyst Betaling A/S', 'Lærkevang Geodata ApS', 'Præstø Projektledelse ApS',
  'Ulvedal Borgerservice-IT A/S', 'Tranebjerg Indkøbsportal ApS', 'Asketorp Energirådgivning ApS', 'Rønnebæk Skanning A/S', 'Vibeholm Oversættelse ApS',
  'Ellemose Elektronik A/S', 'Krogager Revision I/S', 'Sandflugt Software ApS', 'Hyldebjerg Mobilitet A/S', 'Dyssegård Sikker Print ApS',
  'Ørnevej Logistik ApS', 'Bølgeby Kunstig Intelligens ApS', 'Toftlund Lønsystemer A/S', 'Kragelund Konferencer ApS', 'Stubbekøbing Datavask ApS',
  'Fælledvej Genbrug af IT ApS', 'Nyhavn Tilgængelighed ApS', 'Pilegård Cybertræning ApS', 'Kildebro Journalsystemer A/S', 'Moseby Bilordning ApS',
] as const;

const CONTRACT_NAMES = [
  'Rammeaftale om økonomisystem til kommuner', 'Drift; support og vedligehold af fagsystem', 'Hosting af fælleskommunale løsninger',
  'Konsulentydelser; udbudsrådgivning', 'Rammeaftale om print og forsendelse', 'Facility management', 'Kantinedrift',
  'Skyplatform og lagring', 'Dataanalyse og statistik', 'Netværk og forbindelser', 'Softwarelicenser; Microsoft og Adobe',
  'Sikkerhedsovervågning (SOC)', 'Udvikling af selvbetjeningsløsninger', 'Mobiltelefoni', 'Dokument- og sagsstyring',
  'Juridisk rådgivning om udbud', 'Klientudstyr; pc og skærme', 'Integrationsplatform', 'Brugertest og brugerinddragelse',
  'Test og kvalitetssikring', 'Lønsystem; drift og udvikling', 'Backup og genetablering', 'Identitets- og adgangsstyring',
  'Digitalt arkiv', 'Servicedesk; 1. og 2. niveau', 'Kommunikationsbistand', 'Datacenter; kolokation',
] as const;

function buildContracts(rnd: Random): Contract[] {
  const contracts: Contract[] = [];
  const serials = new Map<number, number>();
  for (let i = 0; i < SUPPLIERS.length; i++) {
    const supplier = SUPPLIERS[i] ?? '';
    const from = i < 38 ? rnd.int(2017, 2022) : rnd.weighted([[2023, 4], [2024, 6], [2025, 7]]);
    const serial = (serials.get(from) ?? 0) + rnd.int(1, 9);
    serials.set(from, serial);
    const until = i % 9 === 4 ? rnd.int(Math.max(2023, from), 2024) : null;
    const personalData = rnd.chance(0.58);
    const gcFrom = from >= 2022 ? from : rnd.weighted<number | null>([[from, 45], [2023, 12], [2024, 18], [2025, 15], [null, 10]]);
    const auditEvery = personalData ? rnd.int(1, 2) : rnd.chance(0.5) ? 2 : 0;
    const audits: Day[] = [];
    if (auditEvery > 0) {
      // new contracts are audited in their first year, older ones from the year after they began
      const firstAudit = from >= 2023 ? from : Math.max(from, 2019) + 1;
      for (let y = firstAudit; y <= 2025; y += auditEvery) audits.push(day(y, rnd.int(2, 11), rnd.int(1, 28)));
    }
    const statusByYear: Record<number, readonly [Status, number, number]> = {};
    for (const y of YEARS) {
      if (until !== null && y === until && i % 2 === 0) statusByYear[y] = ['terminated', 0, 0];
      else if (rnd.chance(0.12)) statusByYear[y] = ['remediation', rnd.int(1, 3), 0];
      else statusByYear[y] = ['compliant', rnd.chance(0.08) ? 1 : 0, 0];
    }
    contracts.push({
      id: `KFI-${from}-${String(serial).padStart(3, '0')}`,
      supplier,
      name: CONTRACT_NAMES[i % CONTRACT_NAMES.length] ?? 'Rammeaftale',
      from,
      until,
      spend: Math.round(Math.exp(Math.log(150_000) + rnd.float() * Math.log(120)) / 50) * 50,
      personalData,
      gcFrom,
      humanRights: rnd.chance(0.6),
      dpaFrom: from,
      environmentExtra: rnd.chance(0.4),
      labourExtra: rnd.chance(0.5),
      anticorruptionExtra: rnd.chance(0.25),
      audits,
      statusByYear,
    });
  }
  // two older processing contracts got their data processing agreement late (2024 and 2025)
  const late = contracts.filter((c) => c.personalData && c.from <= 2021 && c.until === null).slice(0, 2);
  late.forEach((c, k) => {
    contracts[contracts.indexOf(c)] = { ...c, dpaFrom: k === 0 ? 2025 : 2024 };
  });
  // one supplier with a critical breach in 2024, terminated in 2025
  const breach = contracts[5];
  if (breach !== undefined) {
    contracts[5] = { ...breach, until: null, statusByYear: { 2023: ['compliant', 0, 0], 2024: ['non_compliant', 2, 1], 2025: ['terminated', 1, 1] } };
  }
  return contracts;
}

function contractsFor(contracts: readonly Contract[], year: number): Contract[] {
  return contracts
    .filter((c) => c.from <= year && (c.until === null || c.until >= year))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}


function suppliersFile(contracts: readonly Contract[], year: number): { path: string; bytes: Buffer } {
  const rows = contractsFor(contracts, year).map((c) => {
    const gc = c.gcFrom !== null && c.gcFrom <= year;
    const lastAudit = c.audits.filter((d) => d.year <= year).at(-1) ?? null;
    const [status, findings, breaches] = c.statusByYear[year] ?? ['compliant', 0, 0];
    const spend = Math.round((c.spend * (1 + 0.03 * (year - 2023))) / 50) * 50;
    return {
      c, gc, lastAudit, status, findings, breaches, spend,
      dpa: c.personalData ? c.dpaFrom <= year : null,
      environment: gc || c.environmentExtra,
      labour: gc || c.labourExtra,
      anticorruption: gc || c.anticorruptionExtra,
      humanRights: gc && c.humanRights,
    };
  });
  const path = `${year}/suppliers.csv`;
  if (year === 2024) {
    // UTF-8 with BOM and semicolons; contract names holding ';' are quoted; Danish names and words.
    const yn = (b: boolean): string => (b ? 'ja' : 'nej');
    const header = columnNames('suppliers', 'da');
    const body = rows.map((r) => [
      r.c.id, r.c.supplier, r.c.name, danishNumber(r.spend, 2, true), yn(r.c.personalData), yn(r.gc), yn(r.environment), yn(r.labour),
      yn(r.anticorruption), yn(r.humanRights), r.dpa === null ? '' : yn(r.dpa), r.lastAudit === null ? '' : danishDotDate(r.lastAudit),
      r.findings, r.breaches, SUPPLIER_STATUSES.danishOf[r.status],
    ]);
    return { path, bytes: encodeUtf8WithBom(csvText(header, body, { delimiter: ';' })) };
  }
  const yn = (b: boolean): string => (b ? 'yes' : 'no');
  const header = columnNames('suppliers');
  const body = rows.map((r) => [
    r.c.id, r.c.supplier, r.c.name, r.spend, yn(r.c.personalData), yn(r.gc), yn(r.environment), yn(r.labour),
    yn(r.anticorruption), yn(r.humanRights), r.dpa === null ? '' : yn(r.dpa), r.lastAudit === null ? '' : iso(r.lastAudit),
    r.findings, r.breaches, r.status,
  ]);
  return { path, bytes: Buffer.from(csvText(header, body), 'utf8') };
}

// ---- indicators, benchmarks, targets ------------------------------------------------------

interface Declaration {
  readonly id: string;
  readonly section: 'workforce' | 'data' | 'community';
  readonly da: string;
  readonly en: string;
  readonly unit: string;
  readonly gc: string;
  readonly sdg: string;
  readonly higherIsBetter: '' | 'yes' | 'no';
  /** Value by year; a missing year is "not reported". */
  readonly values: Readonly<Record<number, number>>;
  readonly source: string;
  readonly note?: Readonly<Record<number, string>>;
}

const DECLARATIONS: readonly Declaration[] = [
  { id: 'data.breaches_reported', section: 'data', da: 'Brud på persondatasikkerheden anmeldt til Datatilsynet', en: 'Personal data breaches reported to the Danish Data Protection Agency', unit: 'count', gc: '1', sdg: '9.c', higherIsBetter: 'no', values: { 2023: 4, 2024: 2, 2025: 1 }, source: 'Databeskyttelsesrådgiverens log' },
  { id: 'data.access_requests', section: 'data', da: 'Anmodninger om indsigt', en: 'Data subject access requests', unit: 'count', gc: '1', sdg: '', higherIsBetter: '', values: { 2023: 17, 2024: 23, 2025: 29 }, source: 'Databeskyttelsesrådgiverens log' },
  { id: 'data.access_request_median_days', section: 'data', da: 'Median svartid på indsigtsanmodninger', en: 'Median response time for access requests', unit: 'days', gc: '1', sdg: '', higherIsBetter: 'no', values: { 2023: 21, 2024: 16, 2025: 12.5 }, source: 'Databeskyttelsesrådgiverens log' },
  { id: 'data.security_incidents', section: 'data', da: 'Behandlede sikkerhedshændelser', en: 'Security incidents handled', unit: 'count', gc: '1 10', sdg: '9.1 9.c', higherIsBetter: 'no', values: { 2023: 31, 2024: 26, 2025: 22 }, source: 'Sikkerhedsfunktionens hændelseslog' },
  { id: 'data.automated_decision_systems', section: 'data', da: 'Indkøbte løsninger med automatiske afgørelser, offentligt beskrevet', en: 'Procured solutions making automated decisions, publicly described', unit: 'count', gc: '1 2', sdg: '9.c', higherIsBetter: '', values: { 2023: 3, 2024: 4, 2025: 5 }, source: 'Register over algoritmer og automatiske afgørelser' },
  { id: 'data.personal_data_sold', section: 'data', da: 'Tilfælde af salg af personoplysninger', en: 'Cases of personal data sold', unit: 'count', gc: '1', sdg: '', higherIsBetter: 'no', values: { 2023: 0, 2024: 0, 2025: 0 }, source: 'Ledelseserklæring' },
  { id: 'workforce.health_offer_uptake_share', section: 'workforce', da: 'Andel medarbejdere, der bruger sundhedstilbud', en: 'Share of staff using a health offer', unit: 'share', gc: '6', sdg: '', higherIsBetter: 'yes', values: { 2023: 0.58, 2024: 0.61, 2025: 0.66 }, source: 'HR, opgørelse fra sundhedsordningen' },
  // measured every second year: not reported in 2024
  { id: 'workforce.wellbeing_score', section: 'workforce', da: 'Trivselsscore (0–100)', en: 'Well-being score (0–100)', unit: 'score', gc: '6', sdg: '', higherIsBetter: 'yes', values: { 2023: 71, 2025: 74 }, source: 'Trivselsmåling', note: { 2023: 'Måles hvert andet år', 2025: 'Måles hvert andet år' } },
  { id: 'workforce.sick_days_per_fte', section: 'workforce', da: 'Sygefravær, dage pr. årsværk', en: 'Sick leave, days per FTE', unit: 'days', gc: '', sdg: '', higherIsBetter: 'no', values: { 2023: 8.4, 2024: 7.9, 2025: 7.2 }, source: 'Lønsystemets fraværsregistrering' },
  { id: 'community.municipalities_involved', section: 'community', da: 'Kommuner, der har deltaget i udbud og behovsafdækning', en: 'Municipalities taking part in tenders and needs assessments', unit: 'count', gc: '', sdg: '9.1 9.c', higherIsBetter: 'yes', values: { 2023: 71, 2024: 78, 2025: 84 }, source: 'Projektregistrering' },
  { id: 'community.user_tests_held', section: 'community', da: 'Brugertest med kommunale medarbejdere og borgere', en: 'User tests with municipal staff and citizens', unit: 'count', gc: '', sdg: '9.5', higherIsBetter: 'yes', values: { 2023: 19, 2024: 26, 2025: 33 }, source: 'Projektregistrering' },
  { id: 'community.citizen_panels', section: 'community', da: 'Borgerpaneler', en: 'Citizen panels', unit: 'count', gc: '', sdg: '9.c', higherIsBetter: 'yes', values: { 2023: 2, 2024: 3, 2025: 4 }, source: 'Projektregistrering' },
  { id: 'community.market_dialogue_meetings', section: 'community', da: 'Markedsdialogmøder med virksomheder', en: 'Market dialogue meetings with businesses', unit: 'count', gc: '10', sdg: '9.3', higherIsBetter: 'yes', values: { 2023: 38, 2024: 44, 2025: 47 }, source: 'Udbudsafdelingens mødelog' },
];

function declarationsFile(): string {
  return csvText(
    // every column but the optional datapoints, which the example leaves out
    columnNames('indicator-declarations').filter((c) => c !== 'datapoints'),
    DECLARATIONS.map((d) => [d.id, d.section, d.da, d.en, d.unit, d.gc, d.sdg, d.higherIsBetter]),
  );
}

function indicatorValuesFile(year: number): string {
  const rows: Cell[][] = [];
  for (const d of DECLARATIONS) {
    const v = d.values[year];
    if (v === undefined) continue;
    rows.push([d.id, v, d.note?.[year] ?? '', d.source]);
  }
  return csvText(columnNames('indicator-values'), rows);
}

function benchmarksFile(): string {
  const rows: Cell[][] = [];
  const series = (metric: string, values: Record<number, number>, da: string, en: string, source: string): void => {
    for (const y of YEARS) {
      const v = values[y];
      if (v !== undefined) rows.push([metric, y, v, da, en, source]);
    }
  };
  series('hr.gender.women_share', { 2023: 0.31, 2024: 0.31, 2025: 0.32 }, 'Kvinder blandt beskæftigede med en IT-uddannelse', 'Women among employed people with an ICT education', 'Danmarks Statistik og Eurostat (eksempelværdi)');
  series('hr.origin.non_danish_share', { 2023: 0.152, 2024: 0.158, 2025: 0.163 }, 'Indvandrere og efterkommere blandt lønmodtagere', 'Immigrants and descendants among employees', 'Danmarks Statistik, RAS (eksempelværdi)');
  series('hr.management.women_share', { 2023: 0.33, 2024: 0.34, 2025: 0.35 }, 'Kvinder i ledelse, kommuner og regioner', 'Women in management, municipalities and regions', 'KL og Danmarks Statistik (eksempelværdi)');
  series('hr.turnover_rate', { 2023: 0.15, 2024: 0.14, 2025: 0.14 }, 'Personaleomsætning i den kommunale sektor', 'Staff turnover in the municipal sector', 'KRL, Kommunernes og Regionernes Løndatakontor (eksempelværdi)');
  series('hr.age.under_30_share', { 2023: 0.2, 2024: 0.2, 2025: 0.19 }, 'Beskæftigede under 30 år', 'Employed people under 30', 'Danmarks Statistik, AKU (eksempelværdi)');
  series('ind.workforce.sick_days_per_fte', { 2023: 9.8, 2024: 9.6, 2025: 9.5 }, 'Sygefravær i kommunerne, dage pr. årsværk', 'Sick leave in municipalities, days per FTE', 'KRL, fraværsstatistik (eksempelværdi)');
  return csvText(columnNames('benchmarks'), rows);
}

function targetsFile(): string {
  return csvText(columnNames('targets'), [
    ['env.total_location_t', 2030, 0.5, 'reduce_by', 'Halvering af udledningen i forhold til 2019', 'Halve emissions compared with 2019'],
    ['env.renewable_electricity_share', 2025, 1, 'at_least', 'Al el dækket af oprindelsesgarantier', 'All electricity covered by guarantees of origin'],
    ['env.meetings.virtual_share', 2026, 0.5, 'at_least', 'Mindst halvdelen af møderne virtuelle', 'At least half of all meetings virtual'],
    ['sup.gc_commitment_share', 2026, 1, 'at_least', 'Global Compact i alle kontrakter', 'Global Compact in every contract'],
    ['sup.dpa_coverage', 2025, 1, 'at_least', 'Databehandleraftale med alle databehandlere', 'A data processing agreement with every processor'],
    ['hr.management.women_share', 2028, 0.45, 'at_least', 'Mindst 45 % kvinder i ledelsen', 'At least 45% women in management'],
    ['hr.hires.new_graduate_share', 2026, 0.25, 'at_least', 'Hver fjerde nyansatte er nyuddannet', 'One in four hires a recent graduate'],
    ['ind.workforce.sick_days_per_fte', 2026, 7, 'at_most', 'Højst 7 sygedage pr. årsværk', 'At most 7 sick days per FTE'],
  ]);
}

// ---- narratives -------------------------------------------------------------------------
// The texts are Markdown files of their own, scripts/example-prose/<year>/<section>.<lang>.md,
// copied as they are: 2025 every section; 2023 and 2024 every section, short; the base year 2019
// its overview and environment pages.

const PROSE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'example-prose');

/** The narratives of `year`, in section order, Danish then English. */
function narrativeFiles(year: number): ExampleFile[] {
  const files: ExampleFile[] = [];
  const dir = join(PROSE_DIR, String(year));
  const present = new Set(existsSync(dir) ? readdirSync(dir) : []);
  for (const section of NARRATIVE_SECTIONS) {
    for (const lang of LANGUAGES) {
      const name = `${section}.${lang}.md`;
      if (present.has(name)) files.push({ path: `${year}/narrative/${name}`, bytes: readFileSync(join(dir, name)) });
    }
  }
  return files;
}

// ---- writing ------------------------------------------------------------------------------

export interface ExampleFile {
  /** Relative to the data folder. */
  readonly path: string;
  readonly bytes: Buffer;
}

/** Every file of the example data folder, in a fixed order. */
export function exampleDataFiles(): ExampleFile[] {
  const files: ExampleFile[] = [];
  const text = (path: string, content: string): void => {
    files.push({ path, bytes: Buffer.from(content, 'utf8') });
  };
  text('report.json', `${JSON.stringify(REPORT_JSON, null, 2)}\n`);
  text('emission-factors.csv', emissionFactorsFile());
  text('benchmarks.csv', benchmarksFile());
  text('targets.csv', targetsFile());
  text('indicators.csv', declarationsFile());

  // each generator has its own stream, so that changing one file does not reshuffle the others
  const workforce = buildWorkforce(new Random(20250101));
  const contracts = buildContracts(new Random(77));
  for (const year of [BASE_YEAR, ...YEARS]) {
    files.push(travelFile(new Random(1000 + year), year));
    files.push(energyFile(new Random(2000 + year), year));
    if (year === BASE_YEAR) continue;
    files.push(employeesFile(workforce, year));
    text(`${year}/meetings.csv`, meetingsFile(new Random(3000 + year), year));
    files.push(suppliersFile(contracts, year));
    text(`${year}/indicators.csv`, indicatorValuesFile(year));
  }
  for (const year of [BASE_YEAR, ...YEARS]) files.push(...narrativeFiles(year));
  return files;
}

/** The workforce aggregates the example is meant to show (for the console only). */
export function exampleSummary(): string[] {
  const workforce = buildWorkforce(new Random(20250101));
  return YEARS.map((y) => workforceSummary(workforce, y));
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, process.argv[2] ?? 'data');
  rmSync(outDir, { recursive: true, force: true });
  for (const file of exampleDataFiles()) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
  for (const line of exampleSummary()) console.log(line);
  console.log(`wrote ${outDir}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
