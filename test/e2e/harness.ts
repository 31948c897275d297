// Runs real builds for the end-to-end tests: the command line as a child process (so that it can
// be killed, and run under another time zone or locale), and helpers to compare built trees.

import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const BUILD_CLI = path.join(ROOT, 'src', 'cli', 'build.ts');
/** The build command with a pause a test can kill it in (paused-build.ts). */
const PAUSED_BUILD = path.join(ROOT, 'test', 'e2e', 'paused-build.ts');

export interface RunResult {
  readonly code: number | null;
  readonly signal: NodeJS.Signals | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** Environment of a child build: this one's, minus anything that could pause or debug it. */
function childEnv(extra: Readonly<Record<string, string>>): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = { ...process.env };
  delete env['CSR_TEST_PAUSE_AT'];
  delete env['CSR_TEST_PAUSE_MARKER'];
  delete env['CSR_DEBUG'];
  delete env['SOURCE_DATE_EPOCH'];
  return { ...env, ...extra };
}

/**
 * Starts `build.ts --data D --out O` in a Node process of its own (`node --import tsx`, not
 * `npx`, so that the pid is the build itself and a SIGKILL hits it, not a wrapper).
 */
export function startBuild(dataDir: string, outDir: string, env: Readonly<Record<string, string>> = {}, args: readonly string[] = [], entry = BUILD_CLI): { child: ChildProcess; done: Promise<RunResult> } {
  return startCli(entry, ['--data', dataDir, '--out', outDir, ...args], env);
}

/** Runs one of the commands (a file of src/cli/) to its end, as npm would, in this checkout. */
export function runCli(entry: string, args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<RunResult> {
  return startCli(entry, args, env).done;
}

function startCli(entry: string, args: readonly string[], env: Readonly<Record<string, string>>): { child: ChildProcess; done: Promise<RunResult> } {
  return startNode(['--import', 'tsx', entry, ...args], ROOT, childEnv(env));
}

/** `node …args` in `cwd` with exactly `env`: its output collected, its end awaited. */
export function startNode(args: readonly string[], cwd: string, env: NodeJS.ProcessEnv): { child: ChildProcess; done: Promise<RunResult> } {
  const child = spawn(process.execPath, args, { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout?.on('data', (c: Buffer) => { stdout += c.toString('utf8'); });
  child.stderr?.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
  const done = new Promise<RunResult>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr }));
  });
  return { child, done };
}

export function runBuildCli(dataDir: string, outDir: string, env: Readonly<Record<string, string>> = {}, args: readonly string[] = []): Promise<RunResult> {
  return startBuild(dataDir, outDir, env, args).done;
}

/** Starts a build that stops at `point` and resolves once it is waiting there (its marker file written). */
export async function startPausedBuild(dataDir: string, outDir: string, point: string, markerDir: string): Promise<{ child: ChildProcess; done: Promise<RunResult> }> {
  const marker = path.join(markerDir, `paused-${point}-${Date.now()}`);
  const started = startBuild(dataDir, outDir, { CSR_TEST_PAUSE_AT: point, CSR_TEST_PAUSE_MARKER: marker }, [], PAUSED_BUILD);
  let finished: RunResult | null = null;
  void started.done.then((r) => { finished = r; });
  const deadline = Date.now() + 90_000;
  while (!existsSync(marker)) {
    if (finished !== null) throw new Error(`the build ended before it reached ${point}: ${(finished as RunResult).stderr}`);
    if (Date.now() > deadline) throw new Error(`the build did not reach ${point}`);
    await new Promise((r) => setTimeout(r, 50));
  }
  return started;
}

export async function killHard(run: { child: ChildProcess; done: Promise<RunResult> }): Promise<RunResult> {
  run.child.kill('SIGKILL');
  return run.done;
}

/** Every regular file under `root` → its SHA-256 (sorted paths, forward slashes); null when `root` is missing. */
export async function treeDigest(root: string): Promise<Map<string, string> | null> {
  if (!existsSync(root)) return null;
  const out = new Map<string, string>();
  async function walk(rel: string): Promise<void> {
    for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory()) await walk(r);
      else out.set(r, createHash('sha256').update(await readFile(path.join(root, r))).digest('hex'));
    }
  }
  await walk('');
  return new Map([...out].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/** Every file under `root` → its text (UTF-8). */
export async function readTree(root: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  const digest = await treeDigest(root);
  for (const f of digest?.keys() ?? []) out.set(f, await readFile(path.join(root, f), 'utf8'));
  return out;
}

/** A fresh parent folder for an output folder `site` (nothing else in it). */
export async function freshOutParent(prefix: string): Promise<{ parent: string; out: string }> {
  const parent = await mkdtemp(path.join(tmpdir(), prefix));
  return { parent, out: path.join(parent, 'site') };
}

/** The names in the output folder's parent (the output folder and anything a build left beside it). */
export async function besideOut(parent: string): Promise<string[]> {
  return (await readdir(parent)).sort();
}

/** A line of a build's standard error that is neither a diagnostic nor one of the command's own lines. */
export function strayLines(stderr: string): string[] {
  return stderr.split('\n').filter((l) => l !== '' && !/^[^:\n]+:\d+: (error|warning): /.test(l)
    && !/^\d+ errors?, \d+ warnings?$/.test(l)
    && !l.startsWith('The site was not built')
    && !l.startsWith('Built the site in ')
    && !l.startsWith('[11ty]'));
}
