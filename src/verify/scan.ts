// The output scan (site.md "Privacy and safety rules for the output"): after every build and
// before the swap, no output file may hold a CPR number, an e-mail address found in the inputs,
// or an employee_id of the inputs. A finding names the output file and line, never the value.

import { readFileSync } from 'node:fs';
import { gunzipSync } from 'node:zlib';
import path from 'node:path';
import { listFiles } from '../util/list-files.ts';
import { firstCprOffset, isChangeableUnit, isCprSensitiveUnit, isLetterOrNumberPair, isLetterOrNumberUnit, cprSearchText, normalisedIfChanged, normaliseForCpr, originalOffset } from '../read/identifiers.ts';

/**
 * The values scanned for. scanText indexes each set once, keyed by the set object: do not change
 * a set between scans (a change of its size is noticed, no other change is).
 */
export interface PrivateInputValues {
  /** Every employee_id read from employees.csv files. */
  readonly employeeIds: ReadonlySet<string>;
  /** Every e-mail address found in the input files. */
  readonly emails: ReadonlySet<string>;
}

export type FindingKind = 'cpr' | 'email' | 'employee_id';

export interface ScanFinding {
  /** Relative to the site root, forward slashes. */
  readonly file: string;
  readonly line: number;
  readonly kind: FindingKind;
}

/** An e-mail address: local part [A-Za-z0-9._%+-]+, `@`, two or more labels [A-Za-z0-9-]+ joined by dots. */
const isLocalChar = (c: number): boolean => isDomainChar(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b; // . _ % +
const isDomainChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;

/**
 * The offsets of CPR numbers in an output text, by the reader's own rule (read/identifiers.ts),
 * except digits that are the decimals of a number (`862051.1903999997` in kpis.json is a figure,
 * not a person): an output file holds unrounded figures, an input cell does not. Only a point
 * counts as a decimal separator here: the downloads write points, and in a CSV a comma before a
 * CPR number separates it from a number cell.
 */
export function findCprNumbers(text: string): number[] {
  // However typed (read/identifiers.ts cprSearchText): found in the normalised text, each offset
  // then taken back to the text as written (on the same line).
  const normal = cprSearchText(text);
  const found: number[] = [];
  for (let at = firstCprOffset(normal); at !== -1; at = firstCprOffset(normal, at + 1)) if (!isDecimals(normal, at)) found.push(originalOffset(text, normal, at));
  return found;
}

/** The first offset findCprNumbers gives, or -1. */
function firstCprNumber(text: string): number {
  const normal = cprSearchText(text);
  for (let at = firstCprOffset(normal); at !== -1; at = firstCprOffset(normal, at + 1)) if (!isDecimals(normal, at)) return originalOffset(text, normal, at);
  return -1;
}

/** True when the digits at `at` follow a point that follows a digit. */
function isDecimals(text: string, at: number): boolean {
  if (at < 2 || text.charCodeAt(at - 1) !== 0x2e) return false;
  const c = text.charCodeAt(at - 2);
  return c >= 0x30 && c <= 0x39;
}

/** Every e-mail address in a text (lower-cased), for collecting them from the inputs. */
export function findEmails(text: string): string[] {
  // The same matches as /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, found from each @
  // outwards: that regex retries every start of a long run of letters and takes quadratic time.
  const found: string[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    let labels = 0;
    let end = at + 1;
    let i = end;
    for (;;) {
      while (i < text.length && isDomainChar(text.charCodeAt(i))) i++;
      if (i === end) break;
      labels++;
      end = i;
      if (text.charCodeAt(i) === 0x2e && i + 1 < text.length && isDomainChar(text.charCodeAt(i + 1))) {
        i++;
        end = i;
        continue;
      }
      break;
    }
    if (labels < 2) continue;
    found.push(text.slice(start, end).toLowerCase());
    lastEnd = end;
  }
  return found;
}

/** An id counts when at least four characters long and not only digits (site.md). */
export function isScannableId(id: string): boolean {
  return id.length >= 4 && !/^\d+$/.test(id);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

// Id characters: [\p{L}\p{N}_-] read as a regular expression with the `u` flag reads a text, a
// surrogate pair as one character and a lone surrogate as none.
/** Per ASCII code: 1 an id character (letter, digit, `_`, `-`), else 0. */
const ASCII_ID = new Uint8Array(128);
for (let c = 0; c < 128; c++) ASCII_ID[c] = /[A-Za-z0-9_-]/.test(String.fromCharCode(c)) ? 1 : 0;

/** True when the one code unit `c` (a surrogate taken alone, as `/[\p{L}\p{N}_-]/u.test(text[i])` takes it) is an id character. */
function isIdUnit(c: number): boolean {
  return c < 128 ? ASCII_ID[c] === 1 : isLetterOrNumberUnit(c);
}

/** The width (1, or 2 for a surrogate pair) of the character at `i`, negated when it is no id character. */
function idCharAt(text: string, i: number): number {
  const c = text.charCodeAt(i);
  if (c < 128) return ASCII_ID[c] === 1 ? 1 : -1;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return isLetterOrNumberPair(c, d) ? 2 : -2;
  }
  return isLetterOrNumberUnit(c) ? 1 : -1;
}

/** True when the character ending right before `i` is an id character. */
function idCharBefore(text: string, i: number): boolean {
  if (i <= 0) return false;
  const c = text.charCodeAt(i - 1);
  if (c >= 0xdc00 && c <= 0xdfff && i >= 2) {
    const h = text.charCodeAt(i - 2);
    if (h >= 0xd800 && h <= 0xdbff) return isLetterOrNumberPair(h, c);
  }
  return isIdUnit(c);
}

/** The end of the run of id characters from `i`. */
function runEnd(text: string, i: number): number {
  const n = text.length;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c < 128) {
      if (ASCII_ID[c] === 0) break;
      i++;
    } else {
      const width = idCharAt(text, i);
      if (width < 0) break;
      i += width;
    }
  }
  return i;
}

