// The auditor's downloads of one reporting year (site.md "Downloads"): kpis.json, kpis.csv and
// the emission ledger emissions.csv, streamed to disk as its rows are computed.

import type { KpiRecord, LedgerRow } from '../model/figures.ts';
import { compareIds } from '../model/kpis.ts';
import { csvCell, csvDocument } from './csv.ts';
import { plainNumber } from '../util/plain-number.ts';
import type { CapturedCells, CsvBytes } from './csv.ts';

function inIdOrder(records: readonly KpiRecord[]): KpiRecord[] {
  return [...records].sort((a, b) => compareIds(a.id, b.id));
}

/** The published value: the unrounded number when the status is `ok`, else null. */
function publishedValue(record: KpiRecord): number | null {
  if (record.status !== 'ok' || record.value === null) return null;
  if (!Number.isFinite(record.value)) throw new RangeError(`${record.id}: not a finite number`);
  return record.value;
}

/** downloads/<year>/kpis.json: an array in id order, two-space indented, newline at the end. */
export function kpisJson(records: readonly KpiRecord[]): string {
  const rows = inIdOrder(records).map((r) => ({
    id: r.id,
    year: r.year,
    value: publishedValue(r),
    unit: r.unit,
    status: r.status,
  }));
  return `${JSON.stringify(rows, null, 2)}\n`;
}

export const KPIS_CSV_HEADER = ['id', 'year', 'value', 'unit', 'status'] as const;

/** downloads/<year>/kpis.csv: the same table, UTF-8 with BOM, comma, point decimals, null empty. */
export function kpisCsv(records: readonly KpiRecord[]): string {
  return csvDocument(
    KPIS_CSV_HEADER,
    inIdOrder(records).map((r) => [r.id, r.year, publishedValue(r), r.unit, r.status]),
  );
}

export const LEDGER_CSV_HEADER = [
  'source_file', 'line', 'source_quantity', 'source_unit', 'period_share', 'conversion', 'renewable_share',
  'distance_km', 'round_trip', 'travellers', 'quantity', 'factor_key', 'factor_year', 'factor', 'factor_unit',
  'factor_source', 'kg_co2e', 'scope',
] as const;

/** Told every cell of a ledger line as written (the output scan of the ledger, verify/ledger-scan.ts). */
export interface LedgerCellObserver {
  text(cell: string): void;
  number(cell: string): void;
}

/** No observer: the cells are only written. */
const UNOBSERVED: LedgerCellObserver = { text: () => undefined, number: () => undefined };

/**
 * One ledger row as emissions.csv holds it: the same line `csvLine` makes of its cells (null as
 * an empty cell, round_trip as yes/no), built without csv-stringify because it runs for every
 * travel and energy row. Numbers go through plainNumber (digits, `-` and `.` only: never quoted
 * or neutralised, as in csvLine); the text cells (file, unit, factor key and source, scope)
 * through csvCell, which formats each distinct text once. Empty cells are not told to the
 * observer (there is nothing in them to find).
 */
export function ledgerLine(row: LedgerRow, observer: LedgerCellObserver = UNOBSERVED): string {
  const o = observer;
  const trip = row.roundTrip === null ? null : row.roundTrip ? 'yes' : 'no';
  return `${textCell(row.file, o)},${numberCell(row.line, o)},${numberCell(row.sourceQuantity, o)},${textCell(row.sourceUnit, o)},`
    + `${numberCell(row.periodShare, o)},${numberCell(row.conversion, o)},${numberCell(row.renewableShare, o)},`
    + `${numberCell(row.distanceKm, o)},${textCell(trip, o)},${numberCell(row.travellers, o)},`
    + `${numberCell(row.quantity, o)},${textCell(row.factorKey, o)},${numberCell(row.factorYear, o)},${numberCell(row.factor, o)},`
    + `${textCell(row.factorUnit, o)},${textCell(row.factorSource, o)},${numberCell(row.kgCo2e, o)},${textCell(row.scope, o)}\r\n`;
}

function textCell(value: string | null, observer: LedgerCellObserver): string {
  if (value === null) return '';
  const cell = csvCell(value);
  observer.text(cell);
  return cell;
}

function numberCell(value: number | null, observer: LedgerCellObserver): string {
  if (value === null) return '';
  const cell = plainNumber(value);
  observer.number(cell);
  return cell;
}

/** A ledger row's factor cells (factor_key … factor_source) as one writer wrote them last for the key. */
interface FactorCells {
  readonly year: number;
  readonly factor: number;
  readonly unit: string;
  readonly source: string;
  readonly cells: CapturedCells;
}

/**
 * ledgerLine's bytes, written to `out` (a ledger fragment: publish/ledger-fragment.ts). The five
 * cells of the factor, the same on every row that uses it, are written once per writer and
 * factor and then copied as they are.
 */
export function writeLedgerLine(row: LedgerRow, out: CsvBytes): void {
  out.text(row.file);
  out.number(row.line);
  out.number(row.sourceQuantity);
  out.text(row.sourceUnit);
  out.number(row.periodShare);
  out.number(row.conversion);
  out.number(row.renewableShare);
  out.number(row.distanceKm);
  out.text(row.roundTrip === null ? null : row.roundTrip ? 'yes' : 'no');
  out.number(row.travellers);
  out.number(row.quantity);
  const known = out.captured.get(row.factorKey) as FactorCells | undefined;
  if (known === undefined || known.year !== row.factorYear || known.factor !== row.factor || known.unit !== row.factorUnit
    || known.source !== row.factorSource || !out.again(known.cells)) {
    const cells = out.capture(() => {
      out.text(row.factorKey);
      out.number(row.factorYear);
      out.number(row.factor);
      out.text(row.factorUnit);
      out.text(row.factorSource);
    });
    out.captured.set(row.factorKey, { year: row.factorYear, factor: row.factor, unit: row.factorUnit, source: row.factorSource, cells });
  }
  out.number(row.kgCo2e);
  out.text(row.scope);
  out.lineEnd();
}
