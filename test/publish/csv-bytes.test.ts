// The ledger and the streamed source data are written as bytes (src/publish/csv.ts CsvBytes):
// every line must be the very bytes of the line as a string (ledgerLine, travelSourceLine,
// energySourceLine, which csvLine checks in ledger-line.test.ts), whatever the rows, their order
// and where the blocks end; and the scan recorded on the way must be the one the strings give.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import type { EnergyReading, Journey } from '../../src/model/records.ts';
import { CsvBytes, csvCell } from '../../src/publish/csv.ts';
import { plainNumber } from '../../src/util/plain-number.ts';
import { LedgerLineWriter } from '../../src/publish/downloads.ts';
import { writeEnergySourceLine, writeTravelSourceLine } from '../../src/publish/source-data.ts';
import { energySourceLine, ledgerLine, travelSourceLine } from './source-lines.ts';
import { LedgerScanner } from '../../src/verify/ledger-scan.ts';

/** A CsvBytes that gathers what it hands on, with the scanner it tells. */
function collector(): { out: CsvBytes; scanner: LedgerScanner; bytes: () => Buffer } {
  const chunks: Buffer[] = [];
  const scanner = new LedgerScanner();
  const out = new CsvBytes((b) => chunks.push(Buffer.from(b)), scanner);
  return { out, scanner, bytes: () => (out.flush(), Buffer.concat(chunks)) };
}

const text = fc.oneof(
  fc.string(), fc.string({ unit: 'grapheme' }),
  fc.constantFrom('', '-a', '=1', '@x', '\tx', '\rx', 'a\nb', 'a"b', 'a,b', 'a;b', 'Ærø', 'X1234', 'a@b.dk', '1503851234', 'car.petrol', 'DESNZ 2024'),
);
const number = fc.oneof(
  fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.integer({ min: -1e12, max: 1e12 }),
  fc.constantFrom(0, -0, -1, 9, 10, 2147483647, -2147483647, -2147483648, 2147483648, 1e9, 999999999, 1503851234, -1503851234, 1e21, 1e-7, 0.1010101234567, 123456789012, 5e-324, -1.7976931348623157e308),
);
const maybe = <T>(a: fc.Arbitrary<T>): fc.Arbitrary<T | null> => fc.option(a, { nil: null });

const ledgerRow: fc.Arbitrary<LedgerRow> = fc.record({
  file: fc.constantFrom('2025/travel.csv', '2025/energy.csv', '=x,"y"', 'a@b.dk/travel.csv', '2025/X1234/travel.csv'),
  line: fc.oneof(fc.nat(), number), sourceQuantity: maybe(number), sourceUnit: maybe(fc.constantFrom('MWh', 'GJ', 'l')),
  periodShare: maybe(number), conversion: maybe(number), renewableShare: maybe(number), distanceKm: maybe(number),
  roundTrip: maybe(fc.boolean()), travellers: maybe(number),
  // Few factor keys, each with changing year, value, unit and source: the factor cells are remembered by key.
  factorKey: fc.constantFrom('car.petrol', 'rail.national', 'flight.long_haul.business', '-x'),
  factorYear: fc.constantFrom(2024, 2025, -1), factor: fc.oneof(fc.constantFrom(0.166, 0.005, 1e-7, -0), number),
  factorUnit: fc.constantFrom('km', 'pkm', 'kWh'), factorSource: fc.oneof(fc.constantFrom('DESNZ 2024', 'Varmeværk, 200 %-metoden'), text),
  quantity: number, kgCo2e: number, scope: fc.constantFrom('1', '2-market', '3', text as unknown as fc.Arbitrary<'3'>),
}) as fc.Arbitrary<LedgerRow>;

const journey: fc.Arbitrary<Journey> = fc.record({
  line: fc.nat(), date: fc.constantFrom('2025-01-02', '2025-12-31', '=1'), mode: fc.constantFrom('car', 'rail', 'flight', 'taxi'),
  distanceKm: number, travellers: number, roundTrip: fc.boolean(), cabinClass: maybe(fc.constantFrom('economy', 'business')),
  fuel: maybe(fc.constantFrom('petrol', 'electric')), railScope: fc.constantFrom('national', 'international'),
}) as fc.Arbitrary<Journey>;

const reading: fc.Arbitrary<EnergyReading> = fc.record({
  line: fc.nat(), periodStart: fc.constantFrom('2025-01-01', '2024-12-01'), periodEnd: fc.constantFrom('2025-01-31', '2025-02-28'),
  site: text, carrier: fc.constantFrom('electricity', 'district_heating', 'natural_gas'), quantity: number,
  unit: fc.constantFrom('kWh', 'MWh', 'm3'), renewableShare: number,
}) as fc.Arbitrary<EnergyReading>;

