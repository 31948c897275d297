// A worker thread of the pool (workers.ts): runs the jobs it is sent, one at a time, and posts
// back progress and the result (or the failure) of each, packed (cache.ts PackedJobResult).

import { parentPort } from 'node:worker_threads';
import { hashFile, runJobPacked } from './cache.ts';
import type { PackedJobResult, TaskJob } from './cache.ts';

/** A file job, or the SHA-256 of a file (a cached ledger's check). */
export type ToWorker =
  | { readonly id: number; readonly job: TaskJob }
  | { readonly id: number; readonly hash: string };

export type FromWorker =
  | { readonly type: 'progress'; readonly id: number; readonly rows: number }
  | { readonly type: 'done'; readonly id: number; readonly value: PackedJobResult }
  | { readonly type: 'hashed'; readonly id: number; readonly sha256: string }
  | { readonly type: 'failed'; readonly id: number; readonly message: string; readonly stack: string };

const port = parentPort;
if (port !== null) {
  port.on('message', (message: ToWorker) => {
    const { id } = message;
    const post = (m: FromWorker): void => port.postMessage(m);
    const failed = (error: unknown): void => post({
      type: 'failed',
      id,
      message: error instanceof Error ? error.message : String(error),
      stack: error instanceof Error ? (error.stack ?? '') : '',
    });
    if ('hash' in message) {
      hashFile(message.hash).then((sha256) => post({ type: 'hashed', id, sha256 }), failed);
      return;
    }
    runJobPacked(message.job, (rows) => post({ type: 'progress', id, rows })).then(
      (value) => {
        // The packed result moves to the main thread without a copy (its own buffer, transferred).
        const packed = value.packed.byteOffset === 0 && value.packed.byteLength === value.packed.buffer.byteLength
          ? value.packed : new Uint8Array(value.packed);
        port.postMessage({ type: 'done', id, value: { ...value, packed } } satisfies FromWorker, [packed.buffer as ArrayBuffer]);
      },
      failed,
    );
  });
}
