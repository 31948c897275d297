// Only the tool's own output is replaced (issue 11, findings 2–5): the build of the command line
// is pointed at folders that are not a site of this tool (the folder it is run from, a folder of
// the user's files, a file, the user's own folders beside the output folder) and must refuse
// with exit 2 and one line, leaving every file as it was; relative paths are those of the folder
// the user ran `npm` from (INIT_CWD).

import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';
import { ROOT, besideOut, startNode, treeDigest } from './harness.ts';
import type { RunResult } from './harness.ts';

const BUILD_CLI = path.join(ROOT, 'src', 'cli', 'build.ts');
/** tsx by its file, so that a build can run from any folder (never from this checkout: a build
 * that took `.` or `..` there would replace it). */
const TSX = pathToFileURL(path.join(ROOT, 'node_modules', 'tsx', 'dist', 'loader.mjs')).href;
const REPORT = '{ "organisation": { "name": "Organisation Alfa", "accessibilityStatementUrl": "https://www.was.digst.dk/test-example" } }\n';
const MEETINGS = 'month,physical,virtual\n2025-01,10,20\n';

/** The build command line run from `cwd`, as npm runs it: INIT_CWD set as given (or removed). */
function build(args: readonly string[], cwd: string, initCwd: string | null): Promise<RunResult> {
  const env: NodeJS.ProcessEnv = { ...process.env };
  for (const k of ['CSR_TEST_PAUSE_AT', 'CSR_TEST_PAUSE_MARKER', 'CSR_DEBUG', 'INIT_CWD']) delete env[k];
  if (initCwd !== null) env['INIT_CWD'] = initCwd;
  return startNode(['--import', TSX, BUILD_CLI, '--quiet', ...args], cwd, env).done;
}

/** Exit 2 with exactly one line on stderr, `error: …`, no stack trace, naming `mentions`. */
function expectRefused(r: RunResult, mentions: string): void {
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.split('\n').filter((l) => l !== '');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toMatch(/^error: /);
  expect(lines[0]).toContain(mentions);
  expect(r.stderr).not.toContain('stopped unexpectedly');
  expect(r.stderr).not.toMatch(/\n\s+at /);
}

let data = '';
/** Stands for the tool's own folder, where npm runs the command (cwd). */
let tool = '';
const temps: string[] = [];
async function temp(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(tmpdir(), prefix));
  temps.push(d);
  return d;
}

beforeAll(async () => {
  data = await makeDataFolder({ 'report.json': REPORT, '2025/meetings.csv': MEETINGS });
  temps.push(data);
  // Two levels down, so that even `..` of it is a folder of this test.
  tool = path.join(await temp('out-tool-'), 'a', 'tool');
  await mkdir(tool, { recursive: true });
  await writeFile(path.join(tool, 'package.json'), '{}\n');
});

afterAll(async () => {
  for (const d of temps) await removeFolder(d);
});

