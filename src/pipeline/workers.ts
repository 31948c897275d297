// Runs file jobs (cache.ts runJob) either in this thread or on a pool of worker threads, one per
// core (os.availableParallelism). Input files are independent, so two cores read two files at
// once; results are handed back per job and the caller assembles them in file order, so the
// outcome never depends on the scheduling.

import { availableParallelism } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { hashFile, runJob, unpackJobResult } from './cache.ts';
import type { JobResult, TaskJob } from './cache.ts';
import type { RowProgress } from './file-task.ts';
import type { FromWorker, ToWorker } from './file-task-worker.ts';
import { startWorker } from '../util/compiled.ts';

export interface JobRunner {
  run(job: TaskJob, onProgress?: RowProgress): Promise<JobResult>;
  /** The SHA-256 of a file (hex), computed where the jobs run; ahead of the jobs waiting. */
  hashFile(absPath: string): Promise<string>;
  close(): Promise<void>;
}

/** Jobs the calling thread keeps in flight: one's file and cache reads overlap another's work. */
const IN_FLIGHT = 4;

/** Jobs in the calling thread (small data folders: no worker start-up), a few at once, started in order. */
export class InProcessRunner implements JobRunner {
  #active = 0;
  /** Jobs waiting for one in flight to end, first come first served. */
  readonly #waiting: (() => void)[] = [];
  readonly #unsettled = new Set<Promise<void>>();

  run(job: TaskJob, onProgress?: RowProgress): Promise<JobResult> {
    const done = (async () => {
      await this.#slot();
      try {
        return await runJob(job, onProgress);
      } finally {
        this.#release();
      }
    })();
    const settled = done.then(() => undefined, () => undefined);
    this.#unsettled.add(settled);
    void settled.then(() => this.#unsettled.delete(settled));
    return done;
  }

  async #slot(): Promise<void> {
    if (this.#active < IN_FLIGHT) {
      this.#active++;
      return;
    }
    await new Promise<void>((resolve) => this.#waiting.push(resolve)); // the slot of the job that ends
  }

  #release(): void {
    const next = this.#waiting.shift();
    if (next === undefined) this.#active--;
    else next();
  }

  hashFile(absPath: string): Promise<string> {
    return hashFile(absPath);
  }

  async close(): Promise<void> {
    while (this.#unsettled.size > 0) await Promise.all(this.#unsettled);
  }
}


type Pending = {
  readonly id: number;
  readonly reject: (e: Error) => void;
} & (
  | { readonly job: TaskJob; readonly onProgress: RowProgress | undefined; readonly resolve: (r: JobResult) => void }
  | { readonly hash: string; readonly resolve: (sha256: string) => void }
);

interface Slot {
  readonly worker: Worker;
  busy: Pending | null;
}

/** A fixed pool of worker threads taking jobs from one queue, first come first served. */
export class WorkerPool implements JobRunner {
  readonly #slots: Slot[] = [];
  readonly #queue: Pending[] = [];
  #nextId = 0;
  #failure: Error | null = null;

  constructor(size: number = availableParallelism()) {
    for (let i = 0; i < Math.max(1, size); i++) this.#slots.push(this.#start());
  }

  get size(): number {
    return this.#slots.length;
  }

  #start(): Slot {
    const worker = startWorker('file-task-worker', new URL('./file-task-worker.ts', import.meta.url));
    const slot: Slot = { worker, busy: null };
    worker.on('message', (m: FromWorker) => {
      const p = slot.busy;
      if (p === null || p.id !== m.id) return;
      if (m.type === 'progress') {
        if ('job' in p) p.onProgress?.(m.rows);
        return;
      }
      slot.busy = null;
      if (m.type === 'hashed') {
        if ('hash' in p) p.resolve(m.sha256);
        else p.reject(new Error('a file worker answered a job with a hash'));
      } else if (m.type === 'done') {
        if (!('job' in p)) {
          p.reject(new Error('a file worker answered a hash with a job result'));
          this.#pump();
          return;
        }
        let unpacked: JobResult;
        try {
          unpacked = unpackJobResult(m.value);
        } catch (error) {
          p.reject(error instanceof Error ? error : new Error(String(error)));
          this.#pump();
          return;
        }
        p.resolve(unpacked);
      }
      else {
        const error = new Error(`${'job' in p ? p.job.task.path : p.hash}: ${m.message}`);
        error.stack = m.stack;
        p.reject(error);
      }
      this.#pump();
    });
    worker.on('error', (error: Error) => this.#fail(error));
    worker.on('exit', (code) => {
      if (code !== 0) this.#fail(new Error(`a file worker stopped with exit code ${code}`));
    });
    return slot;
  }

  #fail(error: Error): void {
    if (this.#failure !== null) return;
    this.#failure = error;
    for (const s of this.#slots) {
      s.busy?.reject(error);
      s.busy = null;
    }
    for (const p of this.#queue.splice(0)) p.reject(error);
  }

  run(job: TaskJob, onProgress?: RowProgress): Promise<JobResult> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    return new Promise<JobResult>((resolve, reject) => {
      this.#queue.push({ id: this.#nextId++, job, onProgress, resolve, reject });
      this.#pump();
    });
  }

  hashFile(absPath: string): Promise<string> {
    if (this.#failure !== null) return Promise.reject(this.#failure);
    return new Promise<string>((resolve, reject) => {
      // Ahead of the file jobs: a check is short, and the main thread waits for it.
      this.#queue.unshift({ id: this.#nextId++, hash: absPath, resolve, reject });
      this.#pump();
    });
  }

  #pump(): void {
    for (const slot of this.#slots) {
      if (slot.busy !== null) continue;
      const next = this.#queue.shift();
      if (next === undefined) return;
      slot.busy = next;
      slot.worker.postMessage(('job' in next ? { id: next.id, job: next.job } : { id: next.id, hash: next.hash }) satisfies ToWorker);
    }
  }

  async close(): Promise<void> {
    const slots = this.#slots.splice(0);
    this.#failure ??= new Error('the worker pool is closed');
    await Promise.all(slots.map((s) => s.worker.terminate()));
  }
}
