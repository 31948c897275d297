// Calendar helpers on ISO dates (`YYYY-MM-DD`), in UTC: never the local time zone.

import { DateTime } from 'luxon';
import type { IsoDate } from '../model/records.ts';
import type { ReportSettings } from '../model/settings.ts';

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/**
 * The snapshot date S of `year` (kpis.md "Conventions"). A snapshot of 29 February falls on
 * 28 February in a year without one.
 */
export function snapshotOf(year: number, settings: Pick<ReportSettings, 'snapshotDate'>): IsoDate {
  const { month, day } = settings.snapshotDate;
  const last = DateTime.utc(year, month, 1).daysInMonth ?? day;
  return `${year}-${pad2(month)}-${pad2(Math.min(day, last))}`;
}

/** The last day of each month of `year`, January first. */
export function monthEnds(year: number): IsoDate[] {
  return Array.from({ length: 12 }, (_, i) => isoOf(DateTime.utc(year, i + 1, 1).endOf('month')));
}

/** `date` plus `months` calendar months, clamped to the month's end (29 Feb 2024 + 24 = 28 Feb 2026). */
export function plusMonths(date: IsoDate, months: number): IsoDate {
  return isoOf(DateTime.fromISO(date, { zone: 'utc' }).plus({ months }));
}

export function isInYear(date: IsoDate, year: number): boolean {
  return date >= `${year}-01-01` && date <= `${year}-12-31`;
}

function isoOf(d: DateTime): IsoDate {
  const iso = d.toISODate();
  if (iso === null) throw new Error(`invalid date: ${d.invalidExplanation ?? ''}`);
  return iso;
}
