// The source data for download (issue 13, item 7; site.md "Downloads"): for every year,
// downloads/Y/source/ holds the year's non-personal inputs as the build read them, and
// downloads/source/ the root's. UTF-8 with a byte-order mark, comma, point decimals, the English
// column names, ISO dates and the English words of the enumerations, each row with its input
// file and line first (`source_file,line`). Never employees.csv; travel.csv without `purpose`
// (the reader does not even keep it). Text cells are neutralised for spreadsheets (csv.ts).
//
// travel.csv and energy.csv can hold millions of rows: their lines are written as bytes one by
// one as the file task reads them (writeTravelSourceLine, writeEnergySourceLine, like the ledger's
// LedgerLineWriter) and go to disk with the ledger fragment (write-downloads.ts). The small files come from the model's rows.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import type {
  Benchmark, EmissionFactor, EnergyReading, IndicatorDeclaration, IndicatorValue, Journey, MeetingMonth,
  SupplierContract, Target,
} from '../model/records.ts';
import type { ReportModel, SourceRows } from '../model/site.ts';
import { CSV_BOM, csvDocument, csvLine, yesNoCell } from './csv.ts';
import type { CsvBytes, CsvCell } from './csv.ts';

/** The columns of each source file, after `source_file,line`, by the file's name. */
export const SOURCE_COLUMNS = {
  'travel.csv': ['date', 'mode', 'distance_km', 'travellers', 'round_trip', 'cabin_class', 'fuel', 'rail_scope'],
  'energy.csv': ['period_start', 'period_end', 'site', 'carrier', 'quantity', 'unit', 'renewable_share'],
  'meetings.csv': ['month', 'physical', 'virtual', 'hybrid'],
  'suppliers.csv': [
    'contract_id', 'supplier', 'contract_name', 'annual_spend_dkk', 'processes_personal_data', 'gc_commitment',
    'environment_clause', 'labour_clause', 'anticorruption_clause', 'human_rights_clause', 'dpa_signed',
    'last_audit_date', 'open_findings', 'critical_breaches', 'status',
  ],
  'indicators.csv': ['id', 'value', 'note_da', 'note_en', 'source_da', 'source_en'],
  'emission-factors.csv': ['key', 'year', 'unit', 'kg_co2e', 'kg_co2e_rf', 'kwh_per_unit', 'source'],
  'indicator-declarations.csv': ['id', 'section', 'label_da', 'label_en', 'unit', 'unit_da', 'unit_en', 'gc_principles', 'sdg_targets', 'higher_is_better'],
  'benchmarks.csv': ['metric', 'year', 'value', 'label_da', 'label_en', 'source_da', 'source_en'],
  'targets.csv': ['metric', 'year', 'value', 'comparison', 'label_da', 'label_en'],
} as const;

export type SourceFileName = 'travel.csv' | 'energy.csv';

/** The header of a source file: its input file and line, then the file's own columns. */
const sourceHeader = (columns: readonly string[]): string[] => ['source_file', 'line', ...columns];

/** The first bytes of a source file: the byte-order mark and the header line. */
export function sourceHeaderText(columns: readonly string[]): string {
  return CSV_BOM + csvLine(sourceHeader(columns));
}

export const TRAVEL_SOURCE_HEADER = sourceHeaderText(SOURCE_COLUMNS['travel.csv']);
export const ENERGY_SOURCE_HEADER = sourceHeaderText(SOURCE_COLUMNS['energy.csv']);

/** The header text of a streamed source file. */
export function streamedSourceHeader(name: SourceFileName): string {
  return name === 'travel.csv' ? TRAVEL_SOURCE_HEADER : ENERGY_SOURCE_HEADER;
}

/** One row of source/travel.csv (no purpose), written to `out` (the source part of a ledger
 * fragment): the journey as read. Rail scope on rail rows only. */
export function writeTravelSourceLine(file: string, j: Journey, out: CsvBytes): void {
  out.text(file);
  out.number(j.line);
  out.text(j.date);
  out.text(j.mode);
  out.number(j.distanceKm);
  out.number(j.travellers);
  out.text(yesNoCell(j.roundTrip));
  out.text(j.cabinClass);
  out.text(j.fuel);
  out.text(j.mode === 'rail' ? j.railScope : null);
  out.lineEnd();
}

/** One row of source/energy.csv, written to `out` (the source part of a ledger fragment): the
 * reading as read. Renewable share on electricity rows only. */
export function writeEnergySourceLine(file: string, r: EnergyReading, out: CsvBytes): void {
  out.text(file);
  out.number(r.line);
  out.text(r.periodStart);
  out.text(r.periodEnd);
  out.text(r.site);
  out.text(r.carrier);
  out.number(r.quantity);
  out.text(r.unit);
  out.number(r.carrier === 'electricity' ? r.renewableShare : null);
  out.lineEnd();
}