describe('the output folder', () => {
  it('finding 2: `--out .` run from a project folder is refused and the folder keeps every file', async () => {
    const project = await temp('out-project-');
    await mkdir(path.join(project, 'src'));
    await writeFile(path.join(project, 'src', 'index.ts'), 'export {};\n');
    await mkdir(path.join(project, '.git'));
    await writeFile(path.join(project, '.git', 'HEAD'), 'ref: refs/heads/main\n');
    await writeFile(path.join(project, 'notes.md'), 'my notes\n');
    const before = await treeDigest(project);
    // Run from the folder itself (cwd), and as npm runs it (cwd the tool, INIT_CWD the user's folder).
    const fromCwd = await build(['--data', data, '--out', '.'], project, null);
    expectRefused(fromCwd, project);
    expect(await treeDigest(project)).toEqual(before);
    const fromNpm = await build(['--data', data, '--out', '.'], tool, project);
    expectRefused(fromNpm, project);
    expect(await treeDigest(project)).toEqual(before);
    // Nor a folder above the one the command is run from.
    const inner = path.join(project, 'src');
    const above = await build(['--data', data, '--out', '..'], tool, inner);
    expectRefused(above, project);
    expect(await treeDigest(project)).toEqual(before);
  }, 120_000);

  it('finding 3: a folder holding the user\'s files is refused, and the files are kept', async () => {
    const parent = await temp('out-files-');
    const out = path.join(parent, 'site');
    await mkdir(path.join(out, 'sub'), { recursive: true });
    await writeFile(path.join(out, 'thesis.docx'), 'my thesis');
    await writeFile(path.join(out, 'sub', 'photo.jpg'), 'a photo');
    const r = await build(['--data', data, '--out', out], tool, null);
    expectRefused(r, out);
    expect(await readFile(path.join(out, 'thesis.docx'), 'utf8')).toBe('my thesis');
    expect(await readFile(path.join(out, 'sub', 'photo.jpg'), 'utf8')).toBe('a photo');
    expect(await besideOut(parent)).toEqual(['site']);
  }, 120_000);

  it('a refused folder and data with an error: exit 1, the data error and the refusal, the files kept', async () => {
    const bad = await makeDataFolder({ 'report.json': REPORT, '2025/meetings.csv': 'month,physical,virtual\n2025-13,10,20\n' });
    temps.push(bad);
    const parent = await temp('out-files-bad-');
    const out = path.join(parent, 'site');
    await mkdir(out);
    await writeFile(path.join(out, 'thesis.docx'), 'my thesis');
    const r = await build(['--data', bad, '--out', out], tool, null);
    expect(r.code, r.stderr).toBe(1);
    const lines = r.stderr.split('\n').filter((l) => l !== '');
    expect(lines.some((l) => l.startsWith('2025/meetings.csv:2: error: '))).toBe(true);
    expect(lines.some((l) => l.startsWith('error: ') && l.includes(out))).toBe(true);
    expect(lines.every((l) => !l.includes(': warning: '))).toBe(true);
    expect(await readFile(path.join(out, 'thesis.docx'), 'utf8')).toBe('my thesis');
    expect(await besideOut(parent)).toEqual(['site']);
  }, 120_000);

  it('finding 4: an existing file given as --out is refused and kept as a file', async () => {
    const parent = await temp('out-file-');
    const out = path.join(parent, 'report.pdf');
    await writeFile(out, 'a file');
    const r = await build(['--data', data, '--out', out], tool, null);
    expectRefused(r, out);
    expect(statSync(out).isFile()).toBe(true);
    expect(await readFile(out, 'utf8')).toBe('a file');
    expect(await besideOut(parent)).toEqual(['report.pdf']);
  }, 120_000);

  it('a path that cannot be used (a file in the way) is exit 2 with one line', async () => {
    const parent = await temp('out-blocked-');
    await writeFile(path.join(parent, 'file'), 'x');
    const r = await build(['--data', data, '--out', path.join(parent, 'file', 'site')], tool, null);
    expectRefused(r, path.join(parent, 'file'));
    expect(await readFile(path.join(parent, 'file'), 'utf8')).toBe('x');
    const d = await build(['--data', path.join(parent, 'file'), '--out', path.join(parent, 'site')], tool, null);
    expectRefused(d, path.join(parent, 'file'));
    expect(await besideOut(parent)).toEqual(['file']);
  }, 120_000);

  it('finding 5: the user\'s own <out>.previous and <out>.staging-mine survive builds; a site of the tool is replaced', async () => {
    const parent = await temp('out-beside-');
    const out = path.join(parent, 'site');
    await mkdir(`${out}.previous`);
    await writeFile(path.join(`${out}.previous`, 'notes.txt'), 'mine');
    await mkdir(`${out}.staging-mine`);
    await writeFile(path.join(`${out}.staging-mine`, 'draft.txt'), 'also mine');
    const mine = async (): Promise<[string, string]> => [
      await readFile(path.join(`${out}.previous`, 'notes.txt'), 'utf8'),
      await readFile(path.join(`${out}.staging-mine`, 'draft.txt'), 'utf8'),
    ];
    const first = await build(['--data', data, '--out', out], tool, null);
    expect(first.code, first.stderr).toBe(0);
    expect(existsSync(path.join(out, 'index.html'))).toBe(true);
    expect(await mine()).toEqual(['mine', 'also mine']);
    expect(await besideOut(parent)).toEqual(['site', 'site.previous', 'site.staging-mine']);
    // A second build would have to move the site to <out>.previous for the swap: that name is
    // the user's, so it stops and says so, and changes nothing.
    const site = await treeDigest(out);
    const second = await build(['--data', data, '--out', out], tool, null);
    expectRefused(second, `${out}.previous`);
    expect(await treeDigest(out)).toEqual(site);
    expect(await mine()).toEqual(['mine', 'also mine']);
    // With that folder moved away, the site the tool made is replaced as usual.
    await removeFolder(`${out}.previous`);
    await writeFile(path.join(out, 'index.html'), 'changed by hand');
    const third = await build(['--data', data, '--out', out], tool, null);
    expect(third.code, third.stderr).toBe(0);
    expect(await treeDigest(out)).toEqual(site);
    expect(await besideOut(parent)).toEqual(['site', 'site.staging-mine']);
    expect(await readFile(path.join(`${out}.staging-mine`, 'draft.txt'), 'utf8')).toBe('also mine');
  }, 180_000);

  it('relative --data and --out are those of the folder npm was run from (INIT_CWD)', async () => {
    const user = await temp('out-initcwd-');
    await makeDataFolderAt(path.join(user, 'my-data'));
    const r = await build(['--data', 'my-data', '--out', 'my-site'], tool, user);
    expect(r.code, r.stderr).toBe(0);
    expect(existsSync(path.join(user, 'my-site', 'index.html'))).toBe(true);
    expect(existsSync(path.join(tool, 'my-site'))).toBe(false);
  }, 120_000);
});

async function makeDataFolderAt(dir: string): Promise<void> {
  await mkdir(path.join(dir, '2025'), { recursive: true });
  await writeFile(path.join(dir, 'report.json'), REPORT);
  await writeFile(path.join(dir, '2025', 'meetings.csv'), MEETINGS);
}
