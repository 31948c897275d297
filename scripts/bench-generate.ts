// The benchmark's synthetic "large" data folder (issue 6): a municipality of 45,000 employees,
// a million journeys, 100,000 energy rows and 20,000 supplier contracts a year, for ten years,
// seeded and valid by inputs.md so that it builds clean. Written streaming: rows go to disk in
// 1 MB blocks, nothing per-row is held. The root files (report.json, factors, indicators,
// benchmarks, targets) are taken from the example data folder; the factors gain a row for the
// first generated year so that every year has one.

import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { mulberry32 } from './generate-example-data.ts';

export interface LargeScale {
  readonly years: number;
  readonly lastYear: number;
  readonly employees: number;
  readonly journeys: number;
  readonly energyRows: number;
  readonly contracts: number;
}

export const FULL_LARGE: LargeScale = {
  years: 10, lastYear: 2025, employees: 45_000, journeys: 1_000_000, energyRows: 100_000, contracts: 20_000,
};

/** The large scale with fewer years and/or a fraction of the rows (at least one row of each). */
export function scaled(years: number, fraction: number): LargeScale {
  const f = (n: number): number => Math.max(1, Math.round(n * fraction));
  return {
    years, lastYear: FULL_LARGE.lastYear,
    employees: f(FULL_LARGE.employees), journeys: f(FULL_LARGE.journeys),
    energyRows: f(FULL_LARGE.energyRows), contracts: f(FULL_LARGE.contracts),
  };
}