/** What scanText needs of a set of employee ids, computed once per set. */
interface IdIndex {
  /** The set's size when indexed: a set that grows or shrinks afterwards is indexed anew. */
  readonly size: number;
  /** The ids searched for: each id of the set, and each as normalised (normaliseForCpr) where that differs. */
  readonly all: ReadonlySet<string>;
  /** lengths[n] is 1 when a scannable id made of id characters only has n code units. */
  readonly lengths: Uint8Array;
  /** The first code units of those ids, one character each. */
  readonly firstUnits: readonly string[];
  /** The scannable ids holding other characters, in the set's order. */
  readonly others: readonly string[];
}

const ID_INDEXES = new WeakMap<ReadonlySet<string>, IdIndex>();

function idIndex(ids: ReadonlySet<string>): IdIndex {
  const known = ID_INDEXES.get(ids);
  if (known !== undefined && known.size === ids.size) return known;
  const all = new Set<string>();
  for (const id of ids) {
    all.add(id);
    all.add(normaliseForCpr(id));
  }
  const simple = /^[\p{L}\p{N}_-]+$/u;
  let longest = 0;
  const simpleLengths = new Set<number>();
  const firstUnits = new Set<string>();
  const others: string[] = [];
  for (const id of all) {
    if (!isScannableId(id)) continue;
    if (simple.test(id)) {
      simpleLengths.add(id.length);
      firstUnits.add(id[0]!);
      if (id.length > longest) longest = id.length;
    } else others.push(id);
  }
  const lengths = new Uint8Array(longest + 1);
  for (const n of simpleLengths) lengths[n] = 1;
  const index = { size: ids.size, all: all.size === ids.size ? ids : all, lengths, firstUnits: [...firstUnits], others };
  ID_INDEXES.set(ids, index);
  return index;
}

/**
 * The employee ids the output scan looks for: every id of the set and, where it differs, the id as
 * normalised (normaliseForCpr). A word of a text that is one of them is a finding.
 */
export function scannedIds(ids: ReadonlySet<string>): ReadonlySet<string> {
  return idIndex(ids).all;
}

/** The e-mail addresses without an `@` (none, from findEmails), in the set's order, once per set. */
const WITHOUT_AT = new WeakMap<ReadonlySet<string>, { readonly size: number; readonly emails: readonly string[] }>();

function emailsWithoutAt(emails: ReadonlySet<string>): readonly string[] {
  const known = WITHOUT_AT.get(emails);
  if (known !== undefined && known.size === emails.size) return known.emails;
  const found = [...emails].filter((e) => !e.includes('@'));
  WITHOUT_AT.set(emails, { size: emails.size, emails: found });
  return found;
}

