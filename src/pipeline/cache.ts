// File results through the store (store.ts, issue 6 and 12): a file task's result is kept under
// the key of its input file's content and everything else the result depends on (the settings,
// the factor rows, the declared indicators, the year); its ledger fragment is the entry's blob. A
// build or a live-server refresh with unchanged CSVs then reads no CSV at all. In-process, a
// memory layer (MemoryCache) serves repeated calls of prepareReport (the live server) without
// touching the disk. What the store does for every entry (sealing, checks, pruning) is store.ts's.

import { createHash } from 'node:crypto';
import { statSync } from 'node:fs';
import { stat } from 'node:fs/promises';
import { deserialize, serialize } from 'node:v8';
import type { FileResult, FileTask } from './file-task.ts';
import type { EmissionFactor } from '../model/records.ts';
import type { RowProgress } from './file-task.ts';
import type { LedgerFragment } from '../publish/ledger-fragment.ts';
import { Store, storeKey } from './store.ts';
import type { Entry } from './store.ts';
import { fileSha256 } from '../util/file-hash.ts';
import { openDataFile } from '../read/data-file.ts';
import type { DataFile } from '../read/data-file.ts';

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

/** The SHA-256 of the factor rows' JSON, by the array (every travel and energy task of a run shares it). */
const factorDigests = new WeakMap<readonly EmissionFactor[], string>();

function factorsDigest(factors: readonly EmissionFactor[]): string {
  let digest = factorDigests.get(factors);
  if (digest === undefined) {
    digest = createHash('sha256').update(JSON.stringify(factors)).digest('hex');
    factorDigests.set(factors, digest);
  }
  return digest;
}

/** The key of a task's result, given its input file's SHA-256 (store.ts storeKey). */
export function cacheKey(task: FileTask, fileSha256: string): string {
  return storeKey('file', {
    kind: task.kind,
    fold: task.fold,
    path: task.path,
    year: task.year ?? null,
    file: fileSha256,
    settings: task.settings,
    declared: task.declared ?? null,
    // The rows digested once per run, not serialised into every travel and energy key (store.ts:
    // a large value is digested by the caller first).
    factors: task.factors === undefined ? null : factorsDigest(task.factors),
  });
}

