// The rows of emissions.csv, source/travel.csv and source/energy.csv written out by hand, as text,
// for the tests of the byte writers (src/publish/downloads.ts LedgerLineWriter,
// src/publish/source-data.ts writeTravelSourceLine, writeEnergySourceLine): an oracle of the
// published format (site.md "Downloads"), cell by cell, with the cells a scan would be told.

import type { LedgerRow } from '../../src/model/figures.ts';
import type { EnergyReading, Journey } from '../../src/model/records.ts';
import { csvCell } from '../../src/publish/csv.ts';
import { plainNumber } from '../../src/util/plain-number.ts';

/** Told every cell of a line as written, the empty ones left out (a LedgerScanner is one). */
export interface LedgerCellObserver {
  text(cell: string): void;
  number(cell: string): void;
}

const NO_OBSERVER: LedgerCellObserver = { text: () => undefined, number: () => undefined };

function text(value: string | null, o: LedgerCellObserver): string {
  if (value === null) return '';
  const cell = csvCell(value);
  o.text(cell);
  return cell;
}

function num(value: number | null, o: LedgerCellObserver): string {
  if (value === null) return '';
  const cell = plainNumber(value);
  o.number(cell);
  return cell;
}

/** One row of source/travel.csv (no purpose): the journey as read. Rail scope on rail rows only. */
export function travelSourceLine(file: string, j: Journey, o: LedgerCellObserver = NO_OBSERVER): string {
  return `${text(file, o)},${num(j.line, o)},${text(j.date, o)},${text(j.mode, o)},${num(j.distanceKm, o)},`
    + `${num(j.travellers, o)},${text(j.roundTrip ? 'yes' : 'no', o)},${text(j.cabinClass, o)},${text(j.fuel, o)},`
    + `${text(j.mode === 'rail' ? j.railScope : null, o)}\r\n`;
}

/** One row of source/energy.csv: the reading as read. Renewable share on electricity rows only. */
export function energySourceLine(file: string, r: EnergyReading, o: LedgerCellObserver = NO_OBSERVER): string {
  return `${text(file, o)},${num(r.line, o)},${text(r.periodStart, o)},${text(r.periodEnd, o)},${text(r.site, o)},`
    + `${text(r.carrier, o)},${num(r.quantity, o)},${text(r.unit, o)},`
    + `${num(r.carrier === 'electricity' ? r.renewableShare : null, o)}\r\n`;
}

/** One row of emissions.csv: the eighteen cells of LEDGER_CSV_HEADER, round_trip as yes/no. */
export function ledgerLine(row: LedgerRow, o: LedgerCellObserver = NO_OBSERVER): string {
  const trip = row.roundTrip === null ? null : row.roundTrip ? 'yes' : 'no';
  return `${text(row.file, o)},${num(row.line, o)},${num(row.sourceQuantity, o)},${text(row.sourceUnit, o)},`
    + `${num(row.periodShare, o)},${num(row.conversion, o)},${num(row.renewableShare, o)},`
    + `${num(row.distanceKm, o)},${text(trip, o)},${num(row.travellers, o)},`
    + `${num(row.quantity, o)},${text(row.factorKey, o)},${num(row.factorYear, o)},${num(row.factor, o)},`
    + `${text(row.factorUnit, o)},${text(row.factorSource, o)},${num(row.kgCo2e, o)},${text(row.scope, o)}\r\n`;
}
