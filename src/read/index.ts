// The reader's public API: report.json, the data-folder layout, the narratives and the CSV files.

export * from './report-json.ts';
export * from './folder.ts';
export * from './narrative.ts';
export * from './published-json.ts';
export { readCsvFile } from './csv-file.ts';
export type { CsvKind, RecordOf, CsvReadOptions } from './csv-file.ts';
