// The auditor's downloads of one reporting year (site.md "Downloads"): kpis.json, kpis.csv and
// the emission ledger emissions.csv, streamed to disk as its rows are computed.

import type { KpiRecord, LedgerRow } from '../model/figures.ts';
import { compareIds } from '../model/kpis.ts';
import { csvDocument, yesNoCell } from './csv.ts';
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

/** A ledger row's factor cells (factor_key … factor_source) as one writer wrote them last for the key. */
interface FactorCells {
  readonly year: number;
  readonly factor: number;
  readonly unit: string;
  readonly source: string;
  readonly cells: CapturedCells;
}

/**
 * Writes ledger rows as the lines of emissions.csv (site.md "Downloads"), as bytes into `out` (a
 * ledger fragment, publish/ledger-fragment.ts, or a year's ledger, write-downloads.ts): the
 * columns of LEDGER_CSV_HEADER, numbers through plainNumber (digits, `-` and `.` only: never
 * quoted or neutralised), text cells through csvCell, an empty cell for null, round_trip as
 * yes/no, CRLF. The five cells of a factor, the same on every row that uses it, are written once
 * per writer and factor and then copied as they are.
 */
export class LedgerLineWriter {
  readonly #out: CsvBytes;
  /** The factor cells written last for each factor key. */
  readonly #factors = new Map<string, FactorCells>();

  constructor(out: CsvBytes) {
    this.#out = out;
  }

  write(row: LedgerRow): void {
    const out = this.#out;
    out.text(row.file);
    out.number(row.line);
    out.number(row.sourceQuantity);
    out.text(row.sourceUnit);
    out.number(row.periodShare);
    out.number(row.conversion);
    out.number(row.renewableShare);
    out.number(row.distanceKm);
    out.text(yesNoCell(row.roundTrip));
    out.number(row.travellers);
    out.number(row.quantity);
    const known = this.#factors.get(row.factorKey);
    if (known === undefined || known.year !== row.factorYear || known.factor !== row.factor || known.unit !== row.factorUnit
      || known.source !== row.factorSource || !out.again(known.cells)) {
      const cells = out.capture(() => {
        out.text(row.factorKey);
        out.number(row.factorYear);
        out.number(row.factor);
        out.text(row.factorUnit);
        out.text(row.factorSource);
      });
      this.#factors.set(row.factorKey, { year: row.factorYear, factor: row.factor, unit: row.factorUnit, source: row.factorSource, cells });
    }
    out.number(row.kgCo2e);
    out.text(row.scope);
    out.lineEnd();
  }

  /** Hands on the lines written so far. */
  flush(): void {
    this.#out.flush();
  }
}
