// How the commands speak to the person at the terminal: every problem on stderr as one line
// `path:line: error: …`, a short count at the end, and never a stack trace.

import { formatDiagnostic, sortDiagnostics } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostics.ts';

export function reportProblems(diagnostics: readonly Diagnostic[], quiet: boolean): void {
  const sorted = sortDiagnostics(diagnostics);
  for (const d of sorted) process.stderr.write(`${formatDiagnostic(d)}\n`);
  const errors = sorted.filter((d) => d.severity === 'error').length;
  const warnings = sorted.length - errors;
  if (!quiet || errors > 0) {
    process.stderr.write(`${errors} ${errors === 1 ? 'error' : 'errors'}, ${warnings} ${warnings === 1 ? 'warning' : 'warnings'}\n`);
  }
}

export function exitWith(code: 0 | 1 | 2): void {
  process.exitCode = code;
}

/**
 * Runs a command's body; an unexpected failure becomes one plain line (no stack trace, which
 * could hold a value from the data) and exit status 1.
 */
export async function runMain(body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    process.stderr.write(`error: the build stopped unexpectedly: ${message}\n`);
    if (process.env.CSR_DEBUG) process.stderr.write(`${error instanceof Error ? error.stack : ''}\n`);
    process.exitCode = 1;
  }
}
