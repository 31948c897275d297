import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { firstCprOffset, normaliseForCpr } from '../../src/read/identifiers.ts';
import { gzipSync } from 'node:zlib';
import { findCprNumbers } from '../../src/verify/cpr-email.ts';
import { isScannableId } from '../../src/verify/employee-ids.ts';
import { OutputNotScannable, scanOutput, scanText } from '../../src/verify/scan.ts';
import { shownText, shownTextOnly } from '../../src/verify/shown-text.ts';
import type { FindingKind, PrivateInputValues } from '../../src/verify/scan.ts';

const none = { employeeIds: new Set<string>(), emails: new Set<string>() };

describe('CPR numbers in output', () => {
  it('finds both written forms when the first six digits are a real date', () => {
    expect(findCprNumbers('x 010190-1234 y')).toEqual([2]);
    expect(findCprNumbers('x 0101901234 y')).toEqual([2]);
  });
  it('ignores digits inside longer runs, next to letters, and impossible dates', () => {
    expect(findCprNumbers('a0101901234')).toEqual([]); // a letter right before: part of a checksum
    expect(findCprNumbers('01019012345')).toEqual([]); // eleven digits
    expect(findCprNumbers('3202901234')).toEqual([]); // 32 February
    expect(findCprNumbers('3113901234')).toEqual([]); // month 13
    expect(findCprNumbers('2902011234')).toEqual([]); // 29 Feb 2001 (or 1901) never existed
    expect(findCprNumbers('2902001234')).toEqual([0]); // 29 Feb 2000 did
  });
  it('knows the days of each month', () => {
    expect(findCprNumbers('3104901234')).toEqual([]); // 31 April
    expect(findCprNumbers('3004901234')).toEqual([0]);
    expect(findCprNumbers('2902961234')).toEqual([0]); // 29 Feb 1996
  });
  it('ignores the decimals of an unrounded figure, but not a number after a full stop', () => {
    expect(findCprNumbers('"value": 862051.1903999997,')).toEqual([]);
    expect(findCprNumbers('2.5,0101901234\r\n')).toEqual([4]); // a CSV cell after a number cell
    expect(findCprNumbers('1.0101901234 and 5.0101901234-1')).toEqual([]);
    expect(findCprNumbers('Nr. 0101901234')).toEqual([4]);
    expect(findCprNumbers('slut.0101901234')).toEqual([5]);
  });
  it('reads the text normalised first, as oracleNormalise does (checked against it by hand here)', () => {
    expect(oracleNormalise('\uFF10\u2011\u200B1\u00AD\u2212\uFE58')).toBe('0-1--');
  });
});

