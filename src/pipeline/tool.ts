// The tool that built a site, pinned (site.md "Downloads"): its name and version, the git commit
// it was built from, the SHA-256 of package-lock.json, and Node's and ICU's versions. The
// manifest records it; the cache and page keys use name and version; `build --version` prints it.

import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ToolInfo } from '../model/site.ts';

/** The project root (where package.json, .eleventy.ts and templates/ are). */
export const PROJECT_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

const UNKNOWN = 'unknown';
const HASH = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

/** The git folder of `root`: `.git`, or where a `.git` file (a worktree) points. */
function gitDirOf(root: string): string | null {
  const dotGit = path.join(root, '.git');
  let isDir: boolean;
  try {
    isDir = statSync(dotGit).isDirectory();
  } catch {
    return null;
  }
  if (isDir) return dotGit;
  const pointer = /^gitdir:\s*(.+?)\s*$/m.exec(readText(dotGit) ?? '');
  return pointer?.[1] === undefined ? null : path.resolve(root, pointer[1]);
}

/**
 * The commit `root` is checked out at, read from its .git folder without a git binary (HEAD, then
 * the branch's ref file or packed-refs, a worktree's common folder included); "unknown" outside
 * git or where it cannot be told.
 */
export function gitCommit(root: string): string {
  const gitDir = gitDirOf(root);
  if (gitDir === null) return UNKNOWN;
  const head = readText(path.join(gitDir, 'HEAD'))?.trim() ?? '';
  if (HASH.test(head)) return head;
  const ref = /^ref:\s*(refs\/\S+)$/.exec(head)?.[1];
  if (ref === undefined || ref.split('/').includes('..')) return UNKNOWN;
  const common = readText(path.join(gitDir, 'commondir'))?.trim();
  const dirs = [gitDir, ...(common ? [path.resolve(gitDir, common)] : [])];
  for (const dir of dirs) {
    const loose = readText(path.join(dir, ...ref.split('/')))?.trim() ?? '';
    if (HASH.test(loose)) return loose;
  }
  for (const dir of dirs) {
    for (const line of (readText(path.join(dir, 'packed-refs')) ?? '').split('\n')) {
      const [hash, name] = line.trim().split(' ');
      if (name === ref && hash !== undefined && HASH.test(hash)) return hash;
    }
  }
  return UNKNOWN;
}

function fileSha256(file: string): string {
  try {
    return createHash('sha256').update(readFileSync(file)).digest('hex');
  } catch {
    return UNKNOWN;
  }
}

/** The tool in the project folder `root`, with this process's Node and ICU. */
export function toolInfo(root: string = PROJECT_ROOT): ToolInfo {
  const pkg = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')) as { name: string; version: string };
  return {
    name: pkg.name,
    version: pkg.version,
    commit: gitCommit(root),
    lockfileSha256: fileSha256(path.join(root, 'package-lock.json')),
    node: process.versions.node,
    icu: process.versions.icu ?? UNKNOWN,
  };
}

export const TOOL: ToolInfo = toolInfo(PROJECT_ROOT);

/** `build --version`: one field a line, `name value`. */
export function toolLines(tool: ToolInfo): string {
  return `name ${tool.name}\nversion ${tool.version}\ncommit ${tool.commit}\nlockfileSha256 ${tool.lockfileSha256}\nnode ${tool.node}\nicu ${tool.icu}\n`;
}