function supplierCells(c: SupplierContract): CsvCell[] {
  return [
    c.contractId, c.supplier, c.contractName, c.annualSpendDkk, yesNoCell(c.processesPersonalData), yesNoCell(c.gcCommitment),
    yesNoCell(c.environmentClause), yesNoCell(c.labourClause), yesNoCell(c.anticorruptionClause), yesNoCell(c.humanRightsClause),
    yesNoCell(c.dpaSigned), c.lastAuditDate, c.openFindings, c.criticalBreaches, c.status,
  ];
}

/** The name under downloads/…/source/ and the cells of each row of one small input file. */
function tableOf(s: SourceRows): { readonly name: string; readonly columns: readonly string[]; readonly rows: readonly (readonly [number, CsvCell[]])[] } {
  switch (s.kind) {
    case 'meetings':
      return { name: 'meetings.csv', columns: SOURCE_COLUMNS['meetings.csv'],
        rows: s.rows.map((m: MeetingMonth) => [m.line, [m.month, m.physical, m.virtual, m.hybrid]]) };
    case 'suppliers':
      return { name: 'suppliers.csv', columns: SOURCE_COLUMNS['suppliers.csv'],
        rows: s.rows.map((c: SupplierContract) => [c.line, supplierCells(c)]) };
    case 'indicator-values':
      return { name: 'indicators.csv', columns: SOURCE_COLUMNS['indicators.csv'],
        rows: s.rows.map((v: IndicatorValue) => [v.line, [v.id, v.value, v.noteDa, v.noteEn, v.sourceDa, v.sourceEn]]) };
    case 'emission-factors':
      return { name: 'emission-factors.csv', columns: SOURCE_COLUMNS['emission-factors.csv'],
        rows: s.rows.map((f: EmissionFactor) => [f.line, [f.key, f.year, f.unit, f.kgCo2e, f.kgCo2eRf, f.kwhPerUnit, f.source]]) };
    case 'indicator-declarations':
      return { name: 'indicators.csv', columns: SOURCE_COLUMNS['indicator-declarations.csv'],
        rows: s.rows.map((d: IndicatorDeclaration) => [d.line, [d.id, d.section, d.labelDa, d.labelEn, d.unit, d.unitDa ?? null, d.unitEn ?? null,
          d.gcPrinciples.join(' '), d.sdgTargets.join(' '), yesNoCell(d.higherIsBetter)]]) };
    case 'benchmarks':
      return { name: 'benchmarks.csv', columns: SOURCE_COLUMNS['benchmarks.csv'],
        rows: s.rows.map((b: Benchmark) => [b.line, [b.metric, b.year, b.value, b.labelDa, b.labelEn, b.sourceDa, b.sourceEn]]) };
    case 'targets':
      return { name: 'targets.csv', columns: SOURCE_COLUMNS['targets.csv'],
        rows: s.rows.map((t: Target) => [t.line, [t.metric, t.year, t.value, t.comparison, t.labelDa, t.labelEn]]) };
  }
}

/**
 * The texts made of rows already seen, by their (never changed) array: the live server hands over
 * the same rows while a file is unchanged, and a supplier list of 20,000 contracts is not written
 * out again on every save of a narrative.
 */
const SOURCE_TEXTS = new WeakMap<readonly unknown[], { readonly path: string; readonly kind: string; readonly csv: { readonly name: string; readonly text: string } }>();

/** The text of one small source file: header, then its rows in line order. */
export function sourceCsv(s: SourceRows): { readonly name: string; readonly text: string } {
  const known = SOURCE_TEXTS.get(s.rows);
  if (known !== undefined && known.path === s.path && known.kind === s.kind) return known.csv;
  const table = tableOf(s);
  const rows = [...table.rows].sort((a, b) => a[0] - b[0]);
  const csv = { name: table.name, text: csvDocument(sourceHeader(table.columns), rows.map(([line, cells]) => [s.path, line, ...cells])) };
  SOURCE_TEXTS.set(s.rows, { path: s.path, kind: s.kind, csv });
  return csv;
}

/** Where a source file goes: downloads/Y/source/ for a year's file (`2025/…`), else downloads/source/. */
export function sourceDownloadPath(inputPath: string, name: string): string {
  const year = /^(\d{4})\//.exec(inputPath)?.[1];
  return year === undefined ? `downloads/source/${name}` : `downloads/${year}/source/${name}`;
}

/** Writes the small source files of the model (travel and energy come with the ledger). */
export async function writeSourceDownloads(model: ReportModel, siteDir: string): Promise<void> {
  for (const s of model.sourceRows ?? []) {
    const { name, text: body } = sourceCsv(s);
    const target = path.join(siteDir, ...sourceDownloadPath(s.path, name).split('/'));
    await fs.mkdir(path.dirname(target), { recursive: true });
    await fs.writeFile(target, body);
  }
}
