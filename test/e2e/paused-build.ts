// A test's entry point of the build command (test/e2e/harness.ts startPausedBuild): the real
// command, with a pause injected at the point CSR_TEST_PAUSE_AT names. There it writes the
// point's name to the file CSR_TEST_PAUSE_MARKER and waits, so that the test can SIGKILL the build
// right there. The tool itself has no such pause: only this file reads these variables.

import { writeFile } from 'node:fs/promises';
import { buildCommand } from '../../src/cli/build-command.ts';
import { runMain } from '../../src/cli/report.ts';
import type { PausePoint } from '../../src/pipeline/options.ts';

/** How long a paused build waits for its killer before it carries on (a crashed test leaves no
 * build behind for ever). */
const PAUSE_LIMIT_MS = 120_000;

const at = process.env['CSR_TEST_PAUSE_AT'];
const marker = process.env['CSR_TEST_PAUSE_MARKER'];

async function pause(point: PausePoint): Promise<void> {
  if (point !== at) return;
  if (marker !== undefined && marker !== '') await writeFile(marker, point);
  await new Promise<void>((resolve) => setTimeout(resolve, PAUSE_LIMIT_MS));
}

await runMain(() => buildCommand(process.argv.slice(2), { pause }));
