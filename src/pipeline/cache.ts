// The cache of file results (issue 6): a file task's result is stored on disk, keyed by the
// content hash of its input file, the tool's version and source, and everything else the result
// depends on (the settings, the factor rows, the declared indicators, the year); its ledger
// fragment is stored beside it. A build or a live-server refresh with unchanged CSVs then reads
// no CSV at all. An entry carries a SHA-256 of its own bytes and of its ledger; a corrupt,
// truncated or stale entry is ignored and overwritten, never trusted. In-process, a memory layer
// serves repeated calls of prepareReport (the live server) without touching the disk.
//
// Nothing personal at rest (issue 11): a result holds employee ids, e-mail addresses and whatever
// else the file held (a CPR number in a refused row, say), so every entry is encrypted
// (AES-256-GCM, which also makes a changed byte a miss) with a key derived from 32 random bytes
// kept in the cache's own `key` file (0600). The cache's folders are 0700 and its files 0600;
// nothing in it shares storage with a published file; it is pruned to a size cap and to the data
// folders built in the last builds (pruneCache).

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, link, lstat, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { FileResult, FileTask } from './file-task.ts';
import type { RowProgress } from './file-task.ts';
import type { LedgerFragment } from '../publish/write-downloads.ts';
import { PROJECT_ROOT, TOOL } from './tool.ts';
import { fileSha256 } from '../util/file-hash.ts';
import { ensurePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from '../util/private-files.ts';

/** Changes whenever the layout of an entry changes. */
const CACHE_FORMAT = 6;

/** The default cache folder: node_modules/.cache/csr-report (never inside the output). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env['CSR_REPORT_CACHE_DIR'];
  if (chosen === 'off' || chosen === '0') return null;
  if (chosen !== undefined && chosen !== '') return path.resolve(chosen);
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'csr-report');
}

/** The name of a data folder's group in the cache: its folders and files all begin with it. */
export function cacheGroupOf(dataDir: string): string {
  return createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
}

/** The folder of one data folder's entries (they are pruned per data folder). */
export function cacheFolderFor(cacheDir: string, dataDir: string): string {
  return path.join(cacheDir, cacheGroupOf(dataDir));
}

/** The cache's random key (32 bytes, `key` in the cache folder, mode 0600), made on first use. */
const KEY_FILE = 'key';
const KEY_BYTES = 32;

const secrets = new Map<string, Promise<Buffer>>();

/**
 * The cache folder's secret: read from its key file, or made (random) when there is none or it
 * is damaged; the folder is made private (0700) on the way. Entries made under another key are
 * simply misses.
 */
export function cacheSecret(cacheDir: string): Promise<Buffer> {
  const root = path.resolve(cacheDir);
  let known = secrets.get(root);
  if (known === undefined) {
    known = loadOrMakeSecret(root);
    secrets.set(root, known);
    known.catch(() => secrets.delete(root));
  }
  return known;
}

async function loadOrMakeSecret(root: string): Promise<Buffer> {
  await ensurePrivateDir(root);
  const file = path.join(root, KEY_FILE);
  const existing = await lstat(file).catch(() => null);
  if (existing !== null && existing.isFile() && existing.size === KEY_BYTES) {
    if ((existing.mode & 0o777) !== PRIVATE_FILE_MODE) await chmod(file, PRIVATE_FILE_MODE);
    const bytes = await readFile(file);
    if (bytes.length === KEY_BYTES) return bytes;
  }
  // Made under a scratch name (0600 from the start), then put in place by a link, which fails
  // when another process made one first: then that one is the key.
  const scratch = `${file}.${process.pid}-${threadId}-${Date.now()}.tmp`;
  await writeFile(scratch, randomBytes(KEY_BYTES), { mode: PRIVATE_FILE_MODE, flag: 'wx' });
  try {
    if (existing !== null) await rm(file, { recursive: true, force: true });
    await link(scratch, file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
  } finally {
    await unlink(scratch).catch(() => undefined);
  }
  const bytes = await readFile(file);
  if (bytes.length !== KEY_BYTES) throw new Error(`the cache key ${file} is damaged: delete the folder ${root}`);
  return bytes;
}

/** A key for one use, derived from the cache's secret (entries, scan verdicts). */
export async function cacheSubkey(cacheDir: string, use: 'entries' | 'scan-verdicts'): Promise<Buffer> {
  return createHmac('sha256', await cacheSecret(cacheDir)).update(`csr-report cache: ${use}`).digest();
}

const entryKeys = new Map<string, Promise<Buffer>>();

/** The key entries of this data folder's cache folder (cacheFolderFor) are encrypted with. */
function entryKeyOf(groupDir: string): Promise<Buffer> {
  let key = entryKeys.get(groupDir);
  if (key === undefined) {
    key = cacheSubkey(path.dirname(groupDir), 'entries');
    entryKeys.set(groupDir, key);
    key.catch(() => entryKeys.delete(groupDir));
  }
  return key;
}

/** Where a data folder's finished ledgers are kept (publish/write-downloads.ts LedgerFiles). */
export function ledgerCacheFolder(cacheDir: string, dataDir: string): string {
  return `${cacheFolderFor(cacheDir, dataDir)}-ledgers`;
}

/** Where a data folder's rendered pages are kept (render/page-cache.ts). */
export function pageCacheFolder(cacheDir: string, dataDir: string): string {
  return `${cacheFolderFor(cacheDir, dataDir)}-pages`;
}

let fingerprint: string | null = null;

/** SHA-256 over the tool's own TypeScript sources: a changed reader or formula is a new tool. */
export function codeFingerprint(): string {
  if (fingerprint !== null) return fingerprint;
  const hash = createHash('sha256');
  const src = path.join(PROJECT_ROOT, 'src');
  const walk = (dir: string): void => {
    for (const name of readdirSync(dir).sort()) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith('.ts')) hash.update(path.relative(src, full)).update('\0').update(readFileSync(full)).update('\0');
    }
  };
  walk(src);
  fingerprint = hash.digest('hex');
  return fingerprint;
}

