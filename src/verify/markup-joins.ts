// Whether the text of a markup file as a browser shows it (verify/shown-text.ts) can hold a finding
// of the output scan (verify/scan.ts) that the text as written does not: when it cannot, the scan
// reads the text once.

import { isAddressChar } from '../read/emails.ts';
import { isChangeableUnit, isCprSensitiveUnit } from '../read/identifiers.ts';
import { idIndex } from './employee-ids.ts';
import type { PrivateInputValues } from './scan.ts';
import { newMarkup, nextMarkup } from './shown-text.ts';

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
  ASCII_CLASS[c] = (/[0-9]/.test(ch) ? 1 : 0) | (/[A-Za-z0-9_-]/.test(ch) ? 2 : 0) | (isAddressChar(c) ? 4 : 0);
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
/** A digit, or a character outside ASCII that is no separator and may matter to a CPR number (normalise to a digit, to nothing, …). */
const isDigitish = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 128 && !isSeparatorLike(c) && isCprSensitiveUnit(c));
/** The code unit `c` next to markup shown as nothing, `beyond` the one past it (-1: none), may be part of a CPR number across it: digits (or what may normalise to them), or a separator with a digit or more markup beyond it. */
const cprPart = (c: number, beyond: number): boolean =>
  isDigitish(c) || (isSeparatorLike(c) && beyond !== -1 && (isDigitish(beyond) || beyond === 0x3e || beyond === 0x3b || beyond === 0x3c || beyond === 0x26));

const ID_AND_ADDRESS = [2, 4] as const;

/** True when the shown text of a markup text may hold a finding that the text as written does not (see above). */
export function markupJoins(text: string, secrets: PrivateInputValues): boolean {
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
  const joins = (start: number, end: number, r: string): boolean => {
    const before = cls(start - 1);
    const after = cls(end);
    // A CPR number.
    let separators = 0;
    let digitish = false;
    for (let i = 0; i < r.length; i++) {
      const c = r.charCodeAt(i);
      if (isSeparatorLike(c)) separators++;
      else if (c >= 128 || (c >= 0x30 && c <= 0x39)) digitish = true;
    }
    if (digitish) return true;
    if (r === '') {
      const b = start > 0 ? text.charCodeAt(start - 1) : -1;
      const a = end < n ? text.charCodeAt(end) : -1;
      // digits (or what may normalise to them) on both sides; a separator on one side with a digit beyond it
      if (b !== -1 && a !== -1 && !(isSeparatorLike(b) && isSeparatorLike(a)) && cprPart(b, start > 1 ? text.charCodeAt(start - 2) : -1) && cprPart(a, end + 1 < n ? text.charCodeAt(end + 1) : -1)) return true;
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
