// One data row as a schema reads it: trimmed cells by column, typed getters that report a bad
// value as an error on the row's line (and mark the row as failed), never throwing.

import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { IsoDate } from '../model/records.ts';
import type { ColumnSpec, HeaderMap } from './columns.ts';
import type { WordTable } from './words.ts';
import { SHOW_MASKED, type ValueView } from './shown.ts';
import {
  isCanonicalIsoDate, parseDate, parseMonth, parseNumber, parseWholeNumber, parseYear, parseYesNo, plainNumberValue, yesNoOf,
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

  /**
   * The trimmed cell for a typed getter, or null: refused (a CPR number: the row fails), or empty
   * (an error when required). Each getter then parses the text itself (no closure per cell).
   */
  #cell(col: ColumnSpec, required: boolean, emptyHint: string): string | null {
    const text = this.raw(col);
    if (text === null) {
      this.ok = false;
      return null;
    }
    if (text === '') {
      if (required) this.error(col, `is empty; ${emptyHint}`);
      return null;
    }
    return text;
  }

  /** The parsed value, or null with the parse's message reported. */
  #value<T>(col: ColumnSpec, r: Parsed<T>): T | null {
    if (r.ok) return r.value;
    this.error(col, r.message);
    return null;
  }

  /** Text as written (trimmed); a required empty cell is an error. */
  text(col: ColumnSpec, required: boolean): string | null {
    return this.#cell(col, required, 'fill it in');
  }

  // number, whole, date and yesNo take a plainly written value (nearly every cell) straight, as
  // their parse function reads it, and leave the rest to it.

  number(col: ColumnSpec, required: boolean): number | null {
    const text = this.#cell(col, required, 'write a number');
    if (text === null) return null;
    const plain = plainNumberValue(text, this.format);
    return plain === plain ? plain : this.#value(col, parseNumber(text, this.format, this.#view));
  }

  whole(col: ColumnSpec, required: boolean): number | null {
    const text = this.#cell(col, required, 'write a whole number');
    if (text === null) return null;
    const plain = plainNumberValue(text, this.format);
    return Number.isInteger(plain) ? plain : this.#value(col, parseWholeNumber(text, this.format, this.#view));
  }

  year(col: ColumnSpec, required: boolean): number | null {
    const text = this.#cell(col, required, 'write a year of four digits');
    return text === null ? null : this.#value(col, parseYear(text, this.#view));
  }

  date(col: ColumnSpec, required: boolean): IsoDate | null {
    const text = this.#cell(col, required, 'write a date such as 2025-12-31 or 31-12-2025');
    if (text === null) return null;
    return isCanonicalIsoDate(text) ? text : this.#value(col, parseDate(text, this.#view));
  }

  month(col: ColumnSpec, required: boolean): string | null {
    const text = this.#cell(col, required, 'write a month such as 2025-01');
    return text === null ? null : this.#value(col, parseMonth(text, this.#view));
  }

  yesNo(col: ColumnSpec, required: boolean): boolean | null {
    const text = this.#cell(col, required, 'write yes or no');
    if (text === null) return null;
    return yesNoOf(text) ?? this.#value(col, parseYesNo(text, this.#view));
  }

  /** A word of a closed set; unknown or (when required) empty is an error. */
  word<T extends string>(col: ColumnSpec, required: boolean, words: WordTable<T>): T | null {
    const text = this.#cell(col, required, words.suggestion);
    if (text === null) return null;
    const v = wordOf(text, words);
    if (v !== undefined) return v;
    this.error(col, `${this.#view.quote(text)} is not a known ${words.what}; ${words.suggestion}`);
    return null;
  }

  /** A word with an average fallback: unknown is a warning and gives null (the average). */
  wordOrAverage<T extends string>(col: ColumnSpec, words: WordTable<T>, fallback: string): T | null {
    const text = this.raw(col);
    if (text === null) {
      this.ok = false;
      return null;
    }
    if (text === '') return null;
    const v = wordOf(text, words);
    if (v !== undefined) return v;
    this.warning(col, `${this.#view.quote(text)} is not a known ${words.what}; used ${fallback} (${words.suggestion})`);
    return null;
  }
}

/** The word's value (its words are lower case: a cell written so is looked up as it is). */
function wordOf<T extends string>(text: string, words: WordTable<T>): T | undefined {
  return words.byWord.get(text) ?? words.byWord.get(text.toLowerCase());
}
