// One data row as a schema reads it: trimmed cells by column, typed getters that report a bad
// value as an error on the row's line (and mark the row as failed), never throwing.

import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { IsoDate } from '../model/records.ts';
import type { ColumnSpec, HeaderMap } from './columns.ts';
import type { WordTable } from './words.ts';
import { SHOW_MASKED, type ValueView } from './shown.ts';
import {
  parseDate, parseMonth, parseNumber, parseWholeNumber, parseYear, parseYesNo,
  type NumberFormat, type Parsed,
} from './values.ts';

export class RowReader {
  readonly file: string;
  readonly format: NumberFormat;
  readonly #sink: DiagnosticSink;
  readonly #header: HeaderMap;
  readonly #view: ValueView;
  #fields: readonly string[] = [];
  /** Field indexes whose cell held a CPR number: already reported, never read or quoted. */
  #blocked: ReadonlySet<number> = new Set();
  line = 0;
  ok = true;

  constructor(file: string, format: NumberFormat, header: HeaderMap, sink: DiagnosticSink, view: ValueView = SHOW_MASKED) {
    this.file = file;
    this.format = format;
    this.#header = header;
    this.#sink = sink;
    this.#view = view;
  }

  /** How this file's values are shown in messages (shown.ts). */
  get view(): ValueView {
    return this.#view;
  }

  /** A value for a message: quoted and masked, or (employees.csv) "this value". */
  quote(text: string): string {
    return this.#view.quote(text);
  }

  /** The column's cell for a message, as quote() shows it. */
  shown(col: ColumnSpec): string {
    return this.#view.quote(this.raw(col) ?? '');
  }

  reset(fields: readonly string[], line: number, blocked: ReadonlySet<number>): void {
    this.#fields = fields;
    this.line = line;
    this.#blocked = blocked;
    this.ok = true;
  }

  /** The column's name as the file writes it (for messages). */
  nameOf(col: ColumnSpec): string {
    const i = this.#header.index[col.ordinal] ?? -1;
    return i === -1 ? col.name : (this.#header.names[i] ?? col.name);
  }

  has(col: ColumnSpec): boolean {
    return (this.#header.index[col.ordinal] ?? -1) !== -1;
  }

  /** The trimmed cell; '' when the file lacks the column. null when the cell was refused (a CPR number). */
  raw(col: ColumnSpec): string | null {
    const i = this.#header.index[col.ordinal] ?? -1;
    if (i === -1) return '';
    if (this.#blocked.size > 0 && this.#blocked.has(i)) return null;
    return (this.#fields[i] ?? '').trim();
  }

  error(col: ColumnSpec | null, message: string): void {
    this.ok = false;
    this.#sink.error(this.file, this.line, message, col === null ? undefined : this.nameOf(col));
  }

  warning(col: ColumnSpec | null, message: string): void {
    this.#sink.warning(this.file, this.line, message, col === null ? undefined : this.nameOf(col));
  }

  /** Reports a failed parse; returns the value or null. Empty required cells are errors. */
  #take<T>(col: ColumnSpec, required: boolean, parse: (text: string) => Parsed<T>, emptyHint: string): T | null {
    const text = this.raw(col);
    if (text === null) {
      this.ok = false;
      return null;
    }
    if (text === '') {
      if (required) this.error(col, `is empty; ${emptyHint}`);
      return null;
    }
    const r = parse(text);
    if (r.ok) return r.value;
    this.error(col, r.message);
    return null;
  }

  /** Text as written (trimmed); a required empty cell is an error. */
  text(col: ColumnSpec, required: boolean): string | null {
    const text = this.raw(col);
    if (text === null) {
      this.ok = false;
      return null;
    }
    if (text === '') {
      if (required) this.error(col, 'is empty; fill it in');
      return null;
    }
    return text;
  }

  number(col: ColumnSpec, required: boolean): number | null {
    return this.#take(col, required, (t) => parseNumber(t, this.format, this.#view), 'write a number');
  }

  whole(col: ColumnSpec, required: boolean): number | null {
    return this.#take(col, required, (t) => parseWholeNumber(t, this.format, this.#view), 'write a whole number');
  }

  year(col: ColumnSpec, required: boolean): number | null {
    return this.#take(col, required, (t) => parseYear(t, this.#view), 'write a year of four digits');
  }

  date(col: ColumnSpec, required: boolean): IsoDate | null {
    return this.#take(col, required, (t) => parseDate(t, this.#view), 'write a date such as 2025-12-31 or 31-12-2025');
  }

  month(col: ColumnSpec, required: boolean): string | null {
    return this.#take(col, required, (t) => parseMonth(t, this.#view), 'write a month such as 2025-01');
  }

  yesNo(col: ColumnSpec, required: boolean): boolean | null {
    return this.#take(col, required, (t) => parseYesNo(t, this.#view), 'write yes or no');
  }

  /** A word of a closed set; unknown or (when required) empty is an error. */
  word<T extends string>(col: ColumnSpec, required: boolean, words: WordTable<T>): T | null {
    return this.#take(col, required, (t) => lookUp(t, words, this.#view), words.suggestion);
  }

  /** A word with an average fallback: unknown is a warning and gives null (the average). */
  wordOrAverage<T extends string>(col: ColumnSpec, words: WordTable<T>, fallback: string): T | null {
    const text = this.raw(col);
    if (text === null) {
      this.ok = false;
      return null;
    }
    if (text === '') return null;
    const v = words.byWord.get(text.toLowerCase());
    if (v !== undefined) return v;
    this.warning(col, `${this.#view.quote(text)} is not a known ${words.what}; used ${fallback} (${words.suggestion})`);
    return null;
  }
}

function lookUp<T extends string>(text: string, words: WordTable<T>, view: ValueView): Parsed<T> {
  const v = words.byWord.get(text.toLowerCase());
  return v === undefined
    ? { ok: false, message: `${view.quote(text)} is not a known ${words.what}; ${words.suggestion}` }
    : { ok: true, value: v };
}
