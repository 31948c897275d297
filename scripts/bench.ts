// `npm run bench -- [--scale small|large] [--years N] [--fraction F] [--regenerate]` (issue 6).
// small: the example data folder (data/). large: a seeded synthetic municipality (scripts/
// bench-generate.ts) in bench/data/, generated once and reused: 45,000 employees, 1,000,000
// journeys, 100,000 energy rows and 20,000 contracts a year for 10 years; --years and --fraction
// make a smaller large run. Measures, each in its own child process and on the same files:
//   a  csv-parse alone, every CSV file one after another (the floor)
//   b  the reader with validation, one thread
//   c  reader + figures (prepareReport as a build runs it, without cache or ledger)
//   d  a bare Eleventy build of as many pages as the site has, with a one-line layout
//   e  the full build, cold (empty cache), then again with unchanged CSVs (warm cache)
//   f  the live server (`npm start`): an edited narrative saved five times, until the page shows it
// and writes bench/results.json (b_over_a, e_over_d at the top level).

import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { FULL_LARGE, generateLarge, scaled } from './bench-generate.ts';
import { toolBundle } from '../src/cli/compile.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

interface StageResult {
  readonly stage: string;
  /** Time of the work itself, measured inside the child (after its imports). */
  readonly ms: number;
  /** Wall time of the whole child process, start-up included. */
  readonly wallMs: number;
  readonly rows: number;
  readonly bytes: number;
  readonly maxRssMb: number;
  readonly [extra: string]: unknown;
}

function runStage(args: string[], env: NodeJS.ProcessEnv = {}): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const t = performance.now();
    // The full build (e) runs as `npm run build` runs it: from the tool's bundle, without tsx.
    const command = args[0] === 'build'
      ? [path.join(ROOT, 'scripts', 'bench-build.mjs'), ...args.slice(1)]
      : ['--import', 'tsx', path.join(ROOT, 'scripts', 'bench-stage.ts'), ...args];
    const child = spawn(process.execPath, command, {
      cwd: ROOT, env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => {
      out += d.toString('utf8');
    });
    child.on('error', reject);
    child.on('close', (code) => {
      const wallMs = performance.now() - t;
      const line = out.trim().split('\n').reverse().find((l) => l.startsWith('{'));
      if (code !== 0 || line === undefined) {
        reject(new Error(`stage ${args[0] ?? ''} failed (exit ${code ?? 'signal'})`));
        return;
      }
      resolve({ ...(JSON.parse(line) as object), wallMs } as StageResult);
    });
  });
}

const num = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
const dec = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2, minimumFractionDigits: 2 });

