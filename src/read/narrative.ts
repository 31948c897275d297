// The narratives: `<year>/narrative/<section>.<lang>.md`, Markdown written by communications
// staff (inputs.md "Layout", site.md "The site"). Read as strict UTF-8; a CPR number in the text
// stops the build (named by file and line, never repeated; the rule of identifiers.ts). The tags `{% kpi "ID" %}` and
// `{% chart "NAME" %}` are found here and checked against the known ids and chart names.

import { createHash } from 'node:crypto';
import markdownIt from 'markdown-it';
import type { Token } from 'markdown-it';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import type { Language, Narrative } from '../model/records.ts';
import { HR } from '../model/registry/index.ts';
import type { InputFileInfo } from '../model/site.ts';
import { openDataFile, refusalMessage, withDataFile, type Refusal } from './data-file.ts';
import { parseNarrativeFileName, type YearFolder } from './folder.ts';
import { containsCprInMarkdown } from './identifiers.ts';
import { quoteValue } from './shown.ts';

// ---- strict UTF-8 --------------------------------------------------------------------------

export type DecodedText =
  | { readonly ok: true; readonly text: string }
  | { readonly ok: false; readonly line: number };

const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false });

/** Decodes UTF-8 (a byte-order mark is dropped); otherwise the line of the first bad byte. */
export function decodeStrictUtf8(bytes: Uint8Array): DecodedText {
  try {
    return { ok: true, text: UTF8.decode(bytes) };
  } catch {
    const bad = firstInvalidUtf8Byte(bytes);
    let line = 1;
    for (let i = 0; i < bad; i++) if (bytes[i] === 0x0a) line++;
    return { ok: false, line };
  }
}

/** The 1-based line of the first NUL character of a text, or null. */
export function firstNulLine(text: string): number | null {
  const at = text.indexOf('\u0000');
  if (at === -1) return null;
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < at; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

/** Offset of the first byte that starts no well-formed UTF-8 sequence (Unicode table 3-7). */
function firstInvalidUtf8Byte(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i] ?? 0;
    let length: number;
    let lo = 0x80;
    let hi = 0xbf;
    if (b < 0x80) length = 1;
    else if (b >= 0xc2 && b <= 0xdf) length = 2;
    else if (b >= 0xe0 && b <= 0xef) {
      length = 3;
      if (b === 0xe0) lo = 0xa0;
      if (b === 0xed) hi = 0x9f;
    } else if (b >= 0xf0 && b <= 0xf4) {
      length = 4;
      if (b === 0xf0) lo = 0x90;
      if (b === 0xf4) hi = 0x8f;
    } else return i;
    for (let k = 1; k < length; k++) {
      const c = bytes[i + k];
      const min = k === 1 ? lo : 0x80;
      const max = k === 1 ? hi : 0xbf;
      if (c === undefined || c < min || c > max) return i;
    }
    i += length;
  }
  return bytes.length;
}

// ---- reading -------------------------------------------------------------------------------

/** A narrative is a page of text; a file larger than this is not read. */
const MAX_NARRATIVE_BYTES = 10 * 1024 * 1024;

export interface NarrativeReadResult {
  narratives: Narrative[];
  infos: InputFileInfo[];
}

type Loaded =
  | { readonly ok: true; readonly bytes: Buffer }
  | { readonly ok: false; readonly refusal: Refusal | 'too-large' };

/** A narrative's bytes, or why it is not read (nothing of a refused or too large file is read). */
async function loadNarrative(dataDir: string, file: string): Promise<Loaded> {
  const opened = await openDataFile(dataDir, file);
  if (!opened.ok) return opened;
  if (opened.file.size > MAX_NARRATIVE_BYTES) {
    await opened.file.close();
    return { ok: false, refusal: 'too-large' };
  }
  return { ok: true, bytes: await withDataFile(opened.file, (f) => f.readAll()) };
}

/**
 * Reads the narratives that scanDataFolder listed for a year, in its (sorted) order. A file
 * with an error (not UTF-8, a CPR number) is left out of `narratives`; its info is kept. The
 * files are read at once; what is found is reported in their order.
 */
