// The output scan (site.md "Privacy and safety rules for the output"): after every build and
// before the swap, no output file may hold a CPR number, an e-mail address found in the inputs,
// or an employee_id of the inputs. A finding names the output file and line, never the value.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { listFiles } from '../util/list-files.ts';
import { firstCprOffset, isLetterOrNumberPair, isLetterOrNumberUnit, cprSearchText, originalOffset } from '../read/identifiers.ts';

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
  const simple = /^[\p{L}\p{N}_-]+$/u;
  let longest = 0;
  const simpleLengths = new Set<number>();
  const firstUnits = new Set<string>();
  const others: string[] = [];
  for (const id of ids) {
    if (!isScannableId(id)) continue;
    if (simple.test(id)) {
      simpleLengths.add(id.length);
      firstUnits.add(id[0]!);
      if (id.length > longest) longest = id.length;
    } else others.push(id);
  }
  const lengths = new Uint8Array(longest + 1);
  for (const n of simpleLengths) lengths[n] = 1;
  const index = { size: ids.size, lengths, firstUnits: [...firstUnits], others };
  ID_INDEXES.set(ids, index);
  return index;
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

/**
 * Finds the first offset of each private value in one text: the first CPR number; for e-mail
 * addresses and ids holding other characters, the first occurrence of the first one (in the set's
 * order) that occurs; for other ids, the first run of id characters that is one.
 */
export function scanText(text: string, secrets: PrivateInputValues): { kind: FindingKind; offset: number }[] {
  const found: { kind: FindingKind; offset: number }[] = [];
  const cpr = firstCprNumber(text);
  if (cpr !== -1) found.push({ kind: 'cpr', offset: cpr });
  if (secrets.emails.size > 0) {
    // No character lower-cases to an `@`: without one in the text, only addresses without one can occur.
    const at = firstEmail(text, text.includes('@') ? secrets.emails : emailsWithoutAt(secrets.emails));
    if (at !== -1) found.push({ kind: 'email', offset: at });
  }
  // Employee ids: look up every maximal run of id characters, then the ids with other characters.
  const index = idIndex(secrets.employeeIds);
  let idOffset = firstIdRun(text, secrets.employeeIds, index);
  if (idOffset === -1) {
    for (const id of index.others) {
      for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
        const before = at > 0 && isIdUnit(text.charCodeAt(at - 1));
        const after = at + id.length < text.length && isIdUnit(text.charCodeAt(at + id.length));
        if (!before && !after) {
          idOffset = at;
          break;
        }
      }
      if (idOffset !== -1) break;
    }
  }
  if (idOffset !== -1) found.push({ kind: 'employee_id', offset: idOffset });
  return found;
}

/** A file of the built site that the scan cannot read as a plain file (a link, a FIFO): the
 * build stops, naming it (fail closed). */
export class OutputNotScannable extends Error {
  constructor(readonly file: string) {
    super(`${file} in the built site is not a plain file or folder (a link?); the output scan cannot check it, so the build was stopped`);
  }
}

/** The files of a built site; what the scan cannot read as a file is not published unchecked
 * (fail closed, issue 11). */
function siteFiles(dir: string): Promise<string[]> {
  return listFiles(dir, (rel) => {
    throw new OutputNotScannable(rel);
  });
}

/**
 * Scans every file of a built site (read as UTF-8, and as UTF-16 where it has that BOM), except
 * those in `skip`: files already known to hold none of these values (the ledgers, scanned cell
 * by cell as they were written: verify/ledger-scan.ts).
 */
export async function scanOutput(siteDir: string, secrets: PrivateInputValues, skip: ReadonlySet<string> = new Set()): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of await siteFiles(siteDir)) {
    if (skip.has(file)) continue;
    // Read in one call: most output files are small, and the scan needs the whole text.
    const bytes = readFileSync(path.join(siteDir, file));
    const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
    for (const f of scanText(text, secrets)) findings.push({ file, line: lineAt(text, f.offset), kind: f.kind });
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
