// Writes the auditor's downloads of every year into a staging site (site.md "Downloads"):
// kpis.json and kpis.csv from the figures, emissions.csv streamed by the ledger as rows are read.

import { promises as fs, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { LedgerRow, LedgerSink } from '../model/figures.ts';
import type { ReportModel } from '../model/site.ts';
import { kpisCsv, kpisJson, LedgerCsvWriter } from './downloads.ts';

export function yearDownloadsDir(siteDir: string, year: number): string {
  return path.join(siteDir, 'downloads', String(year));
}

/** One streaming emissions.csv per year, opened when the year's first row arrives. */
export class LedgerFiles {
  readonly #siteDir: string;
  readonly #writers = new Map<number, LedgerCsvWriter>();

  constructor(siteDir: string) {
    this.#siteDir = siteDir;
  }

  forYear(year: number): LedgerSink {
    return { write: (row: LedgerRow) => this.#writer(year).write(row) };
  }

  /** Opens (and so writes the header of) the ledger of a year that had no rows. */
  ensure(year: number): void {
    this.#writer(year);
  }

  #writer(year: number): LedgerCsvWriter {
    let w = this.#writers.get(year);
    if (!w) {
      const dir = yearDownloadsDir(this.#siteDir, year);
      mkdirSync(dir, { recursive: true });
      w = new LedgerCsvWriter(path.join(dir, 'emissions.csv'));
      this.#writers.set(year, w);
    }
    return w;
  }

  async closeAll(): Promise<void> {
    for (const w of this.#writers.values()) await w.close();
    this.#writers.clear();
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
