// CPR numbers however they are typed (issue 11, finding 11): Word's non-breaking hyphen, a minus
// sign, a zero-width space inside, full-width digits. The reader refuses them and the output scan
// finds them, by the same rule; a message never repeats the number.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsCpr } from '../../src/read/identifiers.ts';
import { findCprNumbers, scanOutput, scanText } from '../../src/verify/scan.ts';
import { csv, readText } from '../read/helpers.ts';

const none = { employeeIds: new Set<string>(), emails: new Set<string>() };

// Each written by hand: 1 January 1990, serial 1234.
const DISGUISED: readonly (readonly [string, string])[] = [
  ['a non-breaking hyphen (U+2011, as Word writes it)', '010190\u20111234'],
  ['a hyphen (U+2010)', '010190\u20101234'],
  ['an en dash (U+2013)', '010190\u20131234'],
  ['a minus sign (U+2212)', '010190\u22121234'],
  ['a small hyphen-minus (U+FE63)', '010190\uFE631234'],
  ['a small em dash (U+FE58)', '010190\uFE581234'],
  ['a full-width hyphen-minus (U+FF0D)', '010190\uFF0D1234'],
  ['a zero-width space inside the digits', '0101\u200B901234'],
  ['a zero-width space after the dash', '010190-\u200B1234'],
  ['a zero-width joiner and a word joiner', '01\u200D0190\u20601234'],
  ['a byte-order mark inside', '010190\uFEFF-1234'],
  ['a soft hyphen between the two parts', '010190\u00AD1234'],
  ['full-width digits', '\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-\uFF11\uFF12\uFF13\uFF14'],
  ['full-width digits and dash, no separator', '\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14'],
  ['mathematical bold digits', '\u{1D7CE}\u{1D7CF}\u{1D7CE}\u{1D7CF}\u{1D7D7}\u{1D7CE}-1234'],
];

describe('a CPR number typed with other dashes, invisible characters or other digits', () => {
  it.each(DISGUISED)('is found by the reader rule with %s', (_how, cpr) => {
    expect(containsCpr(`ring ${cpr} i dag`)).toBe(true);
  });

  it.each(DISGUISED)('is found by the output scan with %s, on its line', async (_how, cpr) => {
    expect(findCprNumbers(`x ${cpr} y`)).toHaveLength(1);
    expect(scanText(`<p>${cpr}</p>`, none).map((f) => f.kind)).toEqual(['cpr']);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cpr-forms-'));
    await fs.writeFile(path.join(dir, 'index.html'), `<p>æøå</p>\n<p>Kontakt\n${cpr}</p>\n`);
    expect(await scanOutput(dir, none)).toEqual([{ file: 'index.html', line: 3, kind: 'cpr' }]);
    await fs.rm(dir, { recursive: true });
  });

  it.each(DISGUISED)('is refused in a supplier name with %s, never repeated', async (_how, cpr) => {
    const head = 'contract_id,supplier,contract_name,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,dpa_signed,status';
    const r = await readText('suppliers', '2025/suppliers.csv', csv([head, `K1,Jens Hansen ${cpr},Drift,yes,yes,yes,yes,yes,yes,compliant`]));
    expect(r.lines).toEqual([
      '2025/suppliers.csv:2: error: column supplier: holds what looks like a CPR number; remove it from the export: the report must never receive CPR numbers',
    ]);
    expect(r.records).toEqual([]);
  });

  it('still ignores what is no CPR number once normalised', () => {
    // Eleven digits, a letter right after, no real date, a decimal of a figure.
    for (const t of ['\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10\uFF11\uFF12\uFF13\uFF14\uFF15', '010190\u20111234b', '320190\u20111234', 'Ａ010190-1234', '\uFF21010190-1234']) {
      expect(containsCpr(t)).toBe(false);
      expect(findCprNumbers(t)).toEqual([]);
    }
    expect(findCprNumbers('862051.\u200B1903999997')).toEqual([]); // the decimals of a figure, in the output
    // A combining ring joins the A before it into Å, a letter: no CPR number after a letter.
    expect(containsCpr('A\u030A0101901234')).toBe(false);
    expect(findCprNumbers('A\u030A0101901234')).toEqual([]);
    // ⑴ is a number, but reads as (1): the CPR number before it stands alone; ℀ reads as a/c, a letter after it.
    expect(findCprNumbers('0101901234\u2474')).toEqual([0]);
    expect(findCprNumbers('0101901234\u2100')).toEqual([]);
    // ⑩ reads as 10: five of them are 10 October 2010.
    expect(containsCpr('\u2469\u2469\u2469\u2469\u2469')).toBe(true);
    expect(containsCpr('Ålborg, Æblevej 12, 8000 Århus')).toBe(false);
    expect(findCprNumbers('æøå 2025-01-01 ﬁ 12345')).toEqual([]);
  });

  it('gives offsets into the text as written', () => {
    // ASCII before the number: the offset is that of its first digit in the original text.
    expect(findCprNumbers('æ ﬁ 010190\u20111234')).toEqual([4]); // æ, space, ﬁ, space
    expect(findCprNumbers('x\u200B\u200B 0101\u200B901234 y')).toEqual([4]);
    expect(findCprNumbers('ab \uFF10\uFF11\uFF10\uFF11\uFF19\uFF10-1234')).toEqual([3]);
  });
});