export async function readNarratives(dataDir: string, folder: YearFolder, languages: readonly Language[],
  sink: DiagnosticSink): Promise<NarrativeReadResult> {
  const narratives: Narrative[] = [];
  const infos: InputFileInfo[] = [];
  const wanted = folder.narratives.flatMap((file) => {
    const name = parseNarrativeFileName(file.slice(file.lastIndexOf('/') + 1));
    return name === null || !languages.includes(name.lang) ? [] : [{ file, name }];
  });
  const loaded = await Promise.all(wanted.map(({ file }) => loadNarrative(dataDir, file)));
  wanted.forEach(({ file, name }, at) => {
    const read = loaded[at]!;
    if (!read.ok) {
      const { refusal } = read;
      sink.error(file, 1, refusal === 'too-large'
        ? 'the text is larger than 10 MB, far larger than a page of text; check that it is the right file'
        : refusal === 'missing' || refusal === 'unreadable' || refusal === 'folder'
          ? 'the narrative cannot be read; check that it is a readable file'
          : refusalMessage(refusal));
      return;
    }
    const { bytes } = read;
    infos.push({ path: file, bytes: bytes.length, sha256: createHash('sha256').update(bytes).digest('hex'), rows: null });
    const decoded = decodeStrictUtf8(bytes);
    if (!decoded.ok) {
      sink.error(file, decoded.line, 'the text is not valid UTF-8 (a character on this line cannot be read); save the file as UTF-8');
      return;
    }
    const nul = firstNulLine(decoded.text);
    if (nul !== null) {
      sink.error(file, nul, 'this line holds a NUL character (a zero byte), which a text file never holds; save the file again as plain UTF-8 text');
      return;
    }
    let clean = true;
    decoded.text.split('\n').forEach((text, i) => {
      if (containsCprInMarkdown(text)) {
        sink.error(file, i + 1, 'the text holds a CPR number (a Danish personal identification number); remove it, personal data must not be published');
        clean = false;
      }
    });
    if (!clean) return;
    const deep = nestingLimitLine(decoded.text);
    if (deep !== null) {
      sink.warning(file, deep, `lists or quotes are nested ${NESTING.options.maxNesting} levels deep here, more than a page can show;`
        + ' what lies deeper is left out, so write it with fewer levels');
    }
    narratives.push({ file, section: name.section, lang: name.lang, markdown: decoded.text });
  });
  return { narratives, infos };
}

// ---- nesting ----------------------------------------------------------------------------

/** markdown-it as the pages use it (render/narrative.ts): its default nesting limit. */
const NESTING = markdownIt({ html: false, linkify: false, typographer: false });

/**
 * A line that starts with this many characters of indentation, `>` and list markers. A block is
 * only ever that deep on a line that starts with a marker or the indentation of every list and
 * quote it lies in: a `>` (one level) or list marker (two levels) each, or indentation, of which a
 * tab (one character) is at most four columns, that is two levels of lists. Reaching the limit
 * (99 levels, four of them a table's) so takes some 24 characters or more; without such a line,
 * a text is not parsed for the check.
 */
const MAY_NEST_DEEP = /^[ \t>*+\-.)0-9]{16}/m;

/**
 * The line where the block nesting reaches markdown-it's limit (maxNesting), or null: there it
 * stops reading the nested blocks and silently leaves out what lies deeper.
 */
export function nestingLimitLine(markdown: string): number | null {
  if (!MAY_NEST_DEEP.test(markdown)) return null;
  const limit = NESTING.options.maxNesting - 1;
  let tokens: Token[];
  try {
    tokens = NESTING.parse(markdown, {});
  } catch {
    return null; // the page's own rendering reports a text it cannot read
  }
  for (const t of tokens) {
    if (t.level >= limit) return (t.map?.[0] ?? 0) + 1;
  }
  return null;
}

// ---- tags ----------------------------------------------------------------------------------

export const NARRATIVE_CHART_NAMES = [
  'gender', 'management-gender', 'age', 'origin', 'emissions-trend', 'travel-modes', 'energy-carriers', 'supplier-clauses',
] as const;
export type ChartName = (typeof NARRATIVE_CHART_NAMES)[number];

export function isChartName(name: string): name is ChartName {
  return (NARRATIVE_CHART_NAMES as readonly string[]).includes(name);
}

export interface NarrativeTag {
  kind: 'kpi' | 'chart';
  name: string;
  /** Physical line of the file where the tag starts. */
  line: number;
  /** Offsets of the whole tag in the Markdown: `markdown.slice(start, end)` is `{% … %}`. */
  start: number;
  end: number;
}

type ScannedTag =
  | { readonly ok: true; readonly tag: NarrativeTag }
  | { readonly ok: false; readonly line: number; readonly message: string };

const TAG_USAGE = 'write {% kpi "ID" %} or {% chart "NAME" %}';

