// Issue 11, finding 1: only the data folder is read. A symbolic link (to a file outside holding a
// made-up token, to /proc/self/environ, to itself), a pipe or a device anywhere in the data folder
// is an error on line 1 of its path, and nothing of it is read or echoed. The expected lines are
// written by hand from the wording ("is a link; copy the file itself into the data folder").

import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, readdir, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic, sortDiagnostics } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { readCsvFile } from '../../src/read/csv-file.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';
import { SETTINGS } from '../read/helpers.ts';
import { freshOutParent, runBuildCli } from '../e2e/harness.ts';
import { BASE } from './cases.ts';

const TOKEN = 'TOKEN-ZQX-4711-not-a-real-secret';
const LINK = 'error: is a link; copy the file itself into the data folder';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

/** BASE in a fresh folder, and beside it (outside the data folder) a file holding the token. */
async function setUp(): Promise<{ dir: string; secret: string; outside: string }> {
  const outside = await mkdtemp(path.join(tmpdir(), 'outside-'));
  made.push(outside);
  const secret = path.join(outside, 'secret.md');
  await writeFile(secret, `# Secret\n\n${TOKEN}\n`);
  await writeFile(path.join(outside, 'travel.csv'), `date,mode,distance_km,travellers\n2025-03-04,rail,120,1\n${TOKEN},rail,1,1\n`);
  const dir = await makeDataFolder(BASE);
  made.push(dir);
  return { dir, secret, outside };
}

async function errors(dir: string): Promise<{ lines: string[]; all: string }> {
  const result = await prepareReport(dir, { workers: 0 });
  const sorted = sortDiagnostics(result.diagnostics).map(formatDiagnostic);
  expect(result.ok).toBe(false);
  return { lines: sorted.filter((l) => l.includes(': error: ')), all: sorted.join('\n') };
}

