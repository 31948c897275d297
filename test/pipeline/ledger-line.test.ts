// The ledger's hot path (issue 6): a ledger line is written as bytes without csv-stringify
// (LedgerLineWriter) but must be the very line csvLine (csv-stringify) makes of the same eighteen
// cells (issue 13: a ledger that stands alone, its empty cells empty).

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import { CsvBytes, csvCell, csvLine } from '../../src/publish/csv.ts';
import type { CsvByteObserver } from '../../src/publish/csv.ts';
import { LedgerLineWriter } from '../../src/publish/downloads.ts';

/** The text LedgerLineWriter writes for these rows (with a fresh writer). */
function ledgerText(rows: readonly LedgerRow[], observer?: CsvByteObserver): string {
  const chunks: Buffer[] = [];
  const writer = new LedgerLineWriter(new CsvBytes((bytes) => chunks.push(Buffer.from(bytes)), observer));
  for (const r of rows) writer.write(r);
  writer.flush();
  return Buffer.concat(chunks).toString('utf8');
}
const ledgerLine = (row: LedgerRow): string => ledgerText([row]);

const row: LedgerRow = {
  file: '2025/travel.csv', line: 2, sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null,
  renewableShare: null, distanceKm: 600, roundTrip: true, travellers: 1, factorKey: 'flight.short_haul.economy',
  factorYear: 2024, factor: 0.18, factorUnit: 'pkm', factorSource: 'DESNZ 2024', quantity: 1200, kgCo2e: 216, scope: '3',
};
const energyRow: LedgerRow = {
  file: '2025/energy.csv', line: 3, sourceQuantity: 129.8, sourceUnit: 'GJ', periodShare: 0.5, conversion: 1000 / 3.6,
  renewableShare: null, distanceKm: null, roundTrip: null, travellers: null, factorKey: 'energy.district_heating',
  factorYear: 2025, factor: 0.05, factorUnit: 'kWh', factorSource: 'Varmeværk, 200 %-metoden', quantity: 18027.777777777777,
  kgCo2e: 901.3888888888889, scope: '2-market',
};

describe('LedgerLineWriter', () => {
  it('writes the eighteen cells, numbers plain, text neutralised and quoted as csvLine does', () => {
    expect(ledgerLine(row)).toBe('2025/travel.csv,2,,,,,,600,yes,1,1200,flight.short_haul.economy,2024,0.18,pkm,DESNZ 2024,216,3\r\n');
    expect(ledgerLine({ ...row, file: '=x,"y"', roundTrip: false, quantity: 1e-7, kgCo2e: -2.5e21 }))
      .toBe(`"'=x,""y""",2,,,,,,600,no,1,0.0000001,flight.short_haul.economy,2024,0.18,pkm,DESNZ 2024,-2500000000000000000000,3\r\n`);
    expect(ledgerLine(energyRow)).toBe('2025/energy.csv,3,129.8,GJ,0.5,277.77777777777777,,,,,18027.777777777777,'
      + 'energy.district_heating,2025,0.05,kWh,"Varmeværk, 200 %-metoden",901.3888888888889,2-market\r\n');
  });

  it('is the line csvLine makes of the same cells, for any text and any finite number', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', '-a', '=1', '@x', '\tx', '\rx', 'a\nb', 'a"b', 'a,b', 'Ærø'));
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 123456789012));
    const maybe = fc.option(number, { nil: null });
    fc.assert(fc.property(text, number, text, number, number, number, number, text, maybe, maybe, text, (file, line, key, factorYear, factor, quantity, kgCo2e, scope, share, distance, source) => {
      const r = {
        file, line, sourceQuantity: quantity, sourceUnit: 'MWh', periodShare: share, conversion: 1000, renewableShare: share,
        distanceKm: distance, roundTrip: distance === null ? null : distance > 0, travellers: distance,
        factorKey: key, factorYear, factor, factorUnit: 'kWh', factorSource: source, quantity, kgCo2e, scope,
      } as unknown as LedgerRow;
      const trip = distance === null ? null : distance > 0 ? 'yes' : 'no';
      expect(ledgerLine(r)).toBe(csvLine([file, line, quantity, 'MWh', share, 1000, share, distance, trip, distance,
        quantity, key, factorYear, factor, 'kWh', source, kgCo2e, scope]));
    }), { numRuns: 2000 });
  });

  it('tells an observer each distinct text cell as written and every number by its value (not the empty cells)', () => {
    const seen: string[] = [];
    ledgerText([{ ...row, file: '-x' }, { ...row, file: '-x', line: 3 }], { text: (c) => seen.push(`t:${c}`), numberValue: (v) => seen.push(`n:${v}`) });
    expect(seen).toEqual([
      "t:'-x", 'n:2', 'n:600', 't:yes', 'n:1', 'n:1200', 't:flight.short_haul.economy', 'n:2024', 'n:0.18', 't:pkm', 't:DESNZ 2024', 'n:216', 't:3',
      // The second row: its texts were told already, and its factor cells are copied as written.
      'n:3', 'n:600', 'n:1', 'n:1200', 'n:216',
    ]);
  });

  it("writes a factor's cells again when the same key comes with another factor", () => {
    const other = { ...row, factor: 0.2, factorSource: 'DESNZ 2025' };
    expect(ledgerText([row, other, row])).toBe(ledgerLine(row) + ledgerLine(other) + ledgerLine(row));
    expect(ledgerLine(other)).toContain(',flight.short_haul.economy,2024,0.2,pkm,DESNZ 2025,');
  });

  it('csvCell gives the same cell again for the same text (and the empty text as empty)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('')).toBe('');
    expect(csvCell('+1')).toBe("'+1");
  });
});