/** The SHA-256 of an input file (the content part of its cache key). */
export const hashFile = fileSha256;

/** Hashes made in this process, with the file's identity and times when it was hashed. */
const remembered = new Map<string, { readonly stamp: string; readonly sha256: Promise<string> }>();

/**
 * hashFile for a process that reads the same folder again and again (the live server, whose
 * memory layer is keyed by content): a file whose size, inode, and modification and change
 * times (in nanoseconds) are what they were when it was last hashed is not read again. A build
 * never uses this: its workers hash every file.
 */
export async function hashFileRemembered(absPath: string): Promise<string> {
  const s = await stat(absPath, { bigint: true });
  const stamp = `${s.size}:${s.ino}:${s.mtimeNs}:${s.ctimeNs}`;
  const known = remembered.get(absPath);
  // A file changed in the last two seconds is hashed again all the same: a second save within
  // the file system's clock tick could keep the same size and times ("racy" in git's words).
  const settled = BigInt(Date.now()) * 1_000_000n - s.mtimeNs > 2_000_000_000n && BigInt(Date.now()) * 1_000_000n - s.ctimeNs > 2_000_000_000n;
  if (known !== undefined && known.stamp === stamp && settled) return known.sha256;
  const sha256 = hashFile(absPath);
  remembered.set(absPath, { stamp, sha256 });
  sha256.catch(() => remembered.delete(absPath));
  return sha256;
}

/** The key of a task's result, given its input file's SHA-256. */
export function cacheKey(task: FileTask, fileSha256: string): string {
  const material = JSON.stringify({
    format: CACHE_FORMAT,
    // Name and version only: the commit, Node and ICU (the manifest's) do not change a result.
    tool: { name: TOOL.name, version: TOOL.version },
    code: codeFingerprint(),
    kind: task.kind,
    fold: task.fold,
    path: task.path,
    year: task.year ?? null,
    file: fileSha256,
    settings: task.settings,
    declared: task.declared ?? null,
    factors: task.factors ?? null,
  });
  return createHash('sha256').update(material).digest('hex');
}

