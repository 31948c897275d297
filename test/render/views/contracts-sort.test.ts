// The contract list sorts by the audit's date, not its words (assets/contracts.js reads a cell's
// data-sort): "15 March 2024" before "1 December 2022" as words, after it as dates.

import { describe, expect, it } from 'vitest';
import { section } from './site.ts';

describe('the contract list', () => {
  it('gives each last audit its ISO date as the sort key (empty without an audit)', () => {
    expect(section('/en/suppliers/').contracts?.map((x) => x.lastAuditSort)).toEqual(['2024-03-15', '', '2023-01-31', '2022-12-01']);
  });
});
