// Cell values (inputs.md "How every CSV file is read"): numbers, dates, yes/no.
// Each parser returns a discriminated result; the message says what is wrong and what to write.
// A value is shown in a message only through a ValueView (shown.ts): masked, or (employees.csv)
// not at all, and then no suggestion made from it either.

import type { IsoDate } from '../model/records.ts';
import { SHOW_MASKED, type ValueView } from './shown.ts';

export type Parsed<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly message: string };

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(message: string): Parsed<T> => ({ ok: false, message });

// ---- numbers ------------------------------------------------------------------------------

export type DecimalSeparator = ',' | '.';

/** How the numbers of one file are written. */
export interface NumberFormat {
  readonly decimal: DecimalSeparator;
  /**
   * A tab file with no decimal evidence (inputs.md "Numbers"): a value whose separator is
   * followed by exactly three digits could be either, so it is an error.
   */
  readonly undecided?: boolean;
  /** The file's path, for the override a message suggests. */
  readonly file?: string;
}

interface CompiledFormat {
  readonly format: NumberFormat;
  readonly full: RegExp;
  readonly group: string;
}

const compiled = new Map<string, CompiledFormat>();

function compile(format: NumberFormat): CompiledFormat {
  const key = `${format.decimal}${format.undecided === true ? 'u' : ''}`;
  let c = compiled.get(key);
  if (c === undefined) {
    const group = format.decimal === ',' ? '.' : ',';
    const g = `[${group === '.' ? '\\.' : ','} \\u00A0\\u202F]`;
    const d = format.decimal === ',' ? ',' : '\\.';
    // sign, then plain digits or groups of three (one grouping character throughout), then decimals
    const full = new RegExp(`^([+-]?)(\\d{1,3}(${g})\\d{3}(?:\\3\\d{3})*|\\d+)(?:${d}(\\d+))?$`);
    c = { format, full, group };
    compiled.set(key, c);
  }
  return c;
}

function example(format: NumberFormat): string {
  return format.decimal === ',' ? '1234,5 or 1.234,5' : '1234.5 or "1,234.5"';
}

/** A number as inputs.md "Numbers" defines it, in the file's format. */
export function parseNumber(text: string, format: NumberFormat, view: ValueView = SHOW_MASKED): Parsed<number> {
  const plain = plainNumberValue(text, format);
  if (plain === plain) return ok(plain); // not NaN
  const c = compile(format);
  const m = c.full.exec(text);
  if (m === null) return fail(explainBadNumber(text, format, view));
  const sign = m[1] === '-' ? -1 : 1;
  const intPart = m[2] ?? '';
  const groupChar = m[3];
  const decimals = m[4];
  if (groupChar !== undefined && groupChar === c.group && decimals === undefined && intPart.split(groupChar).length === 2) {
    // one group only: "1.234" in a decimal-comma file may be a thousands separator or a misplaced decimal point
    const whole = view.hidesValues ? 'the digits without it' : intPart.replace(groupChar, '');
    const decimal = view.hidesValues ? `a decimal ${separatorName(format.decimal)}` : intPart.replace(groupChar, format.decimal);
    return fail(`${view.quote(text)} is ambiguous: the ${separatorName(groupChar === '.' ? '.' : ',')} may separate thousands or decimals;`
      + ` write ${whole} for the whole number or ${decimal} for the decimal (this file's decimal separator is a ${separatorName(format.decimal)})`);
  }
  if (format.undecided === true && groupChar === undefined && decimals !== undefined && decimals.length === 3 && intPart !== '0') {
    return fail(`${view.quote(text)} is ambiguous: the file does not show whether "." or "," is its decimal separator;`
      + ` add "numberFormat": { "${format.file ?? '<path of this file>'}": { "decimal": "," } } (or ".") to report.json`);
  }
  const digits = groupChar === undefined ? intPart : intPart.split(groupChar).join('');
  const value = sign * Number(decimals === undefined ? digits : `${digits}.${decimals}`);
  return ok(value === 0 ? 0 : value);
}

const isDigitCode = (c: number): boolean => c >= 0x30 && c <= 0x39;

