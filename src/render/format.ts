// Numbers and dates as a page shows them (kpis.md "Conventions"; site.md "The site").
// Rounding is half away from zero on the shortest decimal form of the number (String(value)),
// so that 0.4245 shows as 42,5 % and not as the binary 42,449999… would. Intl does the decimal
// arithmetic exactly when it is handed a string; nothing here depends on the time zone.

import { DateTime } from 'luxon';
import type { Language } from '../model/records.ts';

const LOCALES: Readonly<Record<Language, string>> = { da: 'da-DK', en: 'en-GB' };

export function localeOf(lang: Language): string {
  return LOCALES[lang];
}

/** How many decimals a unit shows: a fixed number, or "up to two, trailing zeros dropped". */
export type Precision =
  | { readonly kind: 'percent'; readonly decimals: number }
  | { readonly kind: 'fixed'; readonly decimals: number }
  | { readonly kind: 'upTo'; readonly decimals: number };

/** kpis.md "Conventions": shares as percentages with one decimal; t CO2e, FTE and years one
 * decimal; t CO2e/FTE two; MWh, km and counts whole; other indicator units up to two. */
export function precisionOf(unit: string): Precision {
  switch (unit) {
    case 'share':
      return { kind: 'percent', decimals: 1 };
    case 't CO2e':
    case 'FTE':
    case 'years':
      return { kind: 'fixed', decimals: 1 };
    case 't CO2e/FTE':
      return { kind: 'fixed', decimals: 2 };
    case 'MWh':
    case 'km':
    case 'persons':
    case 'count':
      return { kind: 'fixed', decimals: 0 };
    default:
      return { kind: 'upTo', decimals: 2 };
  }
}

const cache = new Map<string, Intl.NumberFormat>();

/** The formatter of `options` in a language, made once per `key` (which names the options). */
function numberFormat(lang: Language, key: string, options: () => Intl.NumberFormatOptions): Intl.NumberFormat {
  const full = `${lang}|${key}`;
  let nf = cache.get(full);
  if (nf === undefined) {
    nf = new Intl.NumberFormat(LOCALES[lang], { roundingMode: 'halfExpand', ...options() });
    cache.set(full, nf);
  }
  return nf;
}

/** The exact decimal that the shortest representation of `value` names. */
function decimal(value: number): Intl.StringNumericLiteral {
  if (!Number.isFinite(value)) throw new RangeError(`cannot format ${value}`);
  return String(value) as Intl.StringNumericLiteral;
}

function optionsFor(p: Precision, signDisplay: 'negative' | 'exceptZero'): Intl.NumberFormatOptions {
  const min = p.kind === 'upTo' ? 0 : p.decimals;
  return {
    ...(p.kind === 'percent' ? { style: 'percent' } : {}),
    minimumFractionDigits: min,
    maximumFractionDigits: p.decimals,
    signDisplay,
  };
}

/** A figure of the given unit, without its unit word (a share as a percentage). */
export function formatValue(value: number, unit: string, lang: Language): string {
  return numberFormat(lang, `value|${unit}`, () => optionsFor(precisionOf(unit), 'negative')).format(decimal(value));
}

/** A plain number with a fixed number of decimals (tables of factors, checksums' byte counts). */
export function formatNumber(value: number, lang: Language, maxDecimals = 0, minDecimals = 0): string {
  return numberFormat(lang, `number|${maxDecimals}|${minDecimals}`, () => ({ minimumFractionDigits: minDecimals, maximumFractionDigits: maxDecimals, signDisplay: 'negative' }))
    .format(decimal(value));
}

/** A number with up to `maxDecimals` significant decimals kept as given (emission factors). */
export function formatFactor(value: number, lang: Language): string {
  return numberFormat(lang, 'factor', () => ({ maximumFractionDigits: 20, signDisplay: 'negative' })).format(decimal(value));
}

/** The formatters of chartNumber, one per unit. */
const chartFormats = new Map<string, Intl.NumberFormat>();

/** The value a chart plots for a figure: the displayed number (percent for shares), rounded
 * exactly as the page shows it, so that the chart and its table agree. */
