// The ledger's hot path (issue 6): a ledger line is formatted without csv-stringify but must be
// the very line csvLine (csv-stringify) makes of the same nine cells.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import { csvCell, csvLine } from '../../src/publish/csv.ts';
import { ledgerLine } from '../../src/publish/downloads.ts';

const row: LedgerRow = {
  file: '2025/travel.csv', line: 2, factorKey: 'flight.short_haul.economy', factorYear: 2024,
  factor: 0.18, factorUnit: 'pkm', quantity: 1200, kgCo2e: 216, scope: '3',
};

describe('ledgerLine', () => {
  it('writes the nine cells, numbers plain, text neutralised and quoted as csvLine does', () => {
    expect(ledgerLine(row)).toBe('2025/travel.csv,2,flight.short_haul.economy,2024,0.18,pkm,1200,216,3\r\n');
    expect(ledgerLine({ ...row, file: '=x,"y"', quantity: 1e-7, kgCo2e: -2.5e21 }))
      .toBe('"\'=x,""y""",2,flight.short_haul.economy,2024,0.18,pkm,0.0000001,-2500000000000000000000,3\r\n');
  });

  it('is the line csvLine makes of the same cells, for any text and any finite number', () => {
    const text = fc.oneof(fc.string(), fc.constantFrom('', '-a', '=1', '@x', '\tx', '\rx', 'a\nb', 'a"b', 'a,b', 'Ærø'));
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(-0, 1e21, 1e-7, 123456789012));
    fc.assert(fc.property(text, number, text, number, number, number, number, text, (file, line, key, factorYear, factor, quantity, kgCo2e, scope) => {
      const r = { file, line, factorKey: key, factorYear, factor, factorUnit: 'kWh', quantity, kgCo2e, scope } as unknown as LedgerRow;
      expect(ledgerLine(r)).toBe(csvLine([file, line, key, factorYear, factor, 'kWh', quantity, kgCo2e, scope]));
    }), { numRuns: 2000 });
  });

  it('tells an observer every cell as written, in order', () => {
    const seen: string[] = [];
    ledgerLine({ ...row, file: '-x' }, { text: (c) => seen.push(`t:${c}`), number: (c) => seen.push(`n:${c}`) });
    expect(seen).toEqual(["t:'-x", 'n:2', 't:flight.short_haul.economy', 'n:2024', 'n:0.18', 't:pkm', 'n:1200', 'n:216', 't:3']);
  });

  it('csvCell gives the same cell again for the same text (and the empty text as empty)', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('')).toBe('');
    expect(csvCell('+1')).toBe("'+1");
  });
});
