import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLine, neutraliseCell, plainNumber } from '../../src/publish/csv.ts';

describe('neutraliseCell', () => {
  it.each([
    ['=SUM(A1:A9)', "'=SUM(A1:A9)"],
    ['+45 12345678', "'+45 12345678"],
    ['-1+1', "'-1+1"],
    ['@cmd', "'@cmd"],
    ['\tx', "'\tx"],
    ['\rx', "'\rx"],
  ])('prefixes a quote to %j', (input, expected) => {
    expect(neutraliseCell(input)).toBe(expected);
  });

  it.each(['', 'København', 'a=b', '2-location', "'already", ' =x', '5'])('leaves %j as written', (text) => {
    expect(neutraliseCell(text)).toBe(text);
  });
});

describe('plainNumber', () => {
  it.each([
    [1e-7, '0.0000001'],
    [1.5e-7, '0.00000015'],
    [-2.5e-10, '-0.00000000025'],
    [1e21, '1000000000000000000000'],
    [1.25e22, '12500000000000000000000'],
    [0.1, '0.1'],
    [-0, '0'],
    [0, '0'],
    [42, '42'],
    [-3.75, '-3.75'],
    [123456789.125, '123456789.125'],
  ])('writes %s as %s', (value, expected) => {
    expect(plainNumber(value)).toBe(expected);
  });

  it('refuses what is not a finite number', () => {
    expect(() => plainNumber(Number.NaN)).toThrow(RangeError);
    expect(() => plainNumber(Number.POSITIVE_INFINITY)).toThrow(RangeError);
  });
});

describe('csvLine', () => {
  it('quotes as RFC 4180, ends with CRLF, writes null as an empty cell and numbers as numbers', () => {
    expect(csvLine(['a', 'b,c', 'say "hi"', null, -5, 1e-7, 'æøå'])).toBe(
      'a,"b,c","say ""hi""",,-5,0.0000001,æøå\r\n',
    );
  });

  it('quotes a cell holding a line break, and neutralises text but not numbers', () => {
    expect(csvLine(['line\nbreak', '=1+1', '-5', -5, '\rcr'])).toBe(
      '"line\nbreak",\'=1+1,\'-5,-5,"\'\rcr"\r\n',
    );
  });

  it('reads back cell for cell with csv-parse', () => {
    const cells = ['plain', 'with, comma', 'with "quotes"', 'multi\r\nline', '', 'Ærø'];
    const parsed = parse(csvLine(cells), { relax_quotes: false }) as string[][];
    expect(parsed).toEqual([cells]);
  });
});

describe('csvDocument', () => {
  it('starts with a byte-order mark, then the header and the rows', () => {
    expect(csvDocument(['x', 'y'], [[1, 'a'], [null, 2.5]])).toBe('\uFEFFx,y\r\n1,a\r\n,2.5\r\n');
  });
});
