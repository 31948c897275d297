// readCsvFile: one CSV file of the data folder, from raw bytes to typed records (inputs.md).
// Passes: the bytes (encoding, size, SHA-256); for a tab file without an override, the number
// cells (decimal separator); then the records, converted one by one and never held together.

import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { InputFileInfo } from '../model/site.ts';
import { DEFAULT_MAX_FILE_BYTES, type ReportSettings } from '../model/settings.ts';
import { mapHeader, type HeaderMap } from './columns.ts';
import { MAX_RECORD_CHARS, parseCsv, sniffDelimiter } from './csv.ts';
import { openDataFile, refusalMessage, withDataFile, type DataFile } from './data-file.ts';
import { scanBytes, utf8Chunks, type TextEncodingName } from './decode.ts';
import { DecimalEvidence, decimalOfDelimiter, type Delimiter } from './dialect.ts';
import { containsCpr } from './identifiers.ts';
import { RowReader } from './row.ts';
import type { Schema } from './schema.ts';
import { SCHEMAS, type CsvKind, type RecordOf } from './schemas/index.ts';
import type { NumberFormat } from './values.ts';
import { HIDE_ALL, SHOW_MASKED } from './shown.ts';
import { DiagnosticSink as Sink } from '../model/diagnostics.ts';

export type { CsvKind, RecordOf } from './schemas/index.ts';

export interface CsvReadOptions {
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** The file relative to dataDir, forward slashes (`2025/travel.csv`). */
  readonly path: string;
  /** numberFormat overrides (keyed by path) and radiativeForcing. */
  readonly settings: ReportSettings;
  /** The reporting year, for the year files. */
  readonly year?: number;
  /** For 'indicator-values': the declared ids (no `ind.` prefix). */
  readonly declaredIndicators?: ReadonlySet<string>;
  /** For benchmarks and targets: whether `metric` names a known KPI. */
  readonly knownMetric?: (id: string) => boolean;
  /**
   * Runs once the records are read, on the file still open, with what was read (not for a file
   * refused unread): a further pass over the same bytes (the file task's e-mail search), without
   * opening the file again.
   */
  readonly afterRead?: (file: DataFile, info: InputFileInfo) => Promise<void>;
  /** The file, opened already by the caller (openDataFile of `path`), who closes it. */
  readonly opened?: DataFile;
}

const NO_CELLS: ReadonlySet<number> = new Set();

const DELIMITER_NAMES: Readonly<Record<Delimiter, string>> = { ',': 'comma', ';': 'semicolon', '\t': 'tab' };

function isBlank(fields: readonly string[]): boolean {
  for (let i = 0; i < fields.length; i++) {
    const f = fields[i] as string;
    if (f.length === 0) continue;
    // a printable ASCII character is never white space (the usual first cell); else as trim() reads it
    const c = f.charCodeAt(0);
    if ((c > 0x20 && c < 0x7f) || f.trim() !== '') return false;
  }
  return true;
}

/**
 * Reads one CSV file, reporting every problem into the sink; each record without an error is
 * handed to onRow in file order. Returns the file's size, SHA-256 and number of data rows.
 */
export async function readCsvFile<K extends CsvKind>(
  kind: K,
  options: CsvReadOptions,
  sink: DiagnosticSink,
  onRow: (record: RecordOf[K]) => void,
): Promise<InputFileInfo> {
  const file = options.path;
  const given = options.opened;
  const opened = given === undefined ? await openDataFile(options.dataDir, file) : { ok: true as const, file: given };
  if (!opened.ok) {
    sink.error(file, 1, refusalMessage(opened.refusal));
    return { path: file, bytes: 0, sha256: '', rows: 0 };
  }
  const limit = options.settings.maxFileBytes ?? DEFAULT_MAX_FILE_BYTES;
  if (opened.file.size > limit) {
    if (given === undefined) await opened.file.close();
    sink.error(file, 1, `the file is ${sizeText(opened.file.size)}, more than the ${sizeText(limit)} a file may have, so it is not read;`
      + ' check that it is the right export, or raise the limit in report.json: "limits": { "maxFileSizeMB": … }');
    return { path: file, bytes: opened.file.size, sha256: '', rows: 0 };
  }
  const read = async (data: DataFile): Promise<InputFileInfo> => {
    const info = await readOpened(kind, options, data, sink, onRow);
    await options.afterRead?.(data, info);
    return info;
  };
  return given === undefined ? withDataFile(opened.file, read) : read(given);
}

