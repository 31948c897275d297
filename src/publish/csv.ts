// The CSV writer of every download (site.md "Downloads"): RFC 4180 quoting with CRLF line ends,
// comma, point decimals, numbers as plain decimals (never exponent form), null as an empty cell,
// and text neutralised so that a spreadsheet never runs it as a formula, whether it splits the
// lines on a comma, a semicolon or a tab (issue 11): a text cell holding any of them, a quote or
// a line break is quoted, and one starting like a formula gets a leading `'`.

import { stringify } from 'csv-stringify/sync';
import { plainNumber } from '../util/plain-number.ts';

export type CsvCell = string | number | null;

/** The UTF-8 byte-order mark that makes Excel read the file as UTF-8 (æøå). */
export const CSV_BOM = '\uFEFF';

export const CSV_LINE_END = '\r\n';

/** A yes/no cell: the words the downloads write for a true or false (site.md), null left empty. */
export function yesNoCell(value: boolean | null): string | null {
  return value === null ? null : value ? 'yes' : 'no';
}

const FORMULA_START = new Set(['=', '+', '-', '@', '\t', '\r']);

/** A `;`, tab or line break inside a cell, followed by a formula start, a quote or the cell's end. */
const INNER_START = /([;\t\r\n])(?=[=+\-@\t\r"]|$)/g;

/**
 * A text cell that begins with `=`, `+`, `-`, `@`, a tab or a carriage return gets a leading
 * single quote (OWASP's advice for CSV injection). So does what follows a `;`, a tab or a line
 * break inside it when that starts the same way, with a quote, or is the cell's end (then its
 * closing quote would follow): a spreadsheet splitting the lines on `;` or tab sees a cell begin
 * there, since the quotes around a comma-separated cell count only at the start of a cell of its
 * own, and a cell that begins with a quote would run on to the next quote, lines later. The rest
 * stays as written.
 */
export function neutraliseCell(text: string): string {
  const inner = text.replace(INNER_START, "$1'");
  return FORMULA_START.has(inner.charAt(0)) ? `'${inner}` : inner;
}


/** csv-stringify's options for every download (made once: normalising them is most of a short call's cost). */
const STRINGIFY_OPTIONS = {
  cast: {
    number: (value: number): string => plainNumber(value),
    string: (value: string): string => neutraliseCell(value),
  },
  record_delimiter: CSV_LINE_END,
  quote_record_delimiter: true,
  // A spreadsheet set to split on `;` or tab (Excel with Danish settings) must read such a cell
  // whole: unquoted, `count;=cmd|…` would be cut and its second part run as a formula.
  quoted_match: [';', '\t'],
  eof: true,
};

/** CSV records, each with its line end ('' for none): one call of csv-stringify for them all. */
export function csvLines(records: readonly (readonly CsvCell[])[]): string {
  return records.length === 0 ? '' : stringify(records as CsvCell[][], STRINGIFY_OPTIONS);
}

/** One CSV record with its line end. */
export function csvLine(cells: readonly CsvCell[]): string {
  return csvLines([cells]);
}

/** The text cells already written by csvCell (a ledger has a handful of distinct ones). */
const cellMemo = new Map<string, string>();
const CELL_MEMO_LIMIT = 4096;

/**
 * One text cell exactly as csvLine writes it (neutralised, quoted when needed), without the
 * separator: `csvLine([a, b])` is `csvCell(a) + ',' + csvCell(b) + '\r\n'` for text a and b.
 * Remembered per value, so that a writer of many rows with few distinct texts (the ledger)
 * formats each of them once instead of once per row.
 */
export function csvCell(text: string): string {
  let cell = cellMemo.get(text);
  if (cell === undefined) {
    // A second, fixed cell keeps csv-stringify from treating a lone empty value specially.
    const line = csvLine([text, 0]);
    cell = line.slice(0, line.length - ',0\r\n'.length);
    if (cellMemo.size >= CELL_MEMO_LIMIT) cellMemo.clear();
    cellMemo.set(text, cell);
  }
  return cell;
}

/** A whole CSV file: byte-order mark, header, records. */
export function csvDocument(header: readonly string[], rows: Iterable<readonly CsvCell[]>): string {
  return CSV_BOM + csvLines([header, ...rows]);
}

/** Told the cells CsvBytes writes: each distinct text cell (as written) once, each number by its value. */
export interface CsvByteObserver {
  text(cell: string): void;
  numberValue(value: number): void;
}

const UNOBSERVED: CsvByteObserver = { text: () => undefined, numberValue: () => undefined };

/** The columns of a line in which CsvBytes remembers the last text. */
const MEMO_COLUMNS = 32;

/** The bytes CsvBytes collects before handing them on. */
const BLOCK_BYTES = 64 * 1024;

/** A number that is not an integer, as plainNumber wrote it last, in a slot picked by its bits. */
const SLOT_BITS = 16;
const NUMBER_SLOTS = 1 << SLOT_BITS;
const slotKeys = new Float64Array(NUMBER_SLOTS).fill(Number.NaN);
const slotTexts: string[] = new Array<string>(NUMBER_SLOTS).fill('');
const bits = new Float64Array(1);
const bitWords = new Uint32Array(bits.buffer);

/** plainNumber, remembered for numbers seen lately (a factor on every row, a distance twice a row). */
function plainNumberOf(value: number): string {
  bits[0] = value;
  const slot = Math.imul(bitWords[0]! ^ bitWords[1]!, 0x9e3779b1) >>> (32 - SLOT_BITS);
  // NaN never equals a key, so an empty slot (NaN) is never taken; 0 and -0 both give '0'.
  if (slotKeys[slot] === value) return slotTexts[slot]!;
  const text = plainNumber(value);
  slotKeys[slot] = value;
  slotTexts[slot] = text;
  return text;
}

/** Cells written once and remembered as bytes (CsvBytes.capture), to be written again with `again`. */
export interface CapturedCells {
  readonly bytes: Buffer;
  /** The column they start in, and how many cells they are. */
  readonly column: number;
  readonly columns: number;
}

/**
 * The decimals CsvBytes tries before String(): a number that is not an integer and is the
 * integer m (below SCALED_LIMIT) divided by 10^d, for the least such d, is written as m's
 * digits with a point d digits from the end; that is plainNumber's text. Why: below 2^49 the
 * rounding of |v|·10^d is off by less than 1/16 and two numbers with d decimals are more than
 * eight ulps of v apart, so m is the only candidate with d decimals that reads back as v and is
 * found whenever there is one; with the least d it has the fewest digits (an integer never
 * reads back as a number that is not one), which is the text of Number::toString, and in the
 * plain form plainNumber gives for an exponent one. Checked against plainNumber in
 * test/publish/csv-bytes.test.ts.
 */
const MAX_PLACES = 8;
const POWERS_OF_TEN = [1, 10, 100, 1e3, 1e4, 1e5, 1e6, 1e7, 1e8];
const SCALED_LIMIT = 2 ** 49;

/**
 * CSV lines written straight to UTF-8 bytes, for the writers of millions of rows (the ledger and
 * the source data of travel and energy): the cells are the strings of csvCell (text) and
 * plainNumber (numbers) and the bytes are those of the same line as one string, without the
 * strings of whole lines being made, joined and encoded. `text` and `number` write one cell
 * (nothing but its separator for null), `lineEnd` ends the line. The bytes go to `out` in blocks
 * (the block is reused: `out` uses it before returning); call `flush` at the end.
 */
export class CsvBytes {
  readonly #out: (bytes: Buffer) => void;
  readonly #observer: CsvByteObserver;
  /** The bytes of each text cell written so far (a handful of distinct ones in a ledger). */
  readonly #texts = new Map<string, Buffer>();
  /** The text written last in each column, and its bytes (rows often repeat a column's text). */
  readonly #lastTexts: (string | null)[] = new Array<string | null>(MEMO_COLUMNS).fill(null);
  readonly #lastBytes: Buffer[] = new Array<Buffer>(MEMO_COLUMNS).fill(Buffer.alloc(0));
  /** The cell of the line being written next (0: no separator before it). */
  #column = 0;
  #buffer = Buffer.allocUnsafe(BLOCK_BYTES);
  #at = 0;
  /** capture is under way: the block grows instead of being handed on. */
  #capturing = false;

  constructor(out: (bytes: Buffer) => void, observer: CsvByteObserver = UNOBSERVED) {
    this.#out = out;
    this.#observer = observer;
  }

  /** Room for `bytes` more bytes in the block. */
  #room(bytes: number): void {
    if (this.#at + bytes <= this.#buffer.length) return;
    if (this.#capturing) {
      const larger = Buffer.allocUnsafe(Math.max(2 * this.#buffer.length, this.#at + bytes));
      this.#buffer.copy(larger, 0, 0, this.#at);
      this.#buffer = larger;
      return;
    }
    this.flush();
    if (bytes > this.#buffer.length) this.#buffer = Buffer.allocUnsafe(bytes);
  }

  /** The separator before a cell (none before the first of a line); room for `bytes` after it. */
  #cell(bytes: number): void {
    this.#room(bytes + 1);
    if (this.#column++ > 0) this.#buffer[this.#at++] = 0x2c;
  }

  #copy(bytes: Buffer): void {
    const n = bytes.length;
    const buffer = this.#buffer;
    const at = this.#at;
    if (n > 16) buffer.set(bytes, at);
    else for (let i = 0; i < n; i++) buffer[at + i] = bytes[i]!;
    this.#at = at + n;
  }

  /** A text cell as csvCell writes it; the observer is told each distinct cell once. */
  text(value: string | null): void {
    if (value === null) {
      this.#cell(0);
      return;
    }
    const column = this.#column;
    let bytes: Buffer;
    if (column < MEMO_COLUMNS && this.#lastTexts[column] === value) bytes = this.#lastBytes[column]!;
    else {
      bytes = this.#bytesOf(value);
      if (column < MEMO_COLUMNS) {
        this.#lastTexts[column] = value;
        this.#lastBytes[column] = bytes;
      }
    }
    this.#cell(bytes.length);
    this.#copy(bytes);
  }

  #bytesOf(value: string): Buffer {
    let bytes = this.#texts.get(value);
    if (bytes === undefined) {
      const cell = csvCell(value);
      this.#observer.text(cell);
      bytes = Buffer.from(cell, 'utf8');
      if (this.#texts.size >= CELL_MEMO_LIMIT) this.#texts.clear();
      this.#texts.set(value, bytes);
    }
    return bytes;
  }

  /** A number cell as plainNumber writes it (digits, `-` and `.`: one byte each). */
  number(value: number | null): void {
    if (value === null) {
      this.#cell(0);
      return;
    }
    this.#observer.numberValue(value);
    if ((value | 0) === value && value !== -0x80000000) {
      // An integer of 32 bits (and -0, as 0): its digits, written backwards.
      this.#cell(11);
      const buffer = this.#buffer;
      let at = this.#at;
      let rest = value | 0;
      if (rest < 0) {
        buffer[at++] = 0x2d;
        rest = -rest | 0;
      }
      at += rest < 10 ? 1 : rest < 100 ? 2 : rest < 1000 ? 3 : rest < 10000 ? 4 : rest < 100000 ? 5
        : rest < 1000000 ? 6 : rest < 10000000 ? 7 : rest < 100000000 ? 8 : rest < 1000000000 ? 9 : 10;
      this.#at = at;
      do {
        const tenth = (rest / 10) | 0;
        buffer[--at] = 0x30 + rest - tenth * 10;
        rest = tenth;
      } while (rest !== 0);
      return;
    }
    // A number with a few decimals (a distance, a quantity): its digits, without String().
    const size = value < 0 ? -value : value;
    for (let places = Math.floor(size) === size ? MAX_PLACES + 1 : 1; places <= MAX_PLACES; places++) {
      const scaled = size * POWERS_OF_TEN[places]!;
      if (scaled >= SCALED_LIMIT) break;
      const digits = Math.round(scaled);
      if (digits / POWERS_OF_TEN[places]! === size) {
        this.#decimal(value < 0, digits, places);
        return;
      }
    }
    const text = plainNumberOf(value);
    const n = text.length;
    this.#cell(n);
    const buffer = this.#buffer;
    const at = this.#at;
    for (let i = 0; i < n; i++) buffer[at + i] = text.charCodeAt(i);
    this.#at = at + n;
  }

  /** `digits` (an integer below 2^49) with a point `places` digits from its end, and `-` before when negative. */
  #decimal(negative: boolean, digits: number, places: number): void {
    let length = 1;
    for (let rest = digits; rest >= 10; rest = Math.floor(rest / 10)) length++;
    const n = (negative ? 1 : 0) + (length > places ? length - places : 1) + 1 + places;
    this.#cell(n);
    const buffer = this.#buffer;
    let at = this.#at + n;
    this.#at = at;
    let rest = digits;
    for (let i = 0; i < places; i++) {
      const tenth = Math.floor(rest / 10);
      buffer[--at] = 0x30 + rest - tenth * 10;
      rest = tenth;
    }
    buffer[--at] = 0x2e;
    do {
      const tenth = Math.floor(rest / 10);
      buffer[--at] = 0x30 + rest - tenth * 10;
      rest = tenth;
    } while (rest !== 0);
    if (negative) buffer[--at] = 0x2d;
  }

  /** Ends the line (CRLF). */
  lineEnd(): void {
    this.#room(2);
    this.#buffer[this.#at++] = 0x0d;
    this.#buffer[this.#at++] = 0x0a;
    this.#column = 0;
  }

  /** Writes the cells `write` writes, and gives their bytes for writing them again (`again`). */
  capture(write: () => void): CapturedCells {
    if (this.#capturing) throw new Error('CsvBytes: capture within a capture');
    const column = this.#column;
    const start = this.#at;
    this.#capturing = true;
    try {
      write();
    } finally {
      this.#capturing = false;
    }
    return { bytes: Buffer.from(this.#buffer.subarray(start, this.#at)), column, columns: this.#column - column };
  }

  /**
   * Writes captured cells again: false (and nothing written) unless the line is at the column
   * they were captured at (the separator before them is part of their bytes).
   */
  again(cells: CapturedCells): boolean {
    if (cells.column !== this.#column) return false;
    this.#room(cells.bytes.length);
    this.#copy(cells.bytes);
    this.#column += cells.columns;
    return true;
  }

  /** Hands on the bytes written so far. */
  flush(): void {
    if (this.#at === 0) return;
    const at = this.#at;
    this.#at = 0;
    this.#out(this.#buffer.subarray(0, at));
  }
}
