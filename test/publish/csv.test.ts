import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { csvDocument, csvLine, neutraliseCell } from '../../src/publish/csv.ts';
import { plainNumber } from '../../src/util/plain-number.ts';

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

describe('a cell that a spreadsheet splitting on ; or tab would cut (issue 11, finding 10)', () => {
  it('quotes a text cell holding a semicolon or a tab, and neutralises a formula start after one', () => {
    expect(csvLine(["count;=cmd|' /C calc'!A0;", 'kWh'])).toBe(`"count;'=cmd|' /C calc'!A0;'",kWh\r\n`);
    expect(csvLine(['a\t=1+1', 'b'])).toBe(`"a\t'=1+1",b\r\n`);
    expect(csvLine(['x;y'])).toBe('"x;y"\r\n');
    expect(csvLine(['x;-5', 'y;@a', 'z;+1'])).toBe(`"x;'-5","y;'@a","z;'+1"\r\n`);
  });
  it('neutralises the start of a cell and what follows a semicolon, a tab or a line break in it, up to the cell\'s end', () => {
    expect(csvLine(['a;', 'b\t', 'c\n'])).toBe(`"a;'","b\t'","c\n'"\r\n`);
    expect(csvLine(['=1;2', 1])).toBe(`"'=1;2",1\r\n`);
    expect(csvLine(['a;;=b'])).toBe(`"a;;'=b"\r\n`);
    expect(csvLine(['a;\t=b'])).toBe(`"a;'\t'=b"\r\n`);
    expect(csvLine(['a\r\n=b'])).toBe(`"a\r\n'=b"\r\n`);
    expect(csvLine(['a;"=b'])).toBe(`"a;'""=b"\r\n`);
  });
  it('leaves a semicolon followed by anything else as written', () => {
    expect(csvLine(['a; b', 'c;d'])).toBe('"a; b","c;d"\r\n');
  });
  it('reads back as one cell when split on a comma, a semicolon or a tab at the start of a line', () => {
    const line = csvLine(["count;=cmd|' /C calc'!A0;"]);
    for (const delimiter of [',', ';', '\t']) {
      expect(parse(line, { delimiter }) as string[][]).toEqual([["count;'=cmd|' /C calc'!A0;'"]]);
    }
  });
  it('leaves no cell starting like a formula when a later cell is cut on its semicolons', () => {
    const line = csvLine(['ind.x', 2025, -3, "count;=cmd|' /C calc'!A0;", 'reported']);
    expect(line).toBe(`ind.x,2025,-3,"count;'=cmd|' /C calc'!A0;'",reported\r\n`);
    // Split on ; with quotes counting only at the start of a cell, as a spreadsheet does.
    expect(parse(line, { delimiter: ';', relax_quotes: true }) as string[][]).toEqual([[`ind.x,2025,-3,"count`, `'=cmd|' /C calc'!A0`, `'",reported`]]);
  });
});
