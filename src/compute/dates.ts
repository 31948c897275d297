// Calendar helpers on ISO dates (`YYYY-MM-DD`), in UTC: never the local time zone.

import { DateTime } from 'luxon';
import type { IsoDate } from '../model/records.ts';
import type { ReportSettings } from '../model/settings.ts';
import { daysInMonth } from '../read/values.ts';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The snapshot date S of `year` (kpis.md "Conventions"). A snapshot of 29 February falls on
 * 28 February in a year without one.
 */
export function snapshotOf(year: number, settings: Pick<ReportSettings, 'snapshotDate'>): IsoDate {
  const { month, day } = settings.snapshotDate;
  return `${year}-${pad2(month)}-${pad2(Math.min(day, daysInMonth(year, month)))}`;
}

/** The last day of each month of `year`, January first. */
export function monthEnds(year: number): IsoDate[] {
  if (!Number.isInteger(year) || year < 0 || year > 9999) return Array.from({ length: 12 }, (_, i) => isoOf(DateTime.utc(year, i + 1, 1).endOf('month')));
  const y = String(year).padStart(4, '0');
  return Array.from({ length: 12 }, (_, i) => `${y}-${pad2(i + 1)}-${pad2(daysInMonth(year, i + 1))}`);
}

/**
 * `date` plus `months` calendar months, clamped to the month's end (29 Feb 2024 + 24 = 28 Feb 2026).
 * Plain arithmetic on `YYYY-MM-DD` (it runs per employee and contract), luxon for anything else.
 */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7));
  const d = Number(date.slice(8, 10));
  if (date.length !== 10 || date[4] !== '-' || date[7] !== '-' || !Number.isInteger(y) || !Number.isInteger(m)
    || !Number.isInteger(d) || m < 1 || m > 12 || d < 1 || !Number.isInteger(months)) {
    return isoOf(DateTime.fromISO(date, { zone: 'utc' }).plus({ months }));
  }
  const index = y * 12 + (m - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) return isoOf(DateTime.fromISO(date, { zone: 'utc' }).plus({ months }));
  const day = Math.min(d, daysInMonth(year, month));
  return `${String(year).padStart(4, '0')}-${pad2(month)}-${pad2(day)}`;
}

export function isInYear(date: IsoDate, year: number): boolean {
  return date >= `${year}-01-01` && date <= `${year}-12-31`;
}

function isoOf(d: DateTime): IsoDate {
  const iso = d.toISODate();
  if (iso === null) throw new Error(`invalid date: ${d.invalidExplanation ?? ''}`);
  return iso;
}
