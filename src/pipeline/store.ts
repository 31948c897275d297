// The one cache of the tool (issue 12): a content-addressed store on disk, used alike by file
// results (cache.ts), year ledgers (ledger-cache.ts), rendered pages (page-store.ts), the output
// scan's verdicts (scan-cache.ts) and the search index (search-index.ts). Stages know nothing of it: the pipeline hands them plain
// functions.
//
// - One key scheme: storeKey(kind, material), the SHA-256 of the store's format, the tool's name,
//   version and sources (codeFingerprint) and the material the value was made from. A changed
//   input is a new key; an entry is never updated in place.
// - One integrity check: every entry is a record sealed with AES-256-GCM under a key derived from
//   the cache's random secret (32 bytes in its `key` file, 0600), bound to its kind and key: a
//   changed byte, an entry of another cache or of another key is a miss, never trusted. A large
//   published body (a page, a ledger) sits beside its record as `<key>.blob`, whose size and
//   SHA-256 the record holds and which is checked before every use.
// - One pruning rule: a run names the entries of a kind it used and the rest of that kind go
//   (Store.prune); whole data folders go when unused for some builds or over the size cap
//   (store-prune.ts pruneCache).
// - The privacy rules of issue 11: folders 0700, files 0600, records encrypted (they hold employee
//   ids, e-mail addresses and whatever else an input file held); a blob is always a copy (or a
//   renamed scratch file of the cache), never a hard link to a published file.

