// Fuzzing the reader and pipeline (issue 5): a seeded mutator over the files of a data folder
// (truncation, byte flips, swapped delimiters, other encodings, stray quotes, huge fields,
// million-character lines …) and the check that a mutated folder ends in either success or clean
// `path:line: error:` lines. Case i of seed S is replayable alone (`--seed S --only i`).

import { isUtf8 } from 'node:buffer';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { formatDiagnostic } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { mulberry32 } from '../util/seeded-random.ts';
import type { Rng } from '../util/seeded-random.ts';
import { listFiles } from '../util/list-files.ts';

export type { Rng };

/** The fuzzer's seeded generator (mulberry32). */
export const rngFrom: (seed: number) => Rng = mulberry32;

/** The seed of case `index` of a run seeded with `seed`. */
export function caseSeed(seed: number, index: number): number {
  return (Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(index + 1, 0xc2b2ae35)) >>> 0;
}

const int = (rng: Rng, n: number): number => Math.floor(rng() * n);
const pick = <T>(rng: Rng, list: readonly T[]): T => list[int(rng, list.length)]!;

function insertAt(bytes: Buffer, at: number, piece: Buffer): Buffer {
  return Buffer.concat([bytes.subarray(0, at), piece, bytes.subarray(at)]);
}

/** A random offset at the start of a line (or 0). */
function lineStart(bytes: Buffer, rng: Rng): number {
  const starts = [0];
  for (let i = bytes.indexOf(10); i !== -1 && starts.length < 100_000; i = bytes.indexOf(10, i + 1)) starts.push(i + 1);
  return pick(rng, starts);
}