/** `1.5 GB`, `120 MB`, `3 kB` (powers of 1024, as the limit is set in MB of 1024 × 1024 bytes). */
function sizeText(bytes: number): string {
  const units: readonly [number, string][] = [[1024 ** 3, 'GB'], [1024 ** 2, 'MB'], [1024, 'kB']];
  for (const [size, unit] of units) {
    if (bytes >= size) return `${Number((bytes / size).toFixed(1))} ${unit}`;
  }
  return `${bytes} bytes`;
}

async function readOpened<K extends CsvKind>(
  kind: K,
  options: CsvReadOptions,
  data: DataFile,
  sink: DiagnosticSink,
  onRow: (record: RecordOf[K]) => void,
): Promise<InputFileInfo> {
  const file = options.path;
  const schema = SCHEMAS[kind] as Schema<RecordOf[K]>;
  const scan = await scanBytes(data);
  const info = (rows: number): InputFileInfo => ({ path: file, bytes: scan.bytes, sha256: scan.sha256, rows });

  if (scan.undecodableLine !== null) {
    sink.error(file, scan.undecodableLine, 'this line holds a character that is not UTF-8, UTF-16 or Windows-1252 text;'
      + ' save the file again from Excel as "CSV UTF-8 (kommasepareret)" or "CSV (semikolonsepareret)" (Gem som) and check the letters on this line');
    return info(0);
  }
  if (scan.nulLine !== null) {
    sink.error(file, scan.nulLine, NUL_MESSAGE);
    return info(0);
  }
  if (scan.mojibakeLine !== null) sink.warning(file, scan.mojibakeLine, MOJIBAKE_MESSAGE);
  const delimiter = await sniffDelimiter(utf8Chunks(data, scan.encoding));
  if (delimiter === null) {
    sink.error(file, 1, 'the file is empty; it needs at least a header line naming the columns (delete the file if there is nothing to report)');
    return info(0);
  }
  const format = await numberFormat(file, data, scan.encoding, delimiter, schema, options.settings, sink);
  if (format === null) return info(0);

  const converter = schema.start({
    file,
    year: options.year ?? null,
    settings: options.settings,
    declaredIndicators: options.declaredIndicators ?? null,
    knownMetric: options.knownMetric ?? null,
  });
  let header: HeaderMap | null = null;
  let reader: RowReader | null = null;
  let rows = 0;
  const end = await parseCsv(utf8Chunks(data, scan.encoding), delimiter, (fields, line) => {
    if (isBlank(fields)) return;
    if (header === null) {
      header = mapHeader(fields, schema.columns, schema.acceptDanish, file, sink, schema.hidesValues === true);
      reader = new RowReader(file, format, header, sink, schema.hidesValues === true ? HIDE_ALL : SHOW_MASKED);
      return;
    }
    rows++;
    let blocked = NO_CELLS;
    for (let i = 0; i < fields.length; i++) {
      if (containsCpr(fields[i] as string)) {
        if (blocked === NO_CELLS) blocked = new Set<number>();
        (blocked as Set<number>).add(i);
        sink.error(file, line, 'holds what looks like a CPR number; remove it from the export: the report must never receive CPR numbers',
          header.names[i] || `number ${i + 1}`);
      }
    }
    if (fields.length !== header.fieldCount) {
      const spans = fields.some((f) => f.includes('\n'));
      sink.error(file, line, `this row has ${fields.length} fields, but the header has ${header.fieldCount};`
        + (spans
          ? ' a quoted value seems to lack its closing quote (")'
          : ` a value that holds a ${DELIMITER_NAMES[delimiter]} must be put in double quotes ("…")`));
      return;
    }
    if (!header.ok || reader === null) return;
    reader.reset(fields, line, blocked);
    const record = converter(reader);
    if (record !== null && reader.ok && blocked === NO_CELLS) onRow(record);
  });
  if (!end.ok) {
    sink.error(file, end.line, end.reason === 'unclosed-quote'
      ? 'a quoted value starts on this line but its closing quote (") is missing; add the closing quote, or remove the opening one'
      : end.reason === 'too-long'
        ? `the row that starts on this line holds more than ${MAX_RECORD_CHARS / (1 << 20)} MB of text, far more than a row of this file can hold,`
          + ' so the file is not read further; check that a quoted value is closed with its quote ("), and that the file is the right export'
        : 'this line cannot be read as CSV; check its quotes (")');
  }
  if (header === null && end.ok) {
    sink.error(file, 1, 'the file is empty; it needs at least a header line naming the columns (delete the file if there is nothing to report)');
  }
  return info(rows);
}