/** The offset of the first of the addresses (in their order) that occurs in the text in any case, or -1. */
function firstEmail(text: string, emails: ReadonlySet<string> | readonly string[]): number {
  if (('size' in emails ? emails.size : emails.length) === 0) return -1;
  const lower = text.toLowerCase();
  for (const email of emails) {
    const at = lower.indexOf(email);
    if (at !== -1) return at;
  }
  return -1;
}

/** True when the run from `start` to `end` is a scannable id of the set; cut into a string only when its length is one of theirs. */
function isIdRun(text: string, start: number, end: number, ids: ReadonlySet<string>, lengths: Uint8Array): boolean {
  const length = end - start;
  if (length >= lengths.length || lengths[length] !== 1) return false;
  let digitsOnly = true;
  for (let i = start; i < end && digitsOnly; i++) {
    const c = text.charCodeAt(i);
    digitsOnly = c >= 0x30 && c <= 0x39;
  }
  return !digitsOnly && ids.has(text.slice(start, end));
}

/**
 * Up to this many different first characters, runs are found by searching for those characters
 * (ids sharing a prefix, as they mostly do); beyond it, the time saved on rare characters is lost
 * on common ones, and walking every run takes about as long.
 */
const MAX_FIRST_UNITS_SEARCHED = 2;

/**
 * The offset of the first maximal run of id characters (as /[\p{L}\p{N}_-]+/gu finds them) that is
 * a scannable id of the set, or -1.
 */
function firstIdRun(text: string, ids: ReadonlySet<string>, index: IdIndex): number {
  const { lengths, firstUnits } = index;
  if (lengths.length <= 4) return -1; // no id made of id characters only is scannable
  const n = text.length;
  if (firstUnits.length > MAX_FIRST_UNITS_SEARCHED) {
    // Walk every run.
    let i = 0;
    while (i < n) {
      const width = idCharAt(text, i);
      if (width < 0) {
        i -= width;
        continue;
      }
      const end = runEnd(text, i + width);
      if (isIdRun(text, i, end, ids, lengths)) return i;
      i = end;
    }
    return -1;
  }
  // Only runs starting with one of the ids' first characters can be one: jump from one to the next.
  // Such a character is no lone low surrogate (ids made of id characters hold none), so it starts a
  // character, and it starts a run unless an id character ends right before it.
  const next = firstUnits.map(() => -2);
  let from = 0;
  for (;;) {
    let start = -1;
    for (let k = 0; k < firstUnits.length; k++) {
      if (next[k] !== -1 && next[k]! < from) next[k] = text.indexOf(firstUnits[k]!, from);
      if (next[k] !== -1 && (start === -1 || next[k]! < start)) start = next[k]!;
    }
    if (start === -1) return -1;
    const end = runEnd(text, start);
    if (!idCharBefore(text, start) && isIdRun(text, start, end, ids, lengths)) return start;
    from = Math.max(end, start + 1);
  }
}

/** The first run of id characters that is an id, or the first occurrence of an id with other characters; or -1. */
function firstId(text: string, index: IdIndex): number {
  const ids = index.all;
  let idOffset = firstIdRun(text, ids, index);
  if (idOffset !== -1) return idOffset;
  for (const id of index.others) {
    for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
      const before = at > 0 && isIdUnit(text.charCodeAt(at - 1));
      const after = at + id.length < text.length && isIdUnit(text.charCodeAt(at + id.length));
      if (!before && !after) return at;
    }
  }
  return -1;
}

/**
 * firstIdRun in the text normalised, for ids made of id characters only, as an offset in the text:
 * normalising changes the text only at its changeable characters (isChangeableUnit), so a run of the
 * normalised text that the text as written lacks comes from a stretch of id characters and
 * changeable characters holding one of them; such stretches are bounded by characters that are
 * neither, which stay as they are and are no id characters. Only those stretches are normalised
 * (a page's `–` or `CO₂` does not cost a normalisation of the whole page).
 */
function firstIdNormalised(text: string, index: IdIndex): number {
  const n = text.length;
  const inStretch = (c: number): boolean => (c < 128 ? ASCII_ID[c] === 1 : isChangeableUnit(c) || isLetterOrNumberUnit(c));
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < 128 || !isChangeableUnit(c)) continue;
    let start = i;
    while (start > 0 && inStretch(text.charCodeAt(start - 1))) start--;
    let end = i + 1;
    while (end < n && inStretch(text.charCodeAt(end))) end++;
    const raw = text.slice(start, end);
    const normal = normaliseForCpr(raw);
    if (normal !== raw) {
      const at = firstIdRun(normal, index.all, index);
      if (at !== -1) return start + originalOffset(raw, normal, at);
    }
    i = end;
  }
  return -1;
}

