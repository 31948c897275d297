// Issue 13, items 3 and 7, on a build of the example organisation (data/): a ledger an auditor
// can read on its own (every row recomputes from its own columns), and the year's non-personal
// inputs as the build read them (downloads/Y/source/, downloads/source/). The expected values
// are worked out by hand from the example's CSV files, quoted beside each.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const DATA = path.join(ROOT, 'data');

type Row = Record<string, string>;
interface Kpi { id: string; year: number; value: number | null; unit: string; status: string }

let parent = '';
let site = '';
beforeAll(async () => {
  parent = await fs.mkdtemp(path.join(os.tmpdir(), 'auditor-downloads-'));
  site = path.join(parent, 'site');
  const result = await runBuild({ dataDir: DATA, outDir: site, quiet: true });
  expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  expect(result.ok).toBe(true);
}, 120_000);
afterAll(async () => {
  if (parent !== '') await removeFolder(parent);
});

async function csvFile(rel: string): Promise<{ text: string; header: string[]; rows: Row[] }> {
  const text = await fs.readFile(path.join(site, rel), 'utf8');
  const records = parse(text, { bom: true }) as string[][];
  const header = records[0] ?? [];
  const rows = records.slice(1).map((r) => Object.fromEntries(header.map((h, i) => [h, r[i] ?? ''])));
  return { text, header, rows };
}

async function kpis(year: number): Promise<Map<string, Kpi>> {
  const list = JSON.parse(await fs.readFile(path.join(site, 'downloads', String(year), 'kpis.json'), 'utf8')) as Kpi[];
  return new Map(list.map((k) => [k.id, k]));
}

const near = (actual: number, expected: number): boolean =>
  Math.abs(actual - expected) <= 1e-12 * Math.max(1, Math.abs(expected));

const LEDGER_COLUMNS = [
  'source_file', 'line', 'source_quantity', 'source_unit', 'period_share', 'conversion', 'renewable_share',
  'distance_km', 'round_trip', 'travellers', 'quantity', 'factor_key', 'factor_year', 'factor', 'factor_unit',
  'factor_source', 'kg_co2e', 'scope',
];

async function years(): Promise<number[]> {
  return (await fs.readdir(path.join(site, 'downloads'))).filter((n) => /^\d{4}$/.test(n)).map(Number).sort();
}

