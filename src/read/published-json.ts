// YEAR/published.json (inputs.md "Layout"), written by `npm run lock`: the year's figures and
// input checksums as they were when the year was published. Read like every other input: only
// an ordinary file of the data folder (opened by data-file.ts: never through a link), of a
// bounded size, strict UTF-8 and strict JSON, every problem an
// error on its line. A person may have edited it by hand, so nothing is assumed.

import { createHash } from 'node:crypto';
import { parseTree, printParseErrorCode, type Node, type ParseError } from 'jsonc-parser';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { KpiStatus } from '../model/figures.ts';
import type { LockedFigure, LockedYear } from '../model/published.ts';
import type { InputFileInfo } from '../model/site.ts';
import { decodeStrictUtf8 } from './narrative.ts';
import { openDataFile, refusalMessage, withDataFile } from './data-file.ts';
import { depthBeyond } from './report-json-tree.ts';

/** Deeper than published.json ever is (npm run lock writes three levels). */
const MAX_DEPTH = 8;
const TOP_KEYS: ReadonlySet<string> = new Set(['year', 'tool', 'figures', 'inputs']);

export const PUBLISHED_JSON = 'published.json';

/** Far more than the few hundred figures of a year; a bigger file is not one the lock wrote. */
const MAX_BYTES = 4 * 1024 * 1024;

const STATUSES: readonly KpiStatus[] = ['ok', 'suppressed', 'not_reported'];
const SHA256 = /^[0-9a-f]{64}$/;
const REWRITE = 'correct it, or delete the file and lock the year again with npm run lock';

export type PublishedJsonResult = { readonly locked: LockedYear; readonly info: InputFileInfo } | null;

/** Reads `file` (`2024/published.json`) of the data folder for `year`; null (with errors) when it is not sound. */
export async function readPublishedJson(dataDir: string, file: string, year: number, sink: DiagnosticSink): Promise<PublishedJsonResult> {
  // Opened like every file of the data folder (data-file.ts): a link or a special file is refused.
  const opened = await openDataFile(dataDir, file);
  if (!opened.ok) {
    sink.error(file, 1, refusalMessage(opened.refusal));
    return null;
  }
  if (opened.file.size > MAX_BYTES) {
    await opened.file.close();
    sink.error(file, 1, `the file is larger than ${MAX_BYTES / 1024 / 1024} MB, so npm run lock did not write it; ${REWRITE}`);
    return null;
  }
  const bytes = await withDataFile(opened.file, (f) => f.readAll());
  const info: InputFileInfo = { path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), rows: null };
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) {
    sink.error(file, decoded.line, `the file is not valid UTF-8 text; ${REWRITE}`);
    return null;
  }
  const text = decoded.text;
  const lineOf = lineFinder(text);
  let failed = false;
  const error = (at: Node | number, message: string): void => {
    failed = true;
    sink.error(file, lineOf(typeof at === 'number' ? at : at.offset), message);
  };
  // Checked before parsing, which would recurse once per level (issue 11, finding 14).
  const tooDeep = depthBeyond(text, MAX_DEPTH);
  if (tooDeep !== null) {
    error(tooDeep, `objects and lists are nested more than ${MAX_DEPTH} deep here, where npm run lock writes three levels; ${REWRITE}`);
    return null;
  }

  const errors: ParseError[] = [];
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false, allowEmptyContent: false });
  const first = errors[0];
  if (first !== undefined) {
    error(first.offset, `the file is not valid JSON (${printParseErrorCode(first.error)}); ${REWRITE}`);
    return null;
  }
  if (root === undefined || root.type !== 'object') {
    error(root?.offset ?? 0, `the file must hold one JSON object { "year": …, "figures": { … }, "inputs": { … } }; ${REWRITE}`);
    return null;
  }
  const top = members(root);
  for (const [key, node] of top) {
    if (!TOP_KEYS.has(key)) error(node, `${safeKey(key)} is not a key of published.json (it has ${[...TOP_KEYS].join(', ')}); ${REWRITE}`);
  }
  const yearNode = top.get('year');
  if (yearNode === undefined || yearNode.type !== 'number' || yearNode.value !== year) {
    error(yearNode ?? root, `"year" must be ${year}, the year of the folder it is in; ${REWRITE}`);
  }

  const figures = new Map<string, LockedFigure>();
  const figuresNode = top.get('figures');
  if (figuresNode === undefined || figuresNode.type !== 'object') {
    error(figuresNode ?? root, `"figures" must be an object of the year's figures by id; ${REWRITE}`);
  } else {
    for (const [id, node] of pairs(figuresNode)) {
      const figure = lockedFigure(node);
      if (figure === null) {
        error(node, `the figure ${safeKey(id)} must be { "value": a number or null, "unit": a text, "status": "ok", "suppressed" or "not_reported" }, with a number exactly when the status is "ok"; ${REWRITE}`);
        continue;
      }
      if (figures.has(id)) {
        error(node, `the figure ${safeKey(id)} is given twice; ${REWRITE}`);
        continue;
      }
      figures.set(id, figure);
    }
  }

  const inputs = new Map<string, string>();
  const inputsNode = top.get('inputs');
  if (inputsNode !== undefined) {
    if (inputsNode.type !== 'object') error(inputsNode, `"inputs" must be an object of SHA-256 checksums by file; ${REWRITE}`);
    else {
      for (const [path, node] of members(inputsNode)) {
        if (node.type !== 'string' || !SHA256.test(String(node.value))) {
          error(node, `the checksum of ${safeKey(path)} must be 64 hexadecimal digits (a SHA-256); ${REWRITE}`);
          continue;
        }
        inputs.set(path, String(node.value));
      }
    }
  }
  if (failed) return null;
  return { locked: { year, file, figures, inputs }, info };
}

function lockedFigure(node: Node): LockedFigure | null {
  if (node.type !== 'object') return null;
  const m = members(node);
  const value = m.get('value');
  const unit = m.get('unit');
  const status = m.get('status');
  if (value === undefined || unit === undefined || status === undefined) return null;
  if (unit.type !== 'string' || status.type !== 'string') return null;
  const s = STATUSES.find((x) => x === status.value);
  if (s === undefined) return null;
  if (s === 'ok') {
    if (value.type !== 'number' || !Number.isFinite(value.value)) return null;
    return { value: value.value as number, unit: String(unit.value), status: s };
  }
  if (value.type !== 'null') return null;
  return { value: null, unit: String(unit.value), status: s };
}

/** The members of an object node, in file order, repeated keys included. */
function pairs(node: Node): [string, Node][] {
  const out: [string, Node][] = [];
  for (const property of node.children ?? []) {
    const [key, value] = property.children ?? [];
    if (key !== undefined && value !== undefined) out.push([String(key.value), value]);
  }
  return out;
}

/** The members of an object node by key (a repeated key: its last value, as JSON.parse). */
function members(node: Node): Map<string, Node> {
  return new Map(pairs(node));
}

/** A key for a message: never a long text or a run of digits (it might be personal). */
function safeKey(key: string): string {
  return key.length > 80 || /\d{6}/.test(key) ? '(a key)' : `"${key}"`;
}

function lineFinder(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((starts[mid] ?? 0) <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}
