// The auditor's contract on a real build (site.md "Downloads"): the ledger adds up to the
// published scope figures, kpis.csv says what kpis.json says, the manifest's checksums are the
// input files' own, and `sha256sum -c` accepts SHA256SUMS from the site root.

import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');

interface Kpi { id: string; year: number; value: number | null; unit: string; status: string }

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await removeFolder(d);
});

async function build(dataDir: string): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'site-downloads-'));
  temp.push(parent);
  const out = path.join(parent, 'site');
  const result = await runBuild({ dataDir, outDir: out, quiet: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
  return out;
}

async function kpis(site: string, year: number): Promise<Map<string, Kpi>> {
  const list = JSON.parse(await fs.readFile(path.join(site, 'downloads', String(year), 'kpis.json'), 'utf8')) as Kpi[];
  return new Map(list.map((k) => [k.id, k]));
}

async function ledger(site: string, year: number): Promise<Record<string, string>[]> {
  return parse(await fs.readFile(path.join(site, 'downloads', String(year), 'emissions.csv')), { columns: true, bom: true }) as Record<string, string>[];
}

describe('downloads of a small data folder, worked out by hand', () => {
  let site = '';
  beforeAll(async () => {
    const data = await makeDataFolder({
      'report.json': '{ "organisation": { "name": "Hånd A/S", "accessibilityStatementUrl": "https://www.was.digst.dk/haand" } }\n',
      'emission-factors.csv': [
        'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source',
        'rail.national,2025,pkm,0.035,,,Test',
        'car.average,2024,km,0.2,,,Test',
        'energy.electricity,2025,kWh,0.1,,,Test',
        'energy.electricity.residual,2025,kWh,0.5,,,Test',
        '',
      ].join('\n'),
      '2025/travel.csv': [
        'date,mode,distance_km,travellers,round_trip',
        '2025-03-04,rail,100,2,yes', // 100 km × 2 (return) × 2 travellers = 400 pkm × 0.035 = 14 kg
        '2025-05-06,car,50,3,no', // 50 km (a vehicle, so travellers do not count) × 0.2 (2024's factor) = 10 kg
        '',
      ].join('\n'),
      '2025/energy.csv': [
        'period_start,period_end,site,carrier,quantity,unit,renewable_share',
        '2025-01-01,2025-01-31,Kontor,electricity,2,MWh,25%', // 2000 kWh: location 200 kg; market 1500 kWh × 0.5 = 750 kg
        '',
      ].join('\n'),
    });
    temp.push(data);
    site = await build(data);
  });

  it('publishes the tonnes worked out by hand', async () => {
    const k = await kpis(site, 2025);
    expect(k.get('env.scope3_travel_t')?.value).toBeCloseTo(0.024, 12); // (14 + 10) kg
    expect(k.get('env.scope2_location_t')?.value).toBeCloseTo(0.2, 12);
    expect(k.get('env.scope2_market_t')?.value).toBeCloseTo(0.75, 12);
    expect(k.get('env.total_location_t')?.value).toBeCloseTo(0.224, 12);
    expect(k.get('env.travel.rail_km')?.value).toBe(400);
  });

  it('writes one ledger row per factor applied, with file, line, factor year and scope', async () => {
    const rows = await ledger(site, 2025);
    expect(rows.map((r) => [r.source_file, r.line, r.factor_key, r.factor_year, r.quantity, r.scope])).toEqual([
      ['2025/travel.csv', '2', 'rail.national', '2025', '400', '3'],
      ['2025/travel.csv', '3', 'car.average', '2024', '50', '3'],
      ['2025/energy.csv', '2', 'energy.electricity', '2025', '2000', '2-location'],
      ['2025/energy.csv', '2', 'energy.electricity.residual', '2025', '1500', '2-market'],
    ]);
    const kg = rows.map((r) => Number(r.kg_co2e));
    [14, 10, 200, 750].forEach((expected, i) => expect(kg[i]).toBeCloseTo(expected, 9));
  });
});

describe('downloads of the example organisation', () => {
  let site = '';
  const dataDir = path.join(ROOT, 'data');
  beforeAll(async () => {
    site = await build(dataDir);
  });

  it('has ledger rows that add up to every published scope figure, every year', async () => {
    const years = (await fs.readdir(path.join(site, 'downloads'))).filter((n) => /^\d{4}$/.test(n)).map(Number);
    expect(years.length).toBeGreaterThan(0);
    const scopes: Record<string, string> = { '1': 'env.scope1_t', '2-location': 'env.scope2_location_t', '2-market': 'env.scope2_market_t', '3': 'env.scope3_travel_t' };
    for (const year of years) {
      const k = await kpis(site, year);
      const sums: Record<string, number> = {};
      for (const r of await ledger(site, year)) sums[r.scope!] = (sums[r.scope!] ?? 0) + Number(r.kg_co2e);
      for (const [scope, id] of Object.entries(scopes)) {
        const published = k.get(id)!;
        if (published.status !== 'ok') continue;
        expect(Math.abs((sums[scope] ?? 0) / 1000 - published.value!)).toBeLessThan(1e-9 * Math.max(1, published.value!));
      }
    }
  });

  it('writes kpis.csv with the values of kpis.json, null as an empty cell', async () => {
    const json = [...(await kpis(site, 2025)).values()];
    const csv = parse(await fs.readFile(path.join(site, 'downloads', '2025', 'kpis.csv')), { columns: true, bom: true }) as Record<string, string>[];
    expect(csv.map((r) => r.id)).toEqual(json.map((k) => k.id));
    for (const [i, r] of csv.entries()) {
      expect(r.value === '' ? null : Number(r.value)).toBe(json[i]!.value);
      expect(r.status).toBe(json[i]!.status);
    }
  });

  it('lists every input with its own SHA-256 in the manifest', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(site, 'downloads', 'manifest.json'), 'utf8')) as { inputs: { path: string; sha256: string; bytes: number }[] };
    expect(manifest.inputs.map((i) => i.path)).toContain('2025/employees.csv');
    for (const input of manifest.inputs) {
      const bytes = await fs.readFile(path.join(dataDir, input.path));
      expect(input.sha256).toBe(createHash('sha256').update(bytes).digest('hex'));
      expect(input.bytes).toBe(bytes.length);
    }
  });

  it('passes sha256sum -c from the site root', () => {
    const out = execFileSync('sha256sum', ['-c', 'downloads/SHA256SUMS'], { cwd: site, encoding: 'utf8' });
    expect(out).toMatch(/index\.html: OK/);
    expect(out).not.toMatch(/FAILED/);
  });

  it('holds no row of employees.csv in any download', async () => {
    const ids = (await fs.readFile(path.join(dataDir, '2025', 'employees.csv'), 'utf8')).split('\n').slice(1, 6).map((l) => l.split(',')[0]!).filter(Boolean);
    expect(ids.length).toBe(5);
    for (const name of ['2025/kpis.json', '2025/kpis.csv', '2025/emissions.csv', 'manifest.json']) {
      const text = await fs.readFile(path.join(site, 'downloads', name), 'utf8');
      for (const id of ids) expect(text).not.toContain(id);
    }
  });
});