describe('the ledger stands alone (item 3)', () => {
  it('has exactly the columns of the issue, in order', async () => {
    for (const year of await years()) {
      expect((await csvFile(`downloads/${year}/emissions.csv`)).header).toEqual(LEDGER_COLUMNS);
    }
  });

  it('recomputes every row of every year from its own columns', async () => {
    // The factor's source as emission-factors.csv gives it, by key and year.
    const factorFile = parse(await fs.readFile(path.join(DATA, 'emission-factors.csv')), { columns: true, bom: true }) as Row[];
    const sourceOf = new Map(factorFile.map((f) => [`${f.key}|${f.year}`, f.source]));
    let energyRows = 0;
    let travelRows = 0;
    for (const year of await years()) {
      for (const r of (await csvFile(`downloads/${year}/emissions.csv`)).rows) {
        const quantity = Number(r.quantity);
        if (r.source_file!.endsWith('energy.csv')) {
          energyRows++;
          expect([r.distance_km, r.round_trip, r.travellers]).toEqual(['', '', '']);
          const renewable = r.renewable_share === '' ? 0 : Number(r.renewable_share);
          // Only market-based electricity rows give a renewable share.
          expect(r.renewable_share !== '').toBe(r.scope === '2-market' && r.factor_key === 'energy.electricity.residual');
          const expected = Number(r.source_quantity) * Number(r.conversion) * Number(r.period_share) * (1 - renewable);
          expect(near(quantity, expected), `${r.source_file}:${r.line} ${r.factor_key}`).toBe(true);
        } else {
          travelRows++;
          expect([r.source_quantity, r.source_unit, r.period_share, r.conversion, r.renewable_share]).toEqual(['', '', '', '', '']);
          expect(['yes', 'no']).toContain(r.round_trip);
          const expected = Number(r.distance_km) * (r.round_trip === 'yes' ? 2 : 1) * (r.factor_unit === 'pkm' ? Number(r.travellers) : 1);
          expect(near(quantity, expected), `${r.source_file}:${r.line}`).toBe(true);
        }
        expect(near(Number(r.kg_co2e), quantity * Number(r.factor)), `${r.source_file}:${r.line} kg`).toBe(true);
        expect(r.factor_source).toBe(sourceOf.get(`${r.factor_key}|${r.factor_year}`));
      }
    }
    expect(energyRows).toBeGreaterThan(100);
    expect(travelRows).toBeGreaterThan(100);
  });

  it('adds up, scope by scope, to the published scope figures of kpis.json', async () => {
    const scopes: Record<string, string> = { '1': 'env.scope1_t', '2-location': 'env.scope2_location_t', '2-market': 'env.scope2_market_t', '3': 'env.scope3_travel_t' };
    for (const year of await years()) {
      const k = await kpis(year);
      const sums: Record<string, number> = {};
      for (const r of (await csvFile(`downloads/${year}/emissions.csv`)).rows) sums[r.scope!] = (sums[r.scope!] ?? 0) + Number(r.kg_co2e);
      for (const [scope, id] of Object.entries(scopes)) {
        const published = k.get(id)!;
        if (published.status !== 'ok') continue;
        expect(Math.abs((sums[scope] ?? 0) / 1000 - published.value!)).toBeLessThan(1e-9 * Math.max(1, published.value!));
      }
    }
  });

  it('shows the share of a bill that crosses the year boundary (2025/energy.csv line 2)', async () => {
    // 2024-12-15 to 2025-01-14, 408 m3 of natural gas: 31 days, 14 of them in 2025.
    const rows = (await csvFile('downloads/2025/emissions.csv')).rows.filter((r) => r.source_file === '2025/energy.csv' && r.line === '2');
    expect(rows).toHaveLength(1);
    const r = rows[0]!;
    expect([r.source_quantity, r.source_unit, r.conversion, r.renewable_share, r.factor_key, r.factor_unit, r.scope])
      .toEqual(['408', 'm3', '1', '', 'energy.natural_gas', 'm3', '1']);
    expect(Number(r.period_share)).toBeCloseTo(14 / 31, 15);
    expect(Number(r.quantity)).toBeCloseTo(184.258064516129, 9); // 408 × 14 ÷ 31
    expect(Number(r.factor)).toBe(2.24);
    expect(Number(r.kg_co2e)).toBeCloseTo(412.738064516129, 9); // 184.258… × 2.24
    expect(r.factor_source).toBe('Energistyrelsen/Evida, CO2-faktor for naturgas 2025, nedre brændværdi (eksempelværdi)');
  });

  it('shows a GJ row in GJ with its conversion to kWh (2025/energy.csv line 4)', async () => {
    // 2025-01-01 to 2025-03-31, 129.8 GJ of district heating: all of it in 2025; 1 GJ = 1000/3.6 kWh.
    const rows = (await csvFile('downloads/2025/emissions.csv')).rows.filter((r) => r.source_file === '2025/energy.csv' && r.line === '4');
    expect(rows.map((r) => r.scope)).toEqual(['2-location', '2-market']);
    for (const r of rows) {
      expect([r.source_quantity, r.source_unit, r.period_share, r.factor_unit]).toEqual(['129.8', 'GJ', '1', 'kWh']);
      expect(Number(r.conversion)).toBeCloseTo(277.7777777777778, 10);
      expect(Number(r.quantity)).toBeCloseTo(36055.55555555556, 7); // 129.8 × 1000 ÷ 3.6
    }
  });

  it('shows the renewable share on the market-based row of an electricity bill (2025/energy.csv line 5)', async () => {
    // København, 27,718.6 kWh with guarantees of origin for all of it: location-based counts it all,
    // market-based counts none of it.
    const rows = (await csvFile('downloads/2025/emissions.csv')).rows.filter((r) => r.source_file === '2025/energy.csv' && r.line === '5');
    expect(rows.map((r) => [r.scope, r.source_quantity, r.source_unit, r.conversion, r.renewable_share, r.quantity])).toEqual([
      ['2-location', '27718.6', 'kWh', '1', '', '27718.6'],
      ['2-market', '27718.6', 'kWh', '1', '1', '0'],
    ]);
  });

  it('shows a journey with its distance, return and travellers (2025/travel.csv line 4)', async () => {
    // 02-01-2025, tog, 31 km, 3 travellers, retur ja: 31 × 2 × 3 = 186 pkm × 0.03546 (rail.national 2025).
    const r = (await csvFile('downloads/2025/emissions.csv')).rows.find((x) => x.source_file === '2025/travel.csv' && x.line === '4')!;
    expect([r.distance_km, r.round_trip, r.travellers, r.quantity, r.factor_key, r.factor_unit, r.scope])
      .toEqual(['31', 'yes', '3', '186', 'rail.national', 'pkm', '3']);
    expect(Number(r.kg_co2e)).toBeCloseTo(6.59556, 12);
  });
});