/** The text of a file, by its byte-order mark (UTF-8 otherwise; bad bytes become U+FFFD). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return Buffer.from(bytes.subarray(2, bytes.length - (bytes.length % 2))).swap16().toString('utf16le');
  return bytes.toString('utf8');
}

function encodeLike(original: Buffer, text: string): Buffer {
  if (original[0] === 0xff && original[1] === 0xfe) return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
  return Buffer.from(text, 'utf8');
}

function reencode(text: string, how: string): Buffer {
  const body = text.replace(/^\uFEFF/, '');
  switch (how) {
    case 'utf16le-bom': return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(body, 'utf16le')]);
    case 'utf16be-bom': {
      const le = Buffer.from(body, 'utf16le');
      return Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(le).swap16()]);
    }
    case 'utf16le-no-bom': return Buffer.from(body, 'utf16le');
    case 'latin1': return Buffer.from(body, 'latin1');
    case 'utf8-bom': return Buffer.from(`\uFEFF${body}`, 'utf8');
    default: return Buffer.from(body, 'utf8');
  }
}

export interface Mutator {
  readonly name: string;
  readonly apply: (bytes: Buffer, rng: Rng) => Buffer;
}

const DELIMITERS = [',', ';', '\t', '|'];

export const MUTATORS: readonly Mutator[] = [
  { name: 'truncate', apply: (b, r) => Buffer.from(b.subarray(0, int(r, b.length + 1))) },
  { name: 'flip-bytes', apply: (b, r) => {
    const out = Buffer.from(b);
    for (let k = 1 + int(r, 6); k > 0 && out.length > 0; k--) out[int(r, out.length)] = int(r, 256);
    return out;
  } },
  { name: 'flip-bits', apply: (b, r) => {
    const out = Buffer.from(b);
    for (let k = 1 + int(r, 6); k > 0 && out.length > 0; k--) { const i = int(r, out.length); out[i] = out[i]! ^ (1 << int(r, 8)); }
    return out;
  } },
  { name: 'swap-delimiters', apply: (b, r) => {
    const from = pick(r, DELIMITERS).charCodeAt(0);
    const to = pick(r, DELIMITERS).charCodeAt(0);
    const everywhere = r() < 0.5;
    const out = Buffer.from(b);
    const lineLimit = everywhere ? Infinity : int(r, 5);
    let line = 0;
    for (let i = 0; i < out.length; i++) {
      if (out[i] === 10) line++;
      if (line > lineLimit) break;
      if (out[i] === from) out[i] = to;
    }
    return out;
  } },
  { name: 'reencode', apply: (b, r) => reencode(decode(b), pick(r, ['utf16le-bom', 'utf16be-bom', 'utf16le-no-bom', 'latin1', 'utf8-bom', 'utf8'])) },
  { name: 'stray-quotes', apply: (b, r) => {
    let out = b;
    for (let k = 1 + int(r, 4); k > 0; k--) out = insertAt(out, int(r, out.length + 1), Buffer.from(pick(r, ['"', '""', '"\n', '\n"', "'"])));
    return out;
  } },
  { name: 'huge-field', apply: (b, r) => {
    const size = 10_000 + int(r, 300_000);
    const piece = r() < 0.5 ? `"${'x'.repeat(size)}"` : pick(r, ['9', 'æ', ' ', '"']).repeat(size);
    return insertAt(b, int(r, b.length + 1), Buffer.from(piece, 'utf8'));
  } },
  { name: 'million-character-line', apply: (b, r) => {
    const unit = pick(r, ['a', '1', ',', ';', '"', 'ø', '\t', '{%', '0101901234 ', 'a,']);
    const line = unit.repeat(Math.ceil(1_000_000 / unit.length));
    return insertAt(b, lineStart(b, r), Buffer.from(`${line}\n`, 'utf8'));
  } },
  { name: 'delete-line', apply: (b, r) => {
    const lines = b.toString('latin1').split('\n');
    lines.splice(int(r, lines.length), 1);
    return Buffer.from(lines.join('\n'), 'latin1');
  } },
  { name: 'duplicate-line', apply: (b, r) => {
    const lines = b.toString('latin1').split('\n');
    const i = int(r, lines.length);
    lines.splice(i, 0, lines[i] ?? '');
    return Buffer.from(lines.join('\n'), 'latin1');
  } },
  { name: 'nul-bytes', apply: (b, r) => insertAt(b, int(r, b.length + 1), Buffer.alloc(1 + int(r, 8))) },
  { name: 'line-endings', apply: (b, r) => {
    const text = b.toString('latin1');
    const to = pick(r, ['\r', '\r\n', '\n\n', '\u2028']);
    return Buffer.from(text.replace(/\r?\n/g, to), to === '\u2028' ? 'utf8' : 'latin1');
  } },
  { name: 'empty', apply: () => Buffer.alloc(0) },
  { name: 'random-bytes', apply: (b, r) => {
    const piece = Buffer.alloc(1 + int(r, 64));
    for (let i = 0; i < piece.length; i++) piece[i] = int(r, 256);
    return insertAt(b, int(r, b.length + 1), piece);
  } },
  { name: 'header', apply: (b, r) => {
    const text = decode(b);
    const end = text.search(/\r?\n/);
    const header = end === -1 ? text : text.slice(0, end);
    const rest = end === -1 ? '' : text.slice(end);
    const edits = [
      () => header.toUpperCase(),
      () => header.split(/[,;\t]/).reverse().join(header.includes(';') ? ';' : header.includes('\t') ? '\t' : ','),
      () => `${header}${header.includes(';') ? ';' : ','}${pick(r, ['cpr', 'navn', 'email', 'notes', 'køn', ''])}`,
      () => header.replace(/[a-zæøå_]+/i, ''),
      () => '',
    ];
    return encodeLike(b, pick(r, edits)() + rest);
  } },
  { name: 'values', apply: (b, r) => {
    // Replaces one cell-looking run of the text with a value of another type.
    const text = decode(b);
    const cells = [...text.matchAll(/[^,;\t\r\n"]+/g)];
    if (cells.length === 0) return b;
    const m = pick(r, cells);
    const value = pick(r, ['', '-1', '0', '1e9', '1.234', '1,5', '2025-02-30', '31/12/2025', 'ja', 'NaN', 'Infinity', '99999999999999999999', '=HYPERLINK("x")', '<script>', '{{ 7*7 }}', '{% kpi "x" %}', '010190-1234', 'a@b.example', ' ', '\u00a0', '\u202e', '2025-13', '45 %', '1.234,5']);
    return encodeLike(b, text.slice(0, m.index) + value + text.slice(m.index + m[0].length));
  } },
  { name: 'bom', apply: (b, r) => Buffer.concat([Buffer.from(pick(r, [[0xef, 0xbb, 0xbf], [0xef, 0xbb], [0xff, 0xfe], [0xfe, 0xff], [0xff, 0xfe, 0x00, 0x00]])), b]) },
];

export interface Mutation {
  readonly file: string;
  readonly mutators: readonly string[];
  readonly bytes: Buffer;
}

/** Mutates one file of the folder (1 to 3 mutators in a row), chosen by the case's seed. */
export function mutateOne(files: ReadonlyMap<string, Buffer>, seed: number): Mutation {
  const rng = rngFrom(seed);
  const names = [...files.keys()].sort();
  const file = pick(rng, names);
  let bytes = files.get(file)!;
  const used: string[] = [];
  for (let k = 1 + int(rng, 3); k > 0; k--) {
    const m = pick(rng, MUTATORS);
    used.push(m.name);
    bytes = m.apply(bytes, rng);
  }
  return { file, mutators: used, bytes };
}

