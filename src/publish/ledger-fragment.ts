// A fragment of a year's ledger (site.md "Downloads"): the ledger rows of one input file, written
// by its file task (pipeline/file-task.ts) with what the output scan could find in them
// (verify/ledger-scan.ts), then the input's rows as read; and the block-wise file writing the
// year's emissions.csv is assembled with (write-downloads.ts LedgerFiles).

import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { closeSync, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { open } from 'node:fs/promises';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import { LedgerScanner } from '../verify/ledger-scan.ts';
import type { LedgerScan } from '../verify/ledger-scan.ts';
import { CsvBytes } from './csv.ts';
import { LedgerLineWriter } from './downloads.ts';
import type { SourceFileName } from './source-data.ts';

/** Bytes a copy of a file reads at a time. */
const COPY_BYTES = 1 << 20;

/** Appends to a file descriptor (the blocks CsvBytes gathers, or copies of files); counts and
 * (unless told not to) hashes what it wrote. */
export class BlockFile {
  readonly #fd: number;
  readonly #hash: Hash | null;
  #closed = false;
  bytes = 0;

  /** `hashed` false: a scratch file whose SHA-256 nobody needs (close gives ''). */
  constructor(file: string, hashed = true) {
    mkdirSync(path.dirname(file), { recursive: true });
    this.#fd = openSync(file, 'w');
    this.#hash = hashed ? createHash('sha256') : null;
  }

  /** Writes text (a header line) after what was written, as UTF-8. */
  append(text: string): void {
    this.writeBytes(Buffer.from(text, 'utf8'));
  }

  /** Writes bytes after what was written. */
  writeBytes(bytes: Uint8Array): void {
    if (this.#closed) throw new Error('ledger: write after close');
    this.#hash?.update(bytes);
    this.bytes += bytes.length;
    for (let offset = 0; offset < bytes.length;) offset += writeSync(this.#fd, bytes, offset);
  }

  /** Closes the file; returns the SHA-256 of everything written ('' when not hashed). */
  close(): string {
    if (this.#closed) throw new Error('ledger: closed twice');
    this.#closed = true;
    closeSync(this.#fd);
    return this.#hash === null ? '' : this.#hash.digest('hex');
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
export function ledgerBytesOf(f: LedgerFragment): number {
  return f.bytes - (f.source?.bytes ?? 0);
}

/**
 * Writes the ledger rows of one input file to a fragment file; with a source name, also the
 * input's rows as read (`sourceRows`), kept in a file beside it and appended at close. Both are
 * written as bytes (csv.ts CsvBytes), their cells told to the fragment's scanner.
 */
export class LedgerFragmentWriter implements LedgerSink {
  readonly #file: BlockFile;
  readonly #rows: LedgerLineWriter;
  readonly #path: string;
  readonly #scanner = new LedgerScanner();
  /** The source part: its name, its scratch file beside the fragment, and its lines. */
  readonly #source: { readonly name: SourceFileName; readonly file: BlockFile; readonly rows: CsvBytes } | null;

  constructor(fragmentPath: string, sourceName: SourceFileName | null = null) {
    this.#path = fragmentPath;
    const file = new BlockFile(fragmentPath);
    this.#file = file;
    this.#rows = new LedgerLineWriter(new CsvBytes((bytes) => file.writeBytes(bytes), this.#scanner));
    if (sourceName === null) {
      this.#source = null;
    } else {
      // Scratch: its bytes are hashed as part of the fragment, when they are appended to it.
      const source = new BlockFile(this.#sourcePath(), false);
      this.#source = { name: sourceName, file: source, rows: new CsvBytes((bytes) => source.writeBytes(bytes), this.#scanner) };
    }
  }

  write(row: LedgerRow): void {
    this.#rows.write(row);
  }

  /**
   * Where the lines of the source rows go (publish/source-data.ts writeTravelSourceLine,
   * writeEnergySourceLine), their cells told to the fragment's scan.
   */
  get sourceRows(): CsvBytes {
    if (this.#source === null) throw new Error('ledger: no source part');
    return this.#source.rows;
  }

  close(): LedgerFragment {
    this.#rows.flush();
    let source: LedgerFragment['source'];
    if (this.#source !== null) {
      try {
        this.#source.rows.flush();
        this.#source.file.close();
        copyIntoSync(this.#file, this.#sourcePath());
        source = { name: this.#source.name, bytes: this.#source.file.bytes };
      } finally {
        rmSync(this.#sourcePath(), { force: true });
      }
    }
    const sha256 = this.#file.close();
    return { path: this.#path, bytes: this.#file.bytes, sha256, scan: this.#scanner.result(), ...(source === undefined ? {} : { source }) };
  }

  #sourcePath(): string {
    return `${this.#path}.source`;
  }
}

interface ReadBlock {
  readonly bytesRead: number;
  readonly buffer: Buffer;
}

/**
 * Appends `limit` bytes of a file from byte `start` (all of it without a limit), read in blocks
 * into two reused buffers: the next block is read while the one before is hashed and written.
 */
export async function copyInto(file: BlockFile, fragmentPath: string, limit = Infinity, start = 0): Promise<void> {
  if (limit <= 0) return;
  const handle = await open(fragmentPath, 'r');
  let reading: Promise<ReadBlock> | null = null;
  try {
    const buffers = [Buffer.allocUnsafe(COPY_BYTES), Buffer.allocUnsafe(COPY_BYTES)] as const;
    let position = 0;
    const readAt = (buffer: Buffer): Promise<ReadBlock> =>
      handle.read(buffer, 0, Math.min(buffer.length, limit - position), start + position);
    reading = readAt(buffers[0]);
    for (let turn = 1; reading !== null; turn++) {
      const { bytesRead, buffer }: ReadBlock = await reading;
      position += bytesRead;
      reading = bytesRead === 0 || position >= limit ? null : readAt(buffers[turn % 2]!);
      if (bytesRead > 0) file.writeBytes(buffer.subarray(0, bytesRead));
    }
  } finally {
    // A write that failed leaves the next read under way: it ends (whatever it gives) before the file closes.
    await reading?.catch(() => undefined);
    await handle.close();
  }
}

/** Appends the first `limit` bytes of a file (all of it without a limit). */
export function copyIntoSync(file: BlockFile, fragmentPath: string, limit = Infinity): void {
  const fd = openSync(fragmentPath, 'r');
  try {
    const buffer = Buffer.allocUnsafe(COPY_BYTES);
    let left = limit;
    for (let n = readSync(fd, buffer, 0, Math.min(buffer.length, left), null); n > 0 && left > 0; n = readSync(fd, buffer, 0, Math.min(buffer.length, left), null)) {
      file.writeBytes(buffer.subarray(0, n));
      left -= n;
    }
  } finally {
    closeSync(fd);
  }
}