/** The smaller of two offsets, -1 being none. */
const earliest = (a: number, b: number): number => (a === -1 ? b : b === -1 ? a : Math.min(a, b));

/** scanText on the text as it is (no markup removed). */
function scanPlain(text: string, secrets: PrivateInputValues): { kind: FindingKind; offset: number }[] {
  const found: { kind: FindingKind; offset: number }[] = [];
  const cpr = firstCprNumber(text);
  if (cpr !== -1) found.push({ kind: 'cpr', offset: cpr });
  if (secrets.emails.size > 0) {
    // No character lower-cases to an `@`: without one in the text, only addresses without one can occur.
    const at = firstEmail(text, text.includes('@') ? secrets.emails : emailsWithoutAt(secrets.emails));
    if (at !== -1) found.push({ kind: 'email', offset: at });
  }
  // Employee ids: look up every maximal run of id characters, then the ids with other characters;
  // in the text as written and in the text normalised as the CPR check normalises it (a
  // non-breaking hyphen, a minus sign, an en dash read as `-`, a zero-width space left out).
  if (secrets.employeeIds.size > 0) {
    const index = idIndex(secrets.employeeIds);
    let idOffset = firstId(text, index);
    if (index.others.length > 0) {
      const normal = normalisedIfChanged(text);
      if (normal !== text) {
        const at = firstId(normal, index);
        if (at !== -1) idOffset = earliest(idOffset, originalOffset(text, normal, at));
      }
    } else idOffset = earliest(idOffset, firstIdNormalised(text, index));
    if (idOffset !== -1) found.push({ kind: 'employee_id', offset: idOffset });
  }
  return found;
}

// Markup (issue 17): a browser shows `0101<strong>90</strong>-1234` as 010190-1234. A page is also
// scanned as it is shown: its inline formatting tags left out, every other tag read as a space,
// comments left out and character references (`&#45;`, `&nbsp;`) read as their characters.

/** Tags a browser shows their text inline with the text around: left out of the shown text. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

const LONGEST_INLINE_TAG = Math.max(...[...INLINE_TAGS].map((t) => t.length));
const isInlineTag = (name: string): boolean => INLINE_TAGS.has(name) || (/[A-Z]/.test(name) && INLINE_TAGS.has(name.toLowerCase()));

/** The named character references a text is likely to hide a number or separator with. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', hairsp: '\u200A', numsp: '\u2007', puncsp: '\u2008',
  MediumSpace: '\u205F', NoBreak: '\u2060', ZeroWidthSpace: '\u200B', zwj: '\u200D', zwnj: '\u200C', shy: '\u00AD',
  hyphen: '\u2010', dash: '\u2010', ndash: '\u2013', mdash: '\u2014', minus: '\u2212', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
};

/** Per ASCII code: 1 a letter, 2 a digit, 4 a hexadecimal digit, 8 white space (as `\s` reads it). */
const MARKUP_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  MARKUP_CLASS[c] = (/[A-Za-z]/.test(ch) ? 1 : 0) | (/[0-9]/.test(ch) ? 2 : 0) | (/[0-9A-Fa-f]/.test(ch) ? 4 : 0) | (/\s/.test(ch) ? 8 : 0);
}
const WHITE_SPACE = /^\s$/;
/** The MARKUP_CLASS bits of the code unit at `i` (white space outside ASCII too; 0 past the end). */
function markupClass(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? MARKUP_CLASS[c]! : WHITE_SPACE.test(text[i]!) ? 8 : 0;
}

/** One piece of markup found by nextMarkup, and where the search goes on. */
interface Markup {
  start: number;
  end: number;
  /** What it shows as; null: a character reference that is not read (it stays as written). */
  replacement: string | null;
  /** The next `<` and `&` found so far (-1: none after it; -2: not searched yet), so that the text is searched for each once. */
  lt: number;
  amp: number;
}

const newMarkup = (): Markup => ({ start: 0, end: 0, replacement: null, lt: -2, amp: -2 });

/**
 * The first piece of markup at or after `from`, written into `into`; false when there is none: a
 * tag (`<`, an optional `/`, a letter, then letters, digits or `-`, then white space, `/` or `>`,
 * and no `<` before its `>`), a comment `<!-- … -->`, a declaration `<! … >` without `<`, or a
 * character reference (`&#…;` of 1 to 7 digits, `&#x…;` of 1 to 6, `&name;`).
 */
