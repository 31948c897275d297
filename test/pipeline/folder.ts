// Test helper: a small data folder of hand-made files in a fresh temporary folder, and a run of
// prepareReport that also writes the ledgers and records where each file's result came from.

import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import type { FileSource, PrepareOptions, PrepareResult } from '../../src/pipeline/prepare.ts';
import { LedgerFiles } from '../../src/publish/write-downloads.ts';
import { ledgerCache as ledgerCacheOf } from '../../src/pipeline/ledger-cache.ts';
import { Store } from '../../src/pipeline/store.ts';

/** Temporary folders made here, removed when the test file is done. */
const temporary: string[] = [];
afterAll(() => {
  for (const d of temporary.splice(0)) rmSync(d, { recursive: true, force: true });
});
function made(dir: string): string {
  temporary.push(dir);
  return dir;
}

export const REPORT_JSON = `{
  "organisation": { "name": "Testkommunen", "url": null, "accessibilityStatementUrl": "https://example.org/a11y" },
  "languages": ["da"],
  "snapshotDate": "12-31",
  "privacy": { "minCellSize": 5 },
  "emissions": { "radiativeForcing": true, "baseYear": 2024 },
  "numberFormat": {}
}
`;

export const FACTORS_CSV = [
  'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source',
  'rail.national,2024,pkm,0.005,,,test',
  'car.average,2024,km,0.2,,,test',
  'bus,2024,pkm,0.1,,,test',
  'energy.electricity,2024,kWh,0.1,,,test',
  'energy.electricity.residual,2024,kWh,0.4,,,test',
  'energy.district_heating,2024,kWh,0.05,,,test',
  '',
].join('\n');

export const TRAVEL_2025 = [
  'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose',
  '2025-03-01,rail,100,2,yes,,,,Møde',
  '2025-03-02,car,50,3,no,,,,Kursus',
  '2025-03-03,bus,10,1,no,,,,',
  '',
].join('\n');

export const ENERGY_2025 = [
  'period_start,period_end,site,carrier,quantity,unit,renewable_share',
  '2025-01-01,2025-01-31,Rådhuset,electricity,1000,kWh,0.5',
  '2025-02-01,2025-02-28,Rådhuset,district_heating,2,MWh,',
  '',
].join('\n');

export const EMPLOYEES_2025 = [
  'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department',
  'T-1001,woman,1980,danish,2010-01-01,,1,no,,',
  'T-1002,man,1975,danish,2012-05-01,,0.8,yes,,',
  '',
].join('\n');

export function writeFolder(files: Readonly<Record<string, string>>): string {
  const dir = made(mkdtempSync(path.join(tmpdir(), 'prepare-')));
  for (const [rel, text] of Object.entries(files)) writeFile(dir, rel, text);
  return dir;
}

export function writeFile(dir: string, rel: string, text: string): void {
  const abs = path.join(dir, ...rel.split('/'));
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, text);
}

/** The example folder of these tests: two years, travel and energy in 2025. */
export function exampleFolder(): string {
  return writeFolder({
    'report.json': REPORT_JSON,
    'emission-factors.csv': FACTORS_CSV,
    '2024/travel.csv': 'date,mode,distance_km\n2024-06-01,rail,40\n',
    '2025/travel.csv': TRAVEL_2025,
    '2025/energy.csv': ENERGY_2025,
    '2025/employees.csv': EMPLOYEES_2025,
    '2025/narrative/overview.da.md': '# Oversigt\n\nEt år med tog.\n',
  });
}

export interface Run {
  readonly result: PrepareResult;
  readonly sources: Record<string, FileSource>;
  /** downloads/<year>/emissions.csv by year. */
  readonly ledgers: Record<number, string>;
}

export async function run(dataDir: string, options: PrepareOptions = {}, ledgerCache: string | null = null): Promise<Run & { readonly site: string }> {
  const site = made(mkdtempSync(path.join(tmpdir(), 'prepare-site-')));
  // The ledger cache folder holds one data folder's group (the store's key file sits beside it).
  const kept = ledgerCache === null ? null : ledgerCacheOf(new Store(path.join(ledgerCache, 'group')));
  const files = new LedgerFiles(site, { assembled: kept });
  const sources: Record<string, FileSource> = {};
  const result = await prepareReport(dataDir, {
    ledgerFor: (year) => files.forYear(year),
    memoryCache: null,
    workers: 0,
    onFile: (file, source) => {
      sources[file] = source;
    },
    ...options,
  });
  const years = result.ok ? result.model.years.map((y) => y.year) : [];
  for (const y of years) files.ensure(y);
  await files.closeAll();
  await kept?.prune();
  const ledgers: Record<number, string> = {};
  for (const y of years) ledgers[y] = readFileSync(path.join(site, 'downloads', String(y), 'emissions.csv'), 'utf8');
  return { result, sources, ledgers, site };
}
