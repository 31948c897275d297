// Drafts stay private (issue 14, item 7; inputs.md "Layout"): a year folder with a DRAFT file is
// left out of `npm run build` entirely (pages, downloads, menus, archive, the manifest) unless
// --drafts; a CSV with a header and no rows makes its figures not reported, never zero.

import { readFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { makeDataFolder, removedAfterAll, employeesCsv } from '../fixtures/folders/temp-folder.ts';
import { freshOutParent, runBuildCli } from './harness.ts';

const REPORT = '{ "organisation": { "name": "Testkommunen", "accessibilityStatementUrl": "https://www.was.digst.dk/test-example" }, "emissions": { "baseYear": 2024 } }\n';
const FACTORS = 'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source\nrail.national,2024,pkm,0.004,,,Eksempel\nrail.national,2025,pkm,0.004,,,Eksempel\n';
const EMPLOYEES = employeesCsv(6, () => 1980, () => false);

const cleanup = removedAfterAll();

async function dataFolder(): Promise<string> {
  const dir = await makeDataFolder({
    'report.json': REPORT,
    'emission-factors.csv': FACTORS,
    '2024/employees.csv': EMPLOYEES,
    '2024/travel.csv': 'date,mode,distance_km\n2024-06-01,rail,1000\n',
    // a header and no rows: not reported, never 0 meetings
    '2024/meetings.csv': 'month,physical,virtual,hybrid\n',
    // the draft, as `npm run new-year -- 2025` leaves it: header lines only, and DRAFT
    '2025/employees.csv': 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager\n',
    '2025/travel.csv': 'date,mode,distance_km\n',
    '2025/DRAFT': '',
  });
  cleanup.push(dir);
  return dir;
}

async function build(extra: { drafts?: boolean } = {}): Promise<{ out: string; lines: string[] }> {
  const data = await dataFolder();
  const o = await freshOutParent('e2e-drafts-');
  cleanup.push(o.parent);
  const result = await runBuild({ dataDir: data, outDir: o.out, quiet: true, ...extra });
  expect(result.ok, result.diagnostics.map(formatDiagnostic).join('\n')).toBe(true);
  return { out: o.out, lines: result.diagnostics.map(formatDiagnostic) };
}

describe('a draft year in a public build', () => {
  it('is left out entirely: no page, download, menu or archive link, nor the manifest', async () => {
    const { out, lines } = await build();
    const all = await listFiles(out);
    expect(all.filter((f) => f.includes('2025'))).toEqual([]);
    for (const f of all.filter((x) => x.endsWith('.html') || x.endsWith('.json') || x.endsWith('.csv') || x.endsWith('.txt') || x.endsWith('.sha256'))) {
      const text = await readFile(path.join(out, f), 'utf8');
      expect(text, f).not.toMatch(/2025\/|\/2025|kladde|draft/i);
    }
    const manifest = await readFile(path.join(out, 'downloads', 'manifest.json'), 'utf8');
    expect(manifest).not.toContain('2025');
    // nothing of the draft is warned about: it is not part of this build
    expect(lines.filter((l) => l.startsWith('2025/'))).toEqual([]);
  });

  it('is built, with its banner, with --drafts', async () => {
    const { out, lines } = await build({ drafts: true });
    expect(await readFile(path.join(out, '2025', 'index.html'), 'utf8')).toMatch(/kladde/i);
    expect(existsSync(path.join(out, 'downloads', '2025', 'kpis.json'))).toBe(true);
    expect(await readFile(path.join(out, 'arkiv', 'index.html'), 'utf8')).toMatch(/2025/);
    expect(await readFile(path.join(out, 'downloads', 'manifest.json'), 'utf8')).toContain('2025/travel.csv');
    // the header-only files of the draft: one warning each, figures not reported
    expect(lines.filter((l) => l.startsWith('2025/') && l.includes('header but no rows'))).toEqual([
      '2025/employees.csv:1: warning: the file has a header but no rows; its figures are not reported',
      '2025/travel.csv:1: warning: the file has a header but no rows; its figures are not reported',
    ]);
    const kpis = JSON.parse(await readFile(path.join(out, 'downloads', '2025', 'kpis.json'), 'utf8')) as { id: string; value: number | null; status: string }[];
    expect(kpis.find((k) => k.id === 'hr.headcount')).toMatchObject({ value: null, status: 'not_reported' });
    expect(kpis.find((k) => k.id === 'env.scope3_travel_t')).toMatchObject({ value: null, status: 'not_reported' });
  });

  it('takes --drafts on the command line of npm run build', async () => {
    const data = await dataFolder();
    const o = await freshOutParent('e2e-drafts-cli-');
    cleanup.push(o.parent);
    const r = await runBuildCli(data, o.out, {}, ['--drafts', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(o.out, '2025', 'index.html'))).toBe(true);
  });
});

describe('a CSV file with a header and no rows', () => {
  it('makes its figures not reported (value null), with one warning, never 0', async () => {
    const { out, lines } = await build();
    expect(lines.filter((l) => l.startsWith('2024/meetings.csv'))).toEqual([
      '2024/meetings.csv:1: warning: the file has a header but no rows; its figures are not reported',
    ]);
    const kpis = JSON.parse(await readFile(path.join(out, 'downloads', '2024', 'kpis.json'), 'utf8')) as { id: string; value: number | null; status: string }[];
    expect(kpis.find((k) => k.id === 'env.meetings.total')).toEqual({ id: 'env.meetings.total', year: 2024, value: null, unit: 'count', status: 'not_reported' });
    expect(kpis.find((k) => k.id === 'env.meetings.virtual_share')).toMatchObject({ value: null, status: 'not_reported' });
    // the control: a file with rows is reported (6 employees)
    expect(kpis.find((k) => k.id === 'hr.headcount')).toMatchObject({ value: 6, status: 'ok' });
  });
});
