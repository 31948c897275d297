// Issue 13, item 5: an auditor checks the inputs with one command (`sha256sum -c` on
// downloads/INPUTS.sha256 in the data folder) and the whole site with `npm run verify`, which
// rebuilds into a temporary folder and compares byte for byte.

import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROOT, runBuildCli, runCli, treeDigest } from './harness.ts';
import type { RunResult } from './harness.ts';

const run = promisify(execFile);
const VERIFY_CLI = path.join(ROOT, 'src', 'cli', 'verify.ts');

function runVerify(args: readonly string[]): Promise<RunResult> {
  return runCli(VERIFY_CLI, args);
}

let work = '';
let data = '';
let site = '';
let fileCount = 0;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'verify-'));
  data = path.join(work, 'data');
  site = path.join(work, 'site');
  await cp(path.join(ROOT, 'data'), data, { recursive: true });
  const built = await runBuildCli(data, site, {}, ['--quiet']);
  expect(built.code, built.stderr).toBe(0);
  fileCount = (await treeDigest(site))?.size ?? 0;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

describe('downloads/INPUTS.sha256', () => {
  it('passes `sha256sum -c` run in the data folder, one OK line per input file of the manifest', async () => {
    const manifest = JSON.parse(await readFile(path.join(site, 'downloads/manifest.json'), 'utf8')) as { inputs: { path: string }[] };
    const { stdout } = await run('sha256sum', ['-c', path.join(site, 'downloads/INPUTS.sha256')], { cwd: data });
    const okLines = stdout.trimEnd().split('\n');
    expect(okLines).toEqual(manifest.inputs.map((i) => `${i.path}: OK`).sort());
    // The example has report.json, the root files, every year's CSV files and 2025's narratives.
    expect(okLines).toContain('report.json: OK');
    expect(okLines).toContain('2025/travel.csv: OK');
    expect(okLines.some((l) => l.startsWith('2025/narrative/'))).toBe(true);
    // The logo of report.json is published, so it is an input with its checksum too.
    expect(okLines).toContain('logo.svg: OK');
  });
});

describe('npm run verify', () => {
  it('exits 0 on an untouched site and says how many files are identical', async () => {
    const result = await runVerify(['--data', data, '--site', site]);
    expect(result.code, result.stderr).toBe(0);
    expect(fileCount).toBeGreaterThan(50);
    expect(result.stdout).toBe(`The site matches a rebuild of the data: ${fileCount} files identical\n`);
  });

  it('exits 1 naming the one file whose byte changed, and a file added to or missing from the site', async () => {
    const copy = path.join(work, 'site-changed');
    await cp(site, copy, { recursive: true });
    const file = path.join(copy, 'downloads/2025/kpis.csv');
    const bytes = await readFile(file);
    bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x30 ? 0x31 : 0x30;
    await writeFile(file, bytes);
    await writeFile(path.join(copy, 'extra.html'), 'x');
    await rm(path.join(copy, 'en/index.html'));
    const result = await runVerify(['--data', data, '--site', copy]);
    expect(result.code).toBe(1);
    const lines = result.stdout.trimEnd().split('\n');
    expect(lines).toContain('differs: downloads/2025/kpis.csv');
    expect(lines).toContain('not in the rebuild: extra.html');
    expect(lines).toContain('missing from the site: en/index.html');
    expect(lines.filter((l) => l.startsWith('differs: '))).toEqual(['differs: downloads/2025/kpis.csv']);
  });

  it('exits 1 naming an input whose checksum differs from the site\'s manifest', async () => {
    const changed = path.join(work, 'data-changed');
    await cp(data, changed, { recursive: true });
    const meetings = path.join(changed, '2025/meetings.csv');
    await writeFile(meetings, `${await readFile(meetings, 'utf8')}\n`);
    const result = await runVerify(['--data', changed, '--site', site]);
    expect(result.code).toBe(1);
    expect(result.stdout.split('\n')).toContain('input changed since the site was built: 2025/meetings.csv');
  });

  it('exits 2 for a site folder without a manifest, or a wrong command line', async () => {
    const empty = await mkdtemp(path.join(work, 'empty-'));
    const noManifest = await runVerify(['--data', data, '--site', empty]);
    expect(noManifest.code).toBe(2);
    expect(noManifest.stderr).toContain('downloads/manifest.json');
    expect((await runVerify(['--data', data])).code).toBe(2);
    expect((await runVerify(['--data', data, '--site', site, '--bogus'])).code).toBe(2);
  });
});
