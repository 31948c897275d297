// Atomic output (site.md): the new site is built in a staging folder beside the output folder
// and put in place by two renames only when it is complete and verified. A build killed at any
// moment leaves the previous site or the new one; killed between the two renames, it leaves the
// previous site complete at `<out>.previous`, and the next build puts it back first.
//
// Only the tool's own output is replaced (issue 11): an output folder is taken only when it is
// absent, empty, or a site this tool made (its downloads/manifest.json names the tool); never a
// file, a link, the folder of the tool, the folder the command was run from or one above it, the
// home folder, or a folder that holds the data folder or lies in it. A staging folder carries a
// mark file of its own (the site is built in `site/` inside it, so the mark is never published),
// `<out>.previous` is a renamed site of the tool; beside the output folder, only folders with
// these marks are ever removed or moved. The staging folder is private (0700) until the output
// scan has passed.

import { promises as fs } from 'node:fs';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { siteMadeBy } from './manifest.ts';

const PREVIOUS_SUFFIX = '.previous';
const STAGING_INFIX = '.staging-';
/** The mark file of a staging folder, and its exact text. */
const STAGING_MARK = 'csr-report-staging';
const STAGING_MARK_TEXT = 'A build of csr-report writes its new site here; the next build removes this folder.\n';

/** A build's staging folder: `dir` beside the output folder (marked, private), the new site in `site`. */
export interface Staging {
  readonly dir: string;
  readonly site: string;
}

/** A folder the output folder may never be or hold, and how a message names it. */
export interface KeptFolder {
  readonly folder: string;
  readonly what: string;
}

export interface OutputRules {
  /** The tool's name as its manifests record it (package.json). */
  readonly toolName: string;
  readonly dataDir: string;
  readonly keep: readonly KeptFolder[];
}

/** The output folder cannot or may not be used; the message is one line for the person (exit 2). */
export class OutputFolderRefused extends Error {
  override readonly name = 'OutputFolderRefused';
}

export function previousPath(outDir: string): string {
  return `${outDir}${PREVIOUS_SUFFIX}`;
}

async function lstatOrNull(p: string): Promise<Stats | null> {
  try {
    return await fs.lstat(p);
  } catch {
    return null;
  }
}

/** True when `inner` is `outer` or lies inside it. */
function contains(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (!rel.startsWith(`..${path.sep}`) && rel !== '..' && !path.isAbsolute(rel));
}

/** The real path of `p` (links resolved) for the part of it that exists; the rest appended. */
async function realPath(p: string): Promise<string> {
  const absolute = path.resolve(p);
  try {
    return await fs.realpath(absolute);
  } catch {
    const parent = path.dirname(absolute);
    if (parent === absolute) return absolute;
    return path.join(await realPath(parent), path.basename(absolute));
  }
}

function errorCode(error: unknown): string {
  return typeof error === 'object' && error !== null && 'code' in error ? String((error as { code: unknown }).code) : '';
}

/** Why a folder cannot be made or used, in words: a file in the way, no permission, … */
async function whyUnusable(target: string, error: unknown): Promise<string> {
  const code = errorCode(error);
  if (code === 'ENOTDIR' || code === 'EEXIST') {
    for (let p = target; path.dirname(p) !== p; p = path.dirname(p)) {
      const info = await fs.stat(p).catch(() => null);
      if (info !== null && !info.isDirectory()) return `${p} is a file, not a folder`;
    }
    return 'a file is in the way';
  }
  if (code === 'EACCES' || code === 'EPERM') return 'there is no permission to write there';
  if (code === 'EROFS') return 'the disk is read-only';
  if (code === 'ENOSPC') return 'the disk is full';
  return `it cannot be written (${code || (error instanceof Error ? error.message : String(error))})`;
}

const CHOOSE = 'give an empty or new folder with --out, such as --out _site';

function refuse(message: string): never {
  throw new OutputFolderRefused(message);
}

/** A site this tool made: a real folder whose manifest names the tool. */
async function isOurSite(dir: string, toolName: string): Promise<boolean> {
  const info = await lstatOrNull(dir);
  return info !== null && info.isDirectory() && (await siteMadeBy(dir)) === toolName;
}

/** A staging folder of this tool: a real folder holding the mark file with its exact text. */
async function isOurStaging(dir: string): Promise<boolean> {
  const info = await lstatOrNull(dir);
  if (info === null || !info.isDirectory()) return false;
  const mark = await lstatOrNull(path.join(dir, STAGING_MARK));
  if (mark === null || !mark.isFile() || mark.size !== Buffer.byteLength(STAGING_MARK_TEXT)) return false;
  return (await fs.readFile(path.join(dir, STAGING_MARK), 'utf8').catch(() => '')) === STAGING_MARK_TEXT;
}

/**
 * Checks, before anything is written, that a build may replace `outDir`; throws
 * OutputFolderRefused with one line for the person when it may not.
 */
