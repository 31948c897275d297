// What one CSV file is: its columns and how a row becomes a record.

import type { ReportSettings } from '../model/settings.ts';
import type { ColumnSpec } from './columns.ts';
import type { RowReader } from './row.ts';

export interface SchemaContext {
  /** Path relative to the data folder. */
  readonly file: string;
  /** The reporting year, for the year files. */
  readonly year: number | null;
  readonly settings: ReportSettings;
  /** Declared indicator ids (no `ind.` prefix), for `<year>/indicators.csv`. */
  readonly declaredIndicators: ReadonlySet<string> | null;
  /** KPI ids a benchmark or target may name. */
  readonly knownMetric: ((id: string) => boolean) | null;
}

/** Turns one row into a record, or null when the row has an error (or is to be ignored). */
export type RowConverter<R> = (row: RowReader) => R | null;

export interface Schema<R> {
  readonly columns: readonly ColumnSpec[];
  /** The year files also accept the Danish column names. */
  readonly acceptDanish: boolean;
  /** No message may repeat a cell of this file (employees.csv: personal data), nor a suggestion made from one. */
  readonly hidesValues?: boolean;
  /** A converter with its own state across the rows of one file (uniqueness, overlaps). */
  start(ctx: SchemaContext): RowConverter<R>;
}