function line(label: string, r: StageResult, timeOf: (r: StageResult) => number): string {
  const s = timeOf(r) / 1000;
  const rate = r.rows > 0 ? `${num.format(r.rows / s).padStart(9)} rows/s` : ''.padStart(16);
  const mb = r.bytes > 0 ? `${dec.format(r.bytes / 1e6 / s).padStart(7)} MB/s` : ''.padStart(12);
  return `${label.padEnd(34)} ${dec.format(s).padStart(8)} s  ${rate}  ${mb}  peak ${num.format(r.maxRssMb).padStart(5)} MB`;
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      scale: { type: 'string', default: 'small' },
      years: { type: 'string' },
      fraction: { type: 'string' },
      regenerate: { type: 'boolean', default: false },
    },
  });
  const scale = values.scale;
  if (scale !== 'small' && scale !== 'large') throw new Error('--scale is small or large');
  const years = Number(values.years ?? FULL_LARGE.years);
  const fraction = Number(values.fraction ?? 1);
  if (!(years >= 1 && years <= 30) || !(fraction > 0 && fraction <= 1)) throw new Error('--years 1–30, --fraction in (0, 1]');

  let dataDir = path.join(ROOT, 'data');
  const params = scale === 'small' ? { scale } : { scale, ...scaled(years, fraction), fraction };
  if (scale === 'large') {
    dataDir = path.join(ROOT, 'bench', 'data', `large-${years}y-${fraction}`);
    const marker = path.join(dataDir, '.generated.json');
    const wanted = JSON.stringify(params);
    if (values.regenerate || !existsSync(marker) || readFileSync(marker, 'utf8') !== wanted) {
      const t = performance.now();
      process.stderr.write(`generating ${dataDir} …\n`);
      generateLarge(dataDir, scaled(years, fraction), path.join(ROOT, 'data'), 20250101, (l) => process.stderr.write(`  ${l}\n`));
      writeFileSync(marker, wanted);
      process.stderr.write(`generated in ${dec.format((performance.now() - t) / 1000)} s\n`);
    }
  }

  const work = path.join(tmpdir(), `csr-report-bench-${process.pid}`);
  mkdirSync(work, { recursive: true });
  const cacheDir = path.join(work, 'cache');
  const cache = { CSR_REPORT_CACHE_DIR: cacheDir };
  try {
    const stage = async (label: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<StageResult> => {
      process.stderr.write(`${label} …\n`);
      const r = await runStage(args, env);
      // Each result as it comes (a later failure loses nothing measured).
      process.stderr.write(`  ${JSON.stringify(r)}\n`);
      return r;
    };
    const a = await stage('a csv-parse', ['csv-parse', dataDir]);
    const b = await stage('b reader', ['reader', dataDir]);
    const c = await stage('c reader + figures', ['figures', dataDir]);
    rmSync(cacheDir, { recursive: true, force: true });
    // The tool's bundle is made before the build is timed (a command after an edit of src/ makes
    // it once, about 0.2 s; every other command finds it).
    await toolBundle(ROOT);
    const e = await stage('e full build (cold cache)', ['build', dataDir, path.join(work, 'site')], cache);
    const eWarm = await stage('e full build (warm cache)', ['build', dataDir, path.join(work, 'site')], cache);
    let pages = Number(e['pages'] ?? 0);
    if (e['ok'] !== true || eWarm['ok'] !== true) {
      // Timed all the same (the build ran to its output scan); the site was not swapped in.
      process.stderr.write(`warning: the full build stopped with ${String(e['errors'])} error(s), first at ${String(e['firstError'])}\n`);
      pages = pages || 9 * 8 * 2 + 20; // an estimate: 16 pages a year and language, plus the front pages
    }
    const d = await stage('d bare Eleventy', ['eleventy', dataDir, path.join(work, 'bare'), String(pages)]);
    const f = await stage('f live server, edited Markdown', ['serve', dataDir, path.join(work, 'serve')]).catch((error: unknown) => {
      process.stderr.write(`warning: step f failed: ${error instanceof Error ? error.message : String(error)}\n`);
      return { stage: 'serve', ms: Number.NaN, wallMs: Number.NaN, rows: 0, bytes: 0, maxRssMb: 0, editsMs: [] } satisfies StageResult;
    });

    const inside = (r: StageResult): number => r.ms;
    const wall = (r: StageResult): number => r.wallMs;
    const withRows = (r: StageResult): StageResult => ({ ...r, rows: a.rows - (a['files'] as number), bytes: a.bytes });
    const results = {
      b_over_a: b.ms / a.ms,
      e_over_d: e.wallMs / d.wallMs,
      e_over_a: e.wallMs / a.ms,
      c_over_a: c.ms / a.ms,
      cache_rebuild_ratio: eWarm.wallMs / e.wallMs,
      peak_memory_mb: Math.max(c.maxRssMb, e.maxRssMb, eWarm.maxRssMb),
      /** The slowest of five edits: from saving a narrative to the served page showing it. */
      live_edit_ms: Math.round(f.ms),
      scale: params,
      dataDir,
      machine: { cores: availableParallelism(), cpu: cpus()[0]?.model ?? '', node: process.version },
      build_ok: e['ok'] === true && eWarm['ok'] === true,
      pages_estimated: Number(e['pages'] ?? 0) === 0,
      stages: { a, b, c, d, e, e_warm: eWarm, f },
      notes: 'a, b, c: ms = the work inside the child (after imports); d, e: wallMs = the whole child process, start-up included. Ratios: b/a and c/a use ms; e/d, e/a and the cache ratio use the wall time of e (and d); f: ms = the slowest edit, from saving the file to the served page showing it.',
    };
    const out = [
      `bench --scale ${scale}${scale === 'large' ? ` (${years} years, fraction ${fraction})` : ''}: ${num.format(a.bytes / 1e6)} MB of CSV in ${String(a['files'])} files, ${num.format(a.rows)} records; ${availableParallelism()} cores`,
      line('a csv-parse alone (1 thread)', a, inside),
      line('b reader with validation (1 thread)', b, inside),
      line('c reader + figures', c, inside),
      line('d bare Eleventy', d, wall) + `  (${pages} pages)`,
      line('e full build, cold cache', withRows(e), wall),
      line('e full build, warm cache', withRows(eWarm), wall),
      `b/a = ${dec.format(results.b_over_a)} (goal ≤ 1.67)   e/a = ${dec.format(results.e_over_a)} (goal < 1 at large)   e/d = ${dec.format(results.e_over_d)} (goal ≤ 1.5)`,
      `cache rebuild = ${dec.format(results.cache_rebuild_ratio * 100)} % of the cold build (goal ≤ 10 %)   peak memory ${num.format(results.peak_memory_mb)} MB (goal ≤ 1024)`,
      `f live server: an edited Markdown file shows in ${num.format(results.live_edit_ms)} ms at the slowest of five (${(f['editsMs'] as number[]).join(', ')} ms; goal ≤ 1000)`,
    ];
    process.stdout.write(`${out.join('\n')}\n`);
    mkdirSync(path.join(ROOT, 'bench'), { recursive: true });
    writeFileSync(path.join(ROOT, 'bench', 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

await main();
