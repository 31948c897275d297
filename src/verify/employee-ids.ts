// The employee-id search of the output scan (verify/scan.ts): where a text holds an employee_id
// of the inputs as a word of its own, as written or as normalised (normaliseForCpr).

import { isChangeableUnit, isLetterOrNumberPair, isLetterOrNumberUnit, normaliseForCpr, originalOffset } from '../read/identifiers.ts';

/** An id counts when at least four characters long and not only digits (site.md). */
export function isScannableId(id: string): boolean {
  return id.length >= 4 && !/^\d+$/.test(id);
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
export interface IdIndex {
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

export function idIndex(ids: ReadonlySet<string>): IdIndex {
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
export function firstId(text: string, index: IdIndex): number {
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
export function firstIdNormalised(text: string, index: IdIndex): number {
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