/** A task with what the cache needs; runs in a worker or in the main thread. */
export interface TaskJob {
  readonly task: FileTask;
  /**
   * The cache key (cacheKey), or null: the file could not be hashed; read it, cache nothing; or
   * undefined: hash the file where the job runs (a worker), and make the key there.
   */
  readonly key: string | null | undefined;
  /** This data folder's cache folder (cacheFolderFor), or null for no disk cache. */
  readonly cacheDir: string | null;
  /** The result must come with its ledger fragment (travel and energy of a build). */
  readonly needLedger: boolean;
  /** Where to write the fragment when it is not cached. */
  readonly scratchLedgerPath: string | null;
}

interface JobOutcome {
  /** The result came from the disk cache. */
  readonly hit: boolean;
  /** The ledger fragment lives in the cache (keep it); otherwise it is scratch (delete after use). */
  readonly ledgerCached: boolean;
  /** The key the job ran under (made by the job when it was given none). */
  readonly key: string | null;
}

export interface JobResult extends JobOutcome {
  readonly result: FileResult;
}

/**
 * A job's result as a worker sends it: the v8 serialisation of the result without its ledger
 * (the bytes of the cache entry, sent as they are, not deserialised and cloned again), and the
 * ledger fragment beside it. unpackJobResult turns it back into a JobResult.
 */
export interface PackedJobResult extends JobOutcome {
  readonly packed: Uint8Array;
  readonly ledger: LedgerFragment | null;
}

export function unpackJobResult(p: PackedJobResult): JobResult {
  const result = deserialize(p.packed) as FileResult;
  return { hit: p.hit, ledgerCached: p.ledgerCached, key: p.key, result: { ...result, ledger: p.ledger } };
}

/** What an entry holds besides the serialised result (format, key and ledger, read without deserialising). */
interface EntryHeader {
  readonly format: number;
  readonly key: string;
  readonly ledger: Omit<LedgerFragment, 'path'> | null;
}

const entryPath = (dir: string, key: string): string => path.join(dir, `${key}.entry`);
const ledgerPathOf = (dir: string, key: string): string => path.join(dir, `${key}.ledger`);

function needsLedger(job: TaskJob): boolean {
  return job.needLedger && (job.task.fold === 'travel' || job.task.fold === 'energy');
}