function nextMarkup(text: string, from: number, into: Markup): boolean {
  const n = text.length;
  let lt = into.lt === -1 || into.lt >= from ? into.lt : text.indexOf('<', from);
  let amp = into.amp === -1 || into.amp >= from ? into.amp : text.indexOf('&', from);
  for (;;) {
    into.lt = lt;
    into.amp = amp;
    if (lt === -1 && amp === -1) return false;
    if (lt !== -1 && (amp === -1 || lt < amp)) {
      const p = lt;
      let q = p + 1;
      if (text.charCodeAt(q) === 0x2f) q++;
      if ((markupClass(text, q) & 1) !== 0) {
        const nameStart = q;
        q++;
        while ((markupClass(text, q) & 3) !== 0 || text.charCodeAt(q) === 0x2d) q++;
        const c = text.charCodeAt(q);
        if (c === 0x2f || c === 0x3e || (markupClass(text, q) & 8) !== 0) {
          let r = q;
          while (r < n && text.charCodeAt(r) !== 0x3e && text.charCodeAt(r) !== 0x3c) r++;
          if (r < n && text.charCodeAt(r) === 0x3e) {
            into.start = p;
            into.end = r + 1;
            into.replacement = q - nameStart <= LONGEST_INLINE_TAG && isInlineTag(text.slice(nameStart, q)) ? '' : ' ';
            return true;
          }
        }
      } else if (text.charCodeAt(p + 1) === 0x21) {
        if (text.startsWith('<!--', p)) {
          const close = text.indexOf('-->', p + 4);
          if (close !== -1) {
            into.start = p;
            into.end = close + 3;
            into.replacement = '';
            return true;
          }
        }
        let r = p + 2;
        while (r < n && text.charCodeAt(r) !== 0x3e && text.charCodeAt(r) !== 0x3c) r++;
        if (r < n && text.charCodeAt(r) === 0x3e) {
          into.start = p;
          into.end = r + 1;
          into.replacement = ' ';
          return true;
        }
      }
      lt = text.indexOf('<', p + 1);
    } else {
      const p = amp;
      const end = referenceEnd(text, p);
      if (end !== -1) {
        into.start = p;
        into.end = end;
        into.replacement = referenceText(text.slice(p + 1, end - 1));
        return true;
      }
      amp = text.indexOf('&', p + 1);
    }
  }
}

/** The end of the character reference at `p` (an `&`), after its `;`, or -1. */
function referenceEnd(text: string, p: number): number {
  let q = p + 1;
  if (text.charCodeAt(q) === 0x23) {
    q++;
    if (text.charCodeAt(q) !== 0x78 && text.charCodeAt(q) !== 0x58) {
      const digits = q;
      while ((markupClass(text, q) & 2) !== 0 && q - digits < 8) q++;
      return q - digits >= 1 && q - digits <= 7 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
    }
    q++;
    const digits = q;
    while ((markupClass(text, q) & 4) !== 0 && q - digits < 7) q++;
    return q - digits >= 1 && q - digits <= 6 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
  }
  if ((markupClass(text, q) & 1) === 0) return -1;
  const first = q;
  q++;
  while ((markupClass(text, q) & 3) !== 0 && q - first < 33) q++;
  return q - first >= 2 && q - first <= 32 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
}

/** What a character reference (`#45`, `#x2D`, `nbsp`) shows as; null when it is not read. */
function referenceText(ref: string): string | null {
  if (ref.charCodeAt(0) === 0x23) {
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? null : String.fromCodePoint(cp);
  }
  return NAMED_REFERENCES[ref] ?? null;
}

interface Shown {
  readonly text: string;
  /** Per piece of `text`: where it starts in `text`, where it comes from, whether it is copied (else one replaced character). */
  readonly starts: readonly number[];
  readonly from: readonly number[];
  readonly copied: readonly boolean[];
}

