// Published where organisations publish (issue 14, item 9): a site built with
// `--base-path /csr/` works under https://example.dk/csr/, and one built without it has only
// relative addresses, so that it works under any path and opened from disk (file://).
// Every href, src, action and srcset of every page and every CSS url() is checked: it stays
// inside the site and names a file the build wrote.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { makeDataFolder, removedAfterAll, employeesCsv } from '../fixtures/folders/temp-folder.ts';
import { freshOutParent, runBuildCli } from './harness.ts';

const REPORT = '{ "organisation": { "name": "Testkommunen", "url": "https://test.example", "accessibilityStatementUrl": "https://www.was.digst.dk/test-example" }, "languages": ["da", "en"], "emissions": { "baseYear": 2024 } }\n';
const FACTORS = 'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source\nrail.national,2024,pkm,0.004,,,Eksempel\nelectricity.grid,2024,kWh,0.1,,,Eksempel\n';
const EMPLOYEES = employeesCsv(12, (i) => 1980 + (i % 10), (i) => i < 6);
const SUPPLIERS = 'contract_id,supplier,contract_name,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,human_rights_clause,dpa_signed,last_audit_date,open_findings,critical_breaches,status\nK-1,Lev A,Drift,1000,no,yes,yes,yes,yes,no,,2024-05-21,0,0,compliant\n';

const cleanup = removedAfterAll();

async function dataFolder(): Promise<string> {
  const dir = await makeDataFolder({
    'report.json': REPORT,
    'emission-factors.csv': FACTORS,
    '2024/employees.csv': EMPLOYEES,
    '2024/travel.csv': 'date,mode,distance_km\n2024-06-01,rail,1000\n',
    '2025/employees.csv': EMPLOYEES,
    '2025/travel.csv': 'date,mode,distance_km\n2025-06-01,rail,800\n',
    '2025/suppliers.csv': SUPPLIERS,
  });
  cleanup.push(dir);
  return dir;
}

/** Every address a page or style sheet names: href, src, action, each srcset entry, CSS url(). */
function addresses(text: string, css: boolean): string[] {
  const out: string[] = [];
  const decode = (s: string): string => s.replace(/&amp;/g, '&').replace(/&quot;/g, '"').replace(/&#39;/g, "'");
  if (!css) {
    for (const m of text.matchAll(/\s(href|src|action)\s*=\s*("([^"]*)"|'([^']*)'|([^\s>]+))/gi)) out.push(decode(m[3] ?? m[4] ?? m[5] ?? ''));
    for (const m of text.matchAll(/\ssrcset\s*=\s*"([^"]*)"/gi)) {
      for (const part of m[1]!.split(',')) out.push(decode(part.trim().split(/\s+/)[0] ?? ''));
    }
  }
  for (const m of text.matchAll(/url\(\s*(?:"([^"]*)"|'([^']*)'|([^)]*))\s*\)/gi)) out.push((m[1] ?? m[2] ?? m[3] ?? '').trim());
  return out.filter((a) => a !== '');
}

/** The file a site address names (a folder's index.html), relative to the site root. */
function fileOf(pathname: string, root: string): string {
  const rel = decodeURIComponent(pathname.slice(root.length));
  return rel === '' || rel.endsWith('/') ? `${rel}index.html` : rel;
}

async function build(extra: { basePath?: string } = {}): Promise<string> {
  const data = await dataFolder();
  const o = await freshOutParent('e2e-base-path-');
  cleanup.push(o.parent);
  const result = await runBuild({ dataDir: data, outDir: o.out, quiet: true, ...extra });
  expect(result.ok, result.diagnostics.map(formatDiagnostic).join('\n')).toBe(true);
  return o.out;
}

/** Each address of each page resolved against where the page is served from `origin + root`. */
async function resolvedAddresses(out: string, origin: string, root: string): Promise<{ from: string; address: string; url: URL }[]> {
  const all = await listFiles(out);
  const found: { from: string; address: string; url: URL }[] = [];
  for (const f of all.filter((x) => x.endsWith('.html') || x.endsWith('.css'))) {
    const text = await readFile(path.join(out, f), 'utf8');
    const base = new URL(`${root}${f}`, origin);
    for (const address of addresses(text, f.endsWith('.css'))) found.push({ from: f, address, url: new URL(address, base) });
  }
  return found;
}

describe('npm run build -- --base-path /csr/', () => {
  it('has no link, asset or download outside /csr/, and each names a file of the build', async () => {
    const out = await build({ basePath: '/csr/' });
    const all = new Set(await listFiles(out));
    const found = await resolvedAddresses(out, 'https://example.dk', '/csr/');
    // the pages, the style sheet, the scripts and a download are among them
    expect(found.some((a) => a.url.pathname === '/csr/assets/site.css')).toBe(true);
    expect(found.some((a) => a.url.pathname === '/csr/assets/charts.js')).toBe(true);
    expect(found.some((a) => a.url.pathname === '/csr/downloads/2025/kpis.json')).toBe(true);
    expect(found.some((a) => a.url.pathname === '/csr/en/workforce/')).toBe(true);
    const outside = found.filter((a) => a.url.origin === 'https://example.dk' && !a.url.pathname.startsWith('/csr/'));
    expect(outside.map((a) => `${a.from}: ${a.address}`)).toEqual([]);
    const missing = found.filter((a) => a.url.origin === 'https://example.dk' && !all.has(fileOf(a.url.pathname, '/csr/')));
    expect(missing.map((a) => `${a.from}: ${a.address}`)).toEqual([]);
  }, 120_000);

  it('is read from the command line, and a base path not starting with / is refused (exit 2)', async () => {
    const data = await dataFolder();
    const o = await freshOutParent('e2e-base-path-cli-');
    cleanup.push(o.parent);
    const bad = await runBuildCli(data, o.out, {}, ['--base-path', 'csr', '--quiet']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--base-path.*\/csr\//);
    const r = await runBuildCli(data, o.out, {}, ['--base-path', '/csr', '--quiet']);
    expect(r.code, r.stderr).toBe(0);
    const front = await readFile(path.join(o.out, 'index.html'), 'utf8');
    expect(front).toContain('href="/csr/assets/site.css"');
  }, 120_000);
});

describe('a build without --base-path', () => {
  it('names every page, asset and download by a relative address that works from disk (file://)', async () => {
    const out = await build();
    const all = new Set(await listFiles(out));
    const rootUrl = pathToFileURL(`${out}${path.sep}`).href;
    const found = await resolvedAddresses(out, rootUrl, '');
    const rooted = found.filter((a) => a.address.startsWith('/'));
    expect(rooted.map((a) => `${a.from}: ${a.address}`)).toEqual([]);
    const local = found.filter((a) => a.url.protocol === 'file:');
    expect(local.some((a) => a.from === 'index.html' && a.address === 'assets/site.css')).toBe(true);
    expect(local.some((a) => a.from === 'en/2024/workforce/index.html' && a.address === '../../../assets/site.css')).toBe(true);
    const outside = local.filter((a) => !a.url.href.startsWith(rootUrl));
    expect(outside.map((a) => `${a.from}: ${a.address}`)).toEqual([]);
    const rootPath = new URL(rootUrl).pathname;
    const missing = local.filter((a) => !all.has(fileOf(a.url.pathname, rootPath)));
    expect(missing.map((a) => `${a.from}: ${a.address}`)).toEqual([]);
  }, 120_000);
});
