// A year as published (site.md "Commands": `npm run lock`) and the restatements that explain
// a later change to its figures (site.md "Downloads": restatements.csv).

import type { KpiStatus } from './figures.ts';

/** One figure of a locked year: its value and status as kpis.json gave them when it was locked. */
export interface LockedFigure {
  /** Unrounded; null unless status is `ok`. */
  readonly value: number | null;
  readonly unit: string;
  readonly status: KpiStatus;
}

/** `YEAR/published.json`, as read. */
export interface LockedYear {
  readonly year: number;
  /** Relative to the data folder (`2024/published.json`). */
  readonly file: string;
  /** By figure id. */
  readonly figures: ReadonlyMap<string, LockedFigure>;
  /** SHA-256 of every input file when the year was locked, by path relative to the data folder. */
  readonly inputs: ReadonlyMap<string, string>;
}

/** One row of restatements.csv at the data folder's root. */
export interface Restatement {
  readonly line: number;
  readonly year: number;
  /** A figure id, or a prefix ending in `*` (`env.*`). */
  readonly figure: string;
  readonly reasonDa: string;
  readonly reasonEn: string;
}

/** A figure of a locked year whose value or status changed, with the restatement that explains it. */
export interface RestatedFigure {
  readonly year: number;
  readonly id: string;
  readonly unit: string;
  readonly old: { readonly value: number | null; readonly status: KpiStatus };
  readonly new: { readonly value: number | null; readonly status: KpiStatus };
  readonly reasonDa: string;
  readonly reasonEn: string;
}
