// Every case of the golden list (cases.ts) through prepareReport, the first step of runBuild and
// the one that reports data errors: exactly the expected `path:line: error: [column C:]` lines,
// each holding the expected words, no personal value repeated. A few also through the real
// command line, which must leave the output folder untouched.

import { writeFile, mkdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { formatDiagnostic, sortDiagnostics } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';
import type { FolderSpec } from '../fixtures/folders/temp-folder.ts';
import { besideOut, freshOutParent, runBuildCli, treeDigest } from '../e2e/harness.ts';
import { BASE, CASES, matchLines } from './cases.ts';
import type { BadInputCase } from './cases.ts';

const SECRETS = ['010190-1234', '0101901234', '3112851234'];

function folderOf(c: BadInputCase): FolderSpec {
  const spec: Record<string, string | Uint8Array | null> = { ...BASE };
  for (const [file, content] of Object.entries(c.change)) {
    if (content === undefined) delete spec[file];
    else spec[file] = content;
  }
  return spec;
}

async function errorLines(spec: FolderSpec): Promise<string[]> {
  const dir = await makeDataFolder(spec);
  try {
    const result = await prepareReport(dir);
    return sortDiagnostics(result.diagnostics).filter((d) => d.severity === 'error').map(formatDiagnostic);
  } finally {
    await removeFolder(dir);
  }
}

describe('the base folder of the golden list', () => {
  it('has no error', async () => {
    expect(await errorLines(BASE)).toEqual([]);
  });
});

describe('bad inputs (golden list)', () => {
  it('has at least 60 cases, each with a distinct name', () => {
    expect(CASES.length).toBeGreaterThanOrEqual(60);
    expect(new Set(CASES.map((c) => c.name)).size).toBe(CASES.length);
  });

  it.each(CASES)('$name ($rule)', async (c) => {
    const lines = await errorLines(folderOf(c));
    // One line per expected beginning, in the order the build prints them.
    const m = matchLines(lines, c.errors);
    expect(m.actual).toEqual(m.expected);
    for (const l of lines) {
      expect(l).not.toMatch(/[\r\n\u2028\u2029]/);
      expect(l.length).toBeLessThan(700);
      for (const s of SECRETS) expect(l).not.toContain(s);
    }
  });
});

describe('bad inputs through the command line', () => {
  const parents: string[] = [];
  afterAll(async () => {
    for (const p of parents) await removeFolder(p);
  });

  const picked = ['a CPR number in a text cell', 'overlapping employments of one id', 'report.json missing', 'undefined Windows-1252 byte 0x81 on line 3'];
  it.each(picked)('%s: the same lines on stderr, exit 1, the output folder untouched', async (name) => {
    const c = CASES.find((x) => x.name === name);
    expect(c).toBeDefined();
    const data = await makeDataFolder(folderOf(c!));
    const { parent, out } = await freshOutParent('bad-inputs-');
    parents.push(parent, data);
    await mkdir(out);
    await writeFile(path.join(out, 'index.html'), '<p>previous</p>\n');
    // The mark of a site this tool made (a build replaces no other folder).
    await mkdir(path.join(out, 'downloads'));
    await writeFile(path.join(out, 'downloads', 'manifest.json'), '{\n  "tool": {\n    "name": "csr-report"\n  }\n}\n');
    const before = await treeDigest(out);
    const r = await runBuildCli(data, out);
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => /: error: /.test(l));
    const m = matchLines(lines, c!.errors);
    expect(m.actual).toEqual(m.expected);
    expect(r.stderr).not.toMatch(/\n\s+at /); // no stack trace
    for (const s of SECRETS) expect(r.stderr + r.stdout).not.toContain(s);
    expect(await treeDigest(out)).toEqual(before);
    expect(await besideOut(parent)).toEqual(['site']);
  }, 60_000);
});
