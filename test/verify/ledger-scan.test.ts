// The ledger's output scan done as it is written (verify/ledger-scan.ts): whenever it calls a
// ledger clean, the output scan itself (verify/scan.ts scanText) finds nothing in the whole text;
// and for the ordinary case (ids of letters and digits, no CPR number in a cell) it decides
// exactly as the scan does. (The scan reads a CPR number right after `<digit>,` as the decimals
// of a number and lets it pass; the cell scan does not, and sends such a ledger to the scan.)

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import { CsvBytes } from '../../src/publish/csv.ts';
import { LedgerLineWriter } from '../../src/publish/downloads.ts';
import { LEDGER_HEADER_TEXT } from '../../src/publish/write-downloads.ts';
import { LedgerScanner, ledgerIsClean } from '../../src/verify/ledger-scan.ts';
import { scanText } from '../../src/verify/scan.ts';
import type { PrivateInputValues } from '../../src/verify/scan.ts';

const base: LedgerRow = {
  file: '2025/travel.csv', line: 2, sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null,
  renewableShare: null, distanceKm: 200, roundTrip: false, travellers: 2, factorKey: 'rail.national', factorYear: 2024,
  factor: 0.005, factorUnit: 'pkm', factorSource: 'test', quantity: 400, kgCo2e: 2, scope: '3',
};

function ledger(rows: readonly LedgerRow[]): { text: string; cpr: boolean; clean: (s: PrivateInputValues) => boolean } {
  // Written as a build writes a ledger: its cells told to the scanner as the bytes are made.
  const scanner = new LedgerScanner();
  const chunks: Buffer[] = [];
  const lines = new LedgerLineWriter(new CsvBytes((bytes) => chunks.push(Buffer.from(bytes)), scanner));
  for (const r of rows) lines.write(r);
  lines.flush();
  const text = LEDGER_HEADER_TEXT + Buffer.concat(chunks).toString('utf8');
  const scan = scanner.result();
  return { text, cpr: scan.cpr, clean: (s) => ledgerIsClean(LEDGER_HEADER_TEXT, [scan], s) };
}

const none: PrivateInputValues = { employeeIds: new Set(), emails: new Set() };

describe('LedgerScanner and ledgerIsClean', () => {
  it('call an ordinary ledger clean', () => {
    const l = ledger([base, { ...base, line: 3, quantity: 1234.5678901234567, kgCo2e: 6.172839450617283 }]);
    expect(l.clean(none)).toBe(true);
    expect(l.clean({ employeeIds: new Set(['E1001', 'T-1002']), emails: new Set(['a@b.dk']) })).toBe(true);
  });

  it('find a CPR number in a number cell (a quantity of 1503851234 is 15 March 1985)', () => {
    const l = ledger([{ ...base, quantity: 1503851234 }]);
    expect(l.clean(none)).toBe(false);
    expect(scanText(l.text, none).map((f) => f.kind)).toEqual(['cpr']);
    expect(ledger([{ ...base, quantity: 1513851234 }]).clean(none)).toBe(true); // month 13: no date
  });

  it('find an employee id that is a word of the ledger: of a file path, a factor key, a negative number or the header', () => {
    expect(ledger([{ ...base, file: '2025/X1234/travel.csv' }]).clean({ ...none, employeeIds: new Set(['X1234']) })).toBe(false);
    expect(ledger([base]).clean({ ...none, employeeIds: new Set(['national']) })).toBe(false);
    expect(ledger([{ ...base, quantity: -1234.5 }]).clean({ ...none, employeeIds: new Set(['-1234']) })).toBe(false);
    expect(ledger([base]).clean({ ...none, employeeIds: new Set(['scope']) })).toBe(false);
    // only digits, or shorter than four characters: never an id (site.md)
    expect(ledger([{ ...base, line: 123456 }]).clean({ ...none, employeeIds: new Set(['123456', 'pkm']) })).toBe(true);
  });

  it('send an id with other characters to the full scan only when those characters occur', () => {
    expect(ledger([base]).clean({ ...none, employeeIds: new Set(['E 12']) })).toBe(true); // no space in the ledger
    expect(ledger([base]).clean({ ...none, employeeIds: new Set(['E.12']) })).toBe(false); // '.' is there
  });

  it('find an id written with another dash or an invisible character inside, as the scan does (issue 17)', () => {
    const l = ledger([{ ...base, file: '2025/KF\u20111023/travel.csv' }, { ...base, factorKey: 'X12\u200B34' }]);
    expect(l.clean({ ...none, employeeIds: new Set(['KF-1023']) })).toBe(false);
    expect(l.clean({ ...none, employeeIds: new Set(['X1234']) })).toBe(false);
    expect(ledger([{ ...base, file: '2025/KF-1023/travel.csv' }]).clean({ ...none, employeeIds: new Set(['KF\u20111023']) })).toBe(false);
    expect(l.clean({ ...none, employeeIds: new Set(['KF-1024']) })).toBe(true);
  });

  it('send a ledger holding an @ to the full scan when the inputs have addresses', () => {
    const l = ledger([{ ...base, file: 'a@b.dk/travel.csv' }]);
    expect(l.clean(none)).toBe(true);
    expect(l.clean({ ...none, emails: new Set(['x@y.dk']) })).toBe(false);
  });

  it('never call clean what the output scan flags, and agree with it for ids of letters and digits', () => {
    const word = fc.constantFrom('travel', 'energy', 'X1234', 'a@b.dk', 'E.12', '=1', '2025', 'æble', '1503851234', 'x,y', 'KF\u20111023', 'E\u00A012', 'X12\u200B34', '\uFF38\u2212\uFF11');
    const file = fc.array(word, { minLength: 1, maxLength: 3 }).map((w) => w.join('/'));
    const number = fc.oneof(fc.double({ noNaN: true, noDefaultInfinity: true }), fc.integer(), fc.constantFrom(1503851234, -1503851234, -12345, 0.1010101234567));
    const rowArb = fc.record({ file, quantity: number, kgCo2e: number, factor: number, line: fc.nat() });
    const id = fc.constantFrom('X1234', 'travel', 'E.12', 'E 12', '-12345', 'national', 'factor', 'AB99', 'æble', '2-location', 'KF-1023', 'X-1', 'KF\u20111023', 'X\u22121');
    const secretsArb = fc.record({
      employeeIds: fc.array(id, { maxLength: 3 }).map((a) => new Set(a)),
      emails: fc.array(fc.constantFrom('a@b.dk', 'q@r.dk'), { maxLength: 1 }).map((a) => new Set(a)),
    });
    fc.assert(fc.property(fc.array(rowArb, { minLength: 1, maxLength: 6 }), secretsArb, (rows, secrets) => {
      const l = ledger(rows.map((r) => ({ ...base, ...r })));
      const flagged = scanText(l.text, secrets).length > 0;
      const clean = l.clean(secrets);
      if (clean) expect(flagged).toBe(false);
      const ordinary = [...secrets.employeeIds].every((i) => /^[\p{L}\p{N}_-]+$/u.test(i)) && (secrets.emails.size === 0 || !l.text.includes('@'));
      if (ordinary && !l.cpr) expect(clean).toBe(!flagged);
    }), { numRuns: 3000 });
  });
});
