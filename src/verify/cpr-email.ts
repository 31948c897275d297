// The CPR number finder of the output scan (verify/scan.ts), by the reader's rule
// (read/identifiers.ts), and the e-mail addresses it looks for without an `@`; the e-mail rule
// itself is the reader's too (read/emails.ts).

import { cprSearchText, firstCprOffset, mayHoldCpr, originalOffset } from '../read/identifiers.ts';

/**
 * The offsets of CPR numbers in an output text, by the reader's own rule (read/identifiers.ts),
 * except digits that are the decimals of a number (`862051.1903999997` in kpis.json is a figure,
 * not a person): an output file holds unrounded figures, an input cell does not. Only a point
 * counts as a decimal separator here: the downloads write points, and in a CSV a comma before a
 * CPR number separates it from a number cell.
 */
export function findCprNumbers(text: string): number[] {
  if (!mayHoldCpr(text)) return [];
  // However typed (read/identifiers.ts cprSearchText): found in the normalised text, each offset
  // then taken back to the text as written (on the same line).
  const normal = cprSearchText(text);
  const found: number[] = [];
  for (let at = firstCprOffset(normal); at !== -1; at = firstCprOffset(normal, at + 1)) if (!isDecimals(normal, at)) found.push(originalOffset(text, normal, at));
  return found;
}

/** The first offset findCprNumbers gives, or -1. */
export function firstCprNumber(text: string): number {
  if (!mayHoldCpr(text)) return -1;
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

/** The e-mail addresses without an `@` (none, from findEmails), in the set's order, once per set. */
const WITHOUT_AT = new WeakMap<ReadonlySet<string>, { readonly size: number; readonly emails: readonly string[] }>();

export function emailsWithoutAt(emails: ReadonlySet<string>): readonly string[] {
  const known = WITHOUT_AT.get(emails);
  if (known !== undefined && known.size === emails.size) return known.emails;
  const found = [...emails].filter((e) => !e.includes('@'));
  WITHOUT_AT.set(emails, { size: emails.size, emails: found });
  return found;
}

/** The offset of the first of the addresses (in their order) that occurs in the text in any case, or -1. */
export function firstEmail(text: string, emails: ReadonlySet<string> | readonly string[]): number {
  if (('size' in emails ? emails.size : emails.length) === 0) return -1;
  const lower = text.toLowerCase();
  for (const email of emails) {
    const at = lower.indexOf(email);
    if (at !== -1) return at;
  }
  return -1;
}
