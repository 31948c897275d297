// Writes the auditor's downloads of every year into a staging site (site.md "Downloads"):
// kpis.json and kpis.csv from the figures, emissions.csv streamed by the ledger as rows are read.
// A file task (pipeline/file-task.ts) writes its ledger rows to a fragment file (no header) and
// records what the output scan could find in it (verify/ledger-scan.ts); LedgerFiles appends
// the fragments in file order, so the ledger is byte-identical whatever thread computed which
// file, and whether it came from the cache. Given a keeper of finished ledgers (the pipeline's
// store, pipeline/ledger-cache.ts), a year's ledger made of lasting fragments is copied from it
// when the same fragments were assembled before (not assembled again). Never a hard link (issue
// 11): a change of a cache file must never change a published file.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import type { ReportModel } from '../model/site.ts';
import { LedgerScanner, ledgerIsClean } from '../verify/ledger-scan.ts';
import type { LedgerScan } from '../verify/ledger-scan.ts';
import type { PrivateInputValues } from '../verify/scan.ts';
import { CSV_BOM, CsvBytes, csvLine } from './csv.ts';
import { kpisCsv, kpisJson, LedgerLineWriter, LEDGER_CSV_HEADER } from './downloads.ts';
import { BlockFile, copyInto, copyIntoSync, ledgerBytesOf } from './ledger-fragment.ts';
import type { LedgerFragment } from './ledger-fragment.ts';
import { streamedSourceHeader, writeSourceDownloads } from './source-data.ts';
import { restatementsCsv } from './restatements.ts';
import { vsmeJsonOfYear } from './vsme-json.ts';
import { vsmeXbriOfYear, xbriName } from './vsme-ixbrl.ts';
import { copyOwnFile } from '../util/private-files.ts';

export function yearDownloadsDir(siteDir: string, year: number): string {
  return path.join(siteDir, 'downloads', String(year));
}

export type { LedgerFragment };

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

/** A finished ledger kept between builds: its file (not to be changed) and its size and SHA-256. */
export interface KeptLedger {
  readonly path: string;
  readonly file: WrittenFile;
}

/** Where finished ledgers are kept between builds (the pipeline's store). */
export interface AssembledLedgers {
  /**
   * The ledger of the header and these parts as kept, checked (size and SHA-256, the file hashed
   * by `hashFile`), or null. Never rejects.
   */
  find(parts: readonly LedgerFragment[], hashFile?: FileHasher): Promise<KeptLedger | null>;
  /** Starts keeping a copy of the ledger just written at `written` (the header and these parts);
   * the keeper says when its copies are done (pipeline/ledger-cache.ts). */
  keep(parts: readonly LedgerFragment[], written: string, file: WrittenFile): Promise<void>;
}

export interface LedgerFilesOptions {
  /**
   * Where finished ledgers are kept between builds, or null. A year made only of lasting
   * fragments is then assembled once, kept, and copied into the site by every build with the
   * same parts.
   */
  readonly assembled?: AssembledLedgers | null;
}

interface YearLedger {
  /** Streaming: rows (or a fragment to copy) arrived; the file is open and takes them in order. */
  file: BlockFile | null;
  /** Cached fragments not yet copied, in order. */
  readonly pending: LedgerFragment[];
  /** Every fragment, in order (the key of the finished ledger in the cache). */
  readonly parts: LedgerFragment[];
  /** Rows written directly (not as fragments), their cells told to directScan; null: none (a
   * ledger with such rows is not kept in the cache). */
  rows: LedgerLineWriter | null;
  /** The scans of every fragment, and of the rows written directly. */
  readonly scans: LedgerScan[];
  readonly directScan: LedgerScanner;
  /** The check of the cached ledger of these parts, started when the year was sealed. */
  check: { readonly parts: number; readonly result: Promise<KeptLedger | null> } | null;
}

/** The text every emissions.csv begins with. */
export const LEDGER_HEADER_TEXT = CSV_BOM + csvLine(LEDGER_CSV_HEADER);

/**
 * One emissions.csv per year (downloads/<year>/emissions.csv): the header, then the rows in the
 * order they arrive, as rows or as fragments. Rows are streamed to the file; lasting fragments
 * are assembled at closeAll (from the cache when the same parts were assembled before).
 */
