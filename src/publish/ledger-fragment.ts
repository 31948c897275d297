// A fragment of a year's ledger (site.md "Downloads"): the ledger rows of one input file, written
// by its file task (pipeline/file-task.ts) with what the output scan could find in them
// (verify/ledger-scan.ts), then the input's rows as read; and the block-wise file writing the
// year's emissions.csv is assembled with (write-downloads.ts LedgerFiles).

import { createHash } from 'node:crypto';
import { closeSync, createReadStream, mkdirSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import { LedgerScanner } from '../verify/ledger-scan.ts';
import type { LedgerScan } from '../verify/ledger-scan.ts';
import { ledgerLine } from './downloads.ts';
import type { LedgerCellObserver } from './downloads.ts';
import type { SourceFileName } from './source-data.ts';

/** Bytes gathered before they go to disk; the ledger itself is never held. */
const FLUSH_BYTES = 64 * 1024;

/** Appends text to a file descriptor in blocks; counts and hashes what it wrote. */
export class BlockFile {
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
export function ledgerBytesOf(f: LedgerFragment): number {
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

/** Appends the first `limit` bytes of a file (all of it without a limit). */
export async function copyInto(file: BlockFile, fragmentPath: string, limit = Infinity): Promise<void> {
  file.flush();
  if (limit <= 0) return;
  const range = Number.isFinite(limit) ? { end: limit - 1 } : {};
  for await (const chunk of createReadStream(fragmentPath, { highWaterMark: 1 << 20, ...range }) as AsyncIterable<Buffer>) {
    file.writeBytes(chunk);
  }
}

/** Appends the first `limit` bytes of a file (all of it without a limit). */
export function copyIntoSync(file: BlockFile, fragmentPath: string, limit = Infinity): void {
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