export async function claimOutputFolder(outDir: string, rules: OutputRules): Promise<void> {
  let info: Stats | null = null;
  try {
    info = await fs.lstat(outDir);
  } catch (error) {
    const code = errorCode(error);
    if (code === 'EACCES' || code === 'EPERM') refuse(`the output folder ${outDir} cannot be used: there is no permission to read it; ${CHOOSE}`);
    if (code !== 'ENOENT') refuse(`the output folder ${outDir} cannot be used: ${await whyUnusable(outDir, error)}; ${CHOOSE}`);
  }
  if (info !== null && info.isSymbolicLink()) refuse(`--out ${outDir} is a link; give the folder itself, or an empty or new folder, with --out`);
  if (info !== null && !info.isDirectory()) refuse(`--out ${outDir} is a file, not a folder; a build would replace it with the site, so ${CHOOSE}`);

  const realOut = await realPath(outDir);
  for (const { folder, what } of rules.keep) {
    if (contains(realOut, await realPath(folder))) {
      refuse(`--out ${outDir} is ${what} or a folder above it; a build replaces everything in the output folder, so ${CHOOSE}`);
    }
  }
  const realData = await realPath(rules.dataDir);
  if (contains(realOut, realData)) refuse(`--out ${outDir} holds the data folder ${rules.dataDir}; a build replaces everything in the output folder, so ${CHOOSE} outside the data folder`);
  if (contains(realData, realOut)) refuse(`--out ${outDir} lies inside the data folder ${rules.dataDir}; the site would be read as data, so ${CHOOSE} outside the data folder`);

  if (info === null) return;
  let entries: string[];
  try {
    entries = await fs.readdir(outDir);
  } catch {
    refuse(`the output folder ${outDir} cannot be used: there is no permission to read it; ${CHOOSE}`);
  }
  if (entries.length === 0) return;
  if (!(await isOurSite(outDir, rules.toolName))) {
    refuse(`the output folder ${outDir} holds files this tool did not make, and a build replaces everything in it; ${CHOOSE}, or move those files away yourself`);
  }
  const previous = previousPath(outDir);
  if ((await lstatOrNull(previous)) !== null && !(await isOurSite(previous, rules.toolName))) {
    refuse(previousInTheWay(previous));
  }
}

function previousInTheWay(previous: string): string {
  return `${previous} is in the way: a build moves the previous site there for a moment while it puts the new one in place, and that folder was not made by this tool; move or rename it, then build again`;
}

/**
 * Undoes what a killed build left: the previous site back in place when the swap was cut
 * between its renames, and staging folders of builds that never finished removed. Touches only
 * folders that carry the tool's marks: a folder of the user's with a name like these is left.
 */
export async function recoverInterruptedSwap(outDir: string, toolName: string): Promise<void> {
  const previous = previousPath(outDir);
  if (await isOurSite(previous, toolName)) {
    if ((await lstatOrNull(outDir)) !== null) await fs.rm(previous, { recursive: true, force: true });
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
    const sibling = path.join(parent, name);
    if (name.startsWith(prefix) && await isOurStaging(sibling)) await fs.rm(sibling, { recursive: true, force: true });
  }
}

/**
 * A fresh staging folder beside the output folder (same file system, so rename is atomic),
 * marked as the tool's and private; the site goes into its `site` folder. Throws
 * OutputFolderRefused when it cannot be made (a file in the way, no permission).
 */
export async function createStaging(outDir: string): Promise<Staging> {
  let dir: string | null = null;
  try {
    await fs.mkdir(path.dirname(outDir), { recursive: true });
    dir = await fs.mkdtemp(`${outDir}${STAGING_INFIX}`); // 0700
    await fs.writeFile(path.join(dir, STAGING_MARK), STAGING_MARK_TEXT, { mode: 0o600 });
    const site = path.join(dir, 'site');
    await fs.mkdir(site, { mode: 0o700 });
    await fs.chmod(site, 0o700);
    return { dir, site };
  } catch (error) {
    if (dir !== null) await fs.rm(dir, { recursive: true, force: true }).catch(() => undefined);
    return refuse(`the output folder ${outDir} cannot be made: ${await whyUnusable(path.dirname(outDir), error)}; ${CHOOSE}`);
  }
}

export async function discardStaging(staging: Staging): Promise<void> {
  await fs.rm(staging.dir, { recursive: true, force: true });
}

/**
 * Puts the complete, scanned site of the staging folder in place of the output folder: makes it
 * readable (0755), checks once more that the output folder is still absent, empty or a site of
 * the tool, and swaps. The staging folder is gone afterwards.
 */
export async function swapIn(staging: Staging, outDir: string, toolName: string, hooks: SwapHooks = {}): Promise<void> {
  await fs.chmod(staging.site, 0o755);
  const previous = previousPath(outDir);
  const current = await lstatOrNull(outDir);
  if (current === null) {
    await fs.rename(staging.site, outDir);
  } else if (current.isDirectory() && !current.isSymbolicLink() && (await fs.readdir(outDir)).length === 0) {
    await fs.rmdir(outDir);
    await fs.rename(staging.site, outDir);
  } else {
    if (!(await isOurSite(outDir, toolName))) refuse(`the output folder ${outDir} holds files this tool did not make, and a build replaces everything in it; ${CHOOSE}, or move those files away yourself`);
    if ((await lstatOrNull(previous)) !== null) refuse(previousInTheWay(previous));
    await fs.rename(outDir, previous);
    await hooks.betweenRenames?.();
    await fs.rename(staging.site, outDir);
    await fs.rm(previous, { recursive: true, force: true });
  }
  await fs.rm(staging.dir, { recursive: true, force: true });
}

/** Called at a moment of the swap (a test stops the build there to kill it: test/e2e/). */
export interface SwapHooks {
  /** The old site is aside (<out>.previous) and the new one not yet in place. */
  readonly betweenRenames?: () => Promise<void>;
}
