// How a value of the data is shown in a message (issue 11, finding 15): every message that quotes
// a cell, a key or a tag goes through here. A cell of employees.csv is never repeated (the message
// names the column and says what is expected: "this value is not a known gender; write …"); any
// other value is first checked as the output is (a CPR number, an e-mail address) and masked
// where it matches, so that a message printed on a screen or kept in a log holds no personal value.

import { containsEmail } from './emails.ts';
import { containsCpr } from './identifiers.ts';

/** Why a value must not be shown, or null when it may be. */
export function hiddenReason(text: string): string | null {
  if (containsCpr(text)) return 'looks like a CPR number';
  if (containsEmail(text)) return 'looks like an e-mail address';
  return null;
}

/** The value in double quotes, or `"[hidden: looks like …]"`. */
export function quoteValue(text: string): string {
  const reason = hiddenReason(text);
  return reason === null ? `"${text}"` : `"[hidden: ${reason}]"`;
}

/** A name (a header cell, a key) as it is, or `[hidden: looks like …]`. */
export function maskName(text: string): string {
  const reason = hiddenReason(text);
  return reason === null ? text : `[hidden: ${reason}]`;
}

/** How the messages of one file show its values. */
export interface ValueView {
  /** The value for a message: quoted and masked, or "this value". */
  quote(text: string): string;
  /** True for employees.csv: no message may repeat a cell, nor a suggestion made from one. */
  readonly hidesValues: boolean;
}

export const SHOW_MASKED: ValueView = { quote: quoteValue, hidesValues: false };
export const HIDE_ALL: ValueView = { quote: () => 'this value', hidesValues: true };
