// Atomic output (site.md): the new site is built in a staging folder beside the output folder
// and put in place by two renames only when it is complete and verified. A build killed at any
// moment leaves the previous site or the new one; killed between the two renames, it leaves the
// previous site complete at `<out>.previous`, and the next build puts it back first.

import { promises as fs } from 'node:fs';
import path from 'node:path';

const PREVIOUS_SUFFIX = '.previous';
const STAGING_INFIX = '.staging-';

export function previousPath(outDir: string): string {
  return `${outDir}${PREVIOUS_SUFFIX}`;
}

async function exists(p: string): Promise<boolean> {
  try {
    await fs.lstat(p);
    return true;
  } catch {
    return false;
  }
}

/**
 * Undoes what a killed build left: the previous site back in place when the swap was cut
 * between its renames, and staging folders of builds that never finished removed.
 */
export async function recoverInterruptedSwap(outDir: string): Promise<void> {
  const previous = previousPath(outDir);
  if (await exists(previous)) {
    if (await exists(outDir)) await fs.rm(previous, { recursive: true, force: true });
    else await fs.rename(previous, outDir);
  }
  const parent = path.dirname(outDir);
  const prefix = `${path.basename(outDir)}${STAGING_INFIX}`;
  let siblings: string[] = [];
  try {
    siblings = await fs.readdir(parent);
  } catch {
    return;
  }
  for (const name of siblings) {
    if (name.startsWith(prefix)) await fs.rm(path.join(parent, name), { recursive: true, force: true });
  }
}

/** A fresh, empty staging folder beside the output folder (same file system, so rename is atomic). */
export async function createStaging(outDir: string): Promise<string> {
  await fs.mkdir(path.dirname(outDir), { recursive: true });
  const staging = await fs.mkdtemp(`${outDir}${STAGING_INFIX}`);
  await fs.chmod(staging, 0o755); // mkdtemp makes it private; a published site is readable
  return staging;
}

export async function discardStaging(staging: string): Promise<void> {
  await fs.rm(staging, { recursive: true, force: true });
}

/** Puts the complete staging folder in place of the output folder. */
export async function swapIn(staging: string, outDir: string): Promise<void> {
  const previous = previousPath(outDir);
  if (await exists(outDir)) {
    await fs.rename(outDir, previous);
    await pauseForTest('between-renames');
    await fs.rename(staging, outDir);
    await fs.rm(previous, { recursive: true, force: true });
  } else {
    await fs.rename(staging, outDir);
  }
}

/** The moments of a build where a test may stop it to kill it (test/e2e/atomic-kill.test.ts). */
export type PausePoint = 'after-render' | 'before-swap' | 'between-renames';

/** How long a paused build waits for its killer before it carries on (a crashed test leaves no
 * build behind for ever). */
const PAUSE_LIMIT_MS = 120_000;

/**
 * For tests only: when `CSR_TEST_PAUSE_AT` names this point, writes the point's name to the file
 * `CSR_TEST_PAUSE_MARKER` (when set) and waits, so that the test can SIGKILL the build right here.
 */
export async function pauseForTest(point: PausePoint): Promise<void> {
  if (process.env['CSR_TEST_PAUSE_AT'] !== point) return;
  const marker = process.env['CSR_TEST_PAUSE_MARKER'];
  if (marker !== undefined && marker !== '') await fs.writeFile(marker, point);
  await new Promise<void>((resolve) => setTimeout(resolve, PAUSE_LIMIT_MS));
}
