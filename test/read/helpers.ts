// Test helper: writes one CSV file into a fresh temporary data folder and reads it.

import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { DEFAULT_SETTINGS, type ReportSettings } from '../../src/model/settings.ts';
import type { InputFileInfo } from '../../src/model/site.ts';
import { readCsvFile, type CsvKind, type CsvReadOptions, type RecordOf } from '../../src/read/csv-file.ts';

export const SETTINGS: ReportSettings = {
  ...DEFAULT_SETTINGS,
  organisation: { name: 'Test', url: null, accessibilityStatementUrl: 'https://example.org/a11y' },
};

export interface ReadResult<R> {
  readonly records: R[];
  /** Every diagnostic, formatted as the command line prints it. */
  readonly lines: string[];
  readonly info: InputFileInfo;
}

export async function readText<K extends CsvKind>(
  kind: K,
  file: string,
  content: string | Buffer,
  options: Partial<Omit<CsvReadOptions, 'dataDir' | 'path'>> = {},
): Promise<ReadResult<RecordOf[K]>> {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'csv-read-'));
  const abs = path.join(dataDir, ...file.split('/'));
  mkdirSync(path.dirname(abs), { recursive: true });
  writeFileSync(abs, content);
  const sink = new DiagnosticSink();
  const records: RecordOf[K][] = [];
  const year = /^(\d{4})\//.exec(file)?.[1];
  const info = await readCsvFile(kind, {
    dataDir,
    path: file,
    settings: options.settings ?? SETTINGS,
    ...(year !== undefined ? { year: Number(year) } : {}),
    ...options,
  }, sink, (r) => records.push(r));
  return { records, lines: sink.items.map(formatDiagnostic), info };
}

/** Lines joined with LF (or CRLF) and a final line break. */
export function csv(lines: readonly string[], eol = '\n'): string {
  return lines.join(eol) + eol;
}

export const EMPLOYEES_HEADER = 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department';