/** Buffered line writer: 1 MB blocks straight to the file descriptor. */
class BlockWriter {
  readonly #fd: number;
  #parts: string[] = [];
  #length = 0;
  constructor(file: string, header: string) {
    this.#fd = openSync(file, 'w');
    this.line(header);
  }
  line(text: string): void {
    this.#parts.push(text, '\n');
    this.#length += text.length + 1;
    if (this.#length >= 1 << 20) this.flush();
  }
  flush(): void {
    const buf = Buffer.from(this.#parts.join(''), 'utf8');
    for (let off = 0; off < buf.length;) off += writeSync(this.#fd, buf, off);
    this.#parts = [];
    this.#length = 0;
  }
  close(): void {
    this.flush();
    closeSync(this.#fd);
  }
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');
const DAYS_IN_MONTH = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
const isLeap = (y: number): boolean => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
const daysIn = (y: number, m: number): number => (m === 2 && isLeap(y) ? 29 : DAYS_IN_MONTH[m - 1] as number);

class Rng {
  readonly #next: () => number;
  constructor(seed: number) {
    this.#next = mulberry32(seed);
  }
  float(): number {
    return this.#next();
  }
  int(min: number, max: number): number {
    return min + Math.floor(this.#next() * (max - min + 1));
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.#next() * items.length)] as T;
  }
  chance(p: number): boolean {
    return this.#next() < p;
  }
  /** An ISO date in the given year (months from..to). */
  date(year: number, fromMonth = 1, toMonth = 12): string {
    const m = this.int(fromMonth, toMonth);
    return `${year}-${pad(m)}-${pad(this.int(1, daysIn(year, m)))}`;
  }
}

const GENDERS = ['woman', 'man', 'woman', 'man', 'other', ''];
const ORIGINS = ['danish', 'danish', 'danish', 'danish', 'immigrant_western', 'immigrant_non_western', 'descendant_western', 'descendant_non_western', 'undisclosed'];
const DEPARTMENTS = ['Skole og dagtilbud', 'Sundhed og omsorg', 'Teknik og miljø', 'Borgerservice', 'Kultur og fritid', 'Beskæftigelse', 'Økonomi og IT'];
const SITES = ['Rådhuset', 'Borgerservice Nord', 'Materielgården', 'Plejecenter Solvang', 'Skole Øst', 'Biblioteket, "Hovedbiblioteket"', 'Svømmehallen'];
const PURPOSES = ['Kursus', 'Møde med region', 'Konference', 'Tilsyn', 'Netværksmøde', ''];
const SUPPLIERS = ['Nordlys Rengøring A/S', 'Byg & Anlæg ApS', 'Fjordvej IT, Aarhus', 'Vestkyst Kantine I/S', 'Kontorhuset A/S', 'Grønne Busser ApS'];
const STATUSES = ['compliant', 'compliant', 'compliant', 'remediation', 'non_compliant', 'terminated'];

function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

function writeEmployees(file: string, year: number, n: number, rng: Rng): number {
  const w = new BlockWriter(file, 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department');
  for (let i = 0; i < n; i++) {
    const hireYear = rng.int(Math.max(1980, year - 35), year);
    const hire = rng.date(hireYear);
    let end = '';
    if (rng.chance(0.09)) {
      const e = rng.date(year);
      end = e >= hire ? e : hire;
    }
    const birth = rng.int(Math.min(hireYear - 18, year - 60), hireYear - 18);
    const fte = rng.chance(0.7) ? '1' : `0.${rng.int(5, 9)}`;
    const grad = rng.chance(0.6) ? rng.date(rng.int(birth + 20, hireYear)) : '';
    w.line(`M${pad(i + 1, 6)},${rng.pick(GENDERS)},${birth},${rng.pick(ORIGINS)},${hire},${end},${fte},${rng.chance(0.08) ? 'yes' : 'no'},${grad},${csvCell(rng.pick(DEPARTMENTS))}`);
  }
  w.close();
  return n;
}

function writeTravel(file: string, year: number, n: number, rng: Rng): number {
  const w = new BlockWriter(file, 'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose');
  for (let i = 0; i < n; i++) {
    const r = rng.float();
    const date = rng.date(year);
    const travellers = rng.chance(0.8) ? '' : String(rng.int(1, 4));
    const round = rng.chance(0.5) ? 'yes' : 'no';
    const purpose = csvCell(rng.pick(PURPOSES));
    if (r < 0.08) {
      const d = rng.chance(0.3) ? rng.int(150, 480) : rng.chance(0.8) ? rng.int(500, 3600) : rng.int(3800, 11000);
      const cabin = rng.pick(['', 'economy', 'economy', 'premium_economy', 'business', 'first']);
      w.line(`${date},flight,${d},${travellers},${round},${cabin},,,${purpose}`);
    } else if (r < 0.35) {
      w.line(`${date},rail,${rng.int(10, 900)},${travellers},${round},,,${rng.chance(0.9) ? 'national' : 'international'},${purpose}`);
    } else if (r < 0.85) {
      w.line(`${date},car,${rng.int(2, 400)}.${rng.int(0, 9)},${travellers},${round},,${rng.pick(['', 'petrol', 'diesel', 'electric', 'hybrid'])},,${purpose}`);
    } else {
      w.line(`${date},${rng.pick(['taxi', 'bus', 'ferry'])},${rng.int(1, 200)},${travellers},${round},,,,${purpose}`);
    }
  }
  w.close();
  return n;
}

function writeEnergy(file: string, year: number, n: number, rng: Rng): number {
  const w = new BlockWriter(file, 'period_start,period_end,site,carrier,quantity,unit,renewable_share');
  for (let i = 0; i < n; i++) {
    const m = rng.int(1, 12);
    const start = `${year}-${pad(m)}-01`;
    const end = `${year}-${pad(m)}-${pad(daysIn(year, m))}`;
    const site = csvCell(`${rng.pick(SITES)} ${1 + (i % 500)}`);
    const r = rng.float();
    if (r < 0.5) w.line(`${start},${end},${site},electricity,${rng.int(100, 90000)}.${rng.int(0, 9)},kWh,${rng.chance(0.5) ? '' : rng.pick(['0', '0.5', '1', '45%'])}`);
    else if (r < 0.8) w.line(`${start},${end},${site},district_heating,${rng.int(1, 400)}.${rng.int(0, 9)},MWh,`);
    else if (r < 0.95) w.line(`${start},${end},${site},natural_gas,${rng.int(10, 5000)},m3,`);
    else w.line(`${start},${end},${site},heating_oil,${rng.int(10, 3000)},l,`);
  }
  w.close();
  return n;
}

function writeSuppliers(file: string, year: number, n: number, rng: Rng): number {
  const w = new BlockWriter(file, 'contract_id,supplier,contract_name,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,human_rights_clause,dpa_signed,last_audit_date,open_findings,critical_breaches,status');
  const yn = (p: number): string => (rng.chance(p) ? 'yes' : 'no');
  for (let i = 0; i < n; i++) {
    const personal = rng.chance(0.3);
    w.line([
      `K-${year}-${pad(i + 1, 6)}`, csvCell(rng.pick(SUPPLIERS)), `Aftale ${i + 1}`, `${rng.int(1000, 9_000_000)}.${pad(rng.int(0, 99))}`,
      personal ? 'yes' : 'no', yn(0.6), yn(0.7), yn(0.7), yn(0.6), yn(0.4), personal ? yn(0.9) : '',
      rng.chance(0.4) ? rng.date(year) : '', String(rng.int(0, 3)), rng.chance(0.97) ? '0' : '1', rng.pick(STATUSES),
    ].join(','));
  }
  w.close();
  return n;
}

function writeMeetings(file: string, year: number, rng: Rng): number {
  const w = new BlockWriter(file, 'month,physical,virtual,hybrid');
  for (let m = 1; m <= 12; m++) w.line(`${year}-${pad(m)},${rng.int(2000, 6000)},${rng.int(2000, 8000)},${rng.int(300, 2000)}`);
  w.close();
  return 12;
}

/** Factors of the example data plus, for each key, a copy of its earliest row dated `firstYear`. */
function factorsFrom(exampleDir: string, firstYear: number): string {
  const text = readFileSync(path.join(exampleDir, 'emission-factors.csv'), 'utf8').replace(/^\uFEFF/, '');
  const rows = parse(text, { columns: false, skip_empty_lines: true }) as string[][];
  const [header, ...body] = rows;
  const earliest = new Map<string, string[]>();
  for (const r of body) {
    const seen = earliest.get(r[0] as string);
    if (seen === undefined || Number(r[1]) < Number(seen[1])) earliest.set(r[0] as string, r);
  }
  const extra = [...earliest.values()].filter((r) => Number(r[1]) > firstYear).map((r) => [r[0] as string, String(firstYear), ...r.slice(2)]);
  return stringify([header as string[], ...extra, ...body]);
}

export interface GeneratedFolder {
  readonly dir: string;
  readonly rows: number;
}

/** Writes the large folder into `dir` (replacing it). `exampleDir` supplies the root files. */
export function generateLarge(dir: string, scale: LargeScale, exampleDir: string, seed = 20250101, log: (line: string) => void = () => undefined): GeneratedFolder {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const firstYear = scale.lastYear - scale.years + 1;
  const report = JSON.parse(readFileSync(path.join(exampleDir, 'report.json'), 'utf8')) as {
    emissions: { baseYear: number | null }; numberFormat: Record<string, unknown>; organisation: { logo?: string };
  };
  report.emissions.baseYear = firstYear;
  report.numberFormat = {};
  writeFileSync(path.join(dir, 'report.json'), `${JSON.stringify(report, null, 2)}\n`);
  // The organisation's logo, an input like the others (a file of the data folder).
  const logo = report.organisation.logo;
  if (typeof logo === 'string') copyFileSync(path.join(exampleDir, logo), path.join(dir, logo));
  writeFileSync(path.join(dir, 'emission-factors.csv'), factorsFrom(exampleDir, firstYear));
  for (const f of ['indicators.csv', 'benchmarks.csv', 'targets.csv']) copyFileSync(path.join(exampleDir, f), path.join(dir, f));
  let rows = 0;
  for (let year = firstYear; year <= scale.lastYear; year++) {
    const yearDir = path.join(dir, String(year));
    mkdirSync(yearDir);
    const rng = new Rng(seed + year);
    rows += writeEmployees(path.join(yearDir, 'employees.csv'), year, scale.employees, rng);
    rows += writeTravel(path.join(yearDir, 'travel.csv'), year, scale.journeys, rng);
    rows += writeEnergy(path.join(yearDir, 'energy.csv'), year, scale.energyRows, rng);
    rows += writeSuppliers(path.join(yearDir, 'suppliers.csv'), year, scale.contracts, rng);
    rows += writeMeetings(path.join(yearDir, 'meetings.csv'), year, rng);
    log(`generated ${year}`);
  }
  return { dir, rows };
}
