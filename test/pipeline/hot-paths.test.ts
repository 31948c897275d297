// Date arithmetic and workforce counting without luxon or maps per row (issue 6): the same
// answers as luxon (an independent implementation) and as worked out by hand.

import { DateTime } from 'luxon';
import { describe, expect, it } from 'vitest';
import { dayNumber } from '../../src/compute/energy.ts';
import { monthEnds, plusMonths, snapshotOf } from '../../src/compute/dates.ts';
import { activeOn } from '../../src/compute/workforce.ts';
import type { Employment } from '../../src/model/records.ts';

describe('dayNumber', () => {
  it('counts days from 1970-01-01, by hand', () => {
    expect(dayNumber('1970-01-01')).toBe(0);
    expect(dayNumber('1969-12-31')).toBe(-1);
    expect(dayNumber('2000-03-01')).toBe(10957 + 31 + 29); // 2000-01-01 is day 10957
    expect(dayNumber('2024-01-01')).toBe(19723); // 1704067200 s / 86400
    expect(dayNumber('2024-03-01') - dayNumber('2024-02-28')).toBe(2); // leap year
    expect(dayNumber('2100-03-01') - dayNumber('2100-02-28')).toBe(1); // not a leap year
    expect(dayNumber('2025-01-01') - dayNumber('2024-01-01')).toBe(366);
  });

  it('agrees with Date.UTC over four centuries', () => {
    for (let t = Date.UTC(1800, 0, 1); t < Date.UTC(2200, 0, 1); t += 86_400_000 * 7) {
      const iso = new Date(t).toISOString().slice(0, 10);
      expect(dayNumber(iso)).toBe(t / 86_400_000);
    }
  });
});

describe('plusMonths', () => {
  it('clamps to the end of the month, by hand', () => {
    expect(plusMonths('2024-02-29', 24)).toBe('2026-02-28');
    expect(plusMonths('2024-02-29', 48)).toBe('2028-02-29');
    expect(plusMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(plusMonths('2025-12-31', -24)).toBe('2023-12-31');
    expect(plusMonths('2025-01-15', -13)).toBe('2023-12-15');
  });

  it('agrees with luxon for every day of 2019–2025 and the month steps the figures use', () => {
    for (let d = DateTime.utc(2019, 1, 1); d.year < 2026; d = d.plus({ days: 1 })) {
      for (const k of [-24, -1, 1, 24]) expect(plusMonths(d.toISODate() ?? '', k)).toBe(d.plus({ months: k }).toISODate());
    }
  });
});

describe('monthEnds and snapshotOf', () => {
  it('agree with luxon over leap and century years', () => {
    for (const year of [0, 1, 4, 100, 400, 1900, 2000, 2023, 2024, 2100, 9999]) {
      expect(monthEnds(year)).toEqual(Array.from({ length: 12 }, (_, i) => DateTime.utc(year, i + 1, 1).endOf('month').toISODate()));
      for (const [month, day] of [[2, 28], [2, 29], [4, 30], [4, 31], [12, 31]] as const) {
        const last = DateTime.utc(year, month, 1).daysInMonth ?? day;
        expect(snapshotOf(year, { snapshotDate: { month, day } })).toBe(`${year}-${String(month).padStart(2, '0')}-${String(Math.min(day, last)).padStart(2, '0')}`);
      }
    }
  });
});

describe('activeOn', () => {
  const e = (employeeId: string, hireDate: string, endDate: string | null): Employment =>
    ({ employeeId, hireDate, endDate }) as unknown as Employment;

  it('keeps the active employments, one per id (the first), with and without repeated ids', () => {
    const distinct = [e('A1', '2020-01-01', null), e('B2', '2025-06-01', null), e('C3', '2019-01-01', '2024-12-31')];
    expect(activeOn(distinct, '2025-01-01').map((x) => x.employeeId)).toEqual(['A1']);
    expect(activeOn(distinct, '2025-06-01').map((x) => x.employeeId)).toEqual(['A1', 'B2']);
    const repeated = [e('A1', '2020-01-01', null), e('B2', '2019-01-01', '2024-12-31'), e('A1', '2021-01-01', null)];
    const on = activeOn(repeated, '2024-06-01');
    expect(on.map((x) => x.employeeId)).toEqual(['A1', 'B2']);
    expect(on[0]?.hireDate).toBe('2020-01-01');
  });
});
