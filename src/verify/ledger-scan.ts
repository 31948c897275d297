// The output scan of the ledger, done as the ledger is written (issue 6). The output scan
// (verify/scan.ts) looks in every output file for a CPR number, an e-mail address of the inputs
// and an employee_id of the inputs. emissions.csv is by far the largest output (about 95 MB a
// year at 45,000 employees), and its text is made of few parts: the fixed header, text cells
// (the input file's path, a factor key, a unit, a scope; a handful of distinct values) and
// numbers written by plainNumber (digits, `-`, `.`). So the file task that writes a ledger
// fragment records, cell by cell, everything the scan could find in it:
//   - whether a CPR number occurs (findCprNumbers on each distinct text cell and on each number
//     long enough to hold ten digits);
//   - whether an `@` occurs (every e-mail address holds one);
//   - the distinct words that could be an employee id (maximal runs of letters, digits, `_` and
//     `-` that isScannableId accepts), or null when there are too many to keep;
//   - the characters other than those that occur (an id holding one of them, like `E.12`, is
//     searched as a substring by the scan).
// Cells are separated by `,` and lines by CRLF, none of which a CPR number, an e-mail address or
// a word contains, so a match can never span two cells: whatever the scan finds in the whole text
// is found in the cells one by one (the cells may find more: the scan takes a CPR number right
// after `<digit>,` for the decimals of a number, a cell has no such neighbour; that only sends the
// file to the full scan). The build then skips the scan of an
// emissions.csv made only of such fragments (plus the header, which it scans itself) when none of
// them can hold a private value of this build (ledgerIsClean); anything else is scanned in full.

import { normalisedIfChanged } from '../read/identifiers.ts';
import { plainNumber } from '../util/plain-number.ts';
import { findCprNumbers } from './cpr-email.ts';
import { isScannableId, scannedIds } from './employee-ids.ts';
import { scanText } from './scan.ts';
import type { PrivateInputValues } from './scan.ts';

/** What the output scan could find in one ledger fragment (plain data: cached with it). */
export interface LedgerScan {
  readonly cpr: boolean;
  readonly at: boolean;
  /** Distinct words that could be an employee id, sorted; null: too many to keep. */
  readonly words: readonly string[] | null;
  /** The distinct characters that are not letters, digits, `_` or `-`, sorted. */
  readonly marks: string;
}

/** More distinct candidate words than this, and the fragment is scanned in full instead. */
const MAX_WORDS = 10_000;

const WORD = /[\p{L}\p{N}_-]+/gu;
const ID_CHAR = /[\p{L}\p{N}_-]/u;
/** The separators of every ledger line, and the decimal point of its numbers. */
const LINE_MARKS = ',\r\n.';

interface CellFacts {
  readonly cpr: boolean;
  readonly at: boolean;
  readonly words: readonly string[];
  readonly marks: string;
}

function factsOf(text: string): CellFacts {
  const words: string[] = [];
  let marks = '';
  // The scan looks for ids in the text as written and as normalised (scan.ts scanText): so do the cells.
  const normal = normalisedIfChanged(text);
  for (const t of normal === text ? [text] : [text, normal]) {
    for (const m of t.matchAll(WORD)) if (isScannableId(m[0])) words.push(m[0]);
    for (const ch of t) if (!ID_CHAR.test(ch) && !marks.includes(ch)) marks += ch;
  }
  return { cpr: findCprNumbers(text).length > 0, at: text.includes('@'), words, marks };
}

/** Collects the LedgerScan of a fragment from its cells, as they are written. */
export class LedgerScanner {
  readonly #texts = new Map<string, CellFacts>();
  #cpr = false;
  #at = false;
  #words: Set<string> | null = new Set();
  #marks = new Set<string>(LINE_MARKS);

  /** A text cell, as written (quoted and neutralised). */
  text(cell: string): void {
    let facts = this.#texts.get(cell);
    if (facts === undefined) {
      facts = factsOf(cell);
      this.#texts.set(cell, facts);
      this.#add(facts);
    }
  }

  /** A number cell, as plainNumber wrote it. */
  number(cell: string): void {
    // A CPR number needs ten digits; the only word a number can hold that is not all digits is
    // its sign with the integer digits (`-1234`).
    if (cell.length >= 10 && !this.#cpr && findCprNumbers(cell).length > 0) this.#cpr = true;
    if (cell.charCodeAt(0) === 45 && this.#words !== null) {
      const point = cell.indexOf('.');
      const word = point === -1 ? cell : cell.slice(0, point);
      if (isScannableId(word)) this.#word(word);
    }
  }

  /**
   * A number cell by its value (plainNumber writes it): only a negative number (its sign and
   * digits are a word) or one of at least 1e9 (ten integer digits or more can be a CPR number;
   * decimals never count) can hold anything, and only those are written out and looked at.
   */
  numberValue(value: number): void {
    if (value < 0 || value >= 1e9) this.number(plainNumber(value));
  }

  #add(facts: CellFacts): void {
    if (facts.cpr) this.#cpr = true;
    if (facts.at) this.#at = true;
    for (const w of facts.words) this.#word(w);
    for (const ch of facts.marks) this.#marks.add(ch);
  }

  #word(word: string): void {
    if (this.#words === null) return;
    this.#words.add(word);
    if (this.#words.size > MAX_WORDS) this.#words = null;
  }

  result(): LedgerScan {
    return {
      cpr: this.#cpr,
      at: this.#at,
      words: this.#words === null ? null : [...this.#words].sort(),
      marks: [...this.#marks].sort().join(''),
    };
  }
}

/**
 * True when the output scan cannot find anything in a file made of `header` followed by the
 * fragments with these scans; false means: scan the file in full (which then says where).
 */
export function ledgerIsClean(header: string, scans: readonly LedgerScan[], secrets: PrivateInputValues): boolean {
  if (scanText(header, secrets).length > 0) return false;
  // Each id, and each as normalised where that differs (what the scan looks for).
  const ids = scannedIds(secrets.employeeIds);
  const headerFacts = factsOf(header);
  const marks = new Set<string>(headerFacts.marks);
  for (const s of scans) {
    if (s.cpr || s.words === null) return false;
    if (s.at && secrets.emails.size > 0) return false;
    for (const w of s.words) if (ids.has(w)) return false;
    for (const ch of s.marks) marks.add(ch);
  }
  // An id with a character other than letters, digits, `_` and `-` is searched as a substring:
  // it can only be there if every such character of it occurs in the file.
  for (const id of ids) {
    if (!isScannableId(id)) continue;
    let other = false;
    let absent = false;
    for (const ch of id) {
      if (ID_CHAR.test(ch)) continue;
      other = true;
      if (!marks.has(ch)) absent = true;
    }
    if (other && !absent) return false;
  }
  return true;
}
