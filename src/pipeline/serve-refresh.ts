// The live server's data step (`npm start`): before every Eleventy build, the data folder is read
// again through prepareReport, whose in-process cache serves every CSV whose bytes did not change.
// A good read replaces the model the pages show; a read with errors keeps the last good model
// and sets the errors for the banner (or, when there never was a good read, the error page).

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { ReportModel } from '../model/site.ts';
import { RenderError } from '../render/views/index.ts';
import { setDevProblems, setReportErrors, setReportModel } from '../render/model-store.ts';
import { currentSiteData } from '../render/site-data.ts';
import { writeDownloads, yearDownloadsDir } from '../publish/write-downloads.ts';
import { prepareReport } from './prepare.ts';
import type { FileSource, PrivateValues } from './prepare.ts';
import type { MemoryCache } from './cache.ts';

export interface RefreshOptions {
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** The live server's own output folder (never the built site's). */
  readonly outDir: string;
  /** The disk cache of file results, or null for none. */
  readonly cacheDir: string | null;
  /** The in-process cache (default: the process's own). */
  readonly memoryCache?: MemoryCache | null;
  /** Told where each CSV file's result came from (`read` when it was parsed). */
  readonly onFile?: (file: string, source: FileSource) => void;
}

export type RefreshOutcome =
  | { readonly ok: true; readonly diagnostics: readonly Diagnostic[] }
  /** `showing`: what the pages show now: the last good site under a banner, or the error page. */
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[]; readonly showing: 'last-good-site' | 'error-page' };

/** The note that stands in for a download only `npm run build` makes. */
export const PREVIEW_DOWNLOAD_NOTE =
  'This file is made by `npm run build` only. The preview of `npm start` shows the pages and the kpis.json and kpis.csv of each year; build the site to get every download.\n';

export class DataRefresher {
  readonly #options: RefreshOptions;
  #lastGood: ReportModel | null = null;
  #privateValues: PrivateValues = { employeeIds: new Set(), emails: new Set() };
  /** The preview's downloads being written; resolves to the problem that stopped them, or null. */
  #downloads: Promise<Diagnostic | null> = Promise.resolve(null);

  constructor(options: RefreshOptions) {
    this.#options = options;
  }

  /** True once a read of the data had no errors. */
  get hasGoodSite(): boolean {
    return this.#lastGood !== null;
  }

  /**
   * The values of the last good read that must never be shown (the output scan's: employee ids,
   * input e-mail addresses); empty sets before the first good read.
   */
  get privateValues(): PrivateValues {
    return this.#privateValues;
  }

  /** Reads the data folder again and hands the result to the templates. Never throws. */
  async refresh(): Promise<RefreshOutcome> {
    const { dataDir, cacheDir, onFile } = this.#options;
    let diagnostics: readonly Diagnostic[];
    let model: ReportModel | null = null;
    let privateValues: PrivateValues | null = null;
    try {
      const prepared = await prepareReport(dataDir, {
        cacheDir,
        ...(this.#options.memoryCache === undefined ? {} : { memoryCache: this.#options.memoryCache }),
        ...(onFile === undefined ? {} : { onFile }),
        sourceDateEpoch: process.env['SOURCE_DATE_EPOCH'],
      });
      diagnostics = prepared.diagnostics;
      if (prepared.ok) {
        model = prepared.model;
        privateValues = prepared.privateValues;
      }
    } catch (error) {
      diagnostics = [unexpected(error)];
    }

    if (model !== null) {
      // The view is built here, not in the middle of Eleventy's build, so that a narrative
      // problem the reader let through becomes a banner too.
      setReportModel(model);
      try {
        currentSiteData();
        this.#lastGood = model;
        if (privateValues !== null) this.#privateValues = privateValues;
        setDevProblems([]);
        // Written while Eleventy renders the pages (one refresh's after the last's), awaited
        // once the pages are written (downloadsWritten).
        const good = model;
        this.#downloads = this.#downloads.then(() => this.#writePreviewDownloads(good).then(() => null, downloadsFailed));
        return { ok: true, diagnostics };
      } catch (error) {
        diagnostics = [...diagnostics, ...(error instanceof RenderError ? error.diagnostics : [unexpected(error)])];
      }
    }

    setDevProblems(diagnostics);
    if (this.#lastGood !== null) {
      setReportModel(this.#lastGood);
      return { ok: false, diagnostics, showing: 'last-good-site' };
    }
    setReportErrors(diagnostics);
    return { ok: false, diagnostics, showing: 'error-page' };
  }

  /**
   * Waits until the downloads of the last good read are written; says once why they could not be
   * (null when they were).
   */
  async downloadsWritten(): Promise<Diagnostic | null> {
    const pending = this.#downloads;
    const failure = await pending;
    if (this.#downloads === pending) this.#downloads = Promise.resolve(null);
    return failure;
  }

  /** kpis.json and kpis.csv of every year; a note where only a build makes the file. */
  async #writePreviewDownloads(model: ReportModel): Promise<void> {
    const { outDir } = this.#options;
    await writeDownloads(model, outDir);
    for (const y of model.years) {
      await fs.writeFile(path.join(yearDownloadsDir(outDir, y.year), 'emissions.csv'), PREVIEW_DOWNLOAD_NOTE);
    }
    const downloads = path.join(outDir, 'downloads');
    await fs.mkdir(downloads, { recursive: true });
    await fs.writeFile(path.join(downloads, 'manifest.json'), `${JSON.stringify({ note: PREVIEW_DOWNLOAD_NOTE.trim() }, null, 2)}\n`);
    await fs.writeFile(path.join(downloads, 'SHA256SUMS'), PREVIEW_DOWNLOAD_NOTE);
  }
}

/** The preview's downloads could not be written (a disk error): one line, no stack trace. */
function downloadsFailed(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { severity: 'error', file: '.', line: 1, message: `the preview could not write its downloads: ${message}` };
}

/** A failure that is not a problem of the data (a disk error, a bug): one line, no stack trace. */
function unexpected(error: unknown): Diagnostic {
  const message = error instanceof Error ? error.message : String(error);
  return { severity: 'error', file: '.', line: 1, message: `the preview could not read the data folder: ${message}` };
}
