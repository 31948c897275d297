// CPR numbers however they are typed (issue 11, finding 11): Word's non-breaking hyphen, a minus
// sign, a zero-width space inside, full-width digits. The reader refuses them and the output scan
// finds them, by the same rule; a message never repeats the number.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { containsCpr } from '../../src/read/identifiers.ts';
import { findCprNumbers } from '../../src/verify/cpr-email.ts';
import { scanOutput, scanText } from '../../src/verify/scan.ts';
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

// A CPR number with one space-like separator between its two parts (issue 17, B): any Unicode
// space separator (Zs), a line or a paragraph separator, as Word, a web page or a typist writes it.
const SPACED: readonly (readonly [string, string])[] = [
  ['a space', '010190 1234'],
  ['a no-break space (U+00A0)', '010190\u00A01234'],
  ['a thin space (U+2009)', '010190\u20091234'],
  ['a narrow no-break space (U+202F)', '010190\u202F1234'],
  ['a line separator (U+2028)', '010190\u20281234'],
  ['a paragraph separator (U+2029)', '010190\u20291234'],
  ['an ideographic space (U+3000)', '010190\u30001234'],
  ['an Ogham space mark (U+1680)', '010190\u16801234'],
  ['an em space (U+2003)', '010190\u20031234'],
  ['a space and a zero-width space', '010190 \u200B1234'],
];

describe('a CPR number with a space between its two parts', () => {
  it.each(SPACED)('is found by the reader rule with %s', (_how, cpr) => {
    expect(containsCpr(`ring ${cpr} i dag`)).toBe(true);
    expect(containsCpr(cpr)).toBe(true);
  });

  it.each(SPACED)('is found by the output scan with %s, on its line', async (_how, cpr) => {
    expect(findCprNumbers(`x ${cpr} y`)).toEqual([2]);
    expect(scanText(`<p>${cpr}</p>`, none)).toEqual([{ kind: 'cpr', offset: 3 }]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cpr-forms-'));
    await fs.writeFile(path.join(dir, 'index.html'), `<p>æøå</p>\n<p>Kontakt\n${cpr}</p>\n`);
    await fs.writeFile(path.join(dir, 'kpis.json'), `{\n"x": "${cpr}"\n}\n`);
    expect(await scanOutput(dir, none)).toEqual([{ file: 'index.html', line: 3, kind: 'cpr' }, { file: 'kpis.json', line: 2, kind: 'cpr' }]);
    await fs.rm(dir, { recursive: true });
  });

  it.each(SPACED)('is refused in a supplier name with %s, never repeated', async (_how, cpr) => {
    const head = 'contract_id,supplier,contract_name,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,dpa_signed,status';
    const r = await readText('suppliers', '2025/suppliers.csv', csv([head, `K1,Jens Hansen ${cpr},Drift,yes,yes,yes,yes,yes,yes,compliant`]));
    expect(r.lines).toEqual([
      '2025/suppliers.csv:2: error: column supplier: holds what looks like a CPR number; remove it from the export: the report must never receive CPR numbers',
    ]);
    expect(r.records).toEqual([]);
  });

  it('keeps the rules that spare ordinary numbers: one separator, a real date, nothing joined on either side', () => {
    for (const t of [
      '010190  1234', // two spaces
      '010190 - 1234', // a dash between spaces
      '010190\t1234', // a tab is no space separator
      '010190\n1234', // nor a line break
      '320190 1234', // 32 January
      '011390 1234', // month 13
      '290201 1234', // 29 February 2001
      'a010190 1234', // a letter before
      '010190 1234b', // a letter after
      '9010190 1234', // seven digits
      '010190 12345', // five digits
      '010190 123', // three digits
      '10190 1234', // five digits before
      '2025 010190', // four and six
      'I alt 150000 2024', // a figure and a year
      '12 345 678 9012', // digits in groups
    ]) {
      expect([t, containsCpr(t)]).toEqual([t, false]);
      expect([t, findCprNumbers(t)]).toEqual([t, []]);
    }
    expect(findCprNumbers('862051.190399 1234')).toEqual([]); // the decimals of a figure
    expect(findCprNumbers('1 010190 1234 2')).toEqual([2]); // digits, but a space apart, around it
  });
});

// Inline formatting between the digits (issue 17, B): Markdown emphasis turns `0101**90**-1234`
// into `0101<strong>90</strong>-1234`, which a browser shows as a CPR number.
describe('a CPR number split by inline formatting tags in a page', () => {
  const SPLIT: readonly string[] = [
    '0101<strong>90</strong>-1234',
    '0101<em>90</em>-1234',
    '<b>010190</b>-1234',
    '010190<i>-</i>1234',
    '0101<code>90</code>1234',
    '010190-<span class="x">1234</span>',
    '0101<a href="/da/">90</a>-1234',
    '<mark>0101</mark><small>90</small>-<sub>12</sub><sup>34</sup>',
    '0101<STRONG>90</STRONG>-1234',
    '0101<s>90</s>-1234',
    '010190<br>1234', // another tag reads as a space
    '0101<strong><em>90</em></strong> 1234',
    '0101&#57;0-1234', // a character reference
    '010190&nbsp;1234',
  ];
  it.each(SPLIT)('is found in %s, on its line', async (html) => {
    expect(scanText(`<p>${html}</p>`, none).map((f) => f.kind)).toEqual(['cpr']);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'cpr-forms-'));
    await fs.writeFile(path.join(dir, 'index.html'), `<!doctype html>\n<html lang="da">\n<p>æøå <a\nhref="/">x</a></p>\n<p>Kontakt\n${html}</p>\n`);
    expect(await scanOutput(dir, none)).toEqual([{ file: 'index.html', line: 6, kind: 'cpr' }]);
    await fs.rm(dir, { recursive: true });
  });

  it('an employee id or an e-mail address split by tags is found too', () => {
    const secrets = { employeeIds: new Set(['KF-1023']), emails: new Set(['hr@fkit.example']) };
    expect(scanText('<p>KF-<b>1023</b></p>', secrets)).toEqual([{ kind: 'employee_id', offset: 3 }]);
    expect(scanText('<p>\n<em>hr</em>@fkit.example</p>', secrets)).toEqual([{ kind: 'email', offset: 8 }]); // its first letter
  });

  it('what tags keep apart stays apart', () => {
    for (const html of [
      '<td>010190</td><td>1234</td>', // two tags: two spaces
      '<p>0101</p>\n<p>901234</p>',
      '<p>010190</p> <p>1234</p>',
      '<span>2025</span><span>123456</span>', // no real date
    ]) expect([html, scanText(html, none)]).toEqual([html, []]);
  });

  it('finds a CPR number in an attribute still', () => {
    expect(scanText('<a title="010190-1234">x</a>', none)).toEqual([{ kind: 'cpr', offset: 10 }]);
  });
});
