// Whether this process runs from the tool's bundle (src/cli/compile.mjs, started by
// src/cli/run.mjs) or from the TypeScript sources (tsx, the tests): a file the bundle holds in
// place of a source file that is loaded apart (Eleventy's configuration, a worker thread).

import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type { WorkerOptions } from 'node:worker_threads';

/** Where compile.mjs importCompiled puts the bundle's folder (its COMPILED_FOLDER: the same name). */
const COMPILED_FOLDER = Symbol.for('csr-report.compiled-folder');

/** The bundle's copy of an entry (compile.mjs ENTRIES) or the templates it compiled
 * (`nunjucks-includes`), or null when the process runs from the sources. */
export function compiledFile(entry: 'eleventy-config' | 'file-task-worker' | 'nunjucks-includes'): string | null {
  const dir = (globalThis as Record<symbol, unknown>)[COMPILED_FOLDER];
  return typeof dir === 'string' ? path.join(dir, `${entry}.mjs`) : null;
}

/**
 * A worker thread running `entry`: the bundle's copy, or else its TypeScript source `source`
 * through source-worker.mjs (Node 20 does not pass tsx's loader on to workers).
 */
export function startWorker(entry: 'file-task-worker', source: URL, options: WorkerOptions = {}): Worker {
  const compiled = compiledFile(entry);
  return compiled !== null
    ? new Worker(compiled, options)
    : new Worker(new URL('./source-worker.mjs', import.meta.url), { ...options, argv: [source.href] });
}
