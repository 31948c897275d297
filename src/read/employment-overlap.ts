// employees.csv: the same employee id on several rows only for employments that do not overlap
// (share no day); the error goes on the later row of the file (inputs.md, kpis.md). A check
// across the rows of one file, made as the rows stream (they are never held), so part of reading.

import type { IsoDate } from '../model/records.ts';

interface Span {
  readonly start: IsoDate;
  /** null = open-ended. */
  readonly end: IsoDate | null;
  readonly line: number;
}

export class EmploymentOverlaps {
  readonly #byId = new Map<string, Span[]>();

  /**
   * Records the employment; returns the line of an earlier employment of the same id that shares
   * at least one day with it, else null (and then the employment is kept for later rows).
   */
  check(id: string, start: IsoDate, end: IsoDate | null, line: number): number | null {
    const spans = this.#byId.get(id);
    if (spans === undefined) {
      this.#byId.set(id, [{ start, end, line }]);
      return null;
    }
    for (const s of spans) {
      // [a, b] and [c, d] share a day when a <= d and c <= b (dates as ISO strings compare correctly)
      if ((end === null || s.start <= end) && (s.end === null || start <= s.end)) return s.line;
    }
    spans.push({ start, end, line });
    return null;
  }
}
