import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { HIDE_ALL } from '../../src/read/shown.ts';
import { parseDate, parseMonth, parseNumber, parseWholeNumber, parseYear, parseYesNo } from '../../src/read/values.ts';

const COMMA = { decimal: ',' } as const;
const POINT = { decimal: '.' } as const;

describe('parseNumber', () => {
  it.each([
    ['12', COMMA, 12], ['-3', COMMA, -3], ['0,8', COMMA, 0.8], ['1.234,5', COMMA, 1234.5], ['1.234.567', COMMA, 1234567],
    ['30.275,0', COMMA, 30275], ['1 136 840', COMMA, 1136840], ['1\u00A0136\u00A0840', POINT, 1136840], ['+2,0', COMMA, 2],
    ['3700.5', POINT, 3700.5], ['1,234.5', POINT, 1234.5], ['1,234,567', POINT, 1234567], ['-0', POINT, 0],
  ] as const)('reads %s', (text, format, value) => {
    expect(parseNumber(text, format)).toEqual({ ok: true, value });
  });

  it.each([
    ['007', POINT, 7], ['-0,0', COMMA, 0], ['+0.0', POINT, 0], ['-12,25', COMMA, -12.25], ['+12.25', POINT, 12.25],
    ['0.1', POINT, 0.1], ['123456789012345678901', COMMA, 123456789012345680000], ['9007199254740993', POINT, 9007199254740992],
    ['1,0000001', COMMA, 1.0000001], ['-0.000', POINT, 0],
  ] as const)('reads the plain %s (no zero with a sign)', (text, format, value) => {
    const r = parseNumber(text, format);
    expect(r).toEqual({ ok: true, value });
    expect(Object.is(r.ok ? r.value : NaN, -0)).toBe(false);
  });

  it('reads the plain numbers as the full rule does', () => {
    // Every text of up to five characters of a sign, digits and separators: the value (or the
    // failure) is the one the full rule gives, written out here on its own.
    const full = (text: string, decimal: ',' | '.'): number | null => {
      const m = /^([+-]?)(\d+)(?:[.,](\d+))?$/.exec(text);
      if (m === null || (m[3] !== undefined && !text.includes(decimal))) return null;
      const v = (m[1] === '-' ? -1 : 1) * Number(`${m[2]}${m[3] === undefined ? '' : `.${m[3]}`}`);
      return v === 0 ? 0 : v;
    };
    const chars = ['1', '0', '9', '-', '+', ',', '.'];
    const texts: string[] = [''];
    for (let length = 1; length <= 5; length++) {
      for (const t of texts.filter((x) => x.length === length - 1)) for (const c of chars) texts.push(t + c);
    }
    for (const text of texts.slice(1)) {
      for (const format of [COMMA, POINT]) {
        const expected = full(text, format.decimal);
        const r = parseNumber(text, format);
        // a group of three ("1,234", "1.234") is the full rule's own case (ambiguous): only the plain forms are compared
        if (/^[+-]?\d{1,3}[.,]\d{3}$/.test(text)) continue;
        expect([text, format.decimal, r.ok ? r.value : null]).toEqual([text, format.decimal, expected]);
      }
    }
  });

  it('refuses a group of three in a comma-decimal file: 5.400 may be 5400 or 5,4', () => {
    expect(parseNumber('5.400', COMMA)).toEqual({ ok: false, message: '"5.400" is ambiguous: the point may separate thousands or decimals; write 5400 for the whole number or 5,400 for the decimal (this file\'s decimal separator is a comma)' });
  });

  it('refuses "1,234" in a point-decimal file', () => {
    expect(parseNumber('1,234', POINT).ok).toBe(false);
  });

  it('refuses a decimal point in a comma-decimal file, and says what to write', () => {
    expect(parseNumber('1.5', COMMA)).toEqual({ ok: false, message: '"1.5" uses a point as decimal separator, but this file uses a comma; write 1,5' });
    expect(parseNumber('1,5', POINT)).toEqual({ ok: false, message: '"1,5" uses a comma as decimal separator, but this file uses a point; write 1.5' });
  });

  it.each(['1e3', '1,5e2', ',5', '5,', '12,34,5', 'abc', '1.23.4', '12 34', '1 2345', '--1', '1.234 567,5'])('refuses %s', (text) => {
    expect(parseNumber(text, COMMA).ok).toBe(false);
  });

  it('names an exponent', () => {
    expect(parseNumber('1e3', POINT)).toEqual({ ok: false, message: '"1e3" is written with an exponent; write the number in full, e.g. 1234.5 or "1,234.5"' });
  });

  it('an undecided tab file refuses a lone separator with three digits, but not 0.125', () => {
    const undecided = { decimal: '.', undecided: true, file: '2025/travel.csv' } as const;
    expect(parseNumber('31.250', undecided)).toEqual({ ok: false, message: '"31.250" is ambiguous: the file does not show whether "." or "," is its decimal separator; add "numberFormat": { "2025/travel.csv": { "decimal": "," } } (or ".") to report.json' });
    expect(parseNumber('0.125', undecided)).toEqual({ ok: true, value: 0.125 });
    expect(parseNumber('12', undecided)).toEqual({ ok: true, value: 12 });
  });
});