describe('the source data for download (item 7)', () => {
  const YEAR_FILES = ['suppliers.csv', 'energy.csv', 'meetings.csv', 'indicators.csv', 'travel.csv'];
  const ROOT_FILES = ['emission-factors.csv', 'indicators.csv', 'benchmarks.csv', 'targets.csv'];

  it('holds every year\'s non-personal inputs and the root\'s, with a BOM, each row with its file and line', async () => {
    for (const name of YEAR_FILES) {
      const f = await csvFile(`downloads/2025/source/${name}`);
      expect(f.text.startsWith('\uFEFF'), name).toBe(true);
      expect(f.header.slice(0, 2)).toEqual(['source_file', 'line']);
      expect(f.rows.length, name).toBeGreaterThan(0);
      const inputName = name;
      expect(new Set(f.rows.map((r) => r.source_file))).toEqual(new Set([`2025/${inputName}`]));
    }
    for (const name of ROOT_FILES) {
      const f = await csvFile(`downloads/source/${name}`);
      expect(f.header.slice(0, 2)).toEqual(['source_file', 'line']);
      expect(new Set(f.rows.map((r) => r.source_file))).toEqual(new Set([name]));
    }
    // 2019 has only travel and energy.
    expect((await fs.readdir(path.join(site, 'downloads', '2019', 'source'))).sort()).toEqual(['energy.csv', 'travel.csv']);
  });

  it('writes the values as read: English names and words, ISO dates, point decimals', async () => {
    // 2023/energy.csv is a Danish Excel export: `15-12-2022;14-01-2023;Odense, kontorfællesskab;naturgas;493;m3;`
    // on line 2 and `01-01-2023;31-01-2023;København, Vesterbrogade;el;28.951,7;kWh;45 %` on line 5.
    const energy = await csvFile('downloads/2023/source/energy.csv');
    expect(energy.header).toEqual(['source_file', 'line', 'period_start', 'period_end', 'site', 'carrier', 'quantity', 'unit', 'renewable_share']);
    expect(energy.rows[0]).toEqual({
      source_file: '2023/energy.csv', line: '2', period_start: '2022-12-15', period_end: '2023-01-14',
      site: 'Odense, kontorfællesskab', carrier: 'natural_gas', quantity: '493', unit: 'm3', renewable_share: '',
    });
    expect(energy.rows[3]).toEqual({
      source_file: '2023/energy.csv', line: '5', period_start: '2023-01-01', period_end: '2023-01-31',
      site: 'København, Vesterbrogade', carrier: 'electricity', quantity: '28951.7', unit: 'kWh', renewable_share: '0.45',
    });
  });

  it('leaves purpose out of travel (2025/travel.csv is UTF-16 with Danish names)', async () => {
    const travel = await csvFile('downloads/2025/source/travel.csv');
    expect(travel.header).toEqual(['source_file', 'line', 'date', 'mode', 'distance_km', 'travellers', 'round_trip', 'cabin_class', 'fuel', 'rail_scope']);
    // `02-01-2025	tog	31	3	ja				Leverandørmøde` on line 4.
    expect(travel.rows[2]).toEqual({
      source_file: '2025/travel.csv', line: '4', date: '2025-01-02', mode: 'rail', distance_km: '31', travellers: '3',
      round_trip: 'yes', cabin_class: '', fuel: '', rail_scope: 'national',
    });
    expect(travel.text).not.toContain('Leverandørmøde');
    expect(travel.text).not.toContain('Kontraktopfølgning');
    expect(travel.text).not.toMatch(/purpose|formål/);
  });

  it('never holds employees.csv or an employee id anywhere under downloads/', async () => {
    const files = (await listFiles(path.join(site, 'downloads'))).map((f) => `downloads/${f}`);
    expect(files.some((f) => f.includes('source'))).toBe(true);
    expect(files.filter((f) => /employee|medarbejder/i.test(f))).toEqual([]);
    const ids = (await fs.readFile(path.join(DATA, '2025', 'employees.csv'), 'utf8')).split('\n').slice(1, 20)
      .map((l) => l.split(',')[0]!).filter(Boolean);
    expect(ids.length).toBeGreaterThan(5);
    for (const f of files.filter((x) => x.includes('/source/'))) {
      const text = await fs.readFile(path.join(site, f), 'utf8');
      for (const id of ids) expect(text, f).not.toMatch(new RegExp(`(^|[,\\r\\n])${id}([,\\r\\n]|$)`));
    }
  });

  it('puts every source file in the manifest and in SHA256SUMS', async () => {
    const manifest = JSON.parse(await fs.readFile(path.join(site, 'downloads', 'manifest.json'), 'utf8')) as { outputs: { path: string }[] };
    const sums = await fs.readFile(path.join(site, 'downloads', 'SHA256SUMS'), 'utf8');
    const expected = [
      ...YEAR_FILES.map((n) => `downloads/2025/source/${n}`),
      ...ROOT_FILES.map((n) => `downloads/source/${n}`),
      'downloads/2019/source/travel.csv',
    ];
    for (const p of expected) {
      expect(manifest.outputs.map((o) => o.path)).toContain(p);
      expect(sums).toContain(`  ${p}\n`);
    }
  });

  it('lets the supplier figures of 2025 be recomputed by hand from source/suppliers.csv (kpis.md)', async () => {
    const rows = (await csvFile('downloads/2025/source/suppliers.csv')).rows;
    const k = await kpis(2025);
    const n = rows.length;
    const yes = (col: string): number => rows.filter((r) => r[col] === 'yes').length;
    const spend = rows.filter((r) => r.annual_spend_dkk !== '');
    const sum = (list: Row[], col: string): number => list.reduce((s, r) => s + Number(r[col]), 0);
    const personal = rows.filter((r) => r.processes_personal_data === 'yes');
    // S = 2025-12-31; audited when 2023-12-31 < last_audit_date ≤ 2025-12-31.
    const audited = rows.filter((r) => (r.last_audit_date ?? '') > '2023-12-31' && (r.last_audit_date ?? '') <= '2025-12-31');
    const expected: Record<string, number> = {
      'sup.contracts': n,
      'sup.gc_commitment_share': yes('gc_commitment') / n,
      'sup.environment_clause_share': yes('environment_clause') / n,
      'sup.labour_clause_share': yes('labour_clause') / n,
      'sup.anticorruption_clause_share': yes('anticorruption_clause') / n,
      'sup.human_rights_clause_share': yes('human_rights_clause') / n,
      'sup.gc_commitment_spend_share': sum(spend.filter((r) => r.gc_commitment === 'yes'), 'annual_spend_dkk') / sum(spend, 'annual_spend_dkk'),
      'sup.dpa_coverage': personal.filter((r) => r.dpa_signed === 'yes').length / personal.length,
      'sup.audited_share': audited.length / n,
      'sup.open_findings': sum(rows, 'open_findings'),
      'sup.critical_breaches': sum(rows, 'critical_breaches'),
      'sup.non_compliant': rows.filter((r) => r.status === 'non_compliant').length,
      'sup.terminated': rows.filter((r) => r.status === 'terminated').length,
    };
    expect(n).toBeGreaterThan(5);
    for (const [id, value] of Object.entries(expected)) {
      expect(k.get(id)?.status, id).toBe('ok');
      expect(near(k.get(id)!.value!, value), `${id}: ${k.get(id)!.value} vs ${value}`).toBe(true);
    }
  });
});