export class LedgerFiles {
  readonly #siteDir: string;
  readonly #assembled: AssembledLedgers | null;
  readonly #years = new Map<number, YearLedger>();
  readonly #written = new Map<string, WrittenFile>();
  /** The source files written from fragments (paths relative to the site), with the fragment's scan. */
  readonly #sources = new Map<string, { readonly header: string; readonly scan: LedgerScan }>();

  constructor(siteDir: string, options: LedgerFilesOptions = {}) {
    this.#siteDir = siteDir;
    this.#assembled = options.assembled ?? null;
  }

  forYear(year: number): FragmentLedgerSink {
    return {
      write: (row: LedgerRow) => {
        const y = this.#year(year);
        if (y.rows === null) {
          // The year streams from its first direct row: the file opens (header, fragments so far) now.
          const file = this.#open(year, y);
          y.rows = new LedgerLineWriter(new CsvBytes((bytes) => file.writeBytes(bytes), y.directScan));
        }
        y.rows.write(row);
      },
      appendFragment: (fragment: LedgerFragment, from: FragmentOrigin) => this.appendFragment(year, fragment, from),
      seal: (hashFile?: FileHasher) => this.seal(year, hashFile),
    };
  }

  /** The year is complete: starts checking its ledger in the cache (used by closeAll). */
  async seal(year: number, hashFile?: FileHasher): Promise<void> {
    const y = this.#year(year);
    if (y.file !== null || this.#assembled === null || y.check !== null) return;
    const result = this.#assembled.find([...y.parts], hashFile);
    y.check = { parts: y.parts.length, result };
    await result;
  }

  /** Adds a fragment to the end of the year's ledger. */
  async appendFragment(year: number, fragment: LedgerFragment, from: FragmentOrigin = 'scratch'): Promise<void> {
    const y = this.#year(year);
    y.scans.push(fragment.scan);
    y.parts.push(fragment);
    await this.#writeSource(year, fragment);
    if (from === 'cached' && y.file === null && this.#assembled !== null) {
      y.pending.push(fragment);
      return;
    }
    // The rows written directly before it go first.
    y.rows?.flush();
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
      // The fragment's last source.bytes bytes: its source part.
      await copyInto(out, fragment.path, source.bytes, fragment.bytes - source.bytes);
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
      y = { file: null, pending: [], parts: [], rows: null, scans: [], directScan: new LedgerScanner(), check: null };
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
    const assembled = this.#assembled;
    for (const [year, y] of this.#years) {
      y.scans.push(y.directScan.result());
      y.rows?.flush();
      if (y.file === null && assembled !== null) {
        const checked = y.check !== null && y.check.parts === y.parts.length ? y.check.result : assembled.find(y.parts);
        const found = await checked;
        if (found !== null) {
          // A copy (a reflink where the file system has them) of the entry just checked.
          await fs.mkdir(path.dirname(this.#target(year)), { recursive: true });
          await copyOwnFile(found.path, this.#target(year));
          this.#written.set(this.#relative(year), found.file);
          continue;
        }
      }
      const file = this.#open(year, y);
      // close() first: it writes what is still pending, and only then is the count complete
      // (a ledger of the header alone had nothing written before).
      const sha256 = file.close();
      const written = { bytes: file.bytes, sha256 };
      this.#written.set(this.#relative(year), written);
      if (assembled !== null && y.rows === null) await assembled.keep(y.parts, this.#target(year), written);
    }
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

export async function writeDownloads(model: ReportModel, siteDir: string): Promise<void> {
  for (const y of model.years) {
    const dir = yearDownloadsDir(siteDir, y.year);
    await fs.mkdir(dir, { recursive: true });
    await fs.writeFile(path.join(dir, 'kpis.json'), kpisJson(y.kpis));
    await fs.writeFile(path.join(dir, 'kpis.csv'), kpisCsv(y.kpis));
    await fs.writeFile(path.join(dir, 'restatements.csv'), restatementsCsv(y.year, model.restated ?? []));
    // The machine-readable VSME report (frameworks.md), when report.json names the organisation.
    const vsme = vsmeJsonOfYear(model, y);
    if (vsme !== null) await fs.writeFile(path.join(dir, 'vsme.json'), vsme);
    // The same facts in inline XBRL, as a report package an XBRL viewer opens (issue 16, item 4).
    const xbri = vsmeXbriOfYear(model, y);
    if (xbri !== null) await fs.writeFile(path.join(dir, `${xbriName(y.year)}.xbri`), xbri);
  }
  // The small inputs as read (travel and energy come with the ledger, LedgerFiles).
  await writeSourceDownloads(model, siteDir);
}
