// Writes the auditor's downloads of every year into a staging site (site.md "Downloads"):
// kpis.json and kpis.csv from the figures, emissions.csv streamed by the ledger as rows are read.
// A file task (pipeline/file-task.ts) writes its ledger rows to a fragment file (no header) and
// records what the output scan could find in it (verify/ledger-scan.ts); LedgerFiles appends
// the fragments in file order, so the ledger is byte-identical whatever thread computed which
// file, and whether it came from the cache. With a cache folder, a year's finished ledger is kept
// there and copied into the next build with the same fragments (not assembled again). Never a
// hard link (issue 11): a change of a cache file must never change a published file.

import { createHash } from 'node:crypto';
import { promises as fs, closeSync, createReadStream, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import type { ReportModel } from '../model/site.ts';
import { LedgerScanner, ledgerIsClean } from '../verify/ledger-scan.ts';
import type { LedgerScan } from '../verify/ledger-scan.ts';
import type { PrivateInputValues } from '../verify/scan.ts';
import { CSV_BOM, csvLine } from './csv.ts';
import { kpisCsv, kpisJson, ledgerLine, LEDGER_CSV_HEADER } from './downloads.ts';
import type { LedgerCellObserver } from './downloads.ts';
import { streamedSourceHeader, writeSourceDownloads } from './source-data.ts';
import type { SourceFileName } from './source-data.ts';
import { fileSha256 } from '../util/file-hash.ts';
import { restatementsCsv } from './restatements.ts';
import { copyOwnFile, ensurePrivateDir, PRIVATE_FILE_MODE, writePrivateFile } from '../util/private-files.ts';

export function yearDownloadsDir(siteDir: string, year: number): string {
  return path.join(siteDir, 'downloads', String(year));
}

export { ledgerLine };

/** Bytes gathered before they go to disk; the ledger itself is never held. */
const FLUSH_BYTES = 64 * 1024;

/** Appends text to a file descriptor in blocks; counts and hashes what it wrote. */
class BlockFile {
  readonly #fd: number;
  readonly #hash = createHash('sha256');
  #pending: string[] = [];
  #pendingLength = 0;
  #closed = false;
  bytes = 0;

  constructor(file: string) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.#fd = openSync(file, 'w');
  }

  append(text: string): void {
    if (this.#closed) throw new Error('ledger: write after close');
    this.#pending.push(text);
    this.#pendingLength += text.length;
    if (this.#pendingLength >= FLUSH_BYTES) this.flush();
  }

  flush(): void {
    if (this.#pendingLength === 0) return;
    this.writeBytes(Buffer.from(this.#pending.join(''), 'utf8'));
    this.#pending = [];
    this.#pendingLength = 0;
  }

  writeBytes(bytes: Buffer): void {
    this.#hash.update(bytes);
    this.bytes += bytes.length;
    for (let offset = 0; offset < bytes.length;) offset += writeSync(this.#fd, bytes, offset);
  }

  /** Closes the file; returns the SHA-256 of everything written. */
  close(): string {
    if (this.#closed) throw new Error('ledger: closed twice');
    try {
      this.flush();
    } finally {
      this.#closed = true;
      closeSync(this.#fd);
    }
    return this.#hash.digest('hex');
  }
}

/**
 * A fragment of a year's ledger: the rows of one input file, without the header; then, when
 * `source` is there, the input's rows as read (downloads/<year>/source/<name>, without its
 * header): the last `source.bytes` bytes of the file (issue 13, item 7).
 */
export interface LedgerFragment {
  readonly path: string;
  /** Of the whole file (ledger rows and source rows). */
  readonly bytes: number;
  readonly sha256: string;
  /** What the output scan could find in it (both parts), recorded as it was written. */
  readonly scan: LedgerScan;
  readonly source?: { readonly name: SourceFileName; readonly bytes: number };
}

/** The bytes of a fragment that are ledger rows (the first ones). */
function ledgerBytesOf(f: LedgerFragment): number {
  return f.bytes - (f.source?.bytes ?? 0);
}

/**
 * Writes the ledger rows of one input file to a fragment file; with a source name, also the
 * input's rows as read (writeSource), kept in a file beside it and appended at close.
 */
export class LedgerFragmentWriter implements LedgerSink {
  readonly #file: BlockFile;
  readonly #path: string;
  readonly #scanner = new LedgerScanner();
  readonly #sourceName: SourceFileName | null;
  readonly #source: BlockFile | null;

  constructor(fragmentPath: string, sourceName: SourceFileName | null = null) {
    this.#path = fragmentPath;
    this.#file = new BlockFile(fragmentPath);
    this.#sourceName = sourceName;
    this.#source = sourceName === null ? null : new BlockFile(`${fragmentPath}.source`);
  }

  write(row: LedgerRow): void {
    this.#file.append(ledgerLine(row, this.#scanner));
  }

  /** What the cells of a source line are told to (the fragment's scan). */
  get observer(): LedgerCellObserver {
    return this.#scanner;
  }

  /** One line of the source rows (publish/source-data.ts), its cells told to `observer`. */
  writeSource(line: string): void {
    if (this.#source === null) throw new Error('ledger: no source part');
    this.#source.append(line);
  }

  close(): LedgerFragment {
    let source: LedgerFragment['source'];
    if (this.#source !== null && this.#sourceName !== null) {
      const sourcePath = `${this.#path}.source`;
      try {
        this.#source.close();
        copyIntoSync(this.#file, sourcePath);
        source = { name: this.#sourceName, bytes: this.#source.bytes };
      } finally {
        rmSync(sourcePath, { force: true });
      }
    }
    const sha256 = this.#file.close();
    return { path: this.#path, bytes: this.#file.bytes, sha256, scan: this.#scanner.result(), ...(source === undefined ? {} : { source }) };
  }
}

/** A year's ledger that also takes whole fragments (what prepareReport looks for). */
export interface FragmentLedgerSink extends LedgerSink {
  /**
   * Appends a fragment after the rows written so far. `from`: `cached`, a cache entry that stays
   * as it is until the build ends (it may be read later, or not at all when the year's ledger is
   * in the cache already); `fresh`, a cache entry just written (copied at once, while the other
   * files are still being read); `scratch`, deleted after this call (copied at once).
   */
  appendFragment(fragment: LedgerFragment, from: FragmentOrigin): Promise<void>;
  /**
   * No more rows or fragments come for this year. Optional to call: it lets the check of a
   * ledger kept in the cache start now, while other files are still being read, hashed by
   * `hashFile` (default: in this thread). Resolves when the check is done (never rejects).
   */
  seal(hashFile?: FileHasher): Promise<void>;
}

/** Computes the SHA-256 (hex) of a file. */
export type FileHasher = (absPath: string) => Promise<string>;

export type FragmentOrigin = 'cached' | 'fresh' | 'scratch';

export function acceptsFragments(sink: LedgerSink): sink is FragmentLedgerSink {
  return typeof (sink as Partial<FragmentLedgerSink>).appendFragment === 'function';
}

/** Size and SHA-256 of a file as written (for the manifest). */
export interface WrittenFile {
  readonly bytes: number;
  readonly sha256: string;
}

export interface LedgerFilesOptions {
  /**
   * Where finished ledgers are kept between builds (ledgerCacheFolder), or null. A year made only
   * of lasting fragments is then assembled once, kept there under the hash of its parts, and
   * copied into the site by every build with the same parts.
   */
  readonly cacheDir?: string | null;
}

interface YearLedger {
  /** Streaming: rows (or a fragment to copy) arrived; the file is open and takes them in order. */
  file: BlockFile | null;
  /** Cached fragments not yet copied, in order. */
  readonly pending: LedgerFragment[];
  /** Every fragment, in order (the key of the finished ledger in the cache). */
  readonly parts: LedgerFragment[];
  /** Rows were written directly (not as fragments): the ledger is not kept in the cache. */
  direct: boolean;
  /** The scans of every fragment, and of the rows written directly. */
  readonly scans: LedgerScan[];
  readonly directScan: LedgerScanner;
  /** The check of the cached ledger of these parts, started when the year was sealed. */
  check: { readonly parts: number; readonly result: Promise<WrittenFile | null> } | null;
}

/** The text every emissions.csv begins with. */
export const LEDGER_HEADER_TEXT = CSV_BOM + csvLine(LEDGER_CSV_HEADER);

/** Version of the assembled ledgers kept in the cache (part of their key). */
const ASSEMBLED_FORMAT = 1;

/**
 * One emissions.csv per year (downloads/<year>/emissions.csv): the header, then the rows in the
 * order they arrive, as rows or as fragments. Rows are streamed to the file; lasting fragments
 * are assembled at closeAll (from the cache when the same parts were assembled before).
 */
export class LedgerFiles {
  readonly #siteDir: string;
  readonly #cacheDir: string | null;
  readonly #years = new Map<number, YearLedger>();
  readonly #written = new Map<string, WrittenFile>();
  /** The source files written from fragments (paths relative to the site), with the fragment's scan. */
  readonly #sources = new Map<string, { readonly header: string; readonly scan: LedgerScan }>();

  constructor(siteDir: string, options: LedgerFilesOptions = {}) {
    this.#siteDir = siteDir;
    this.#cacheDir = options.cacheDir ?? null;
  }

  forYear(year: number): FragmentLedgerSink {
    return {
      write: (row: LedgerRow) => {
        const y = this.#year(year);
        y.direct = true;
        this.#open(year, y).append(ledgerLine(row, y.directScan));
      },
      appendFragment: (fragment: LedgerFragment, from: FragmentOrigin) => this.appendFragment(year, fragment, from),
      seal: (hashFile?: FileHasher) => this.seal(year, hashFile),
    };
  }

  /** The year is complete: starts checking its ledger in the cache (used by closeAll). */
  async seal(year: number, hashFile: FileHasher = fileSha256): Promise<void> {
    const y = this.#year(year);
    if (y.file !== null || this.#cacheDir === null || y.check !== null) return;
    const result = checkedAssembled(this.#cacheDir, y.parts, hashFile);
    y.check = { parts: y.parts.length, result };
    await result;
  }

  /** Adds a fragment to the end of the year's ledger. */
  async appendFragment(year: number, fragment: LedgerFragment, from: FragmentOrigin = 'scratch'): Promise<void> {
    const y = this.#year(year);
    y.scans.push(fragment.scan);
    y.parts.push(fragment);
    await this.#writeSource(year, fragment);
    if (from === 'cached' && y.file === null && this.#cacheDir !== null) {
      y.pending.push(fragment);
      return;
    }
    await copyInto(this.#open(year, y), fragment.path, ledgerBytesOf(fragment));
  }

  /** downloads/<year>/source/<name>: the header, then the fragment's source part. */
  async #writeSource(year: number, fragment: LedgerFragment): Promise<void> {
    const source = fragment.source;
    if (source === undefined) return;
    const relative = `downloads/${year}/source/${source.name}`;
    const header = streamedSourceHeader(source.name);
    const out = new BlockFile(path.join(this.#siteDir, ...relative.split('/')));
    let sha256 = '';
    try {
      out.append(header);
      out.flush();
      if (source.bytes > 0) {
        const stream = createReadStream(fragment.path, { start: fragment.bytes - source.bytes, end: fragment.bytes - 1, highWaterMark: 1 << 20 });
        for await (const chunk of stream as AsyncIterable<Buffer>) out.writeBytes(chunk);
      }
    } finally {
      sha256 = out.close();
    }
    this.#written.set(relative, { bytes: out.bytes, sha256 });
    this.#sources.set(relative, { header, scan: fragment.scan });
  }

  /** Makes sure the year has a ledger (the header alone when it had no rows). */
  ensure(year: number): void {
    this.#year(year);
  }

  #year(year: number): YearLedger {
    let y = this.#years.get(year);
    if (y === undefined) {
      y = { file: null, pending: [], parts: [], direct: false, scans: [], directScan: new LedgerScanner(), check: null };
      this.#years.set(year, y);
    }
    return y;
  }

  /** Switches the year to streaming: the header and the fragments so far are written first. */
  #open(year: number, y: YearLedger): BlockFile {
    if (y.file === null) {
      y.file = new BlockFile(this.#target(year));
      y.file.append(LEDGER_HEADER_TEXT);
      for (const f of y.pending.splice(0)) copyIntoSync(y.file, f.path, ledgerBytesOf(f));
    }
    return y.file;
  }

  #target(year: number): string {
    return path.join(yearDownloadsDir(this.#siteDir, year), 'emissions.csv');
  }

  #relative(year: number): string {
    return `downloads/${year}/emissions.csv`;
  }

  async closeAll(): Promise<void> {
    const kept = new Set<string>();
    for (const [year, y] of this.#years) {
      y.scans.push(y.directScan.result());
      if (y.file !== null || this.#cacheDir === null) {
        const file = this.#open(year, y);
        const sha256 = file.close();
        const written = { bytes: file.bytes, sha256 };
        this.#written.set(this.#relative(year), written);
        if (this.#cacheDir !== null && !y.direct) {
          kept.add(await keepInCache(this.#cacheDir, y.parts, this.#target(year), written));
        }
        continue;
      }
      const checked = y.check !== null && y.check.parts === y.parts.length ? y.check.result : undefined;
      const assembled = await assembleCached(this.#cacheDir, y.parts, this.#target(year), checked);
      kept.add(assembled.name);
      this.#written.set(this.#relative(year), assembled.file);
    }
    if (this.#cacheDir !== null) await pruneAssembled(this.#cacheDir, kept);
  }

  /** The ledgers and source files written (paths relative to the site), with their size and SHA-256. */
  written(): ReadonlyMap<string, WrittenFile> {
    return this.#written;
  }

  /**
   * The ledgers (paths relative to the site) in which the output scan cannot find any of these
   * private values, by the scans recorded as their rows were written (verify/ledger-scan.ts).
   * Call after closeAll; the output scan may skip these files.
   */
  cleanFor(secrets: PrivateInputValues): Set<string> {
    const clean = new Set<string>();
    for (const [year, y] of this.#years) {
      if (ledgerIsClean(LEDGER_HEADER_TEXT, y.scans, secrets)) clean.add(this.#relative(year));
    }
    for (const [relative, s] of this.#sources) if (ledgerIsClean(s.header, [s.scan], secrets)) clean.add(relative);
    return clean;
  }
}

/** Appends the first `limit` bytes of a file (all of it without a limit). */
async function copyInto(file: BlockFile, fragmentPath: string, limit = Infinity): Promise<void> {
  file.flush();
  if (limit <= 0) return;
  const range = Number.isFinite(limit) ? { end: limit - 1 } : {};
  for await (const chunk of createReadStream(fragmentPath, { highWaterMark: 1 << 20, ...range }) as AsyncIterable<Buffer>) {
    file.writeBytes(chunk);
  }
}

/** Appends the first `limit` bytes of a file (all of it without a limit). */
function copyIntoSync(file: BlockFile, fragmentPath: string, limit = Infinity): void {
  file.flush();
  const fd = openSync(fragmentPath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(1 << 20);
    let left = limit;
    for (let n = readSync(fd, buffer, 0, Math.min(buffer.length, left), null); n > 0 && left > 0; n = readSync(fd, buffer, 0, Math.min(buffer.length, left), null)) {
      file.writeBytes(buffer.subarray(0, n));
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}

interface Assembled {
  /** The cache entry's name (without extension). */
  readonly name: string;
  readonly file: WrittenFile;
}

function assembledName(parts: readonly LedgerFragment[]): string {
  return createHash('sha256')
    .update(JSON.stringify({ format: ASSEMBLED_FORMAT, header: LEDGER_HEADER_TEXT, parts: parts.map((p) => [p.sha256, p.bytes]) }))
    .digest('hex');
}

/**
 * Keeps a ledger just written (header and these fragments) in the cache for the next build: a
 * copy of it (0600), put in place by a rename. Returns the entry's name.
 */
async function keepInCache(cacheDir: string, parts: readonly LedgerFragment[], written: string, file: WrittenFile): Promise<string> {
  const name = assembledName(parts);
  const entry = path.join(cacheDir, `${name}.csv`);
  const scratch = `${entry}.${process.pid}-${Date.now()}.tmp`;
  await ensurePrivateDir(cacheDir);
  await copyOwnFile(written, scratch, PRIVATE_FILE_MODE);
  await fs.rename(scratch, entry);
  await writePrivateFile(path.join(cacheDir, `${name}.json`), `${JSON.stringify(file)}\n`);
  return name;
}

/**
 * A year's ledger made of the header and these fragments, into `target`: copied from the cache
 * when the same parts were assembled before (and the entry still has its recorded SHA-256), else
 * assembled into the cache first.
 */
async function assembleCached(cacheDir: string, parts: readonly LedgerFragment[], target: string, checked?: Promise<WrittenFile | null>): Promise<Assembled> {
  const name = assembledName(parts);
  const entry = path.join(cacheDir, `${name}.csv`);
  const metaPath = path.join(cacheDir, `${name}.json`);
  let file = await (checked ?? checkedAssembled(cacheDir, parts));
  if (file === null) {
    await ensurePrivateDir(cacheDir);
    const scratch = `${entry}.${process.pid}-${Date.now()}.tmp`;
    const out = new BlockFile(scratch);
    try {
      out.append(LEDGER_HEADER_TEXT);
      for (const p of parts) copyIntoSync(out, p.path, ledgerBytesOf(p));
    } finally {
      // close() first: it writes what is still pending, and only then is the count complete
      // (a ledger of the header alone had nothing written before).
      const sha256 = out.close();
      file = { bytes: out.bytes, sha256 };
    }
    await fs.chmod(scratch, PRIVATE_FILE_MODE);
    await fs.rename(scratch, entry);
    await writePrivateFile(metaPath, `${JSON.stringify(file)}\n`);
  }
  await fs.mkdir(path.dirname(target), { recursive: true });
  // A copy (a reflink where the file system has them), checked as it was in the cache: the
  // entry's bytes were hashed just before (checkedAssembled), or written just now.
  await copyOwnFile(entry, target);
  return { name, file };
}

/** checkedEntry of the assembled ledger of these parts. */
function checkedAssembled(cacheDir: string, parts: readonly LedgerFragment[], hashFile: FileHasher = fileSha256): Promise<WrittenFile | null> {
  const name = assembledName(parts);
  const expectedBytes = Buffer.byteLength(LEDGER_HEADER_TEXT) + parts.reduce((n, p) => n + ledgerBytesOf(p), 0);
  return checkedEntry(path.join(cacheDir, `${name}.csv`), path.join(cacheDir, `${name}.json`), expectedBytes, hashFile);
}


/** The recorded size and SHA-256 of an assembled ledger, when the file still has them; else null. */
async function checkedEntry(entry: string, metaPath: string, expectedBytes: number, hashFile: FileHasher): Promise<WrittenFile | null> {
  try {
    const meta = JSON.parse(await fs.readFile(metaPath, 'utf8')) as Partial<WrittenFile>;
    if (meta.bytes !== expectedBytes || typeof meta.sha256 !== 'string') return null;
    const s = await fs.stat(entry);
    if (s.size !== meta.bytes) return null;
    return (await hashFile(entry)) === meta.sha256 ? { bytes: meta.bytes, sha256: meta.sha256 } : null;
  } catch {
    return null;
  }
}

/** Deletes the assembled ledgers of a cache folder that this build did not use. */
async function pruneAssembled(cacheDir: string, kept: ReadonlySet<string>): Promise<void> {
  let names: string[];
  try {
    names = await fs.readdir(cacheDir);
  } catch {
    return;
  }
  const hourAgo = Date.now() - 3_600_000;
  await Promise.all(names.map(async (name) => {
    const full = path.join(cacheDir, name);
    if (name.endsWith('.tmp')) {
      const s = await fs.stat(full).catch(() => null);
      if (s !== null && s.mtimeMs < hourAgo) await fs.rm(full, { force: true });
      return;
    }
    if (!kept.has(name.split('.')[0] ?? '')) await fs.rm(full, { force: true });
  }));
}

export async function writeDownloads(model: ReportModel, siteDir: string): Promise<void> {
  for (const y of model.years) {
    const dir = yearDownloadsDir(siteDir, y.year);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'kpis.json'), kpisJson(y.kpis));
    await fs.writeFile(path.join(dir, 'kpis.csv'), kpisCsv(y.kpis));
    await fs.writeFile(path.join(dir, 'restatements.csv'), restatementsCsv(y.year, model.restated ?? []));
  }
  // The small inputs as read (travel and energy come with the ledger, LedgerFiles).
  await writeSourceDownloads(model, siteDir);
}