describe('parseWholeNumber and parseYear', () => {
  it('accepts a zero decimal part, refuses another', () => {
    expect(parseWholeNumber('2,0', COMMA)).toEqual({ ok: true, value: 2 });
    expect(parseWholeNumber('2,5', COMMA)).toEqual({ ok: false, message: '"2,5" is not a whole number; write a whole number such as 3' });
  });
  it('a year has four digits', () => {
    expect(parseYear('1985')).toEqual({ ok: true, value: 1985 });
    expect(parseYear('85').ok).toBe(false);
    expect(parseYear('1985,0').ok).toBe(false);
  });
});

describe('parseDate', () => {
  it.each([
    ['2025-03-01', '2025-03-01'], ['01-03-2025', '2025-03-01'], ['1.3.2025', '2025-03-01'], ['01/03/2025', '2025-03-01'],
    ['29-02-2024', '2024-02-29'], ['31.12.2025', '2025-12-31'],
  ])('reads %s as %s', (text, iso) => {
    expect(parseDate(text)).toEqual({ ok: true, value: iso });
  });
  it('refuses a date that does not exist', () => {
    expect(parseDate('2025-02-30')).toEqual({ ok: false, message: '"2025-02-30" is not a date that exists; write it as 2025-12-31 or 31-12-2025' });
    expect(parseDate('29-02-2025').ok).toBe(false);
  });
  it('never reads month first', () => {
    expect(parseDate('12/31/2025')).toEqual({ ok: false, message: '"12/31/2025" is not a date that exists (dates are read day first: this would be day 12 of month 31; the American month-first order is not accepted); write it as 2025-12-31 or 31-12-2025' });
  });
  it('agrees with luxon on which days exist, in every form, over leap and century years', () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999]) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const luxon = DateTime.fromObject({ year, month, day }, { zone: 'utc' });
          const expected = luxon.isValid ? luxon.toISODate() : null;
          const y = String(year).padStart(4, '0');
          for (const text of [`${y}-${month}-${day}`, `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`, `${day}.${month}.${y}`]) {
            const parsed = parseDate(text);
            expect(parsed.ok ? parsed.value : null).toBe(expected);
          }
        }
      }
    }
  });
  it('words a failure for the view asked, whichever view met the text first', () => {
    expect(parseDate('2025-02-30', HIDE_ALL)).toEqual({ ok: false, message: 'this value is not a date that exists; write it as 2025-12-31 or 31-12-2025' });
    expect(parseDate('2025-02-30')).toEqual({ ok: false, message: '"2025-02-30" is not a date that exists; write it as 2025-12-31 or 31-12-2025' });
    expect(parseDate('2025-02-30', HIDE_ALL)).toEqual({ ok: false, message: 'this value is not a date that exists; write it as 2025-12-31 or 31-12-2025' });
    expect(parseDate('7.4.2025', HIDE_ALL)).toEqual({ ok: true, value: '2025-04-07' });
    expect(parseDate('7.4.2025')).toEqual({ ok: true, value: '2025-04-07' });
    expect(parseDate('2025-04-07', HIDE_ALL)).toEqual({ ok: true, value: '2025-04-07' });
  });
  it.each(['2025/03/01', '01-03-25', '2025-03-01T10:00', '01-03.2025', 'March 1'])('refuses the form %s', (text) => {
    expect(parseDate(text)).toEqual({ ok: false, message: `"${text}" is not a date; write it as 2025-12-31 or 31-12-2025` });
  });
});

describe('parseMonth and parseYesNo', () => {
  it('reads YYYY-MM', () => {
    expect(parseMonth('2025-01')).toEqual({ ok: true, value: '2025-01' });
    expect(parseMonth('2025-13').ok).toBe(false);
  });
  it.each([
    ['yes', true], ['No', false], ['JA', true], ['nej', false], ['true', true], ['False', false], ['1', true], ['0', false],
    ['y', true], ['N', false], ['j', true],
  ] as const)('reads %s', (text, value) => {
    expect(parseYesNo(text)).toEqual({ ok: true, value });
  });
  it('refuses maybe', () => {
    expect(parseYesNo('maybe')).toEqual({ ok: false, message: '"maybe" is not yes or no; write yes or no (or ja or nej)' });
  });
});