export const NUL_MESSAGE = 'this line holds a NUL character (a zero byte), which a text file never holds: the file is damaged or not a text export;'
  + ' export it again from the source system or save it again as CSV';

export const MOJIBAKE_MESSAGE = 'this line holds letters such as "Ã¥", "Ã¸" or "Ã¦": the file looks like UTF-8 text with a stray byte that is not UTF-8,'
  + ' so it was read as Windows-1252 and æ, ø and å come out wrong; save the file again as UTF-8 ("CSV UTF-8 (kommasepareret)" in Excel)';

/** The file's number format: the override, the delimiter's, or (tab) the one its number cells show. */
async function numberFormat<R>(
  file: string,
  data: DataFile,
  encoding: TextEncodingName,
  delimiter: Delimiter,
  schema: Schema<R>,
  settings: ReportSettings,
  sink: DiagnosticSink,
): Promise<NumberFormat | null> {
  const override = settings.numberFormat[file];
  if (override !== undefined) return { decimal: override.decimal, file };
  const implied = decimalOfDelimiter(delimiter);
  if (implied !== null) return { decimal: implied, file };
  const numberColumns = schema.columns.filter((c) => c.type === 'number');
  const evidence = new DecimalEvidence();
  let indexes: number[] | null = null;
  await parseCsv(utf8Chunks(data, encoding), delimiter, (fields, line) => {
    if (isBlank(fields)) return;
    if (indexes === null) {
      const map = mapHeader(fields, schema.columns, schema.acceptDanish, file, new Sink());
      indexes = numberColumns.map((c) => map.index[c.ordinal] ?? -1).filter((i) => i !== -1);
      return;
    }
    for (const i of indexes) {
      const cell = fields[i];
      if (cell !== undefined && cell !== '' && !containsCpr(cell)) evidence.observe(cell.trim(), line);
    }
  });
  const verdict = evidence.verdict();
  if (verdict.kind === 'decided') return { decimal: verdict.decimal, file };
  if (verdict.kind === 'undecided') return { decimal: '.', undecided: true, file };
  const view = schema.hidesValues === true ? HIDE_ALL : SHOW_MASKED;
  const comma = view.hidesValues ? `on line ${verdict.comma.line}` : `${view.quote(verdict.comma.text)} on line ${verdict.comma.line}`;
  const point = view.hidesValues ? `on line ${verdict.point.line}` : `${view.quote(verdict.point.text)} on line ${verdict.point.line}`;
  sink.error(file, 1, `the numbers use both a decimal comma (${comma})`
    + ` and a decimal point (${point}); write them all one way, or add`
    + ` "numberFormat": { "${file}": { "decimal": "," } } (or ".") to report.json`);
  return null;
}
