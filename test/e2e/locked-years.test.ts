// Locked years and restatements (issue 13, items 1 and 2), end to end: `npm run lock` on a small
// copy of the example data, an edited travel row, the build that stops, the restatement that
// lets it through (pages and download), and the lock again.
//
// The data, worked by hand (factors of the example's emission-factors.csv, 2024):
//   travel: line 2 rail 1 500 km × 2 (round trip) × 4 travellers = 12 000 pkm × 0.03546 = 425.52 kg
//           line 3 rail 2 000 km × 1 traveller = 2 000 pkm × 0.03546 = 70.92 kg
//           rail km 14 000, rail and scope 3: 496.44 kg = 0.49644 t
//   energy: 10 000 kWh electricity, no renewable share: location 10 000 × 0.095 = 950 kg,
//           market 10 000 × 0.372 (residual mix) = 3 720 kg; no scope 1
//   staff:  5 people full time all year: 5 FTE on average
//   totals: location 0.95 + 0.49644 = 1.44644 t, market 3.72 + 0.49644 = 4.21644 t,
//           intensity 1.44644 / 5 = 0.289288 t/FTE
// Line 2's distance becomes 15 000 km: 120 000 pkm × 0.03546 = 4 255.2 kg, so
//   rail km 14 000 → 122 000; rail and scope 3 0.49644 → 4.32612 t;
//   location 1.44644 → 5.27612 t; market 4.21644 → 8.04612 t; intensity 0.289288 → 1.055224.
// Nothing else changes (the base year 2019 is not in the folder: no reduction either time).
// 2024 is the only year, so its pages are the front pages (/klima-og-miljoe/, /en/environment/).

import { copyFile, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuildCli, runCli } from './harness.ts';
import type { RunResult } from './harness.ts';

const LOCK_CLI = path.join(ROOT, 'src', 'cli', 'lock.ts');

function runLock(args: readonly string[]): Promise<RunResult> {
  return runCli(LOCK_CLI, args);
}

const TRAVEL_HEADER = 'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose\n';
const travel = (line2Km: number): string => `${TRAVEL_HEADER}`
  + `2024-03-01,rail,${line2Km},4,yes,,,national,Konference\n`
  + '2024-05-01,rail,2000,1,no,,,national,Møde\n';
const EMPLOYEES = 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department\n'
  + [1, 2, 3, 4, 5].map((i) => `E${i},${i <= 3 ? 'woman' : 'man'},1980,danish,2015-01-01,,1,no,,IT`).join('\n') + '\n';
const ENERGY = 'period_start,period_end,site,carrier,quantity,unit,renewable_share\n2024-01-01,2024-12-31,Kontor,electricity,10000,kWh,0\n';

const LOCKED_TAIL = 'since 2024 was locked; correct the data, or record the change in restatements.csv';
const CHANGED_IDS = [
  'env.intensity_location_t_per_fte', 'env.scope3_travel_t', 'env.total_location_t', 'env.total_market_t',
  'env.travel.rail_km', 'env.travel.rail_t',
];

let parent: string;
let data: string;
const out = (name: string): string => path.join(parent, name);

function errorLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => / error: /.test(l));
}

beforeAll(async () => {
  parent = await mkdtemp(path.join(tmpdir(), 'csr-locked-'));
  data = path.join(parent, 'data');
  await mkdir(path.join(data, '2024'), { recursive: true });
  await copyFile(path.join(ROOT, 'data', 'report.json'), path.join(data, 'report.json'));
  await copyFile(path.join(ROOT, 'data', 'emission-factors.csv'), path.join(data, 'emission-factors.csv'));
  await copyFile(path.join(ROOT, 'data', 'logo.svg'), path.join(data, 'logo.svg'));
  await writeFile(path.join(data, '2024', 'travel.csv'), travel(1500));
  await writeFile(path.join(data, '2024', 'energy.csv'), ENERGY);
  await writeFile(path.join(data, '2024', 'employees.csv'), EMPLOYEES);
});

afterAll(async () => {
  await rm(parent, { recursive: true, force: true });
});

