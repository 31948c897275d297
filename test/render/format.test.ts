import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { chartNumber, formatDate, formatPoints, formatRelative, formatValue } from '../../src/render/format.ts';

const NBSP = '\u00a0';

describe('formatValue', () => {
  it('shows shares as percentages with one decimal, per language', () => {
    expect(formatValue(0.4375, 'share', 'da')).toBe(`43,8${NBSP}%`);
    expect(formatValue(0.4375, 'share', 'en')).toBe('43.8%');
    expect(formatValue(1, 'share', 'en')).toBe('100.0%');
  });

  it('rounds half away from zero on the decimal the number is written as', () => {
    // 0.4245 is stored as 0.42449999…; written, it is 0.4245 and rounds up to 42.5.
    expect(formatValue(0.4245, 'share', 'en')).toBe('42.5%');
    expect(formatValue(2.25, 't CO2e', 'en')).toBe('2.3');
    expect(formatValue(-2.25, 't CO2e', 'en')).toBe('-2.3');
    expect(formatValue(2.5, 'persons', 'da')).toBe('3');
    expect(formatValue(1.005, 'score', 'en')).toBe('1.01');
  });

  it('groups thousands and uses the decimal comma in Danish', () => {
    expect(formatValue(12345.65, 't CO2e', 'da')).toBe('12.345,7');
    expect(formatValue(12345.65, 't CO2e', 'en')).toBe('12,345.7');
    expect(formatValue(1234567, 'km', 'da')).toBe('1.234.567');
  });

  it('gives each unit its decimals (kpis.md Conventions)', () => {
    expect(formatValue(37.25, 'FTE', 'en')).toBe('37.3');
    expect(formatValue(41, 'years', 'en')).toBe('41.0');
    expect(formatValue(4.489130434782608, 't CO2e/FTE', 'en')).toBe('4.49');
    expect(formatValue(850.5, 'MWh', 'en')).toBe('851');
    expect(formatValue(7, 'count', 'en')).toBe('7');
    // other indicator units: at most two decimals, trailing zeros dropped
    expect(formatValue(7.5, 'days', 'da')).toBe('7,5');
    expect(formatValue(8, 'days', 'da')).toBe('8');
    expect(formatValue(7.125, 'days', 'en')).toBe('7.13');
  });

  it('never shows a negative zero', () => {
    expect(formatValue(-0.04, 't CO2e', 'da')).toBe('0,0');
    expect(formatValue(-0.0001, 'share', 'en')).toBe('0.0%');
  });
});

describe('changes', () => {
  it('writes percentage points with a sign', () => {
    expect(formatPoints(0.0125, 'da')).toBe('+1,3');
    expect(formatPoints(-0.02, 'en')).toBe('-2.0');
    expect(formatPoints(0, 'en')).toBe('0.0');
  });

  it('writes relative changes as signed percentages', () => {
    expect(formatRelative(0.05, 'da')).toBe(`+5,0${NBSP}%`);
    expect(formatRelative(-0.053, 'en')).toBe('-5.3%');
  });
});

describe('formatDate', () => {
  it('writes dates in words per language', () => {
    expect(formatDate('2025-12-31', 'da')).toBe('31. december 2025');
    expect(formatDate('2025-12-31', 'en')).toBe('31 December 2025');
    expect(formatDate('2024-02-29', 'da')).toBe('29. februar 2024');
  });

  it('refuses what is not a date', () => {
    expect(() => formatDate('2025-02-30', 'da')).toThrow(RangeError);
    expect(() => formatDate('2025-13-01', 'en')).toThrow(RangeError);
  });

  it('writes every day as luxon does (Intl names the months; luxon takes the rest)', () => {
    const luxon = (iso: string, lang: 'da' | 'en'): string =>
      DateTime.fromISO(iso, { zone: 'utc', setZone: true }).setLocale(lang === 'da' ? 'da-DK' : 'en-GB').toFormat(lang === 'da' ? 'd. LLLL yyyy' : 'd LLLL yyyy');
    const days = ['0050-01-02', '0999-03-04', '2024-02-29', '2025-01-01T00:00'];
    for (let t = Date.UTC(2015, 0, 1); t <= Date.UTC(2035, 0, 1); t += 86_400_000) days.push(new Date(t).toISOString().slice(0, 10));
    for (const iso of days) {
      for (const lang of ['da', 'en'] as const) expect(formatDate(iso, lang)).toBe(luxon(iso, lang));
    }
  });
});

describe('chartNumber', () => {
  it('plots the number the table shows', () => {
    expect(chartNumber(0.4245, 'share')).toBe(42.5);
    expect(chartNumber(0.575, 'share')).toBe(57.5);
    expect(chartNumber(850.4, 'MWh')).toBe(850);
    expect(chartNumber(165.25, 't CO2e')).toBe(165.3);
    expect(chartNumber(1e-7, 'share')).toBe(0);
  });
});
