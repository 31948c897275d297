import { execFile } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { InputFileInfo, ToolInfo } from '../../src/model/site.ts';
import { sha256sumLine, writeManifest } from '../../src/publish/manifest.ts';

const run = promisify(execFile);

// SHA-256 values worked out with `printf ... | sha256sum`.
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const SHA_EMPTY = 'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855';
const SHA_HELLO_LINE = '5891b5b522d5df086d0ff0b110fbd9d21bb4fc7163af34d08286a2e846f6be03'; // "hello\n"

/** downloads/INPUTS.sha256 for INPUTS below, worked out by hand: sorted by path, hash, two spaces, path. */
const INPUTS_SUMS = `${SHA_ABC}  2025/employees.csv\n${SHA_EMPTY}  report.json\n`;

const TOOL: ToolInfo = {
  name: 'csr-report', version: '0.2.0', commit: '0123456789abcdef0123456789abcdef01234567',
  lockfileSha256: SHA_ABC, node: '20.19.0', icu: '76.1',
};
const INPUTS: readonly InputFileInfo[] = [
  { path: 'report.json', bytes: 10, sha256: SHA_EMPTY, rows: null },
  { path: '2025/employees.csv', bytes: 3, sha256: SHA_ABC, rows: 1 },
];

interface ManifestShape {
  tool: ToolInfo;
  inputs: { path: string; bytes: number; sha256: string; rows: number | null }[];
  outputs: { path: string; bytes: number; sha256: string }[];
}

let site = '';

async function put(path: string, content: string): Promise<void> {
  await mkdir(dirname(join(site, path)), { recursive: true });
  await writeFile(join(site, path), content, 'utf8');
}

async function sha256sumCheck(): Promise<{ ok: boolean; out: string }> {
  try {
    const { stdout } = await run('sha256sum', ['-c', 'downloads/SHA256SUMS'], { cwd: site });
    return { ok: true, out: stdout };
  } catch (error) {
    return { ok: false, out: String((error as { stdout?: string }).stdout ?? error) };
  }
}

beforeEach(async () => {
  site = await mkdtemp(join(tmpdir(), 'site-'));
  await put('index.html', 'abc');
  await put('downloads/2025/kpis.json', '');
  await put('en/workforce/index.html', 'hello\n');
  await put('assets/a b.css', 'abc');
  await put('downloads/2025/kpis.csv', 'abc');
});

afterEach(async () => {
  await rm(site, { recursive: true, force: true });
});

describe('writeManifest', () => {
  it('lists the tool, the inputs by path, and every output file with size and SHA-256', async () => {
    await writeManifest(site, TOOL, INPUTS);
    const manifest = JSON.parse(await readFile(join(site, 'downloads/manifest.json'), 'utf8')) as ManifestShape;
    // The pinned tool (issue 13, item 4), every field in this order.
    expect(Object.keys(manifest.tool)).toEqual(['name', 'version', 'commit', 'lockfileSha256', 'node', 'icu']);
    expect(manifest).toEqual({
      tool: TOOL,
      inputs: [
        { path: '2025/employees.csv', bytes: 3, sha256: SHA_ABC, rows: 1 },
        { path: 'report.json', bytes: 10, sha256: SHA_EMPTY, rows: null },
      ],
      outputs: [
        { path: 'assets/a b.css', bytes: 3, sha256: SHA_ABC },
        { path: 'downloads/2025/kpis.csv', bytes: 3, sha256: SHA_ABC },
        { path: 'downloads/2025/kpis.json', bytes: 0, sha256: SHA_EMPTY },
        { path: 'downloads/INPUTS.sha256', bytes: INPUTS_SUMS.length, sha256: createHash('sha256').update(INPUTS_SUMS).digest('hex') },
        { path: 'en/workforce/index.html', bytes: 6, sha256: SHA_HELLO_LINE },
        { path: 'index.html', bytes: 3, sha256: SHA_ABC },
      ],
    });
  });

  it('writes SHA256SUMS that `sha256sum -c` accepts from the site root, manifest.json included', async () => {
    await writeManifest(site, TOOL, INPUTS);
    const sums = await readFile(join(site, 'downloads/SHA256SUMS'), 'utf8');
    const lines = sums.trimEnd().split('\n');
    expect(lines.map((l) => l.slice(66))).toEqual([
      'assets/a b.css', 'downloads/2025/kpis.csv', 'downloads/2025/kpis.json', 'downloads/INPUTS.sha256', 'downloads/manifest.json',
      'en/workforce/index.html', 'index.html',
    ]);
    expect(lines[0]).toBe(`${SHA_ABC}  assets/a b.css`);
    const check = await sha256sumCheck();
    expect(check.ok).toBe(true);
    expect(check.out.split('\n').filter((l) => l.endsWith(': OK'))).toHaveLength(7);
  });

  it('makes `sha256sum -c` fail once a file of the site is changed', async () => {
    await writeManifest(site, TOOL, INPUTS);
    await put('index.html', 'abd');
    const check = await sha256sumCheck();
    expect(check.ok).toBe(false);
    expect(check.out).toContain('index.html: FAILED');
  });

  it('is byte-identical when run again, and ignores an earlier manifest and SHA256SUMS', async () => {
    await writeManifest(site, TOOL, INPUTS);
    const first = await readFile(join(site, 'downloads/manifest.json'));
    const firstSums = await readFile(join(site, 'downloads/SHA256SUMS'));
    await writeManifest(site, TOOL, [...INPUTS].reverse());
    expect(await readFile(join(site, 'downloads/manifest.json'))).toEqual(first);
    expect(await readFile(join(site, 'downloads/SHA256SUMS'))).toEqual(firstSums);
  });

  it('writes downloads/INPUTS.sha256 that `sha256sum -c` accepts in the data folder, and fails on a changed input', async () => {
    await writeManifest(site, TOOL, INPUTS);
    expect(await readFile(join(site, 'downloads/INPUTS.sha256'), 'utf8')).toBe(INPUTS_SUMS);
    const data = await mkdtemp(join(tmpdir(), 'data-'));
    try {
      await mkdir(join(data, '2025'));
      await writeFile(join(data, '2025/employees.csv'), 'abc');
      await writeFile(join(data, 'report.json'), '');
      const { stdout } = await run('sha256sum', ['-c', join(site, 'downloads/INPUTS.sha256')], { cwd: data });
      expect(stdout).toBe('2025/employees.csv: OK\nreport.json: OK\n');
      await writeFile(join(data, 'report.json'), '{}');
      await expect(run('sha256sum', ['-c', join(site, 'downloads/INPUTS.sha256')], { cwd: data }))
        .rejects.toMatchObject({ stdout: '2025/employees.csv: OK\nreport.json: FAILED\n' });
    } finally {
      await rm(data, { recursive: true, force: true });
    }
  });

  it('handles a file name with a backslash the way sha256sum does', async () => {
    await put('odd\\name.txt', 'abc');
    await writeManifest(site, TOOL, []);
    const check = await sha256sumCheck();
    expect(check.ok).toBe(true);
  });
});

describe('sha256sumLine', () => {
  it('writes hash, two spaces, path; escapes a backslash or newline with a leading backslash', () => {
    expect(sha256sumLine(SHA_ABC, 'index.html')).toBe(`${SHA_ABC}  index.html\n`);
    expect(sha256sumLine(SHA_ABC, 'a\\b')).toBe(`\\${SHA_ABC}  a\\\\b\n`);
    expect(sha256sumLine(SHA_ABC, 'a\nb')).toBe(`\\${SHA_ABC}  a\\nb\n`);
  });
});