describe('the Method page explains the ledger and links the source data', () => {
  const page = async (rel: string): Promise<string> => fs.readFile(path.join(site, rel, 'index.html'), 'utf8');

  it('explains every ledger column, in English and in Danish', async () => {
    const en = await page('en/method-and-data');
    const da = await page('metode-og-data');
    for (const html of [en, da]) {
      for (const column of LEDGER_COLUMNS) expect(html, column).toContain(`<dt><code>${column}</code></dt>`);
    }
    expect(en).toContain('days of the row’s period inside the year');
    expect(da).toContain('dagene af rækkens periode inden for året');
    expect(en).toContain('distance_km × (2 if round_trip) × (travellers if the factor is per pkm)');
  });

  it('links the year\'s source files and the root\'s', async () => {
    const en = await page('en/method-and-data');
    for (const name of ['suppliers.csv', 'energy.csv', 'meetings.csv', 'indicators.csv', 'travel.csv']) {
      expect(en).toMatch(new RegExp(`href="[^"]*downloads/2025/source/${name.replace('.', '\\.')}"`));
    }
    for (const name of ['emission-factors.csv', 'indicators.csv', 'benchmarks.csv', 'targets.csv']) {
      expect(en).toMatch(new RegExp(`href="[^"]*downloads/source/${name.replace('.', '\\.')}"`));
    }
    expect(en).not.toMatch(/employees\.csv"/);
  });
});