/** A task with what the cache needs; runs in a worker or in the main thread. */
export interface TaskJob {
  readonly task: FileTask;
  /**
   * The cache key (cacheKey), or null: the file could not be hashed, or there is no cache to
   * keep the result in; read it, cache nothing; or
   * undefined: hash the file where the job runs (a worker), and make the key there.
   */
  readonly key: string | null | undefined;
  /** This data folder's part of the store (store.ts cacheFolderFor), or null for no disk cache. */
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

/** What a file result's entry holds besides the serialised result: its ledger fragment's record. */
interface FileMeta {
  readonly ledger: Omit<LedgerFragment, 'path'> | null;
}

function needsLedger(job: TaskJob): boolean {
  return job.needLedger && (job.task.fold === 'travel' || job.task.fold === 'energy');
}

/** The ledger fragment an entry holds (its blob), or null. */
function ledgerOf(entry: Entry): LedgerFragment | null {
  const { ledger } = entry.meta as FileMeta;
  return ledger === null || entry.blob === null ? null : { ...ledger, path: entry.blob.path };
}

function withoutLedger(result: FileResult): Uint8Array {
  return serialize({ ...result, ledger: null } satisfies FileResult);
}

/**
 * What a job gave: a result made here (kept as it is), or a cache entry's serialised result (only
 * deserialised where it is used); its ledger fragment beside it.
 */
interface Ran extends JobOutcome {
  /** The result made by reading the file (its ledger not yet the one to use), or null for a cache hit. */
  readonly made: FileResult | null;
  /** The v8 serialisation of the result without its ledger: the cache entry's bytes, or those just stored. */
  readonly packed: Uint8Array | null;
  readonly ledger: LedgerFragment | null;
}

/** Runs a job: from the disk cache when it holds the result, else by reading the file (and storing it). */
export async function runJob(job: TaskJob, onProgress?: RowProgress): Promise<JobResult> {
  const ran = await runAny(job, onProgress);
  // A result made in this thread is used as it is: serialising it for nothing costs more than reading.
  const result = ran.made ?? (deserialize(ran.packed as Uint8Array) as FileResult);
  return { hit: ran.hit, ledgerCached: ran.ledgerCached, key: ran.key, result: { ...result, ledger: ran.ledger } };
}

/** runJob, with the result packed for sending to another thread. */
export async function runJobPacked(job: TaskJob, onProgress?: RowProgress): Promise<PackedJobResult> {
  const ran = await runAny(job, onProgress);
  const packed = ran.packed ?? withoutLedger(ran.made as FileResult);
  return { packed, ledger: ran.ledger, hit: ran.hit, ledgerCached: ran.ledgerCached, key: ran.key };
}

async function runAny(job: TaskJob, onProgress?: RowProgress): Promise<Ran> {
  if (job.key !== undefined) return runKeyed(job, job.key, null, onProgress);
  // The file is opened as the reader opens it (read/data-file.ts) and hashed for the key; on a
  // miss the reader reads it from the same handle (a file up to 32 MiB is read once).
  const opened = await openDataFile(job.task.dataDir, job.task.path);
  if (!opened.ok) return runKeyed(job, null, null, onProgress); // refused: the reader says why
  try {
    let sha256: string;
    try {
      sha256 = await opened.file.sha256();
    } catch {
      return await runKeyed(job, null, null, onProgress); // unreadable: the reader says why
    }
    return await runKeyed(job, cacheKey(job.task, sha256), opened.file, onProgress);
  } finally {
    await opened.file.close();
  }
}

async function runKeyed(job: TaskJob, key: string | null, opened: DataFile | null, onProgress?: RowProgress): Promise<Ran> {
  const ledger = needsLedger(job);
  const store = key !== null && job.cacheDir !== null ? new Store(job.cacheDir) : null;
  const read = async (ledgerPath: string | null): Promise<FileResult> => {
    // The reader is loaded on the first miss only: a worker serving a warm cache starts faster.
    const { runFileTask } = await import('./file-task.ts');
    return runFileTask(job.task, { ledgerPath, ...(onProgress ? { onProgress } : {}), ...(opened === null ? {} : { opened }) });
  };
  if (store === null || key === null) {
    const result = await read(ledger ? job.scratchLedgerPath : null);
    return { made: result, packed: null, ledger: result.ledger, hit: false, ledgerCached: false, key };
  }
  const storeKeyOf = key;
  let fresh: { readonly result: FileResult; readonly packed: Uint8Array } | null = null;
  const { entry, hit } = await store.memo('file', key, async () => {
    const result = await read(ledger ? await store.blobScratch('file', storeKeyOf) : null);
    const packed = withoutLedger(result);
    fresh = { result, packed };
    // The file changed between hashing and reading: use the result, but do not keep it. Nor a
    // ledger fragment that could hold a CPR number or an e-mail address (the ledger is published
    // text, which the output scan then reads in full): it is used once, as scratch. Nor a result
    // whose e-mail search could not run (the next build tries again).
    const privateLedger = result.ledger !== null && (result.ledger.scan.cpr || result.ledger.scan.at);
    if (privateLedger || result.checkFailed === true || cacheKey(job.task, result.info.sha256) !== storeKeyOf) return null;
    const f = result.ledger;
    const meta: FileMeta = {
      ledger: f === null ? null : { bytes: f.bytes, sha256: f.sha256, scan: f.scan, ...(f.source === undefined ? {} : { source: f.source }) },
    };
    return { meta, payload: packed, ...(f === null ? {} : { blob: { from: f.path, move: true, bytes: f.bytes, sha256: f.sha256 } }) };
  }, { accept: (e) => !ledger || (e.meta as FileMeta).ledger !== null });
  if (hit && entry !== null) {
    const stored = ledgerOf(entry);
    return { made: null, packed: entry.payload, ledger: stored, hit: true, ledgerCached: stored !== null, key };
  }
  const made = fresh as { readonly result: FileResult; readonly packed: Uint8Array } | null;
  if (made === null) throw new Error('a file task gave no result');
  const stored = entry === null ? null : ledgerOf(entry);
  return { made: made.result, packed: made.packed, ledger: stored ?? made.result.ledger, hit: false, ledgerCached: stored !== null, key };
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