/**
 * The value of a number written the plain way, `[+-]digits` or `[+-]digits<decimal>digits` with the
 * file's decimal separator (nearly every cell), as the full rule below reads it; NaN for any other
 * text, and for a decimal in a file whose separator is undecided (the full rule decides those).
 */
export function plainNumberValue(text: string, format: NumberFormat): number {
  const n = text.length;
  let i = 0;
  const first = text.charCodeAt(0);
  if (first === 0x2b || first === 0x2d) i = 1; // + -
  const digits = i;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  if (i === digits) return NaN;
  if (i === n) return Number(text) + 0; // + 0 turns -0 into 0
  if (format.undecided === true || text.charCodeAt(i) !== (format.decimal === ',' ? 0x2c : 0x2e)) return NaN;
  const decimals = ++i;
  while (i < n && isDigitCode(text.charCodeAt(i))) i++;
  if (i === decimals || i !== n) return NaN;
  return Number(format.decimal === ',' ? text.replace(',', '.') : text) + 0;
}

function separatorName(d: DecimalSeparator): string {
  return d === ',' ? 'comma' : 'point';
}

function explainBadNumber(text: string, format: NumberFormat, view: ValueView): string {
  if (text === '') return 'is empty; write a number';
  if (/^[+-]?[\d.,]*\d[eE][+-]?\d+$/.test(text)) {
    return `${view.quote(text)} is written with an exponent; write the number in full, e.g. ${example(format)}`;
  }
  const other = format.decimal === ',' ? '.' : ',';
  if (/^[+-]?\d+$/.test(text.replace(other, '')) && text.includes(other)) {
    return `${view.quote(text)} uses a ${separatorName(other)} as decimal separator, but this file uses a ${separatorName(format.decimal)};`
      + ` write ${view.hidesValues ? `a ${separatorName(format.decimal)} instead` : text.replace(other, format.decimal)}`;
  }
  return `${view.quote(text)} is not a number; write digits with an optional decimal part, e.g. ${example(format)}`;
}

/** A whole number (a zero decimal part, `2,0`, is allowed). */
export function parseWholeNumber(text: string, format: NumberFormat, view: ValueView = SHOW_MASKED): Parsed<number> {
  const n = parseNumber(text, format, view);
  if (!n.ok) return n;
  if (!Number.isInteger(n.value)) {
    return fail(`${view.quote(text)} is not a whole number; write a whole number${view.hidesValues ? '' : ` such as ${Math.round(n.value)}`}`);
  }
  return n;
}

/** A year of four digits. */
export function parseYear(text: string, view: ValueView = SHOW_MASKED): Parsed<number> {
  if (/^\d{4}$/.test(text)) return ok(Number(text));
  return fail(`${view.quote(text)} is not a year; write four digits, e.g. 1985`);
}

// ---- dates --------------------------------------------------------------------------------

const ISO = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const DANISH = /^(\d{1,2})([-./])(\d{1,2})\2(\d{4})$/;
const dateCache = new Map<string, Parsed<IsoDate>>();

/** `YYYY-MM-DD`, or Danish `DD-MM-YYYY`, `DD.MM.YYYY`, `DD/MM/YYYY`; never month first. */
export function parseDate(text: string, view: ValueView = SHOW_MASKED): Parsed<IsoDate> {
  if (isCanonicalIsoDate(text)) return ok(text as IsoDate);
  // The cache keeps the dates, the same in every view, and the failures of the masked view:
  // another view's failure is worded again.
  const hit = dateCache.get(text);
  if (hit !== undefined && (hit.ok || view === SHOW_MASKED)) return hit;
  const result = parseDateUncached(text, view);
  if (result.ok || view === SHOW_MASKED) {
    if (dateCache.size > 50_000) dateCache.clear();
    dateCache.set(text, result);
  }
  return result;
}

/**
 * True for a day that exists written `YYYY-MM-DD` with two-digit month and day (nearly every
 * cell): parseDateUncached reads it as that very text (isoDate writes it so).
 */
