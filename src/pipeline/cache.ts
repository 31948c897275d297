// The cache of file results (issue 6): a file task's result is stored on disk, keyed by the
// content hash of its input file, the tool's version and source, and everything else the result
// depends on (the settings, the factor rows, the declared indicators, the year); its ledger
// fragment is stored beside it. A build or a live-server refresh with unchanged CSVs then reads
// no CSV at all. An entry carries a SHA-256 of its own bytes and of its ledger; a corrupt,
// truncated or stale entry is ignored and overwritten, never trusted. In-process, a memory layer
// serves repeated calls of prepareReport (the live server) without touching the disk.

import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { threadId } from 'node:worker_threads';
import type { FileResult, FileTask } from './file-task.ts';
import type { RowProgress } from './file-task.ts';
import type { LedgerFragment } from '../publish/write-downloads.ts';
import { PROJECT_ROOT, TOOL } from './tool.ts';
import { fileSha256 } from '../util/file-hash.ts';

/** Changes whenever the layout of an entry changes. */
const CACHE_FORMAT = 5;

/** The default cache folder: node_modules/.cache/csr-report (never inside the output). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env['CSR_REPORT_CACHE_DIR'];
  if (chosen === 'off' || chosen === '0') return null;
  if (chosen !== undefined && chosen !== '') return path.resolve(chosen);
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'csr-report');
}

/** The folder of one data folder's entries (they are pruned per data folder). */
export function cacheFolderFor(cacheDir: string, dataDir: string): string {
  return path.join(cacheDir, createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16));
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

/**
 * The stored result, if it is there, intact and made for this key; null otherwise. An entry is
 * SHA-256(rest) | header length (4 bytes) | header JSON | payload; its ledger fragment is checked
 * against the size and SHA-256 the header records.
 */
async function loadRawEntry(dir: string, key: string, needLedger: boolean): Promise<LoadedEntry | null> {
  let bytes: Buffer;
  try {
    bytes = await readFile(entryPath(dir, key));
  } catch {
    return null;
  }
  if (bytes.length < 36) return null;
  if (!createHash('sha256').update(bytes.subarray(32)).digest().equals(bytes.subarray(0, 32))) return null;
  const headerLength = bytes.readUInt32BE(32);
  if (36 + headerLength > bytes.length) return null;
  let header: EntryHeader;
  try {
    header = JSON.parse(bytes.toString('utf8', 36, 36 + headerLength)) as EntryHeader;
  } catch {
    return null;
  }
  if (header === null || typeof header !== 'object' || header.format !== CACHE_FORMAT || header.key !== key) return null;
  const payload = bytes.subarray(36 + headerLength);
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
    await rename(result.ledger.path, ledgerPathOf(dir, key));
    ledger = { ...result.ledger, path: ledgerPathOf(dir, key) };
  }
  const header: EntryHeader = {
    format: CACHE_FORMAT,
    key,
    ledger: ledger === null ? null : { bytes: ledger.bytes, sha256: ledger.sha256, scan: ledger.scan },
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const length = Buffer.alloc(4);
  length.writeUInt32BE(headerBytes.length);
  const rest = Buffer.concat([length, headerBytes, payload]);
  await writeFile(scratch, Buffer.concat([createHash('sha256').update(rest).digest(), rest]));
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
  if (store !== null) await mkdir(store.dir, { recursive: true });
  const ledgerPath = !ledger ? null : store !== null ? ledgerPathOf(store.dir, store.key) + tmp : job.scratchLedgerPath;
  // The reader is loaded on the first miss only: a worker serving a warm cache starts faster.
  const { runFileTask } = await import('./file-task.ts');
  const result = await runFileTask(job.task, { ledgerPath, ...(onProgress ? { onProgress } : {}) });
  const packed = withoutLedger(result);
  // The file changed between hashing and reading: use the result, but do not store it.
  if (store === null || cacheKey(job.task, result.info.sha256) !== store.key) {
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
