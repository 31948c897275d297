// The output scan (site.md "Privacy and safety rules for the output"): after every build and
// before the swap, no output file may hold a CPR number, an e-mail address found in the inputs,
// or an employee_id of the inputs. A finding names the output file and line, never the value.

import { promises as fs, readFileSync } from 'node:fs';
import path from 'node:path';
import { firstCprOffset } from '../read/identifiers.ts';

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
  const found: number[] = [];
  for (let at = firstCprOffset(text); at !== -1; at = firstCprOffset(text, at + 1)) {
    const decimals = text[at - 1] === '.' && /\d/.test(text[at - 2] ?? '');
    if (!decimals) found.push(at);
  }
  return found;
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

const ID_CHAR = /[\p{L}\p{N}_-]/u;

/** An id counts when at least four characters long and not only digits (site.md). */
export function isScannableId(id: string): boolean {
  return id.length >= 4 && !/^\d+$/.test(id);
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Finds the first offset of each private value in one text. */
export function scanText(text: string, secrets: PrivateInputValues): { kind: FindingKind; offset: number }[] {
  const found: { kind: FindingKind; offset: number }[] = [];
  const cpr = findCprNumbers(text);
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
  // Employee ids: look up every maximal run of id characters, then the ids with other characters.
  const simple = /^[\p{L}\p{N}_-]+$/u;
  const tokens = /[\p{L}\p{N}_-]+/gu;
  let idOffset = -1;
  for (const m of text.matchAll(tokens)) {
    if (secrets.employeeIds.has(m[0]) && isScannableId(m[0])) {
      idOffset = m.index;
      break;
    }
  }
  if (idOffset === -1) {
    for (const id of secrets.employeeIds) {
      if (simple.test(id) || !isScannableId(id)) continue;
      for (let at = text.indexOf(id); at !== -1; at = text.indexOf(id, at + 1)) {
        const before = at > 0 ? text[at - 1]! : '';
        const after = text[at + id.length] ?? '';
        if (!ID_CHAR.test(before) && !ID_CHAR.test(after)) {
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

async function listFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) out.push(...(await listFiles(dir, r)));
    else if (e.isFile()) out.push(r);
  }
  return out.sort();
}

/**
 * Scans every file of a built site (read as UTF-8, and as UTF-16 where it has that BOM), except
 * those in `skip`: files already known to hold none of these values (the ledgers, scanned cell
 * by cell as they were written: pipeline/ledger-scan.ts).
 */
export async function scanOutput(siteDir: string, secrets: PrivateInputValues, skip: ReadonlySet<string> = new Set()): Promise<ScanFinding[]> {
  const findings: ScanFinding[] = [];
  for (const file of await listFiles(siteDir)) {
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