/** Every `{% … %}` of a narrative, well-formed or not, in order. */
function scanTags(markdown: string): ScannedTag[] {
  const found: ScannedTag[] = [];
  // The line of an offset: the next line break is kept between calls, so that many tags on one
  // long line do not each search that line for its end.
  let line = 1;
  let nextBreak = markdown.indexOf('\n');
  const lineAt = (offset: number): number => {
    for (; nextBreak !== -1 && nextBreak < offset; nextBreak = markdown.indexOf('\n', nextBreak + 1)) line++;
    return line;
  };
  let from = 0;
  // The first %} at or after the last search start: kept between tags, so that a long run of
  // {% with no %} is read once, not once per {% (a million-character line would never end).
  let close = markdown.indexOf('%}', 2);
  for (let open = markdown.indexOf('{%', from); open !== -1; open = markdown.indexOf('{%', from)) {
    const at = lineAt(open);
    if (close !== -1 && close < open + 2) close = markdown.indexOf('%}', open + 2);
    const next = markdown.indexOf('{%', open + 2);
    if (close === -1 || (next !== -1 && next < close)) {
      found.push({ ok: false, line: at, message: `a tag opened with {% is not closed with %}; ${TAG_USAGE}` });
      from = open + 2;
      continue;
    }
    found.push(parseTag(markdown.slice(open + 2, close), at, open, close + 2));
    from = close + 2;
  }
  return found;
}

function parseTag(inner: string, line: number, start: number, end: number): ScannedTag {
  // Name, then arguments, both trimmed (by hand: a lazy regex backtracks for ever on a long run of spaces).
  const trimmed = inner.trim();
  const space = trimmed.search(/\s/);
  const tagName = trimmed === '' ? undefined : space === -1 ? trimmed : trimmed.slice(0, space);
  const args = space === -1 ? '' : trimmed.slice(space).trim();
  if (tagName === undefined) return { ok: false, line, message: `an empty tag {% %}; ${TAG_USAGE}` };
  if (tagName !== 'kpi' && tagName !== 'chart') {
    return { ok: false, line, message: `unknown tag ${show(tagName)}; the tags are {% kpi "ID" %} (a key figure) and {% chart "NAME" %} (a chart)` };
  }
  const quoted = /^"([^"\\\n]*)"$/.exec(args);
  const name = quoted?.[1]?.trim();
  if (name === undefined || name === '') {
    const hint = /^[“”„'‘’«»]/.test(args) ? ' with straight double quotes "…"' : ' in double quotes';
    const example = tagName === 'kpi' ? `{% kpi "${HR.headcount}" %}` : '{% chart "gender" %}';
    return { ok: false, line, message: `the ${tagName} tag needs exactly one name${hint}, e.g. ${example}` };
  }
  return { ok: true, tag: { kind: tagName, name, line, start, end } };
}

/** A tag text or name for a message: short, and never a run of digits (a possible CPR number). */
function show(text: string): string {
  return text.length > 60 || /\d{6}/.test(text) ? '(not shown)' : quoteValue(text);
}

/**
 * The well-formed tag that starts at `offset` of `text` (`{% kpi "id" %}` or `{% chart "NAME" %}`),
 * with the offset just after its `%}`; null for anything else. The one reading of a tag: the check
 * below and the renderer (render/narrative.ts) both use it, so they never disagree on quotes or spaces.
 */
export function tagAt(text: string, offset: number): { readonly kind: NarrativeTag['kind']; readonly name: string; readonly end: number } | null {
  if (!text.startsWith('{%', offset)) return null;
  const close = text.indexOf('%}', offset + 2);
  if (close === -1) return null;
  const next = text.indexOf('{%', offset + 2);
  if (next !== -1 && next < close) return null;
  const parsed = parseTag(text.slice(offset + 2, close), 0, offset, close + 2);
  return parsed.ok ? { kind: parsed.tag.kind, name: parsed.tag.name, end: close + 2 } : null;
}

/** The well-formed `{% kpi "id" %}` and `{% chart "NAME" %}` tags of a narrative, in order. */
export function findNarrativeTags(markdown: string): NarrativeTag[] {
  return scanTags(markdown).flatMap((t) => (t.ok ? [t.tag] : []));
}

/** Reports malformed tags, unknown key-figure ids and unknown chart names, each on its line. */
export function checkNarrativeTags(n: Narrative, knownKpi: (id: string) => boolean, sink: DiagnosticSink): void {
  for (const scanned of scanTags(n.markdown)) {
    if (!scanned.ok) {
      sink.error(n.file, scanned.line, scanned.message);
      continue;
    }
    const { kind, name, line } = scanned.tag;
    if (kind === 'kpi' && !knownKpi(name)) {
      sink.error(n.file, line, `{% kpi ${show(name)} %}: there is no key figure with this id; use an id as the Method page (Metode og data) or downloads/<year>/kpis.json lists it, e.g. "${HR.womenShare}", or "ind.<id>" for an indicator declared in indicators.csv`);
    } else if (kind === 'chart' && !isChartName(name)) {
      sink.error(n.file, line, `{% chart ${show(name)} %}: there is no chart with this name; the charts are ${NARRATIVE_CHART_NAMES.join(', ')}`);
    }
  }
}
