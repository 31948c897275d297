import { describe, expect, it } from 'vitest';
import { EmploymentOverlaps } from '../../src/read/employment-overlap.ts';

describe('EmploymentOverlaps', () => {
  it('an end on 31 August and a hire on 1 September do not overlap', () => {
    const o = new EmploymentOverlaps();
    expect(o.check('a', '2020-01-01', '2025-08-31', 2)).toBeNull();
    expect(o.check('a', '2025-09-01', null, 3)).toBeNull();
  });
  it('sharing one day is an overlap, reported with the earlier line', () => {
    const o = new EmploymentOverlaps();
    expect(o.check('a', '2020-01-01', '2025-08-31', 2)).toBeNull();
    expect(o.check('a', '2025-08-31', null, 5)).toBe(2);
  });
  it('an open-ended employment overlaps every later one', () => {
    const o = new EmploymentOverlaps();
    expect(o.check('a', '2020-01-01', null, 2)).toBeNull();
    expect(o.check('a', '2030-01-01', '2030-02-01', 3)).toBe(2);
    expect(o.check('b', '2030-01-01', '2030-02-01', 4)).toBeNull();
  });
  it('an earlier employment inside a later one is found', () => {
    const o = new EmploymentOverlaps();
    expect(o.check('a', '2025-03-01', '2025-03-31', 2)).toBeNull();
    expect(o.check('a', '2025-01-01', '2025-12-31', 3)).toBe(2);
  });
});