describe('employee ids and e-mails in output', () => {
  const secrets = { employeeIds: new Set(['KF-1023', 'E01', '123456', 'ab c1']), emails: new Set(['hr@fkit.example']) };
  it('finds an id standing alone, not inside a longer token', () => {
    expect(scanText('<td>KF-1023</td>', secrets).map((f) => f.kind)).toEqual(['employee_id']);
    expect(scanText('<td>KF-10234</td>', secrets)).toEqual([]);
    expect(scanText('<td>XKF-1023</td>', secrets)).toEqual([]);
    expect(scanText('KF-1023_x', secrets)).toEqual([]);
  });
  it('ignores ids shorter than four characters or made of digits only', () => {
    expect(scanText('E01 and 123456', secrets)).toEqual([]);
    expect(scanText('123456 and 1023', { ...none, employeeIds: new Set(['123456', 'ABCDEF', '1023', 'E-12']) })).toEqual([]);
    expect(scanText('123456 and 1023', { ...none, employeeIds: new Set(['123456', '1ABCDE', '1023', '1E-1']) })).toEqual([]);
    const manyFirsts = ['123456', '1023', 'ABCDEF', 'BCDEFG', 'CDEFGH', 'DEFGHI', 'EFGHIJ', 'E-12'];
    expect(scanText('123456 and 1023', { ...none, employeeIds: new Set(manyFirsts) })).toEqual([]);
    expect(scanText('٣٣٣٣ and ²123', { ...none, employeeIds: new Set(['٣٣٣٣', '²123']) }).map((f) => f.offset)).toEqual([0]); // digits outside ASCII count
  });
  it('finds ids holding other characters', () => {
    expect(scanText('name: ab c1.', secrets).map((f) => f.kind)).toEqual(['employee_id']);
  });
  it('finds an e-mail address of the inputs, in any case', () => {
    expect(scanText('write to HR@fkit.example', secrets).map((f) => f.kind)).toEqual(['email']);
  });
  it('finds an id at the very start and the very end of a text, and gives its offset', () => {
    const ids = { ...none, employeeIds: new Set(['KF-1023', 'ab c1']) };
    expect(scanText('KF-1023', ids)).toEqual([{ kind: 'employee_id', offset: 0 }]);
    expect(scanText('x KF-1023', ids)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    expect(scanText('ab c1', ids)).toEqual([{ kind: 'employee_id', offset: 0 }]);
    expect(scanText('é: ab c1', ids)).toEqual([{ kind: 'employee_id', offset: 3 }]);
  });
  it('does not find an id next to a letter or digit outside ASCII, but does next to other characters', () => {
    const ids = { ...none, employeeIds: new Set(['KF-1023', 'ab c1']) };
    for (const t of ['æKF-1023', 'KF-1023ø', 'ÅKF-1023', '𝒜KF-1023', 'KF-1023𝒜', 'KF-1023٣', '²KF-1023', 'KF-1023𝟎', 'øab c1', 'ab c1æ']) expect(scanText(t, ids)).toEqual([]);
    expect(scanText('😀KF-1023😀', ids)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    expect(scanText('“KF-1023”', ids)).toEqual([{ kind: 'employee_id', offset: 1 }]);
    expect(scanText('\uDC9CKF-1023\uD835', ids)).toEqual([{ kind: 'employee_id', offset: 1 }]); // lone surrogates are no letters
  });
  it('finds ids holding letters outside ASCII and astral letters', () => {
    const ids = { ...none, employeeIds: new Set(['ÆØÅ-12', '𝒜bc1']) };
    expect(scanText('x ÆØÅ-12.', ids)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    expect(scanText('x 𝒜bc1!', ids)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    expect(scanText('x 𝒜𝒜bc1!', ids)).toEqual([]);
  });
  it('sees an id added to the set after an earlier scan', () => {
    const employeeIds = new Set(['KF-1023']);
    const s = { ...none, employeeIds };
    expect(scanText('KF-1024', s)).toEqual([]);
    employeeIds.add('KF-1024');
    expect(scanText('KF-1024', s)).toEqual([{ kind: 'employee_id', offset: 0 }]);
  });
});

// An employee id written with another dash or an invisible character inside (issue 17, E) is read
// as the CPR check reads a text: dashes as `-`, format characters left out, NFKC.
describe('employee ids however typed', () => {
  const secrets = { employeeIds: new Set(['KF-10239', 'E000123']), emails: new Set<string>() };
  it.each([
    ['a non-breaking hyphen (U+2011)', 'KF\u201110239'],
    ['an en dash (U+2013)', 'KF\u201310239'],
    ['a minus sign (U+2212)', 'KF\u221210239'],
    ['a zero-width space inside', 'KF-102\u200B39'],
    ['a zero-width space and a non-breaking hyphen', 'KF\u200B\u201110239'],
    ['a soft hyphen inside', 'E000\u00AD123'],
    ['full-width letters', '\uFF2B\uFF26-10239'],
  ])('are found with %s, at the offset and on the line where they stand', async (_how, id) => {
    expect(scanText(`<td>${id}</td>`, secrets)).toEqual([{ kind: 'employee_id', offset: 4 }]);
    expect(scanText(`æ ${id}`, secrets)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    await fs.writeFile(path.join(dir, 'index.html'), `<p>æøå</p>\n<td>${id}</td>\n`);
    await fs.writeFile(path.join(dir, 'data.json'), `{\n"a": 1,\n"b": "${id}"}\n`);
    expect(await scanOutput(dir, secrets)).toEqual([
      { file: 'data.json', line: 3, kind: 'employee_id' },
      { file: 'index.html', line: 2, kind: 'employee_id' },
    ]);
    await fs.rm(dir, { recursive: true });
  });

  it('an id written with such a character in employees.csv is found as typed and as normalised', () => {
    const typed = { employeeIds: new Set(['KF\u201110239']), emails: new Set<string>() };
    expect(scanText('x KF-10239 y', typed)).toEqual([{ kind: 'employee_id', offset: 2 }]);
    expect(scanText('x KF\u201110239 y', typed)).toEqual([{ kind: 'employee_id', offset: 2 }]);
  });

  it('still needs the id to stand alone', () => {
    for (const t of ['XKF\u201110239', 'KF\u2011102390', 'KF\u2011102\u200B39\u00E6', 'KF\u2011\u20111023', 'KF 10239']) {
      expect([t, scanText(t, secrets)]).toEqual([t, []]);
    }
  });
});

// The scan as it was written first, with regular expressions: the oracle for the faster one.
// Between the two parts: nothing, `-`, or one space separator (Zs), U+2028 or U+2029 (issue 17).
const ORACLE_CPR = /(?<![\p{L}\p{N}])(\d\d)(\d\d)(\d\d)[-\p{Zs}\u2028\u2029]?\d{4}(?![\p{L}\p{N}])/gu;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function oracleIsRealDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0;
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

function oracleFirstCprOffset(text: string, from = 0): number {
  if (!/\d{6}[-\p{Zs}\u2028\u2029]?\d{4}/u.test(text)) return -1;
  ORACLE_CPR.lastIndex = from;
  for (let m = ORACLE_CPR.exec(text); m !== null; m = ORACLE_CPR.exec(text)) {
    if (oracleIsRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return m.index;
    ORACLE_CPR.lastIndex = m.index + 1;
  }
  return -1;
}

// CPR numbers however typed (issue 11): the text as the check reads it, by the words.
function oracleNormalise(text: string): string {
  return text
    .normalize('NFKC')
    .replace(/[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g, '-')
    .replace(/[\u200B\u200C\u200D\u2060\uFEFF\u00AD]|\p{Cf}/gu, '');
}

/** The offset in the text as written of normalised offset m: the last code point boundary k whose prefix normalises to at most m characters. */
function oracleOriginal(text: string, m: number): number {
  let best = 0;
  for (let k = 0; k <= text.length; k++) {
    const midPair = k > 0 && k < text.length && /[\uD800-\uDBFF]/.test(text[k - 1]!) && /[\uDC00-\uDFFF]/.test(text[k]!);
    if (!midPair && oracleNormalise(text.slice(0, k)).length <= m) best = k;
  }
  return best;
}

/** The CPR numbers of the normalised text, offsets in the normalised text. */
function oracleNormalCprNumbers(text: string): number[] {
  const normal = oracleNormalise(text);
  const found: number[] = [];
  for (let at = oracleFirstCprOffset(normal); at !== -1; at = oracleFirstCprOffset(normal, at + 1)) {
    const decimals = normal[at - 1] === '.' && /\d/.test(normal[at - 2] ?? '');
    if (!decimals) found.push(at);
  }
  return found;
}

function oracleFindCprNumbers(text: string): number[] {
  return oracleNormalCprNumbers(text).map((m) => oracleOriginal(text, m));
}

/** The first id of `ids` in the text: a maximal run of id characters that is one, else the first occurrence of the first id with other characters standing alone. */
function oracleFirstId(text: string, ids: readonly string[]): number {
  const idChar = /[\p{L}\p{N}_-]/u;
  const simple = /^[\p{L}\p{N}_-]+$/u;
  for (const m of text.matchAll(/[\p{L}\p{N}_-]+/gu)) {
    if (ids.includes(m[0]) && isScannableId(m[0])) return m.index;
  }
  for (const id of ids) {
    if (simple.test(id) || !isScannableId(id)) continue;
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
      const before = at > 0 ? text[at - 1]! : '';
      const after = text[at + id.length] ?? '';
      if (!idChar.test(before) && !idChar.test(after)) return at;
    }
  }
  return -1;
}

function oracleScanPlain(text: string, secrets: PrivateInputValues): { kind: FindingKind; offset: number }[] {
  const found: { kind: FindingKind; offset: number }[] = [];
  const cpr = oracleFindCprNumbers(text);
  if (cpr.length > 0) found.push({ kind: 'cpr', offset: cpr[0]! });
  if (secrets.emails.size > 0) {
    const lower = text.toLowerCase();
    for (const email of secrets.emails) {
      const at = lower.indexOf(email);
      if (at !== -1) {
        found.push({ kind: 'email', offset: at });
        break;
      }
    }
  }
  // Each id and each id normalised (issue 17, E), in the text as written and in the text normalised.
  const ids = [...new Set([...secrets.employeeIds].flatMap((id) => [id, oracleNormalise(id)]))];
  const offsets = [oracleFirstId(text, ids)];
  const normal = oracleNormalise(text);
  const inNormal = normal === text ? -1 : oracleFirstId(normal, ids); // the same text: the same finding
  if (inNormal !== -1) offsets.push(oracleOriginal(text, inNormal));
  const seen = offsets.filter((o) => o !== -1);
  if (seen.length > 0) found.push({ kind: 'employee_id', offset: Math.min(...seen) });
  return found;
}

// Markup as a browser shows it (issue 17, B): inline formatting tags left out, other tags a space,
// comments left out, character references read; each character of the shown text knows where it came from.
const ORACLE_INLINE = new Set(['a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark', 's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr']);
const ORACLE_NAMED: Record<string, string> = { nbsp: '\u00A0', ndash: '\u2013', minus: '\u2212', shy: '\u00AD', thinsp: '\u2009', amp: '&', lt: '<' };

function oracleShown(text: string): { text: string; origin: number[] } | null {
  let out = '';
  const origin: number[] = [];
  let i = 0;
  let changed = false;
  while (i < text.length) {
    const rest = text.slice(i);
    const tag = /^<(\/?)([A-Za-z][A-Za-z0-9-]*)(?=[\s/>])[^<>]*>/.exec(rest);
    const comment = /^<!--[\s\S]*?-->/.exec(rest);
    const decl = /^<![^<>]*>/.exec(rest);
    const ref = /^&(#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});/.exec(rest);
    let m: RegExpExecArray | null = null;
    let replacement = '';
    if (tag !== null) {
      m = tag;
      replacement = ORACLE_INLINE.has(tag[2]!.toLowerCase()) ? '' : ' ';
    } else if (comment !== null) {
      m = comment;
    } else if (decl !== null) {
      m = decl;
      replacement = ' ';
    } else if (ref !== null) {
      const r = ref[1]!;
      const cp = r.startsWith('#x') || r.startsWith('#X') ? parseInt(r.slice(2), 16) : r.startsWith('#') ? parseInt(r.slice(1), 10) : -1;
      const named = ORACLE_NAMED[r];
      if (cp >= 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff)) {
        m = ref;
        replacement = String.fromCodePoint(cp);
      } else if (named !== undefined) {
        m = ref;
        replacement = named;
      }
    }
    if (m === null) {
      out += text[i];
      origin.push(i);
      i++;
      continue;
    }
    changed = true;
    for (let k = 0; k < replacement.length; k++) origin.push(i);
    out += replacement;
    i += m[0].length;
  }
  return changed ? { text: out, origin } : null;
}

function oracleScanText(text: string, secrets: PrivateInputValues): { kind: FindingKind; offset: number }[] {
  const found = oracleScanPlain(text, secrets);
  if (!/^[\s\uFEFF]*</.test(text)) return found;
  const shown = oracleShown(text);
  if (shown === null) return found;
  const more = oracleScanPlain(shown.text, secrets);
  const result: { kind: FindingKind; offset: number }[] = [];
  for (const kind of ['cpr', 'email', 'employee_id'] as const) {
    const offsets = [...found, ...more.map((f) => ({ ...f, offset: shown.origin[f.offset] ?? text.length }))].filter((f) => f.kind === kind).map((f) => f.offset);
    if (offsets.length > 0) result.push({ kind, offset: Math.min(...offsets) });
  }
  return result;
}

// Texts mixing ASCII, Danish letters, digits outside ASCII (٣ ² 𝟎), astral letters (𝒜) and
// emoji, lone surrogates, punctuation, CPR-like numbers, e-mail addresses and the ids themselves.
const PIECES = [
  'a', 'b', 'E', 'K', 'F', 'x', 'Z', 'æ', 'ø', 'å', 'Æ', 'Ø', 'Å', 'é', 'İ', 'ß',
  '0', '1', '2', '3', '9', '٣', '²', '𝟎', '𝒜', '😀', '\uD835', '\uDC9C',
  '-', '_', '.', ',', ' ', '@', '<', '>', '"', '/', '\n', ':', ';', '“',
  '010190-1234', '0101901234', '2902001234', '2902011234', '3104901234', '310490-1234', '862051.', '5.', '1.',
  '\u2011', '\u2212', '\uFF0D', '\uFE58', '\u200B', '\u00AD', '\uFEFF', '\u200E', '\uFF10', '\uFF11', '\uFF19', '\u0301', 'ﬁ', '\u00BD',
  '010190\u20111234', '\uFF10\uFF11\uFF10\uFF11\uFF19\uFF10', '0101\u200B901234', 'A\u030A', '\u2474', '\u2100', '\u2469',
  'hr@fkit.example', 'HR@FKIT.EXAMPLE', 'a@b.dk', 'KF-1023', 'E000123', 'ab c1', 'x.y1', '1023', '123456',
  // issue 17: space separators, other dashes in ids, markup
  '\u00A0', '\u2009', '\u202F', '\u2028', '\u3000', '\u00A8', '\u2013', '010190 1234', '010190\u00A01234', 'KF\u20111023', 'KF\u2212\u200B1023', '\uFF2BF-1023',
  '<b>', '</b>', '<strong>', '</em>', '<a href="x">', '</a>', '<br>', '<p>', '<A\nclass="y">', '<!-- c -->', '<!doctype html>', '&#45;', '&nbsp;', '&#x30;', '&amp;', '&bogus;', '<', '&',
];
const ID_PIECES = ['a', 'b', 'E', 'K', 'F', 'Æ', 'ø', 'é', '0', '1', '2', '٣', '𝒜', '😀', '-', '_', '.', ' ', '\uD835', '\u2011', '\uFF2B', '\u00A0'];
const FIXED_IDS = ['KF-1023', 'E000123', 'E01', '123456', 'E-1023', '1023', '0101901234', 'ab c1', 'x.y1', 'ÆØÅ1', '𝒜bc1', '😀abc', 'E0001', 'KF.1', '-_-_'];

const idArb = fc.oneof(
  fc.constantFrom(...FIXED_IDS),
  fc.array(fc.constantFrom(...ID_PIECES), { minLength: 1, maxLength: 8 }).map((p) => p.join('')),
);
const emailArb = fc.constantFrom('hr@fkit.example', 'a@b.dk', 'i̇', 'x', 'ab c1', '');

function caseArb(maxIds: number): fc.Arbitrary<{ text: string; secrets: PrivateInputValues }> {
  return fc
    .record({
      ids: fc.array(idArb, { maxLength: maxIds }),
      emails: fc.array(emailArb, { maxLength: 3 }),
      pieces: fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.nat()), { maxLength: 40 }),
    })
    .map(({ ids, emails, pieces }) => ({
      text: pieces.map((p) => (typeof p === 'number' ? (ids.length > 0 ? ids[p % ids.length]! : '') : p)).join(''),
      secrets: { employeeIds: new Set(ids), emails: new Set(emails) },
    }));
}

/**
 * scanText against the oracle: the same findings at the same offsets; in markup, the same kinds,
 * each at the oracle's offset or at the offset the text as written gives (the scan looks at the
 * shown text only where markup may join what it finds, and e-mail addresses and ids with other
 * characters are taken in the set's order, so either is the finding's right place).
 */
function expectAgrees(text: string, secrets: PrivateInputValues): void {
  const fast = scanText(text, secrets);
  const full = oracleScanText(text, secrets);
  if (!/^[\s\uFEFF]*</.test(text)) {
    expect(fast).toEqual(full);
    return;
  }
  expect(fast.map((f) => f.kind)).toEqual(full.map((f) => f.kind));
  const written = oracleScanPlain(text, secrets);
  for (const f of fast) {
    const places = [full.find((k) => k.kind === f.kind)!.offset, written.find((k) => k.kind === f.kind)?.offset ?? -1];
    expect(places).toContain(f.offset);
  }
}

describe('scanText agrees with the regular-expression scan', () => {
  it('with a few ids (mostly runs found by searching for the first characters of the ids)', () => {
    fc.assert(fc.property(caseArb(4), ({ text, secrets }) => {
      expectAgrees(text, secrets);
    }), { numRuns: 3000 });
  });
  it('with many ids (mostly runs found by walking the text)', () => {
    fc.assert(fc.property(caseArb(30), ({ text, secrets }) => {
      expectAgrees(text, secrets);
    }), { numRuns: 2000 });
  });
  it('on any string, with ids cut from it', () => {
    fc.assert(fc.property(fc.oneof(fc.string({ unit: 'grapheme-composite', maxLength: 60 }), fc.string({ unit: 'binary', maxLength: 60 })), fc.array(fc.tuple(fc.nat(), fc.nat({ max: 9 })), { maxLength: 6 }), (text, cuts) => {
      const secrets = { employeeIds: new Set(cuts.map(([at, n]) => text.slice(at % (text.length + 1), (at % (text.length + 1)) + n))), emails: new Set<string>() };
      expectAgrees(text, secrets);
    }), { numRuns: 2000 });
  });
  it('finds the same CPR numbers, from any offset', () => {
    const digits = fc.array(fc.oneof(fc.constantFrom(...PIECES), fc.constantFrom('0', '1', '2', '4', '9', '-', '.', '12', '3112')), { maxLength: 30 }).map((p) => p.join(''));
    fc.assert(fc.property(digits, fc.integer({ min: 0, max: 200 }), (text, from) => {
      expect(findCprNumbers(text)).toEqual(oracleFindCprNumbers(text));
      const normal = oracleNormalise(text);
      expect(normaliseForCpr(text)).toBe(normal);
      expect(firstCprOffset(normal, from % (normal.length + 3))).toBe(oracleFirstCprOffset(normal, from % (normal.length + 3)));
    }), { numRuns: 5000 });
  });
});

describe('scanOutput', () => {
  it('names the file and line of each finding', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    await fs.mkdir(path.join(dir, 'da'));
    await fs.writeFile(path.join(dir, 'da', 'index.html'), 'line 1\nline 2 010190-1234\n');
    await fs.writeFile(path.join(dir, 'clean.html'), 'sha 0a0101901234ff\n');
    expect(await scanOutput(dir, none)).toEqual([{ file: 'da/index.html', line: 2, kind: 'cpr' }]);
  });
  it('stops, rather than skipping it, at a link it cannot check as a file', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-outside-'));
    await fs.writeFile(path.join(outside, 'secret.txt'), 'CPR 010190-1234\n');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(dir, 'linked.txt'));
    await expect(scanOutput(dir, none)).rejects.toThrow('linked.txt in the built site is not a plain file or folder');
    await expect(scanOutput(dir, none)).rejects.toMatchObject({ file: 'linked.txt' }); // the build names it as path:1
  });
  it('reads a gzip file (the Pagefind search index) decompressed: a CPR number, an id, an address inside is found', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    await fs.mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
    const fragment = Buffer.concat([Buffer.from('pagefind_dcd'), Buffer.from('{"content":"Ansat 010190-1234"}\n{"id":"KF-1023","mail":"hr@plant.example"}')]);
    await fs.writeFile(path.join(dir, 'pagefind', 'fragment', 'da_1.pf_fragment'), gzipSync(fragment));
    // The same bytes uncompressed in a clean file would be found too; compressed, they are not text.
    expect(gzipSync(fragment).toString('utf8')).not.toContain('010190');
    const secrets = { employeeIds: new Set(['KF-1023']), emails: new Set(['hr@plant.example']) };
    expect(await scanOutput(dir, secrets)).toEqual([
      { file: 'pagefind/fragment/da_1.pf_fragment', line: 1, kind: 'cpr' },
      { file: 'pagefind/fragment/da_1.pf_fragment', line: 2, kind: 'email' },
      { file: 'pagefind/fragment/da_1.pf_fragment', line: 2, kind: 'employee_id' },
    ]);
  });
  it('stops at a gzip file it cannot decompress (fail closed), naming it', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    await fs.mkdir(path.join(dir, 'pagefind', 'index'), { recursive: true });
    const broken = gzipSync(Buffer.from('Ansat 010190-1234 '.repeat(50))).subarray(0, 30);
    await fs.writeFile(path.join(dir, 'pagefind', 'index', 'da_1.pf_index'), broken);
    await expect(scanOutput(dir, none)).rejects.toBeInstanceOf(OutputNotScannable);
    await expect(scanOutput(dir, none)).rejects.toMatchObject({ file: 'pagefind/index/da_1.pf_index' });
  });
  it('scans only the folder asked for (one that joined a site scanned already), naming files by their path in the site', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    const outside = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-outside-'));
    await fs.mkdir(path.join(dir, 'pagefind', 'fragment'), { recursive: true });
    await fs.writeFile(path.join(dir, 'index.html'), 'CPR 010190-1234\n');
    await fs.writeFile(path.join(dir, 'pagefind', 'fragment', 'en_1.pf_fragment'), gzipSync(Buffer.from('pagefind_dcd\n{"content":"010190-1234"}')));
    await fs.writeFile(path.join(dir, 'pagefind', 'pagefind.js'), 'clean\n');
    expect(await scanOutput(dir, none, new Set(), 'pagefind')).toEqual([{ file: 'pagefind/fragment/en_1.pf_fragment', line: 2, kind: 'cpr' }]);
    expect(await scanOutput(dir, none, new Set(['pagefind/fragment/en_1.pf_fragment']), 'pagefind')).toEqual([]);
    // Fail closed there too, naming the link by its path in the site.
    await fs.writeFile(path.join(outside, 'secret.txt'), 'CPR 010190-1234\n');
    await fs.symlink(path.join(outside, 'secret.txt'), path.join(dir, 'pagefind', 'linked.txt'));
    await expect(scanOutput(dir, none, new Set(), 'pagefind')).rejects.toMatchObject({ file: 'pagefind/linked.txt' });
  });
});

describe('the shown text of markup', () => {
  it('is the same text with or without the way back to the markup\'s offsets', () => {
    const piece = fc.constantFrom('<b>', '</b>', '<td>', '</td>', '<span class="x">', '<!-- c -->', '<!x>', '&#45;', '&#x2D;', '&nbsp;', '&amp;', '&bogus;', '&', '<', '>', '0101', '90', '-1234', 'æ', ' ', '\n', 'E12');
    fc.assert(fc.property(fc.array(piece, { maxLength: 40 }).map((p) => p.join('')), (text) => {
      expect(shownTextOnly(text)).toBe(shownText(text)?.text ?? null);
    }), { numRuns: 3000 });
  });
  it('finds an id split by inline markup at its offset in the markup', () => {
    const secrets = { employeeIds: new Set(['KF1023']), emails: new Set<string>() };
    const page = '<!doctype html><p>Kontakt <b>KF</b><i>10</i>23 i dag</p>';
    // Shown as "Kontakt KF1023 i dag": the id starts at the <b> tag's text, offset 29 of the markup.
    expect(scanText(page, secrets)).toEqual([{ kind: 'employee_id', offset: page.indexOf('KF</b>') }]);
  });
});
