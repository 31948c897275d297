// Vitest global setup: every temporary folder the tests (and the builds they start) make goes
// into one folder of this run, removed when the run ends, so that no run leaves folders behind
// in the system's temp folder, whatever a test forgets to remove.

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export default function setup(): () => void {
  const run = mkdtempSync(path.join(tmpdir(), 'csr-report-tests-'));
  const before = process.env['TMPDIR'];
  // The test processes (forks) start after this and inherit it; os.tmpdir() reads it.
  process.env['TMPDIR'] = run;
  return () => {
    if (before === undefined) delete process.env['TMPDIR'];
    else process.env['TMPDIR'] = before;
    rmSync(run, { recursive: true, force: true });
  };
}
