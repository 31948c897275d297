// A worker thread of the pool (workers.ts): runs the jobs it is sent, one at a time, and posts
// back progress and the result (or the failure) of each.

import { parentPort } from 'node:worker_threads';
import { runJob } from './cache.ts';
import type { JobResult, TaskJob } from './cache.ts';

export type ToWorker = { readonly id: number; readonly job: TaskJob };

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly rows: number }
  | { readonly type: 'done'; readonly id: number; readonly value: JobResult }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack: string };

const port = parentPort;
if (port !== null) {
  port.on('message', (message: ToWorker) => {
    const { id, job } = message;
    const post = (m: FromWorker): void => port.postMessage(m);
    runJob(job, (rows) => post({ type: 'progress', id, rows })).then(
      (value) => post({ type: 'done', id, value }),
      (error: unknown) => post({
        type: 'failed',
        id,
        message: error instanceof Error ? error.message : String(error),
        stack: error instanceof Error ? (error.stack ?? '') : '',
      }),
    );
  });
}