/** The text as a browser shows it (see above), with the way back to the offsets of the markup; null when that is the text itself. */
function shownText(text: string): Shown | null {
  const parts: string[] = [];
  const starts: number[] = [];
  const from: number[] = [];
  const copied: boolean[] = [];
  let length = 0;
  let last = 0;
  const piece = (part: string, at: number, copy: boolean): void => {
    if (part === '') return;
    parts.push(part);
    starts.push(length);
    from.push(at);
    copied.push(copy);
    length += part.length;
  };
  const m = newMarkup();
  for (let at = 0; nextMarkup(text, at, m); at = m.end) {
    if (m.replacement === null) continue;
    piece(text.slice(last, m.start), last, true);
    piece(m.replacement, m.start, false);
    last = m.end;
  }
  if (last === 0) return null;
  piece(text.slice(last), last, true);
  return { text: parts.join(''), starts, from, copied };
}

/** The offset in the markup of the offset `at` of its shown text. */
function markupOffset(shown: Shown, at: number): number {
  let lo = 0;
  let hi = shown.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shown.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  if (shown.starts.length === 0) return 0;
  return shown.copied[lo] ? shown.from[lo]! + (at - shown.starts[lo]!) : shown.from[lo]!;
}

/** True when the text is markup (HTML, SVG, XML): its first character other than white space and a byte-order mark is `<`. */
function looksLikeMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    return c === 0x3c;
  }
  return false;
}

// Whether the shown text can hold a finding the text as written does not (markupJoins). A finding
// of the shown text that lies within what the markup left as it was is found in the text as
// written too, at the same place: there its neighbours are the same characters or the markup's
// `<`, `>`, `&`, `;`, which are no letter, digit, `.` or id character, so nothing it needs is
// missing. Only a finding across a stretch of markup (a run of tags, comments and references one
// after another, shown as R between the characters L before it and N after it) is new, and it needs
// characters of its kind there: a CPR number digits (or characters outside ASCII, which may
// normalise to digits) on both sides of an R that is nothing or one separator, or an R that holds
// a digit; an id or an address its own characters on both sides of an R that is nothing, or in R
// and next to it.

/** Per ASCII code: 1 a digit, 2 an id character (letters, digits, `-`, `_`), 4 an address character (findEmails'). */
const ASCII_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  ASCII_CLASS[c] = (/[0-9]/.test(ch) ? 1 : 0) | (/[A-Za-z0-9_-]/.test(ch) ? 2 : 0) | (/[A-Za-z0-9._%+@-]/.test(ch) ? 4 : 0);
}

/** The ASCII characters of the strings of a set, once per set (and size). */
const ASCII_OF = new WeakMap<ReadonlySet<string>, { readonly size: number; readonly chars: Uint8Array }>();

function asciiOf(set: ReadonlySet<string>): Uint8Array {
  const known = ASCII_OF.get(set);
  if (known !== undefined && known.size === set.size) return known.chars;
  const chars = new Uint8Array(128);
  for (const v of set) for (let i = 0; i < v.length; i++) chars[Math.min(v.charCodeAt(i), 127)] = 1; // 127 (DEL): also any character outside ASCII
  ASCII_OF.set(set, { size: set.size, chars });
  return chars;
}

const SPACE_LIKE = /^[\p{Zs}\u2028\u2029]$/u;
const isSpaceLike = (c: number): boolean => SPACE_LIKE.test(String.fromCharCode(c));
/** `-`, a space, a dash the CPR check reads as `-`, or a space separator: what may stand between the two parts of a CPR number. */
const DASH_LIKE = /^[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]$/;
const isSeparatorLike = (c: number): boolean => c === 0x20 || c === 0x2d || (c >= 128 && (isSpaceLike(c) || DASH_LIKE.test(String.fromCharCode(c))));

const ID_AND_ADDRESS = [2, 4] as const;