import { createCipheriv, createDecipheriv, createHash, createHmac, randomBytes } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { chmod, link, lstat, readFile, readdir, rename, rm, stat, unlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { threadId } from 'node:worker_threads';
import { PROJECT_ROOT, TOOL } from './tool.ts';
import { fileSha256 } from '../util/file-hash.ts';
import { copyOwnFile, ensurePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from '../util/private-files.ts';

/** Changes whenever the layout of a record or the key's material changes. */
const STORE_FORMAT = 1;

/** What an entry is: each kind has its own folder in a data folder's group. */
export const STORE_KINDS = ['file', 'ledger', 'page', 'site', 'scan', 'search'] as const;
export type StoreKind = (typeof STORE_KINDS)[number];

/** The default cache folder: node_modules/.cache/csr-report (never inside the output). */
export function defaultCacheDir(env: NodeJS.ProcessEnv = process.env): string | null {
  const chosen = env['CSR_REPORT_CACHE_DIR'];
  if (chosen === 'off' || chosen === '0') return null;
  if (chosen !== undefined && chosen !== '') return path.resolve(chosen);
  return path.join(PROJECT_ROOT, 'node_modules', '.cache', 'csr-report');
}

/** The name of a data folder's group in the cache: its folder is named by it. */
export function cacheGroupOf(dataDir: string): string {
  return createHash('sha256').update(path.resolve(dataDir)).digest('hex').slice(0, 16);
}

/** The folder of one data folder's entries (they are pruned per data folder). */
export function cacheFolderFor(cacheDir: string, dataDir: string): string {
  return path.join(cacheDir, cacheGroupOf(dataDir));
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

/**
 * The key of an entry: what it is and what it was made from (plain JSON data; a large value is
 * digested by the caller first), with the store's format and the tool's name, version and sources.
 */
export function storeKey(kind: StoreKind, material: unknown): string {
  return createHash('sha256')
    .update(JSON.stringify({ store: STORE_FORMAT, tool: { name: TOOL.name, version: TOOL.version }, code: codeFingerprint(), kind, material }))
    .digest('hex');
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

/** A key for one use, derived from the cache's secret (sealing records, the scan verdicts' HMAC). */
export async function cacheSubkey(cacheDir: string, use: 'entries' | 'scan-verdicts'): Promise<Buffer> {
  return createHmac('sha256', await cacheSecret(cacheDir)).update(`csr-report cache: ${use}`).digest();
}

const NONCE_BYTES = 12;
const TAG_BYTES = 16;

/** nonce | tag | AES-256-GCM of the plain bytes, bound to `bound` (the additional data). */
function seal(secret: Buffer, bound: string, plain: Buffer): Buffer {
  const nonce = randomBytes(NONCE_BYTES);
  const cipher = createCipheriv('aes-256-gcm', secret, nonce);
  cipher.setAAD(Buffer.from(bound, 'utf8'));
  const body = Buffer.concat([cipher.update(plain), cipher.final()]);
  return Buffer.concat([nonce, cipher.getAuthTag(), body]);
}

/** The plain bytes of seal, or null when the bytes were changed or sealed with another key. */
function unseal(secret: Buffer, bound: string, sealed: Buffer): Buffer | null {
  if (sealed.length < NONCE_BYTES + TAG_BYTES) return null;
  try {
    const decipher = createDecipheriv('aes-256-gcm', secret, sealed.subarray(0, NONCE_BYTES));
    decipher.setAAD(Buffer.from(bound, 'utf8'));
    decipher.setAuthTag(sealed.subarray(NONCE_BYTES, NONCE_BYTES + TAG_BYTES));
    return Buffer.concat([decipher.update(sealed.subarray(NONCE_BYTES + TAG_BYTES)), decipher.final()]);
  } catch {
    return null;
  }
}

/** Size and SHA-256 of a blob (a page or a ledger kept beside its record). */
export interface BlobInfo {
  readonly bytes: number;
  readonly sha256: string;
}

/** An entry as it is kept: small data (JSON) and a payload, sealed; a blob beside it, checked. */
export interface Entry {
  readonly meta: unknown;
  readonly payload: Uint8Array;
  /** The blob's file, size and SHA-256 (checked), or null when the entry has none. */
  readonly blob: (BlobInfo & { readonly path: string }) | null;
  /** The blob's bytes, when they were asked for (GetOptions.blobBytes). */
  readonly blobBytes?: Buffer;
}

/** What to keep under a key. */
export interface NewEntry {
  readonly meta?: unknown;
  readonly payload?: Uint8Array;
  /**
   * A blob: a file of the cache's own (a scratch file of blobScratch) moved in by a rename, or
   * another file (a published one) copied in (never linked); with its size and SHA-256.
   */
  readonly blob?: BlobInfo & { readonly from: string; readonly move: boolean };
}

export interface GetOptions {
  /** Computes a file's SHA-256 (the blob check); default: in this thread. */
  readonly hashFile?: (absPath: string) => Promise<string>;
  /** Read the blob, check it in memory and hand over its bytes (small blobs: pages). */
  readonly blobBytes?: boolean;
}

export interface MemoOptions extends GetOptions {
  /** Whether an intact entry serves this call (a file result without the ledger asked for does not). */
  readonly accept?: (entry: Entry) => boolean;
}

interface RecordHeader {
  readonly format: number;
  readonly kind: StoreKind;
  readonly key: string;
  readonly meta: unknown;
  readonly blob: BlobInfo | null;
}

const sealKeys = new Map<string, Promise<Buffer>>();

/** One data folder's part of the cache (cacheFolderFor): entries by kind and key. */
export class Store {
  /** The data folder's group folder. */
  readonly dir: string;

  constructor(groupDir: string) {
    this.dir = path.resolve(groupDir);
  }

  /** The store of a data folder in the cache folder `cacheDir`. */
  static of(cacheDir: string, dataDir: string): Store {
    return new Store(cacheFolderFor(cacheDir, dataDir));
  }

  #sealKey(): Promise<Buffer> {
    let key = sealKeys.get(this.dir);
    if (key === undefined) {
      key = cacheSubkey(path.dirname(this.dir), 'entries');
      sealKeys.set(this.dir, key);
      key.catch(() => sealKeys.delete(this.dir));
    }
    return key;
  }

  #folder(kind: StoreKind): string {
    return path.join(this.dir, kind);
  }

  #record(kind: StoreKind, key: string): string {
    return path.join(this.#folder(kind), key);
  }

  /** Where a blob of this key is written before put moves it in (a private folder). */
  async blobScratch(kind: StoreKind, key: string): Promise<string> {
    await ensurePrivateDir(this.#folder(kind));
    return `${this.#record(kind, key)}.blob.${process.pid}-${threadId}-${Date.now()}.tmp`;
  }

  /** The entry under this key, if it is there, intact (record and blob) and made for it; else null. */
  async get(kind: StoreKind, key: string, options: GetOptions = {}): Promise<Entry | null> {
    let bytes: Buffer | null;
    try {
      bytes = unseal(await this.#sealKey(), `${kind}/${key}`, await readFile(this.#record(kind, key)));
    } catch {
      return null;
    }
    if (bytes === null || bytes.length < 4) return null;
    const headerLength = bytes.readUInt32BE(0);
    if (4 + headerLength > bytes.length) return null;
    let header: RecordHeader;
    try {
      header = JSON.parse(bytes.toString('utf8', 4, 4 + headerLength)) as RecordHeader;
    } catch {
      return null;
    }
    if (header === null || typeof header !== 'object' || header.format !== STORE_FORMAT || header.kind !== kind || header.key !== key) return null;
    const payload = bytes.subarray(4 + headerLength);
    if (header.blob === null) return { meta: header.meta, payload, blob: null };
    const blobPath = `${this.#record(kind, key)}.blob`;
    const blob = { ...header.blob, path: blobPath };
    try {
      if (options.blobBytes === true) {
        const body = await readFile(blobPath);
        if (body.length !== blob.bytes || createHash('sha256').update(body).digest('hex') !== blob.sha256) return null;
        return { meta: header.meta, payload, blob, blobBytes: body };
      }
      const s = await stat(blobPath);
      if (s.size !== blob.bytes || (await (options.hashFile ?? fileSha256)(blobPath)) !== blob.sha256) return null;
    } catch {
      return null;
    }
    return { meta: header.meta, payload, blob };
  }

  /** Keeps an entry under this key (replacing any), sealed; its blob moved or copied in beside it. */
  async put(kind: StoreKind, key: string, entry: NewEntry): Promise<Entry> {
    const record = this.#record(kind, key);
    await ensurePrivateDir(this.dir);
    await ensurePrivateDir(this.#folder(kind));
    const stamp = `${process.pid}-${threadId}-${Date.now()}`;
    let blob: Entry['blob'] = null;
    if (entry.blob !== undefined) {
      const { from, move, bytes, sha256 } = entry.blob;
      const target = `${record}.blob`;
      if (move) {
        await chmod(from, PRIVATE_FILE_MODE);
        await rename(from, target);
      } else {
        const scratch = `${target}.${stamp}.tmp`;
        await copyOwnFile(from, scratch, PRIVATE_FILE_MODE);
        await rename(scratch, target);
      }
      blob = { bytes, sha256, path: target };
    }
    const header: RecordHeader = { format: STORE_FORMAT, kind, key, meta: entry.meta ?? null, blob: blob === null ? null : { bytes: blob.bytes, sha256: blob.sha256 } };
    const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
    const length = Buffer.alloc(4);
    length.writeUInt32BE(headerBytes.length);
    const payload = entry.payload ?? new Uint8Array(0);
    const scratch = `${record}.${stamp}.tmp`;
    await writePrivateFile(scratch, seal(await this.#sealKey(), `${kind}/${key}`, Buffer.concat([length, headerBytes, payload])));
    await rename(scratch, record);
    return { meta: header.meta, payload, blob };
  }

  /**
   * The entry under `key` when it is there and intact; else `compute()`, whose answer is kept
   * (null: nothing is kept). `hit` says which.
   */
  async memo(kind: StoreKind, key: string, compute: () => Promise<NewEntry | null>, options: MemoOptions = {}): Promise<{ readonly entry: Entry | null; readonly hit: boolean }> {
    const found = await this.get(kind, key, options);
    if (found !== null && (options.accept?.(found) ?? true)) return { entry: found, hit: true };
    const made = await compute();
    return { entry: made === null ? null : await this.put(kind, key, made), hit: false };
  }

  /**
   * The pruning rule: removes every entry of this kind whose key is not in `used` (what this run
   * used), and scratch files over an hour old.
   */
  async prune(kind: StoreKind, used: ReadonlySet<string>): Promise<void> {
    const dir = this.#folder(kind);
    let names: string[];
    try {
      names = await readdir(dir);
    } catch {
      return;
    }
    const hourAgo = Date.now() - 3_600_000;
    await Promise.all(names.map(async (name) => {
      const full = path.join(dir, name);
      if (name.endsWith('.tmp')) {
        const s = await stat(full).catch(() => null);
        if (s !== null && s.mtimeMs < hourAgo) await rm(full, { force: true });
        return;
      }
      if (!used.has(name.split('.')[0] ?? '')) await rm(full, { force: true });
    }));
  }

  /** Whether any entry of this kind is kept (intact or not: a hint, never trusted). */
  async holdsAny(kind: StoreKind): Promise<boolean> {
    const names = await readdir(this.#folder(kind)).catch(() => []);
    return names.some((name) => !name.endsWith('.tmp'));
  }

  /** Removes the blobs of a kind (their entries become misses), or, `all`, its whole folder. */
  async forget(kind: StoreKind, what: 'blobs' | 'all'): Promise<void> {
    const dir = this.#folder(kind);
    if (what === 'all') {
      await rm(dir, { recursive: true, force: true });
      return;
    }
    for (const name of await readdir(dir).catch(() => [])) {
      if (name.includes('.blob')) await rm(path.join(dir, name), { force: true });
    }
  }
}
