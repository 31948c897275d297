// Column names (inputs.md tables) and the mapping of a file's header onto them: case-insensitive,
// NFC, trimmed; English names, plus Danish names for the year files.

import type { DiagnosticSink } from '../model/diagnostics.ts';
import { isPersonalColumnName } from './identifiers.ts';
import { maskName } from './shown.ts';

/** How a column's cells are written; `number` columns show a tab file's decimal separator. */
export type ColumnType = 'text' | 'number' | 'other';

export interface ColumnSpec {
  /** Position in its schema's column list. */
  readonly ordinal: number;
  readonly name: string;
  readonly danish: string | null;
  readonly required: boolean;
  readonly type: ColumnType;
}

export interface ColumnInput {
  readonly name: string;
  readonly danish?: string;
  readonly required?: boolean;
  readonly type?: ColumnType;
}

/** Numbers the columns of a schema; the result is indexed like the input. */
export function defineColumns<const T extends readonly ColumnInput[]>(inputs: T): { readonly [I in keyof T]: ColumnSpec } {
  return inputs.map((c, ordinal) => ({
    ordinal,
    name: c.name,
    danish: c.danish ?? null,
    required: c.required ?? false,
    type: c.type ?? 'other',
  })) as unknown as { readonly [I in keyof T]: ColumnSpec };
}

export function normaliseHeader(name: string): string {
  return name.normalize('NFC').trim().toLowerCase();
}

/** Where each schema column is in the file. */
export interface HeaderMap {
  /** Field index of each column by ordinal; -1 when the file lacks it. */
  readonly index: readonly number[];
  /** The header as written (trimmed), by field index: the name used in messages. */
  readonly names: readonly string[];
  readonly fieldCount: number;
  /** False when a header problem (missing, duplicate, personal column) is an error. */
  readonly ok: boolean;
}

/** Unknown columns warned about one by one; the rest are counted in one more warning. */
const MAX_UNKNOWN_COLUMN_WARNINGS = 20;

/**
 * Maps the header fields onto the columns; reports missing, doubled, unknown and personal
 * columns on line 1.
 */
export function mapHeader(
  fields: readonly string[],
  columns: readonly ColumnSpec[],
  acceptDanish: boolean,
  file: string,
  sink: DiagnosticSink,
  hidesValues = false,
): HeaderMap {
  const byName = new Map<string, ColumnSpec>();
  for (const c of columns) {
    byName.set(normaliseHeader(c.name), c);
    if (acceptDanish && c.danish !== null) byName.set(normaliseHeader(c.danish), c);
  }
  const index = columns.map(() => -1);
  // A header cell is shown as the column's name in messages: masked when it looks like a CPR number or an e-mail address.
  const names = fields.map((f) => maskName(f.normalize('NFC').trim()));
  // A file whose cells are never repeated (employees.csv) names an unknown header cell by its
  // place: an export without its header line has a person's row there. (A cell that is a known
  // column or personal-data name is one of the tool's own words, and is shown.)
  const shown = (i: number): string => (hidesValues ? `no. ${i + 1}` : names[i] ?? '');
  let ok = true;
  const unnamed: number[] = [];
  let unknown = 0;
  names.forEach((written, i) => {
    if (isPersonalColumnName(written)) {
      sink.error(file, 1, 'this column holds personal data (names, e-mail, CPR numbers, addresses or phone numbers), which the report must not receive; remove the column from the export', written);
      ok = false;
      return;
    }
    const spec = byName.get(normaliseHeader(written));
    if (spec === undefined) {
      if (written === '') unnamed.push(i + 1);
      else if (unknown++ < MAX_UNKNOWN_COLUMN_WARNINGS) {
        sink.warning(file, 1, `is not a column this file has; it is ignored (the columns are ${columns.map((c) => c.name).join(', ')})`, shown(i));
      }
      return;
    }
    const first = index[spec.ordinal] ?? -1;
    if (first !== -1) {
      sink.error(file, 1, `is given twice (also as "${names[first] ?? ''}"); keep one of the two columns`, written);
      ok = false;
      return;
    }
    index[spec.ordinal] = i;
  });
  // A header of a million stray delimiters gives two warnings, not a million.
  if (unknown > MAX_UNKNOWN_COLUMN_WARNINGS) {
    sink.warning(file, 1, `and ${unknown - MAX_UNKNOWN_COLUMN_WARNINGS} more columns this file does not have are ignored`);
  }
  if (unnamed.length === 1) sink.warning(file, 1, `column ${unnamed[0]} has no name in the header; it is ignored`);
  else if (unnamed.length > 1) sink.warning(file, 1, `${unnamed.length} columns have no name in the header (the first is column ${unnamed[0]}); they are ignored`);
  for (const c of columns) {
    if (c.required && index[c.ordinal] === -1) {
      const alt = acceptDanish && c.danish !== null ? ` (or ${c.danish})` : '';
      sink.error(file, 1, `is missing; add a column named ${c.name}${alt} to the header line`, c.name);
      ok = false;
    }
  }
  return { index, names, fieldCount: fields.length, ok };
}