describe('locked years and restatements', () => {
  it('locks a year: published.json holds every figure and the input checksums', async () => {
    const r = await runLock(['2024', '--data', data]);
    expect(r.stderr).not.toMatch(/ error: /);
    expect(r.code).toBe(0);
    const text = await readFile(path.join(data, '2024', 'published.json'), 'utf8');
    expect(text.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(text) as { year: number; figures: Record<string, { value: number | null; status: string }>; inputs: Record<string, string> };
    expect(doc.year).toBe(2024);
    expect(doc.figures['env.travel.rail_km']).toEqual({ value: 14000, unit: 'km', status: 'ok' });
    expect(doc.figures['env.scope3_travel_t']?.value).toBeCloseTo(0.49644, 12);
    expect(doc.figures['env.total_location_t']?.value).toBeCloseTo(1.44644, 12);
    expect(doc.figures['env.reduction_vs_base_location']).toEqual({ value: null, unit: 'share', status: 'not_reported' });
    expect(Object.keys(doc.inputs)).toEqual(['2024/employees.csv', '2024/energy.csv', '2024/travel.csv', 'emission-factors.csv', 'logo.svg', 'report.json']);
    const sha = (await import('node:crypto')).createHash('sha256').update(await readFile(path.join(data, '2024', 'travel.csv'))).digest('hex');
    expect(doc.inputs['2024/travel.csv']).toBe(sha);
    // The locked data builds as before.
    const build = await runBuildCli(data, out('site-locked'));
    expect(build.code).toBe(0);
  }, 120_000);

  it('stops a build that changes a figure of the locked year, one line per changed figure', async () => {
    await writeFile(path.join(data, '2024', 'travel.csv'), travel(15000));
    const r = await runBuildCli(data, out('site-changed'));
    expect(r.code).toBe(1);
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(CHANGED_IDS.length);
    expect(errors.map((l) => /^2024\/published\.json:1: error: (\S+) changed from /.exec(l)?.[1]).sort()).toEqual(CHANGED_IDS);
    expect(errors).toContain(`2024/published.json:1: error: env.scope3_travel_t changed from 0.5 to 4.3 t CO2e ${LOCKED_TAIL}`);
    expect(errors).toContain(`2024/published.json:1: error: env.travel.rail_km changed from 14,000 to 122,000 km ${LOCKED_TAIL}`);
    expect(errors).toContain(`2024/published.json:1: error: env.intensity_location_t_per_fte changed from 0.29 to 1.06 t CO2e/FTE ${LOCKED_TAIL}`);
    // npm run check says the same.
    const check = await runCli(path.join(ROOT, 'src', 'cli', 'check.ts'), ['--data', data]);
    expect(check.code).toBe(1);
    expect(errorLines(check.stderr)).toHaveLength(CHANGED_IDS.length);
  }, 120_000);

  it('a restatement lets the change through and is shown on the pages and in the download', async () => {
    await writeFile(path.join(data, 'restatements.csv'),
      'år,nøgletal,begrundelse_da,begrundelse_en\n'
      + '2024,env.*,En togrejse var registreret med forkert afstand,A rail journey was recorded with the wrong distance\n'
      + '2024,hr.*,Intet ændret,Nothing changed\n');
    const site = out('site-restated');
    const r = await runBuildCli(data, site);
    expect(errorLines(r.stderr)).toEqual([]);
    expect(r.code).toBe(0);
    // The hr.* line matches no changed figure: a warning on its line.
    expect(r.stderr).toMatch(/^restatements\.csv:3: warning: /m);
    expect(r.stderr).not.toMatch(/^restatements\.csv:2: /m);

    const env = await readFile(path.join(site, 'en', 'environment', 'index.html'), 'utf8');
    expect(env).toContain('Restated: published as 0.5 tonnes CO2e, now 4.3 tonnes CO2e. Reason: A rail journey was recorded with the wrong distance');
    expect(env).toContain('Restated: published as 14,000 km, now 122,000 km.');
    const envDa = await readFile(path.join(site, 'klima-og-miljoe', 'index.html'), 'utf8');
    expect(envDa).toContain('Omregnet: offentliggjort som 0,5 ton CO2e, nu 4,3 ton CO2e. Begrundelse: En togrejse var registreret med forkert afstand');
    const method = await readFile(path.join(site, 'en', 'method-and-data', 'index.html'), 'utf8');
    expect(method).toContain('Restated figures');
    expect(method).toContain('<code>env.scope3_travel_t</code>');
    // The data-quality statement lists each restatement too, in both languages.
    const quality = (html: string): string => /<ul class="data-quality">([\s\S]*?)<\/ul>/.exec(html)?.[1] ?? '';
    expect(method).toContain('The build of the report gave these warnings and restatements for 2024:');
    expect(quality(method)).toMatch(/<li>[^<]*\(env\.scope3_travel_t\): Restated: published as 0\.5 tonnes CO2e, now 4\.3 tonnes CO2e\. Reason: A rail journey was recorded with the wrong distance<\/li>/);
    expect(quality(method).match(/\): Restated: /g)).toHaveLength(CHANGED_IDS.length);
    const methodDa = await readFile(path.join(site, 'metode-og-data', 'index.html'), 'utf8');
    expect(quality(methodDa)).toMatch(/<li>[^<]*\(env\.scope3_travel_t\): Omregnet: offentliggjort som 0,5 ton CO2e, nu 4,3 ton CO2e\. Begrundelse: En togrejse var registreret med forkert afstand<\/li>/);

    const csv = await readFile(path.join(site, 'downloads', '2024', 'restatements.csv'), 'utf8');
    const lines = csv.replace(/^\uFEFF/, '').trimEnd().split('\r\n');
    expect(lines[0]).toBe('year,id,old_value,new_value,reason_da,reason_en');
    expect(lines).toHaveLength(1 + CHANGED_IDS.length);
    const rail = lines.find((l) => l.startsWith('2024,env.travel.rail_km,'));
    expect(rail).toBe('2024,env.travel.rail_km,14000,122000,En togrejse var registreret med forkert afstand,A rail journey was recorded with the wrong distance');
    const scope3 = lines.find((l) => l.startsWith('2024,env.scope3_travel_t,'))?.split(',') ?? [];
    expect(Number(scope3[2])).toBeCloseTo(0.49644, 12);
    expect(Number(scope3[3])).toBeCloseTo(4.32612, 12);
  }, 120_000);

  it('after the year is locked again, the new values are the published ones', async () => {
    const lock = await runLock(['2024', '--data', data]);
    expect(lock.code).toBe(0);
    const doc = JSON.parse(await readFile(path.join(data, '2024', 'published.json'), 'utf8')) as { figures: Record<string, { value: number | null }> };
    expect(doc.figures['env.travel.rail_km']?.value).toBe(122000);
    const site = out('site-relocked');
    const r = await runBuildCli(data, site);
    expect(r.code).toBe(0);
    // Both lines of restatements.csv now restate nothing: a warning each, and nothing restated.
    expect(r.stderr).toMatch(/^restatements\.csv:2: warning: /m);
    expect(r.stderr).toMatch(/^restatements\.csv:3: warning: /m);
    const csv = await readFile(path.join(site, 'downloads', '2024', 'restatements.csv'), 'utf8');
    expect(csv).toBe('\uFEFFyear,id,old_value,new_value,reason_da,reason_en\r\n');
  }, 120_000);

  it('refuses a draft year, a year that is not there and a command line without a year', async () => {
    await writeFile(path.join(data, '2024', 'DRAFT'), '');
    const draft = await runLock(['2024', '--data', data]);
    expect(draft.code).toBe(1);
    expect(draft.stderr).toMatch(/^2024\/DRAFT:1: error: 2024 is a draft, so it cannot be locked/m);
    await rm(path.join(data, '2024', 'DRAFT'));
    const missing = await runLock(['2023', '--data', data]);
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/^2023:1: error: there is no folder 2023/m);
    expect((await runLock(['--data', data])).code).toBe(2);
    expect((await runLock(['24', '--data', data])).code).toBe(2);
  }, 120_000);

  it('a published.json that is not sound is an error on its line', async () => {
    const file = path.join(data, '2024', 'published.json');
    const good = await readFile(file, 'utf8');
    await writeFile(file, good.replace('"status": "ok"', '"status": "fine"'));
    const r = await runBuildCli(data, out('site-broken-lock'));
    expect(r.code).toBe(1);
    const lineOfBadStatus = good.split('\n').findIndex((l) => l.includes('"status": "ok"')) - 3 + 1;
    expect(r.stderr).toMatch(new RegExp(`^2024/published\\.json:${lineOfBadStatus}: error: the figure "`, 'm'));
    await writeFile(file, good);
  }, 120_000);
});

