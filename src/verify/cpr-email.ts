// The CPR number and e-mail address finders of the output scan (verify/scan.ts): where a text
// holds a CPR number (by the reader's rule, read/identifiers.ts) or an e-mail address.

import { cprSearchText, firstCprOffset, originalOffset } from '../read/identifiers.ts';

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
export function firstCprNumber(text: string): number {
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