export function isCanonicalIsoDate(text: string): boolean {
  if (text.length !== 10 || text.charCodeAt(4) !== 0x2d || text.charCodeAt(7) !== 0x2d) return false;
  const y1 = text.charCodeAt(0) - 0x30;
  const y2 = text.charCodeAt(1) - 0x30;
  const y3 = text.charCodeAt(2) - 0x30;
  const y4 = text.charCodeAt(3) - 0x30;
  const m1 = text.charCodeAt(5) - 0x30;
  const m2 = text.charCodeAt(6) - 0x30;
  const d1 = text.charCodeAt(8) - 0x30;
  const d2 = text.charCodeAt(9) - 0x30;
  // each an ASCII digit, 0 to 9 (read unsigned, a character below `0` is more than 9)
  if ((y1 >>> 0) > 9 || (y2 >>> 0) > 9 || (y3 >>> 0) > 9 || (y4 >>> 0) > 9 || (m1 >>> 0) > 9 || (m2 >>> 0) > 9 || (d1 >>> 0) > 9 || (d2 >>> 0) > 9) return false;
  return dayExists(y1 * 1000 + y2 * 100 + y3 * 10 + y4, m1 * 10 + m2, d1 * 10 + d2);
}

function parseDateUncached(text: string, view: ValueView): Parsed<IsoDate> {
  let year: number;
  let month: number;
  let day: number;
  const isoMatch = ISO.exec(text);
  const danish = isoMatch === null ? DANISH.exec(text) : null;
  if (isoMatch !== null) {
    year = Number(isoMatch[1]);
    month = Number(isoMatch[2]);
    day = Number(isoMatch[3]);
  } else if (danish !== null) {
    day = Number(danish[1]);
    month = Number(danish[3]);
    year = Number(danish[4]);
  } else {
    return fail(`${view.quote(text)} is not a date; write it as 2025-12-31 or 31-12-2025`);
  }
  const iso = isoDate(year, month, day);
  if (iso === null) {
    const hint = danish !== null && month > 12 && day <= 12
      ? ` (dates are read day first${view.hidesValues ? '' : `: this would be day ${day} of month ${month}`}; the American month-first order is not accepted)`
      : '';
    return fail(`${view.quote(text)} is not a date that exists${hint}; write it as 2025-12-31 or 31-12-2025`);
  }
  return ok(iso);
}

/**
 * `YYYY-MM-DD` of a day of the (proleptic) Gregorian calendar, year 0 to 9999, or null when there
 * is no such day (as luxon reads it, without its start-up).
 */
export function isoDate(year: number, month: number, day: number): IsoDate | null {
  if (!dayExists(year, month, day)) return null;
  return `${String(year).padStart(4, '0')}-${month < 10 ? '0' : ''}${month}-${day < 10 ? '0' : ''}${day}`;
}

/** Whether the (proleptic) Gregorian calendar has the day. */
function dayExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** The number of days of a month (1–12) of the (proleptic) Gregorian calendar. */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** `YYYY-MM`. */
export function parseMonth(text: string, view: ValueView = SHOW_MASKED): Parsed<string> {
  const m = /^(\d{4})-(\d{1,2})$/.exec(text);
  const month = m === null ? 0 : Number(m[2]);
  if (m === null || month < 1 || month > 12) return fail(`${view.quote(text)} is not a month; write it as 2025-01`);
  return ok(`${m[1]}-${String(month).padStart(2, '0')}`);
}

// ---- yes/no -------------------------------------------------------------------------------

const YES_NO = new Map<string, boolean>([
  ['yes', true], ['no', false], ['ja', true], ['nej', false], ['true', true], ['false', false],
  ['1', true], ['0', false], ['y', true], ['n', false], ['j', true],
]);

const YES: Parsed<boolean> = ok(true);
const NO: Parsed<boolean> = ok(false);

/** The meaning of a yes/no word, or undefined (the words are lower case: a cell written so is looked up as it is). */
export function yesNoOf(text: string): boolean | undefined {
  return YES_NO.get(text) ?? YES_NO.get(text.toLowerCase());
}

export function parseYesNo(text: string, view: ValueView = SHOW_MASKED): Parsed<boolean> {
  const v = yesNoOf(text);
  if (v === undefined) return fail(`${view.quote(text)} is not yes or no; write yes or no (or ja or nej)`);
  return v ? YES : NO;
}