interface LoadedEntry {
  /** v8.serialize of the result with `ledger: null`. */
  readonly payload: Uint8Array;
  readonly ledger: LedgerFragment | null;
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** nonce | tag | AES-256-GCM of the plain bytes, bound to the entry's key (the additional data). */
function seal(secret: Buffer, key: string, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', secret, nonce);
  cipher.setAAD(Buffer.from(key, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** The plain bytes of seal, or null when the bytes were changed or sealed with another key. */
function unseal(secret: Buffer, key: string, sealed: Buffer): Buffer | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(key, 'utf8'));
    decipher.setAuthTag(sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/**
 * The stored result, if it is there, intact and made for this key; null otherwise. An entry is
 * sealed (AES-256-GCM) header length (4 bytes) | header JSON | payload; its ledger fragment is
 * checked against the size and SHA-256 the header records.
 */
async function loadRawEntry(dir: string, key: string, needLedger: boolean): Promise<LoadedEntry | null> {
  let bytes: Buffer;
  try {
    const sealed = await readFile(entryPath(dir, key));
    const plain = unseal(await entryKeyOf(dir), key, sealed);
    if (plain === null) return null;
    bytes = plain;
  } catch {
    return null;
  }
  if (bytes.length < 4) return null;
  const headerLength = bytes.readUInt32BE(0);
  if (4 + headerLength > bytes.length) return null;
  let header: EntryHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as EntryHeader;
  } catch {
    return null;
  }
  if (header === null || typeof header !== 'object' || header.format !== CACHE_FORMAT || header.key !== key) return null;
  const payload = bytes.subarray(4 + headerLength);
  if (header.ledger === null) return needLedger ? null : { payload, ledger: null };
  const ledgerFile = ledgerPathOf(dir, key);
  try {
    const s = await stat(ledgerFile);
    if (s.size !== header.ledger.bytes || (await hashFile(ledgerFile)) !== header.ledger.sha256) return null;
  } catch {
    return null;
  }
  return { payload, ledger: { ...header.ledger, path: ledgerFile } };
}

/** The stored result, if it is there, intact and made for this key; null otherwise. */
export async function loadEntry(dir: string, key: string, needLedger: boolean): Promise<FileResult | null> {
  const raw = await loadRawEntry(dir, key, needLedger);
  if (raw === null) return null;
  try {
    const result = deserialize(raw.payload) as FileResult;
    return { ...result, ledger: raw.ledger };
  } catch {
    return null;
  }
}

function withoutLedger(result: FileResult): Uint8Array {
  return serialize({ ...result, ledger: null } satisfies FileResult);
}

async function storeEntry(dir: string, key: string, result: FileResult, payload: Uint8Array, scratch: string): Promise<LedgerFragment | null> {
  let ledger: LedgerFragment | null = null;
  if (result.ledger !== null) {
    await chmod(result.ledger.path, PRIVATE_FILE_MODE);
    await rename(result.ledger.path, ledgerPathOf(dir, key));
    ledger = { ...result.ledger, path: ledgerPathOf(dir, key) };
  }
  const header: EntryHeader = {
    format: CACHE_FORMAT,
    key,
    ledger: ledger === null ? null
      : { bytes: ledger.bytes, sha256: ledger.sha256, scan: ledger.scan, ...(ledger.source === undefined ? {} : { source: ledger.source }) },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  await writePrivateFile(scratch, seal(await entryKeyOf(dir), key, Buffer.concat([length, headerBytes, payload])));
  await rename(scratch, entryPath(dir, key));
  return ledger;
}

/** Runs a job: from the disk cache when it holds the result, else by reading the file (and storing it). */
export async function runJob(job: TaskJob, onProgress?: RowProgress): Promise<JobResult> {
  return unpackJobResult(await runJobPacked(job, onProgress));
}

/** runJob, with the result packed for sending to another thread. */
export async function runJobPacked(job: TaskJob, onProgress?: RowProgress): Promise<PackedJobResult> {
  const ledger = needsLedger(job);
  const { cacheDir } = job;
  let key = job.key;
  if (key === undefined) {
    try {
      key = cacheKey(job.task, await hashFile(path.join(job.task.dataDir, ...job.task.path.split('/'))));
    } catch {
      key = null; // unreadable: the reader says why
    }
  }
  if (key !== null && cacheDir !== null) {
    const hit = await loadRawEntry(cacheDir, key, ledger);
    if (hit !== null) return { packed: hit.payload, ledger: hit.ledger, hit: true, ledgerCached: hit.ledger !== null, key };
  }
  const tmp = `.${process.pid}-${threadId}-${Date.now()}.tmp`;
  const store = key !== null && cacheDir !== null ? { dir: cacheDir, key } : null;
  if (store !== null) {
    await ensurePrivateDir(path.dirname(store.dir));
    await ensurePrivateDir(store.dir);
  }
  const ledgerPath = !ledger ? null : store !== null ? ledgerPathOf(store.dir, store.key) + tmp : job.scratchLedgerPath;
  // The reader is loaded on the first miss only: a worker serving a warm cache starts faster.
  const { runFileTask } = await import('./file-task.ts');
  const result = await runFileTask(job.task, { ledgerPath, ...(onProgress ? { onProgress } : {}) });
  const packed = withoutLedger(result);
  // The file changed between hashing and reading: use the result, but do not store it. Nor a
  // ledger fragment that could hold a CPR number or an e-mail address (the ledger is published
  // text, which the output scan then reads in full): it is used once, as scratch.
  const privateLedger = result.ledger !== null && (result.ledger.scan.cpr || result.ledger.scan.at);
  if (store === null || privateLedger || result.checkFailed === true || cacheKey(job.task, result.info.sha256) !== store.key) {
    return { packed, ledger: result.ledger, hit: false, ledgerCached: false, key };
  }
  const stored = await storeEntry(store.dir, store.key, result, packed, entryPath(store.dir, store.key) + tmp);
  return { packed, ledger: stored, hit: false, ledgerCached: stored !== null, key };
}

/** Deletes the entries of a cache folder that the last run did not use (and stale scratch files). */
export async function pruneCacheFolder(dir: string, used: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return;
  }
  const hourAgo = Date.now() - 3_600_000;
  await Promise.all(names.map(async (name) => {
    const full = path.join(dir, name);
    const key = name.split('.')[0] ?? '';
    if (name.endsWith('.tmp')) {
      const s = await stat(full).catch(() => null);
      if (s !== null && s.mtimeMs < hourAgo) await rm(full, { force: true });
      return;
    }
    if (!used.has(key)) await rm(full, { force: true });
  }));
}

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

/**
 * Removes a data folder's ledger fragments and finished ledgers from the cache: called when the
 * output scan refused a build, whose ledgers may then hold what it found. Their entries become
 * misses (the files are read again next time).
 */
export async function forgetLedgers(cacheDir: string, dataDir: string): Promise<void> {
  const group = cacheFolderFor(cacheDir, dataDir);
  await rm(ledgerCacheFolder(cacheDir, dataDir), { recursive: true, force: true });
  for (const name of await readdir(group).catch(() => [])) {
    if (name.includes('.ledger')) await rm(path.join(group, name), { force: true });
  }
}

/** Results kept in this process (the live server), newest last; bounded by rows held. */
export class MemoryCache {
  readonly #entries = new Map<string, { result: FileResult; weight: number }>();
  readonly #maxWeight: number;
  #weight = 0;

  constructor(maxRows = 2_000_000) {
    this.#maxWeight = maxRows;
  }

  get(key: string, needLedger: boolean): FileResult | null {
    const e = this.#entries.get(key);
    if (e === undefined) return null;
    const { result } = e;
    if (result.ledger !== null) {
      let size = -1;
      try {
        size = statSync(result.ledger.path).size;
      } catch {
        // gone
      }
      if (size !== result.ledger.bytes) {
        this.delete(key);
        return null;
      }
    } else if (needLedger && (result.output.fold === 'travel' || result.output.fold === 'energy')) return null;
    this.#entries.delete(key);
    this.#entries.set(key, e);
    return result;
  }

  set(key: string, result: FileResult): void {
    this.delete(key);
    const weight = 1 + (result.output.fold === 'collect' || result.output.fold === 'suppliers' ? result.output.rows.length : result.output.fold === 'workforce' ? result.output.employeeIds.length : 0);
    this.#entries.set(key, { result, weight });
    this.#weight += weight;
    for (const [k, e] of this.#entries) {
      if (this.#weight <= this.#maxWeight) break;
      this.#entries.delete(k);
      this.#weight -= e.weight;
    }
  }

  delete(key: string): void {
    const e = this.#entries.get(key);
    if (e === undefined) return;
    this.#entries.delete(key);
    this.#weight -= e.weight;
  }

  clear(): void {
    this.#entries.clear();
    this.#weight = 0;
  }

  get size(): number {
    return this.#entries.size;
  }
}

/** The process's memory layer, shared by every prepareReport call that does not bring its own. */
export const processCache = new MemoryCache();