/** True when the shown text of a markup text may hold a finding that the text as written does not (see above). */
function markupJoins(text: string, secrets: PrivateInputValues): boolean {
  const ids = secrets.employeeIds.size > 0 ? asciiOf(idIndex(secrets.employeeIds).all) : null;
  const emails = secrets.emails.size > 0 ? asciiOf(secrets.emails) : null;
  const n = text.length;
  /**
   * The class bits of a code unit outside ASCII: 1 when it may be part of a CPR number (isDigitish),
   * 2 and 4 when it may be part of an id, an address: one holds characters outside ASCII, or it
   * may normalise to something else (isChangeableUnit).
   */
  const outside = (c: number): number => {
    const changeable = isChangeableUnit(c);
    return (isDigitish(c) ? 1 : 0) | ((ids !== null && ids[127] === 1) || changeable ? 2 : 0) | ((emails !== null && emails[127] === 1) || changeable ? 4 : 0);
  };
  /** The class bits of the code unit at i: 1 digit, 2 id, 4 address (outside ASCII: outside); 0 outside the text. */
  const cls = (i: number): number => {
    if (i < 0 || i >= n) return 0;
    const c = text.charCodeAt(i);
    if (c >= 128) return outside(c);
    return (ASCII_CLASS[c]! & 1) | ((ASCII_CLASS[c]! & 2) !== 0 || (ids !== null && ids[c] === 1) ? 2 : 0) | ((ASCII_CLASS[c]! & 4) !== 0 || (emails !== null && emails[c] === 1) ? 4 : 0);
  };
  // A space separator outside ASCII (`&nbsp;`) is read as a space: part of an id or an address
  // only when one holds a character outside ASCII (or a space); every other one may be anything.
  const all = (r: string, bit: number): boolean => {
    for (let i = 0; i < r.length; i++) {
      const c = r.charCodeAt(i);
      if (c >= 128 && isSpaceLike(c)) {
        const set = bit === 2 ? ids : emails;
        if ((cls2(0x20) & bit) === 0 && !(set !== null && set[127] === 1)) return false;
      } else if (((c < 128 ? cls2(c) : outside(c)) & bit) === 0) return false;
    }
    return true;
  };
  const cls2 = (c: number): number => (ASCII_CLASS[c]! & 1) | ((ASCII_CLASS[c]! & 2) !== 0 || (ids !== null && ids[c] === 1) ? 2 : 0) | ((ASCII_CLASS[c]! & 4) !== 0 || (emails !== null && emails[c] === 1) ? 4 : 0);
  const isSeparator = isSeparatorLike;
  /** A digit, or a character outside ASCII that is no separator and may matter to a CPR number (normalise to a digit, to nothing, …). */
  const isDigitish = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 128 && !isSeparatorLike(c) && isCprSensitiveUnit(c));
  const joins = (start: number, end: number, r: string): boolean => {
    const before = cls(start - 1);
    const after = cls(end);
    // A CPR number.
    let separators = 0;
    let digitish = false;
    for (let i = 0; i < r.length; i++) {
      const c = r.charCodeAt(i);
      if (isSeparator(c)) separators++;
      else if (c >= 128 || (c >= 0x30 && c <= 0x39)) digitish = true;
    }
    if (digitish) return true;
    if (r === '') {
      const b = start > 0 ? text.charCodeAt(start - 1) : -1;
      const a = end < n ? text.charCodeAt(end) : -1;
      // digits (or what may normalise to them) on both sides; a separator on one side with a digit beyond it
      const part = (c: number, beyond: number): boolean => isDigitish(c) || (isSeparator(c) && beyond !== -1 && (isDigitish(beyond) || beyond === 0x3e || beyond === 0x3b || beyond === 0x3c || beyond === 0x26));
      if (b !== -1 && a !== -1 && !(isSeparator(b) && isSeparator(a)) && part(b, start > 1 ? text.charCodeAt(start - 2) : -1) && part(a, end + 1 < n ? text.charCodeAt(end + 1) : -1)) return true;
    } else if (separators === 1 && r.length === 1 && (before & 1) !== 0 && (after & 1) !== 0) return true;
    // An id, an address.
    for (const bit of ID_AND_ADDRESS) {
      if (bit === 2 && ids === null) continue;
      if (bit === 4 && emails === null) continue;
      if (r === '' ? (before & bit) !== 0 && (after & bit) !== 0 : all(r, bit) && ((before & bit) !== 0 || (after & bit) !== 0 || r.length >= 4)) return true;
    }
    return false;
  };
  const m = newMarkup();
  let found = nextMarkup(text, 0, m);
  while (found) {
    if (m.replacement === null) {
      found = nextMarkup(text, m.end, m);
      continue;
    }
    const start = m.start;
    let end = m.end;
    let r = m.replacement;
    for (;;) {
      found = nextMarkup(text, end, m);
      if (!found || m.start !== end || m.replacement === null) break;
      r += m.replacement;
      end = m.end;
    }
    if (joins(start, end, r)) return true;
  }
  return false;
}

export interface ScanTextOptions {
  /** Scan the text as a browser shows it too (see shownText); by default when the text starts with `<`. */
  readonly markup?: boolean;
}

