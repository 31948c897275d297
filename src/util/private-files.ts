// Folders and files of the cache (issue 11): readable by the user who builds only, whatever the
// umask. A folder is 0700 and a file 0600; a published file copied out of the cache gets the
// mode a new file of the site gets (0666 less the umask), never the cache's.

import { chmod, copyFile, mkdir, rm, writeFile } from 'node:fs/promises';
import { constants } from 'node:fs';
import path from 'node:path';

export const PRIVATE_FOLDER_MODE = 0o700;
export const PRIVATE_FILE_MODE = 0o600;

/** Folders made private in this thread (a chmod per folder, not per file). */
const madePrivate = new Set<string>();

/**
 * Makes `dir` (and any missing folder above it) with mode 0700, and sets 0700 on `dir` when it
 * was there already (a cache folder an older version made readable by all).
 */
export async function ensurePrivateDir(dir: string): Promise<void> {
  const full = path.resolve(dir);
  if (madePrivate.has(full)) return;
  await mkdir(full, { recursive: true, mode: PRIVATE_FOLDER_MODE });
  await chmod(full, PRIVATE_FOLDER_MODE);
  madePrivate.add(full);
}

/** Writes a file of the cache: created 0600, and set to 0600 when it was there before. */
export async function writePrivateFile(file: string, data: string | Uint8Array): Promise<void> {
  await writeFile(file, data, { mode: PRIVATE_FILE_MODE });
  await chmod(file, PRIVATE_FILE_MODE);
}

/** The mode a new file gets here (0666 less the umask): what every other file of a site has. */
function newFileMode(): number {
  // process.umask() reads the mask; in a worker thread it cannot be set, only read.
  return 0o666 & ~process.umask();
}

/**
 * Copies a file out of the cache into the site, or into the cache from the site: a copy (a
 * reflink where the file system offers one, which is a copy too), never a hard link, so that a
 * change of either file never changes the other. `to` gets `mode` (default: a new file's).
 */
export async function copyOwnFile(from: string, to: string, mode: number = newFileMode()): Promise<void> {
  // An existing `to` is removed first: copying over it would write into its inode, which a hard
  // link made by an older version may share. copyFile gives the copy the source's mode: the
  // wanted one is set straight after.
  await rm(to, { force: true });
  await copyFile(from, to, constants.COPYFILE_FICLONE);
  await chmod(to, mode);
}
