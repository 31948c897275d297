// Locked years on disk: reading every YEAR/published.json of the data folder for prepare.ts,
// checking the year's new figures against it (compute/locked-years.ts), and writing it for
// `npm run lock` (site.md "Commands"). A locked year is the year as published: a later build
// that computes a different value or status for one of its figures stops, unless
// restatements.csv explains the change.

import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { YearFigures } from '../model/figures.ts';
import type { LockedYear, RestatedFigure, Restatement } from '../model/published.ts';
import type { InputFileInfo } from '../model/site.ts';
import { isFileOfYear } from '../model/site.ts';
import { PUBLISHED_JSON, readPublishedJson } from '../read/index.ts';
import type { YearFolder } from '../read/index.ts';
import { checkLockedYears } from '../compute/locked-years.ts';
import type { FigureWords } from '../compute/locked-years.ts';
import { formatValue } from '../render/format.ts';
import type { FigureDefinition } from '../model/registry/index.ts';

export const RESTATEMENTS_CSV = 'restatements.csv';

/** Figures in a message as the English pages round them, with kpis.md's unit: `125.5 t CO2e`, `42.5%`, `12`. */
export const ENGLISH_FIGURE_WORDS: FigureWords = {
  number: (value, unit) => formatValue(value, unit, 'en'),
  unit: (unit) => (unit === 'share' || unit === 'count' ? '' : ` ${unit}`),
  suppressed: 'suppressed',
  notReported: 'not reported',
};

/** Reads the published.json of every locked year; each file read goes into `inputs`. */
export async function readLockedYears(dataDir: string, years: readonly YearFolder[], sink: DiagnosticSink,
  inputs: InputFileInfo[]): Promise<LockedYear[]> {
  const locked: LockedYear[] = [];
  for (const y of years) {
    if (y.published === undefined) continue;
    const read = await readPublishedJson(dataDir, y.published, y.year, sink);
    if (read === null) continue;
    inputs.push(read.info);
    locked.push(read.locked);
  }
  return locked;
}

/** Checks the figures of the locked years; the problems go into the sink, the restated figures are returned. */
export function checkLocked(locked: readonly LockedYear[], years: readonly YearFigures[], restatements: readonly Restatement[],
  catalog: readonly FigureDefinition[], sink: DiagnosticSink): readonly RestatedFigure[] {
  const result = checkLockedYears({
    locked,
    years,
    restatements,
    restatementsFile: RESTATEMENTS_CSV,
    knownIds: catalog.map((d) => d.id),
    words: ENGLISH_FIGURE_WORDS,
  });
  for (const d of result.diagnostics) sink.add(d);
  return result.restated;
}

/**
 * The text of YEAR/published.json: the year, the tool, every figure (id order, as kpis.json)
 * with its value, unit and status, and the SHA-256 of every input file of the year and of the
 * root (published.json itself aside), by path. Keys in a fixed order; ends in a newline.
 */
export function publishedJsonText(figures: YearFigures, inputs: readonly InputFileInfo[], tool: { readonly name: string; readonly version: string }): string {
  const year = figures.year;
  const own = `${year}/${PUBLISHED_JSON}`;
  const checksums: Record<string, string> = {};
  const relevant = inputs
    .filter((i) => i.path !== own && isFileOfYear(i.path, year))
    .map((i) => i.path)
    .sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  for (const p of relevant) checksums[p] = inputs.find((i) => i.path === p)?.sha256 ?? '';
  const figureTable: Record<string, { value: number | null; unit: string; status: string }> = {};
  for (const r of figures.kpis) figureTable[r.id] = { value: r.value, unit: r.unit, status: r.status };
  const doc = {
    year,
    tool: { name: tool.name, version: tool.version },
    figures: figureTable,
    inputs: checksums,
  };
  return `${JSON.stringify(doc, null, 2)}\n`;
}

/** Writes YEAR/published.json into the data folder (a whole file or none: written beside it, then renamed). */
export async function writePublishedJson(dataDir: string, year: number, text: string): Promise<string> {
  const dir = path.join(dataDir, String(year));
  await mkdir(dir, { recursive: true });
  const target = path.join(dir, PUBLISHED_JSON);
  const temporary = path.join(dir, `.${PUBLISHED_JSON}.${process.pid}.tmp`);
  try {
    await writeFile(temporary, text);
    await rename(temporary, target);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
  return `${year}/${PUBLISHED_JSON}`;
}