/**
 * Finds the first offset of each private value in one text: the first CPR number; for e-mail
 * addresses and ids holding other characters, the first occurrence of the first one (in the set's
 * order) that occurs; for other ids, the first run of id characters that is one. Markup (a page) is
 * scanned as written and as a browser shows it, the earlier offset of each kind kept.
 */
export function scanText(text: string, secrets: PrivateInputValues, options: ScanTextOptions = {}): { kind: FindingKind; offset: number }[] {
  const found = scanPlain(text, secrets);
  if (!(options.markup ?? looksLikeMarkup(text))) return found;
  if (!markupJoins(text, secrets)) return found;
  const shown = shownText(text);
  if (shown === null) return found;
  const more = scanPlain(shown.text, secrets);
  if (more.length === 0) return found;
  const kinds: FindingKind[] = ['cpr', 'email', 'employee_id'];
  const merged: { kind: FindingKind; offset: number }[] = [];
  for (const kind of kinds) {
    const a = found.find((f) => f.kind === kind)?.offset ?? -1;
    const b = more.find((f) => f.kind === kind);
    const offset = earliest(a, b === undefined ? -1 : markupOffset(shown, b.offset));
    if (offset !== -1) merged.push({ kind, offset });
  }
  return merged;
}

/** A file of the built site that the scan cannot read as a plain file (a link, a FIFO) or cannot
 * decompress (a gzip file): the build stops, naming it (fail closed). */
export class OutputNotScannable extends Error {
  constructor(
    readonly file: string,
    /** Why, after the file's name (the build's diagnostic says it on `path:1`). */
    readonly reason: string = 'is not a plain file or folder (a link?); the output scan cannot check it, so the build was stopped',
  ) {
    super(`${file} in the built site ${reason}`);
  }
}

/** The files of a built site; what the scan cannot read as a file is not published unchecked
 * (fail closed, issue 11). */
function siteFiles(dir: string): Promise<string[]> {
  return listFiles(dir, (rel) => {
    throw new OutputNotScannable(rel);
  });
}

/** The most a gzip file of the site may decompress to: beyond it the scan stops (fail closed). */
const MAX_GUNZIPPED = 256 * 1024 * 1024;

/**
 * The bytes of an output file as the scan reads them: a gzip file (bytes 1f 8b: the Pagefind search
 * index, whose compressed bytes hide the text it holds) decompressed, one it cannot decompress (or
 * larger than MAX_GUNZIPPED) stopping the scan; null for compressed WebAssembly.
 */
function scannedBytes(file: string, bytes: Buffer): Buffer | null {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  let plain: Buffer;
  try {
    plain = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED });
  } catch {
    throw new OutputNotScannable(file, 'is a gzip file the output scan cannot decompress (corrupt, or larger than 256 MiB), so it cannot check it and the build was stopped');
  }
  // Pagefind's fragments and index files start with its signature (`pagefind_dcd`), plain ASCII:
  // the text is read as it is, signature and all. Its WebAssembly (`wasm.*.pagefind`) is read as
  // text too: it gives no finding in the example's build, and a file skipped for its first bytes
  // would be a place where anything could be published unchecked.
  return plain;
}

/**
 * Scans every file of a built site (read as UTF-8, and as UTF-16 where it has that BOM; a gzip file
 * decompressed first), except
 * those in `skip`: files already known to hold none of these values (the ledgers, scanned cell
 * by cell as they were written: verify/ledger-scan.ts).
 */
export async function scanOutput(siteDir: string, secrets: PrivateInputValues, skip: ReadonlySet<string> = new Set()): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of await siteFiles(siteDir)) {
    if (skip.has(file)) continue;
    // Read in one call: most output files are small, and the scan needs the whole text.
    const bytes = scannedBytes(file, readFileSync(path.join(siteDir, file)));
    if (bytes === null) continue;
    const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
    const markup = /\.(?:html?|svg|xml)$/i.test(file) ? { markup: true } : {};
    for (const f of scanText(text, secrets, markup)) findings.push({ file, line: lineAt(text, f.offset), kind: f.kind });
  }
  return findings;
}

export function describeFinding(kind: FindingKind): string {
  switch (kind) {
    case 'cpr':
      return 'holds a CPR number; the build was stopped so it is never published. Remove the CPR number from the input file it came from';
    case 'email':
      return 'holds an e-mail address from the input files; the build was stopped so it is never published. Remove it from the text it came from';
    case 'employee_id':
      return 'holds an employee_id from employees.csv; the build was stopped so it is never published. Check the narrative and text columns for the id';
  }
}
