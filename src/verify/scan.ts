// The output scan (site.md "Privacy and safety rules for the output"): after every build and
// before the swap, no output file may hold a CPR number, an e-mail address found in the inputs,
// or an employee_id of the inputs. A finding names the output file and line, never the value.
// This module runs the scan; what it looks with: cpr-email.ts (CPR numbers, e-mail addresses),
// employee-ids.ts, shown-text.ts and markup-joins.ts (a page as a browser shows it), output-files.ts
// (the file walk, gzip files).

import { readFileSync } from 'node:fs';
import path from 'node:path';
import { normalisedIfChanged, originalOffset } from '../read/identifiers.ts';
import { emailsWithoutAt, firstCprNumber, firstEmail } from './cpr-email.ts';
import { firstId, firstIdNormalised, idIndex } from './employee-ids.ts';
import { markupJoins } from './markup-joins.ts';
import { scannedBytes, siteFiles } from './output-files.ts';
import { looksLikeMarkup, markupOffset, shownText, shownTextOnly } from './shown-text.ts';

export { OutputNotScannable } from './output-files.ts';

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

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
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
  const shownOnly = shownTextOnly(text);
  if (shownOnly === null) return found;
  const more = scanPlain(shownOnly, secrets);
  if (more.length === 0) return found;
  // A finding in the shown text: its offset in the markup, through the way back (made only now).
  const shown = shownText(text)!;
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

/**
 * Scans every file of a built site (read as UTF-8, and as UTF-16 where it has that BOM; a gzip file
 * decompressed first), or of its folder `under` only (a folder that joined a site already
 * scanned), except those in `skip`: files already known to hold none of these values (the
 * ledgers, scanned cell by cell as they were written: verify/ledger-scan.ts). Findings name files
 * by their path in the site.
 */
export async function scanOutput(siteDir: string, secrets: PrivateInputValues, skip: ReadonlySet<string> = new Set(), under?: string): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of await siteFiles(siteDir, under)) {
    if (skip.has(file)) continue;
    // Read in one call: most output files are small, and the scan needs the whole text.
    findings.push(...scanFile(file, readFileSync(path.join(siteDir, file)), secrets));
    // Between files, the work the build runs beside the scan goes on (the manifest's writing, the
    // search index's messages).
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return findings;
}

/** The findings in one output file (its site path and bytes), as scanOutput reads it. */
export function scanFile(file: string, written: Buffer, secrets: PrivateInputValues): ScanFinding[] {
  const bytes = scannedBytes(file, written);
  const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
  const markup = /\.(?:html?|svg|xml)$/i.test(file) ? { markup: true } : {};
  return scanText(text, secrets, markup).map((f) => ({ file, line: lineAt(text, f.offset), kind: f.kind }));
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
