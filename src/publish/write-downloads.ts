// Writes the auditor's downloads of every year into a staging site (site.md "Downloads"):
// kpis.json and kpis.csv from the figures, emissions.csv streamed by the ledger as rows are read.
// A file task (pipeline/file-task.ts) writes its ledger rows to a fragment file (no header);
// LedgerFiles appends the fragments in file order, so the ledger is byte-identical whatever
// thread computed which file, and whether it came from the cache.

import { createHash } from 'node:crypto';
import { promises as fs, closeSync, createReadStream, mkdirSync, openSync, writeSync } from 'node:fs';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import type { ReportModel } from '../model/site.ts';
import { CSV_BOM, csvLine } from './csv.ts';
import { kpisCsv, kpisJson, LEDGER_CSV_HEADER } from './downloads.ts';

export function yearDownloadsDir(siteDir: string, year: number): string {
  return path.join(siteDir, 'downloads', String(year));
}

/** One ledger row as emissions.csv writes it (the same line LedgerCsvWriter writes). */
export function ledgerLine(row: LedgerRow): string {
  return csvLine([
    row.file, row.line, row.factorKey, row.factorYear, row.factor, row.factorUnit,
    row.quantity, row.kgCo2e, row.scope,
  ]);
}

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

/** A fragment of a year's ledger: the rows of one input file, without the header. */
export interface LedgerFragment {
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

/** Writes the ledger rows of one input file to a fragment file. */
export class LedgerFragmentWriter implements LedgerSink {
  readonly #file: BlockFile;
  readonly #path: string;

  constructor(fragmentPath: string) {
    this.#path = fragmentPath;
    this.#file = new BlockFile(fragmentPath);
  }

  write(row: LedgerRow): void {
    this.#file.append(ledgerLine(row));
  }

  close(): LedgerFragment {
    const sha256 = this.#file.close();
    return { path: this.#path, bytes: this.#file.bytes, sha256 };
  }
}

/** A year's ledger that also takes whole fragments (what prepareReport looks for). */
export interface FragmentLedgerSink extends LedgerSink {
  /** Appends the bytes of a fragment file after the rows written so far. */
  appendFragment(fragmentPath: string): Promise<void>;
}

export function acceptsFragments(sink: LedgerSink): sink is FragmentLedgerSink {
  return typeof (sink as Partial<FragmentLedgerSink>).appendFragment === 'function';
}

/** One streaming emissions.csv per year, opened (header written) when the year's first row arrives. */
export class LedgerFiles {
  readonly #siteDir: string;
  readonly #files = new Map<number, BlockFile>();

  constructor(siteDir: string) {
    this.#siteDir = siteDir;
  }

  forYear(year: number): FragmentLedgerSink {
    return {
      write: (row: LedgerRow) => this.#file(year).append(ledgerLine(row)),
      appendFragment: (fragmentPath: string) => this.appendFragment(year, fragmentPath),
    };
  }

  /** Copies a fragment file to the end of the year's ledger. */
  async appendFragment(year: number, fragmentPath: string): Promise<void> {
    const file = this.#file(year);
    file.flush();
    for await (const chunk of createReadStream(fragmentPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
      file.writeBytes(chunk);
    }
  }

  /** Opens (and so writes the header of) the ledger of a year that had no rows. */
  ensure(year: number): void {
    this.#file(year);
  }

  #file(year: number): BlockFile {
    let f = this.#files.get(year);
    if (!f) {
      f = new BlockFile(path.join(yearDownloadsDir(this.#siteDir, year), 'emissions.csv'));
      f.append(CSV_BOM + csvLine(LEDGER_CSV_HEADER));
      this.#files.set(year, f);
    }
    return f;
  }

  async closeAll(): Promise<void> {
    for (const f of this.#files.values()) f.close();
    this.#files.clear();
  }
}

export async function writeDownloads(model: ReportModel, siteDir: string): Promise<void> {
  for (const y of model.years) {
    const dir = yearDownloadsDir(siteDir, y.year);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'kpis.json'), kpisJson(y.kpis));
    await fs.writeFile(path.join(dir, 'kpis.csv'), kpisCsv(y.kpis));
  }
}