describe('a symbolic link in the data folder', () => {
  it('a narrative linked to a file outside: an error on its line 1, the token nowhere', async () => {
    const { dir, secret } = await setUp();
    await symlink(secret, path.join(dir, '2025/narrative/data.en.md'));
    const { lines, all } = await errors(dir);
    expect(lines.map((l) => l.slice(0, l.indexOf(' (')))).toEqual([`2025/narrative/data.en.md:1: ${LINK}`]);
    expect(all).not.toContain(TOKEN);
  });

  it('a narrative linked to /proc/self/environ holding a made-up token: refused, the environment not read', async () => {
    const { dir } = await setUp();
    process.env['CSR_TEST_FAKE_TOKEN'] = TOKEN;
    try {
      await symlink('/proc/self/environ', path.join(dir, '2025/narrative/data.en.md'));
      const { lines, all } = await errors(dir);
      expect(lines.map((l) => l.slice(0, l.indexOf(' (')))).toEqual([`2025/narrative/data.en.md:1: ${LINK}`]);
      expect(all).not.toContain(TOKEN);
    } finally {
      delete process.env['CSR_TEST_FAKE_TOKEN'];
    }
  });

  it('a CSV file, report.json, emission-factors.csv and a year folder linked: each an error on its line 1', async () => {
    const { dir, outside } = await setUp();
    await rm(path.join(dir, '2025/travel.csv'));
    await symlink(path.join(outside, 'travel.csv'), path.join(dir, '2025/travel.csv'));
    await mkdir(path.join(outside, 'year'));
    await writeFile(path.join(outside, 'year', 'employees.csv'), `employee_id,gender\n${TOKEN},woman\n`);
    await symlink(path.join(outside, 'year'), path.join(dir, '2024'));
    const factors = path.join(outside, 'factors.csv');
    await writeFile(factors, await readFile(path.join(dir, 'emission-factors.csv')));
    await rm(path.join(dir, 'emission-factors.csv'));
    await symlink(factors, path.join(dir, 'emission-factors.csv'));
    const report = path.join(outside, 'report.json');
    await writeFile(report, await readFile(path.join(dir, 'report.json')));
    await rm(path.join(dir, 'report.json'));
    await symlink(report, path.join(dir, 'report.json'));
    const { lines, all } = await errors(dir);
    const heads = lines.map((l) => l.slice(0, l.indexOf(' (')));
    expect(heads).toContain(`2024:1: ${LINK}`);
    expect(heads).toContain(`2025/travel.csv:1: ${LINK}`);
    expect(heads).toContain(`emission-factors.csv:1: ${LINK}`);
    expect(heads).toContain(`report.json:1: ${LINK}`);
    expect(all).not.toContain(TOKEN);
    expect(all).not.toContain('2024/employees.csv');
  });

  it('a link to itself (a -> a) is reported as a link, not as a folder or a missing file', async () => {
    const { dir } = await setUp();
    await symlink('2026', path.join(dir, '2026'));
    await rm(path.join(dir, '2025/suppliers.csv'));
    await symlink('suppliers.csv', path.join(dir, '2025/suppliers.csv'));
    const { lines } = await errors(dir);
    expect(lines.map((l) => l.slice(0, l.indexOf(' (')))).toEqual([
      `2025/suppliers.csv:1: ${LINK}`,
      `2026:1: ${LINK}`,
    ]);
  });

  it('the readers themselves refuse a link (a swap after the folder was listed fails closed)', async () => {
    const { dir, outside } = await setUp();
    await rm(path.join(dir, '2025/travel.csv'));
    await symlink(path.join(outside, 'travel.csv'), path.join(dir, '2025/travel.csv'));
    const sink = new DiagnosticSink();
    const rows: unknown[] = [];
    await readCsvFile('travel', { dataDir: dir, path: '2025/travel.csv', settings: SETTINGS, year: 2025 }, sink, (r) => rows.push(r));
    expect(rows).toEqual([]);
    expect(sink.items.map(formatDiagnostic).map((l) => l.slice(0, l.indexOf(' (')))).toEqual([`2025/travel.csv:1: ${LINK}`]);

    await rm(path.join(dir, 'report.json'));
    await symlink(path.join(outside, 'secret.md'), path.join(dir, 'report.json'));
    const reportSink = new DiagnosticSink();
    expect(await readReportJson(dir, reportSink)).toBeNull();
    const reportLines = reportSink.items.map(formatDiagnostic);
    expect(reportLines.map((l) => l.slice(0, l.indexOf(' (')))).toEqual([`report.json:1: ${LINK}`]);
    expect(reportLines.join('\n')).not.toContain(TOKEN);
  });

  it('a data folder that is itself a link, named by the user, is read as usual', async () => {
    const { dir, outside } = await setUp();
    const alias = path.join(outside, 'data-alias');
    await symlink(dir, alias);
    const result = await prepareReport(alias, { workers: 0 });
    expect(result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('the command line build stops with exit 1 and publishes nothing of the linked file', async () => {
    const { dir, secret } = await setUp();
    await symlink(secret, path.join(dir, '2025/narrative/data.en.md'));
    const { parent, out } = await freshOutParent('links-');
    made.push(parent);
    const run = await runBuildCli(dir, out);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain(`2025/narrative/data.en.md:1: ${LINK}`);
    expect(run.stderr + run.stdout).not.toContain(TOKEN);
    const left = await readdir(parent, { recursive: true }).catch(() => []);
    for (const f of left) {
      const text = await readFile(path.join(parent, f), 'utf8').catch(() => '');
      expect(text).not.toContain(TOKEN);
    }
  }, 60_000);
});

describe('a pipe (FIFO) in the data folder', () => {
  it('is an error on its line 1 and the read does not wait on it', async () => {
    const { dir } = await setUp();
    await rm(path.join(dir, '2025/energy.csv'));
    execFileSync('mkfifo', [path.join(dir, '2025/energy.csv')]);
    const { lines } = await errors(dir);
    expect(lines).toEqual([
      '2025/energy.csv:1: error: is not an ordinary file or folder (a device, a pipe or a socket); only ordinary files and folders are read, so remove it from the data folder',
    ]);
  }, 20_000);
});
