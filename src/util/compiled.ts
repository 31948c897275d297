// Whether this process runs from the tool's bundle (src/cli/compile.mjs, started by
// src/cli/run.mjs) or from the TypeScript sources (tsx, the tests): a file the bundle holds in
// place of a source file that is loaded apart (Eleventy's configuration, the worker thread).

import path from 'node:path';

/** Where run.mjs puts the bundle's folder (compile.mjs COMPILED_FOLDER: the same name). */
const COMPILED_FOLDER = Symbol.for('csr-report.compiled-folder');

/** The bundle's copy of an entry (compile.mjs ENTRIES), or null when the process runs from the sources. */
export function compiledFile(entry: 'eleventy-config' | 'file-task-worker' | 'page-scan-worker'): string | null {
  const dir = (globalThis as Record<symbol, unknown>)[COMPILED_FOLDER];
  return typeof dir === 'string' ? path.join(dir, `${entry}.mjs`) : null;
}
