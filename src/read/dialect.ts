// The dialect of a file (inputs.md "Delimiter", "Numbers"): the delimiter from the header line,
// and for a tab file the decimal separator from the cells of its number columns.

import type { DecimalSeparator } from './values.ts';

export type Delimiter = ',' | ';' | '\t';

/** The most frequent of comma, semicolon and tab outside quotes (ties: tab, semicolon, comma). */
export function detectDelimiter(headerLine: string): Delimiter {
  let comma = 0;
  let semicolon = 0;
  let tab = 0;
  let quoted = false;
  for (const ch of headerLine) {
    if (ch === '"') quoted = !quoted;
    else if (!quoted) {
      if (ch === ',') comma++;
      else if (ch === ';') semicolon++;
      else if (ch === '\t') tab++;
    }
  }
  if (tab >= semicolon && tab >= comma && tab > 0) return '\t';
  if (semicolon >= comma && semicolon > 0) return ';';
  return ',';
}

/** The decimal separator a delimiter implies; null for tab (detected from the cells). */
export function decimalOfDelimiter(d: Delimiter): DecimalSeparator | null {
  return d === ';' ? ',' : d === ',' ? '.' : null;
}

export interface Sample {
  readonly line: number;
  readonly text: string;
}

export type DecimalVerdict =
  | { readonly kind: 'decided'; readonly decimal: DecimalSeparator }
  /** Neither separator shown, but some value could be read either way (`31.250`). */
  | { readonly kind: 'undecided' }
  | { readonly kind: 'conflict'; readonly comma: Sample; readonly point: Sample };

const LAST_SEPARATOR = /^[+-]?(\d[\d.,\s\u00A0]*?)?([.,])(\d+)\s*%?$/;

/** Collects the evidence of a tab file's number cells. */
export class DecimalEvidence {
  #comma: Sample | null = null;
  #point: Sample | null = null;
  #threeDigits = false;

  observe(text: string, line: number): void {
    const m = LAST_SEPARATOR.exec(text);
    if (m === null) return;
    const before = (m[1] ?? '').trim();
    const sep = m[2];
    const digits = (m[3] ?? '').length;
    const decisive = digits !== 3 || before === '0';
    if (!decisive) {
      this.#threeDigits = true;
      return;
    }
    if (sep === ',') this.#comma ??= { line, text };
    else this.#point ??= { line, text };
  }

  verdict(): DecimalVerdict {
    if (this.#comma !== null && this.#point !== null) return { kind: 'conflict', comma: this.#comma, point: this.#point };
    if (this.#comma !== null) return { kind: 'decided', decimal: ',' };
    if (this.#point !== null || !this.#threeDigits) return { kind: 'decided', decimal: '.' };
    return { kind: 'undecided' };
  }
}
