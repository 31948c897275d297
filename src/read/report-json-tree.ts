// report.json as a tree with lines (read/report-json.ts reads the settings from it): strict JSON
// parsed with jsonc-parser, each problem on the line of its key or value, unknown and repeated
// keys found, and values described for a message without repeating a long text or a number.

import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import { containsCpr } from './identifiers.ts';
import { hiddenReason, quoteValue } from './shown.ts';

export const REPORT_JSON = 'report.json';

/**
 * The offset of the first `{` or `[` (outside strings) that opens a level deeper than `max`, or
 * null: checked before parsing, which would otherwise recurse once per level.
 */
export function depthBeyond(text: string, max: number): number | null {
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 0x5c) i++; // a backslash escapes the next character
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) {
      inString = true;
    } else if (c === 0x7b || c === 0x5b) {
      if (++depth > max) return i;
    } else if (c === 0x7d || c === 0x5d) {
      depth--;
    }
  }
  return null;
}

// ---- diagnostics with lines -----------------------------------------------------------------

export class Context {
  failed = false;
  readonly #lineStarts: number[];

  constructor(readonly text: string, readonly sink: DiagnosticSink) {
    const starts = [0];
    for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
    this.#lineStarts = starts;
  }

  /** 1-based line of a character offset. */
  lineOf(offset: number): number {
    let lo = 0;
    let hi = this.#lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((this.#lineStarts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  }

  error(at: Node | number, message: string): void {
    this.failed = true;
    this.sink.error(REPORT_JSON, this.lineOf(typeof at === 'number' ? at : at.offset), message);
  }

  warning(at: Node, message: string): void {
    this.sink.warning(REPORT_JSON, this.lineOf(at.offset), message);
  }
}

const SYNTAX_HINTS: Readonly<Record<string, string>> = {
  InvalidSymbol: 'an unexpected character (keys and text values need double quotes "…"; numbers are written like 5 or 2019)',
  InvalidNumberFormat: 'a number is not written correctly',
  PropertyNameExpected: 'a key in double quotes is expected here (a comma after the last entry is not allowed)',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon (:) is expected after the key',
  CommaExpected: 'a comma is expected between two entries',
  CloseBraceExpected: 'a closing } is missing',
  CloseBracketExpected: 'a closing ] is missing',
  EndOfFileExpected: 'there is text after the end of the settings object',
  InvalidCommentToken: 'comments are not allowed: report.json is strict JSON',
  UnexpectedEndOfComment: 'comments are not allowed: report.json is strict JSON',
  UnexpectedEndOfString: 'a text value is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'a \\u escape is not four hexadecimal digits',
  InvalidEscapeCharacter: 'a backslash starts an unknown escape (write \\\\ for a backslash)',
  InvalidCharacter: 'a text value holds a control character such as a tab or a line break',
};

export function parseStrict(ctx: Context): Node | null {
  const text = ctx.text;
  if (text.trim() === '') {
    ctx.error(0, 'report.json is empty; it must hold the settings object { "organisation": { … } }');
    return null;
  }
  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined) {
    const code = printParseErrorCode(first.error);
    ctx.error(first.offset, `report.json is not valid JSON: ${SYNTAX_HINTS[code] ?? code}`);
    return null;
  }
  // jsonc-parser is lenient in a few corners strict JSON is not; JSON.parse has the last word.
  try {
    JSON.parse(text);
  } catch {
    ctx.error(0, 'report.json is not valid JSON');
    return null;
  }
  if (root === undefined || root.type !== 'object') {
    ctx.error(root?.offset ?? 0, 'report.json must hold one JSON object: { "organisation": { … }, … }');
    return null;
  }
  refuseCprNumbers(ctx, root, '');
  return root;
}

/**
 * Every text value of the tree is checked with the reader's CPR rule (identifiers.ts containsCpr),
 * whatever its key: a CPR number is an error on the value's line naming the key, never the value
 * (the output scan would refuse it too, but only after the whole site was built).
 */
function refuseCprNumbers(ctx: Context, node: Node, where: string): void {
  if (node.type === 'string') {
    if (containsCpr(String(node.value))) ctx.error(node, `${quote(where === '' ? '(the value)' : where)} holds what looks like a CPR number; remove it`);
  } else if (node.type === 'object') {
    for (const property of node.children ?? []) {
      const [key, value] = property.children ?? [];
      if (key === undefined || value === undefined) continue;
      const name = String(key.value);
      refuseCprNumbers(ctx, value, where === '' ? name : `${where}.${name}`);
    }
  } else if (node.type === 'array') {
    (node.children ?? []).forEach((child, i) => refuseCprNumbers(ctx, child, `${where}[${i}]`));
  }
}

// ---- objects: unknown and repeated keys ----------------------------------------------------

export interface Entry {
  readonly key: Node;
  readonly value: Node;
}

/** The entries of an object node by key, the first of each; reports unknown and repeated keys. */
export function entries(ctx: Context, node: Node, where: string, allowed: readonly string[] | null): Map<string, Entry> {
  const found = new Map<string, Entry>();
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key === undefined || value === undefined) continue;
    const name = String(key.value);
    const full = where === '' ? name : `${where}.${name}`;
    const earlier = found.get(name);
    if (earlier !== undefined) {
      ctx.error(key, `key ${quote(full)} is given twice (first on line ${ctx.lineOf(earlier.key.offset)}); keep one of them`);
      continue;
    }
    if (allowed !== null && !allowed.includes(name)) {
      const near = closest(name, allowed);
      const hint = near === null ? '' : ` Did you mean ${quote(near)}?`;
      const place = where === '' ? 'at the top level' : `in ${quote(where)}`;
      ctx.error(key, `unknown key ${quote(full)}.${hint} The keys allowed ${place} are: ${allowed.join(', ')}`);
      continue;
    }
    found.set(name, { key, value });
  }
  return found;
}

export function isObject(ctx: Context, node: Node, what: string): boolean {
  if (node.type === 'object') return true;
  ctx.error(node, `${quote(what)} must be an object { … }, not ${describe(node)}`);
  return false;
}

/** A close spelling (case, or at most two edits), to turn a typo into a hint. */
function closest(name: string, allowed: readonly string[]): string | null {
  let best: string | null = null;
  let bestDistance = 3;
  for (const candidate of allowed) {
    const d = candidate.toLowerCase() === name.toLowerCase() ? 0 : editDistance(name, candidate);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
    }
  }
  return best;
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + cost));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** A short, safe description of a value for a message: never a long text or a run of digits. */
export function describe(node: Node): string {
  switch (node.type) {
    case 'object': return 'an object';
    case 'array': return 'a list';
    case 'null': return 'null';
    case 'boolean': return String(node.value);
    case 'number': return Number.isFinite(node.value) ? String(node.value) : 'a number out of range';
    case 'string': return describeText(String(node.value));
    default: return 'a property';
  }
}

export function describeText(text: string): string {
  if (text.length > 40 || /\d{6}/.test(text)) return 'a text';
  return hiddenReason(text) === null ? JSON.stringify(text) : quoteValue(text);
}

export function quote(key: string): string {
  if (key.length > 60 || /\d{6}/.test(key)) return '(a key)';
  return quoteValue(key);
}
