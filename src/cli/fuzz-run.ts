// Runs a fuzz campaign: the corpus prepared once, cases handed to worker processes, each case
// under a time limit (a worker that does not answer in time is a hang: killed and replaced), and
// every crash and hang reported with the seed and case number that replay it.

import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareCorpus } from '../verify/fuzz.ts';
import type { CaseReply, CaseRequest, InitRequest } from './fuzz-worker.ts';

const WORKER = path.join(path.dirname(fileURLToPath(import.meta.url)), 'fuzz-worker.ts');

export interface FuzzOptions {
  readonly dataDir: string;
  readonly runs: number;
  readonly seed: number;
  /** Run only this case of the seed (a replay). */
  readonly only?: number | undefined;
  readonly workers: number;
  /** Per case (prepareReport); a case that also runs the build command gets ten times as long. */
  readonly timeLimitMs: number;
  /** Every n-th case also runs the real build command (0: never). */
  readonly cliEvery: number;
  readonly onProgress?: (done: number, total: number) => void;
}

export interface FuzzFailure {
  readonly kind: 'crash' | 'hang';
  readonly index: number;
  readonly file: string;
  readonly mutators: readonly string[];
  readonly detail: string;
  readonly replay: string;
}

export interface FuzzSummary {
  readonly runs: number;
  readonly built: number;
  readonly errors: number;
  readonly cliRuns: number;
  readonly failures: readonly FuzzFailure[];
  readonly seconds: number;
}

interface Worker {
  child: ChildProcess;
  dir: string;
  busy: { req: CaseRequest; timer: NodeJS.Timeout } | null;
}

export async function runFuzz(options: FuzzOptions): Promise<FuzzSummary> {
  const started = Date.now();
  const root = await fs.mkdtemp(path.join(os.tmpdir(), 'csr-fuzz-'));
  const corpusDir = path.join(root, 'corpus');
  await prepareCorpus(options.dataDir, corpusDir);
  const indices = options.only !== undefined ? [options.only] : Array.from({ length: options.runs }, (_, i) => i);
  const queue = [...indices];
  const failures: FuzzFailure[] = [];
  let built = 0;
  let errors = 0;
  let cliRuns = 0;
  let done = 0;
  const replay = (i: number): string => `npm run fuzz -- --seed ${options.seed} --only ${i}`;

  return await new Promise<FuzzSummary>((resolve) => {
    const workers: Worker[] = [];
    let finished = false;

    const finish = (): void => {
      if (finished) return;
      finished = true;
      for (const w of workers) {
        if (w.busy) clearTimeout(w.busy.timer);
        w.child.removeAllListeners('exit');
        w.child.kill('SIGKILL');
      }
      void fs.rm(root, { recursive: true, force: true }).finally(() => resolve({
        runs: done, built, errors, cliRuns, failures, seconds: Math.round((Date.now() - started) / 1000),
      }));
    };

    const record = (): void => {
      done++;
      options.onProgress?.(done, indices.length);
      if (done === indices.length) finish();
    };

    const next = (w: Worker): void => {
      const index = queue.shift();
      if (index === undefined) return;
      const cli = options.cliEvery > 0 && index % options.cliEvery === options.cliEvery - 1;
      if (cli) cliRuns++;
      const req: CaseRequest = { type: 'case', seed: options.seed, index, cli };
      const timer = setTimeout(() => {
        failures.push({ kind: 'hang', index, file: '', mutators: [], detail: `no answer within ${limit(cli)} ms`, replay: replay(index) });
        w.busy = null;
        replace(w);
        record();
      }, limit(cli));
      w.busy = { req, timer };
      w.child.send(req);
    };

    const limit = (cli: boolean): number => (cli ? options.timeLimitMs * 10 : options.timeLimitMs);

    const start = (n: number): Worker => {
      const dir = path.join(root, `work-${n}-${Date.now()}`);
      const child = fork(WORKER, [], { execArgv: ['--import', 'tsx'], stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
      const w: Worker = { child, dir, busy: null };
      child.stderr?.resume();
      child.on('message', (msg: CaseReply | { ready: true }) => {
        if ('ready' in msg) { next(w); return; }
        if (!w.busy || w.busy.req.index !== msg.index) return;
        clearTimeout(w.busy.timer);
        w.busy = null;
        if (msg.outcome === 'built') built++;
        else if (msg.outcome === 'errors') errors++;
        else failures.push({ kind: 'crash', index: msg.index, file: msg.file, mutators: msg.mutators, detail: msg.detail, replay: replay(msg.index) });
        record();
        next(w);
      });
      child.on('exit', (code, signal) => {
        if (finished) return;
        if (w.busy) {
          clearTimeout(w.busy.timer);
          const index = w.busy.req.index;
          w.busy = null;
          failures.push({ kind: 'crash', index, file: '', mutators: [], detail: `the worker died (${String(code)} ${String(signal)})`, replay: replay(index) });
          record();
        }
        replace(w);
      });
      const init: InitRequest = { type: 'init', corpusDir, workDir: dir };
      child.send(init);
      return w;
    };

    let spawned = 0;
    const replace = (w: Worker): void => {
      w.child.removeAllListeners('exit');
      w.child.kill('SIGKILL');
      const i = workers.indexOf(w);
      if (finished || queue.length === 0) return;
      workers[i] = start(spawned++);
    };

    const count = Math.max(1, Math.min(options.workers, indices.length));
    for (let i = 0; i < count; i++) workers.push(start(spawned++));
  });
}
