// The second half of the store's pruning rule (store.ts): whole data folders. Each build counts
// itself in builds.json; a data folder not built in the last builds goes, and, while the cache is
// over its size cap, those built longest ago. Within a data folder, Store.prune removes what a run
// did not use.

import { lstat, readFile, readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ensurePrivateDir, writePrivateFile } from '../util/private-files.ts';
import { STORE_KINDS } from './store.ts';

export interface PruneLimits {
  /** The whole cache folder above this many bytes: the data folders built longest ago go first. */
  readonly maxBytes: number;
  /** A data folder not built in this many builds (of any data folder) is removed. */
  readonly maxIdleBuilds: number;
  /** A group changed less than this long ago is kept (a build of it may be running). */
  readonly keepRecentMs?: number;
}

/** The default size cap: CSR_REPORT_CACHE_MAX_BYTES, else 4 GiB. */
export function defaultPruneLimits(env: NodeJS.ProcessEnv = process.env): PruneLimits {
  const set = Number(env['CSR_REPORT_CACHE_MAX_BYTES']);
  return { maxBytes: Number.isFinite(set) && set > 0 ? set : 4 * 1024 ** 3, maxIdleBuilds: 10, keepRecentMs: 10 * 60_000 };
}

/** Which build last used each group (a counter of builds, kept in the cache folder). */
interface BuildRecord {
  build: number;
  used: Record<string, number>;
}

const RECORD_FILE = 'builds.json';
const GROUP_NAME = /^([0-9a-f]{16})(?:[-.].*)?$/;

async function sizeOf(full: string): Promise<{ bytes: number; changed: number }> {
  const s = await lstat(full).catch(() => null);
  if (s === null) return { bytes: 0, changed: 0 };
  if (!s.isDirectory()) return { bytes: s.size, changed: s.mtimeMs };
  let bytes = 0;
  let changed = s.mtimeMs;
  for (const name of await readdir(full).catch(() => [])) {
    const sub = await sizeOf(path.join(full, name));
    bytes += sub.bytes;
    changed = Math.max(changed, sub.changed);
  }
  return { bytes, changed };
}

/**
 * Records a build of the data folder whose group (cacheGroupOf) is `current`, then removes from
 * the cache folder the groups of the data folders not built in the last `maxIdleBuilds` builds,
 * and, while the cache holds more than `maxBytes`, those built longest ago. The current group is
 * never removed.
 */
export async function pruneCache(cacheDir: string, current: string, limits: PruneLimits = defaultPruneLimits()): Promise<void> {
  const root = path.resolve(cacheDir);
  await ensurePrivateDir(root);
  const recordFile = path.join(root, RECORD_FILE);
  let record: BuildRecord = { build: 0, used: {} };
  try {
    const read = JSON.parse(await readFile(recordFile, 'utf8')) as Partial<BuildRecord>;
    if (typeof read.build === 'number' && read.used !== null && typeof read.used === 'object') record = { build: read.build, used: { ...read.used } };
  } catch {
    // none yet, or damaged: start counting again
  }
  record.build += 1;
  record.used[current] = record.build;
  const members = new Map<string, string[]>();
  for (const name of await readdir(root)) {
    const group = GROUP_NAME.exec(name)?.[1];
    if (group === undefined) continue;
    members.set(group, [...(members.get(group) ?? []), name]);
  }
  // What an older version kept for the data folder built now (its entries in the group's folder,
  // its pages, ledgers and verdicts beside it) is not read by this one: it goes.
  for (const name of members.get(current) ?? []) {
    if (name !== current) await rm(path.join(root, name), { recursive: true, force: true });
  }
  if (members.has(current)) members.set(current, [current]);
  for (const name of await readdir(path.join(root, current)).catch(() => [])) {
    if (!(STORE_KINDS as readonly string[]).includes(name)) await rm(path.join(root, current, name), { recursive: true, force: true });
  }
  // A group found but never recorded (made before the record began) counts as used now.
  for (const group of members.keys()) record.used[group] ??= record.build;
  for (const group of Object.keys(record.used)) if (!members.has(group) && group !== current) delete record.used[group];

  const sizes = new Map<string, { bytes: number; changed: number }>();
  for (const [group, names] of members) {
    let bytes = 0;
    let changed = 0;
    for (const name of names) {
      const s = await sizeOf(path.join(root, name));
      bytes += s.bytes;
      changed = Math.max(changed, s.changed);
    }
    sizes.set(group, { bytes, changed });
  }
  const recent = Date.now() - (limits.keepRecentMs ?? 0);
  const removable = (group: string): boolean =>
    group !== current && (!limits.keepRecentMs || (sizes.get(group)?.changed ?? 0) < recent);
  const remove = async (group: string): Promise<void> => {
    for (const name of members.get(group) ?? []) await rm(path.join(root, name), { recursive: true, force: true });
    members.delete(group);
    delete record.used[group];
  };
  for (const group of [...members.keys()]) {
    if (removable(group) && record.build - (record.used[group] ?? 0) > limits.maxIdleBuilds) await remove(group);
  }
  let total = 0;
  for (const group of members.keys()) total += sizes.get(group)?.bytes ?? 0;
  const oldestFirst = [...members.keys()].filter(removable).sort((a, b) => (record.used[a] ?? 0) - (record.used[b] ?? 0) || (a < b ? -1 : 1));
  for (const group of oldestFirst) {
    if (total <= limits.maxBytes) break;
    total -= sizes.get(group)?.bytes ?? 0;
    await remove(group);
  }
  const scratch = `${recordFile}.${process.pid}.tmp`;
  await writePrivateFile(scratch, `${JSON.stringify(record)}\n`);
  await rename(scratch, recordFile);
}