describe('CsvBytes', () => {
  it('writes a ledger row as the bytes of the oracle ledgerLine, row after row, and records the same scan', () => {
    fc.assert(fc.property(fc.array(ledgerRow, { maxLength: 40 }), (rows) => {
      const c = collector();
      const lines = new LedgerLineWriter(c.out);
      const strings = new LedgerScanner();
      let expected = '';
      for (const r of rows) {
        lines.write(r);
        expected += ledgerLine(r, strings);
      }
      expect(c.bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true);
      expect(c.scanner.result()).toEqual(strings.result());
    }), { numRuns: 1500 });
  });

  it('writes the source rows as the bytes of travelSourceLine and energySourceLine, with the same scan', () => {
    fc.assert(fc.property(fc.array(fc.oneof(journey, reading), { maxLength: 40 }), (rows) => {
      const c = collector();
      const strings = new LedgerScanner();
      let expected = '';
      for (const r of rows) {
        if ('mode' in r) {
          writeTravelSourceLine('2025/travel.csv', r, c.out);
          expected += travelSourceLine('2025/travel.csv', r, strings);
        } else {
          writeEnergySourceLine('2025/energy.csv', r, c.out);
          expected += energySourceLine('2025/energy.csv', r, strings);
        }
      }
      expect(c.bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true);
      expect(c.scanner.result()).toEqual(strings.result());
    }), { numRuns: 1000 });
  });

  it('writes numbers as plainNumber does, by hand', () => {
    const values = [0, -0, 7, -7, 10, 99, 100, 2024, 2147483647, -2147483647, -2147483648, 2147483648, 4294967296, 1e21, -2.5e21, 1e-7, 0.1, 3.5355239999999997, 123456789012];
    const c = collector();
    for (const v of values) c.out.number(v);
    c.out.lineEnd();
    expect(c.bytes().toString('latin1')).toBe(
      '0,0,7,-7,10,99,100,2024,2147483647,-2147483647,-2147483648,2147483648,4294967296,1000000000000000000000,'
      + '-2500000000000000000000,0.0000001,0.1,3.5355239999999997,123456789012\r\n');
    expect(values.map((v) => plainNumber(v)).join(',')).toBe(c.bytes().toString('latin1').slice(0, -2));
    expect(() => c.out.number(Number.NaN)).toThrow(RangeError);
    expect(() => c.out.number(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });

  it('writes numbers of a few decimals (written without String) as plainNumber does', () => {
    const decimal = fc.tuple(fc.integer({ min: 0, max: 2 ** 52 }), fc.integer({ min: 0, max: 12 }), fc.constantFrom(1, -1, 1 + 2 ** -52, 1 - 2 ** -53))
      .map(([m, d, f]) => (m / 10 ** d) * f);
    const product = fc.tuple(fc.integer({ min: 1, max: 100_000 }), fc.constantFrom(0.166, 0.14876, 0.16984, 0.01962, 0.005, 0.18, 0.0358, 277.77777777777777))
      .map(([a, b]) => (a / 10) * b);
    const edge = fc.constantFrom(0.1, 0.2, 0.3, 0.1 + 0.2, 1e-8, 5e-9, 1.5e-7, 0.09999999999999999, 0.9999999999999999, 2 ** 49 / 10 + 0.5,
      2 ** 49 / 1e8, 5629499534213.12, 562949953421.3121, 4503599627370495.5, 1e15 + 0.25, 123456.78901234, 1e-7 * 3);
    fc.assert(fc.property(fc.array(fc.oneof(decimal, product, edge, number), { minLength: 1, maxLength: 20 }), (values) => {
      const c = collector();
      for (const v of values) c.out.number(v);
      c.out.lineEnd();
      expect(c.bytes().toString('latin1')).toBe(`${values.map((v) => plainNumber(v)).join(',')}\r\n`);
    }), { numRuns: 5000 });
  });

  it('keeps the bytes whole across blocks and for cells larger than a block', () => {
    const big = `${'Æ'.repeat(50_000)},"${'x'.repeat(40_000)}`; // 140,000 bytes as written, more than a block of 64 KiB
    const c = collector();
    const lines = new LedgerLineWriter(c.out);
    let expected = '';
    for (let i = 0; i < 3000; i++) {
      const source = i % 1000 === 999 ? big : `source ${i % 3}`;
      const row: LedgerRow = {
        file: '2025/travel.csv', line: i, sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null,
        renewableShare: null, distanceKm: i / 7, roundTrip: i % 2 === 0, travellers: 1, factorKey: `k${i % 5}`, factorYear: 2025,
        factor: 0.1 * (i % 4), factorUnit: 'km', factorSource: source, quantity: i / 7, kgCo2e: (i / 7) * 0.3, scope: '3',
      };
      lines.write(row);
      expected += ledgerLine(row);
    }
    expect(c.bytes().equals(Buffer.from(expected, 'utf8'))).toBe(true);
  });

  it('tells the observer each distinct text cell as written and each number by its value', () => {
    const texts: string[] = [];
    const numbers: number[] = [];
    const out = new CsvBytes(() => undefined, { text: (t) => texts.push(t), numberValue: (v) => numbers.push(v) });
    for (const t of ['a', '=b', 'a', 'c,d', '=b']) out.text(t);
    out.text(null);
    out.number(2);
    out.number(null);
    out.number(-1.5);
    expect(texts).toEqual(['a', csvCell('=b'), '"c,d"']);
    expect(numbers).toEqual([2, -1.5]);
  });
});