/** A diagnostic the way the command prints it must be one clean line. */
const CLEAN = /^[^\n\r:][^\n\r]*:[1-9]\d*: (error|warning): [^\n\r]+$/;

/** What is wrong with a list of diagnostics (empty when it is clean), without the values. */
export function uncleanDiagnostics(list: readonly Diagnostic[], ok: boolean): string[] {
  const problems: string[] = [];
  if (!ok && !list.some((d) => d.severity === 'error')) problems.push('the build failed without an error line');
  for (const d of list) {
    const line = formatDiagnostic(d);
    if (!CLEAN.test(line)) problems.push(`not a clean diagnostic line: ${JSON.stringify(line.slice(0, 200))}`);
    else if (path.isAbsolute(d.file) || d.file.includes('\\')) problems.push(`the path is not relative to the data folder: ${JSON.stringify(d.file)}`);
    else if (/\bat .*\.(ts|js):\d+/.test(d.message)) problems.push(`a stack trace in a message: ${JSON.stringify(line.slice(0, 200))}`);
  }
  return problems;
}

/** The files of the fuzz corpus: report.json, the root files and two years of the example data,
 * long files cut to `maxLines` lines (in their own encoding, a BOM kept) so that a case runs fast. */
export async function prepareCorpus(dataDir: string, dest: string, years: readonly string[] = ['2024', '2025'], maxLines = 200): Promise<void> {
  const copy = async (rel: string): Promise<void> => {
    const bytes = await fs.readFile(path.join(dataDir, rel));
    let out: Buffer = bytes;
    if (rel.endsWith('.csv')) {
      const utf16 = bytes[0] === 0xff && bytes[1] === 0xfe;
      const encoding: BufferEncoding = utf16 ? 'utf16le' : isUtf8(bytes) ? 'utf8' : 'latin1';
      const text = (utf16 ? bytes.subarray(2) : bytes).toString(encoding);
      const lines = text.split('\n');
      if (lines.length > maxLines) {
        const cut = Buffer.from(`${lines.slice(0, maxLines).join('\n')}\n`, encoding);
        out = utf16 ? Buffer.concat([bytes.subarray(0, 2), cut]) : cut;
      }
    }
    await fs.mkdir(path.dirname(path.join(dest, rel)), { recursive: true });
    await fs.writeFile(path.join(dest, rel), out);
  };
  for (const name of await fs.readdir(dataDir)) {
    if (/^\d{4}$/.test(name)) continue;
    const stat = await fs.stat(path.join(dataDir, name));
    if (stat.isFile()) await copy(name);
  }
  for (const year of years) {
    for (const rel of await listFiles(path.join(dataDir, year))) await copy(`${year}/${rel}`);
  }
}

/** Every file of a folder, by forward-slash path. */
export async function readFolder(dir: string): Promise<Map<string, Buffer>> {
  const files = new Map<string, Buffer>();
  for (const rel of await listFiles(dir)) files.set(rel, await fs.readFile(path.join(dir, rel)));
  return files;
}