export function chartNumber(value: number, unit: string): number {
  const p = precisionOf(unit);
  let nf = chartFormats.get(unit);
  if (nf === undefined) {
    nf = new Intl.NumberFormat('en-US', {
      ...optionsFor(p, 'negative'),
      style: 'decimal',
      useGrouping: false,
      roundingMode: 'halfExpand',
    });
    chartFormats.set(unit, nf);
  }
  return Number(nf.format(p.kind === 'percent' ? shiftPoint(decimal(value), 2) : decimal(value)));
}

/** Multiplies a decimal string by 10^places exactly. */
function shiftPoint(text: string, places: number): Intl.StringNumericLiteral {
  const m = /^(-?)(\d+)(?:\.(\d+))?(?:e([+-]?\d+))?$/.exec(text);
  if (m === null) throw new RangeError(`not a decimal: ${text}`);
  const sign = m[1] ?? '';
  const digits = (m[2] ?? '') + (m[3] ?? '');
  const point = (m[2] ?? '').length + Number(m[4] ?? '0') + places;
  let int: string;
  let frac: string;
  if (point <= 0) {
    int = '0';
    frac = '0'.repeat(-point) + digits;
  } else if (point >= digits.length) {
    int = digits + '0'.repeat(point - digits.length);
    frac = '';
  } else {
    int = digits.slice(0, point);
    frac = digits.slice(point);
  }
  return `${sign}${int}${frac === '' ? '' : `.${frac}`}` as Intl.StringNumericLiteral;
}

/** Change in percentage points (`delta` is a difference of shares). */
export function formatPoints(delta: number, lang: Language): string {
  return numberFormat(lang, 'points', () => ({ minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }))
    .format(shiftPoint(decimal(delta), 2));
}

/** Relative change as a signed percentage (`relative` 0.053 → +5,3 %). */
export function formatRelative(relative: number, lang: Language): string {
  return numberFormat(lang, 'relative', () => ({ style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1, signDisplay: 'exceptZero' }))
    .format(decimal(relative));
}

/** A calendar date (`YYYY-MM-DD`) as `31. december 2025` or `31 December 2025`. */
export function formatDate(iso: string, lang: Language): string {
  // A large organisation's contract lists repeat the same few hundred dates tens of thousands of
  // times; each distinct date is formatted once per language.
  const key = `${lang}|${iso}`;
  const known = formattedDates.get(key);
  if (known !== undefined) return known;
  const text = formatDay(iso, lang) ?? formatDateWithLuxon(iso, lang);
  formattedDates.set(key, text);
  return text;
}

const formattedDates = new Map<string, string>();

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const monthNames = new Map<Language, Intl.DateTimeFormat>();

/** A `YYYY-MM-DD` day of the years 100 to 9999 as luxon's `d. LLLL yyyy` (da) or `d LLLL yyyy`
 * (en) writes it, with Intl's month name (luxon's own); null for anything else (luxon decides). */
function formatDay(iso: string, lang: Language): string | null {
  const m = ISO_DAY.exec(iso);
  if (m === null) return null;
  const year = Number(m[1]);
  const month = Number(m[2]) - 1;
  const day = Number(m[3]);
  const date = new Date(Date.UTC(year, month, day));
  // Date.UTC rolls an impossible day over (30 February) and reads years below 100 as 19xx.
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month || date.getUTCDate() !== day) return null;
  let names = monthNames.get(lang);
  if (names === undefined) {
    names = new Intl.DateTimeFormat(LOCALES[lang], { month: 'long', timeZone: 'UTC' });
    monthNames.set(lang, names);
  }
  return `${day}${lang === 'da' ? '.' : ''} ${names.format(date)} ${m[1]}`;
}

function formatDateWithLuxon(iso: string, lang: Language): string {
  const d = DateTime.fromISO(iso, { zone: 'utc', setZone: true });
  if (!d.isValid) throw new RangeError(`not a date: ${iso}`);
  return d.setLocale(LOCALES[lang]).toFormat(lang === 'da' ? 'd. LLLL yyyy' : 'd LLLL yyyy');
}
