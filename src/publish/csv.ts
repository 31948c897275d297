// The CSV writer of every download (site.md "Downloads"): RFC 4180 quoting with CRLF line ends,
// comma, point decimals, numbers as plain decimals (never exponent form), null as an empty cell,
// and text neutralised so that a spreadsheet never runs it as a formula, whether it splits the
// lines on a comma, a semicolon or a tab (issue 11): a text cell holding any of them, a quote or
// a line break is quoted, and one starting like a formula gets a leading `'`.

import { stringify } from 'csv-stringify/sync';

export type CsvCell = string | number | null;

/** The UTF-8 byte-order mark that makes Excel read the file as UTF-8 (æøå). */
export const CSV_BOM = '\uFEFF';

export const CSV_LINE_END = '\r\n';

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

/**
 * A finite number as a plain decimal, the shortest that reads back as the same number:
 * `1e-7` → `0.0000001`, `1e21` → `1000000000000000000000`, `-0` → `0`.
 */
export function plainNumber(value: number): string {
  if (!Number.isFinite(value)) throw new RangeError(`not a finite number: ${value}`);
  if (value === 0) return '0';
  const text = String(value);
  if (!text.includes('e')) return text;
  const match = /^(-?)(\d)(?:\.(\d+))?e([+-]\d+)$/.exec(text);
  if (match === null) return text;
  const [, sign = '', lead = '', fraction = '', exponent = '0'] = match;
  const digits = lead + fraction;
  const point = lead.length + Number(exponent);
  if (point <= 0) return `${sign}0.${'0'.repeat(-point)}${digits}`;
  if (point >= digits.length) return `${sign}${digits}${'0'.repeat(point - digits.length)}`;
  return `${sign}${digits.slice(0, point)}.${digits.slice(point)}`;
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
