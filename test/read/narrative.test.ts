import { isUtf8 } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import fc from 'fast-check';
import markdownIt from 'markdown-it';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import type { Narrative } from '../../src/model/records.ts';
import { scanDataFolder, type YearFolder } from '../../src/read/folder.ts';
import {
  NARRATIVE_CHART_NAMES, checkNarrativeTags, decodeStrictUtf8, findNarrativeTags, nestingLimitLine, readNarratives,
} from '../../src/read/narrative.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

const HOSTILE = fileURLToPath(new URL('../fixtures/folders/hostile/', import.meta.url));

function yearFolder(narratives: string[]): YearFolder {
  return { year: 2025, draft: false, files: {}, narratives };
}

async function readFiles(files: Record<string, string | Uint8Array>, languages: readonly ('da' | 'en')[] = ['da', 'en']) {
  const dir = await makeDataFolder(files);
  made.push(dir);
  const sink = new DiagnosticSink();
  const result = await readNarratives(dir, yearFolder(Object.keys(files).sort()), languages, sink);
  return { ...result, lines: sink.items.map(formatDiagnostic) };
}

const narrative = (markdown: string, file = '2025/narrative/overview.da.md'): Narrative =>
  ({ file, section: 'overview', lang: 'da', markdown });

function check(markdown: string, known: readonly string[] = ['hr.headcount', 'hr.gender.women_share']): string[] {
  const sink = new DiagnosticSink();
  checkNarrativeTags(narrative(markdown), (id) => known.includes(id), sink);
  return sink.items.map(formatDiagnostic);
}

describe('decodeStrictUtf8', () => {
  const bytes = (...parts: (string | number[])[]): Uint8Array =>
    Buffer.concat(parts.map((p) => (typeof p === 'string' ? Buffer.from(p, 'utf8') : Buffer.from(p))));

  it('decodes UTF-8 with Danish letters and drops a byte-order mark', () => {
    expect(decodeStrictUtf8(bytes([0xef, 0xbb, 0xbf], 'Æble, øl og å'))).toEqual({ ok: true, text: 'Æble, øl og å' });
    expect(decodeStrictUtf8(bytes('🌍 ok'))).toEqual({ ok: true, text: '🌍 ok' });
  });

  it.each([
    ['a Windows-1252 æ on line 3', bytes('a\nb\nF', [0xe6], 'lles\n'), 3],
    ['an undefined byte 0x81 on line 1', bytes([0x81], '\n'), 1],
    ['an overlong encoding', bytes('x\n', [0xc0, 0x80]), 2],
    ['an encoded surrogate', bytes('x\ny\n', [0xed, 0xa0, 0x80]), 3],
    ['a sequence cut off by a line break', bytes('ok\n', [0xe2, 0x82], '\nnext'), 2],
    ['a sequence cut off at the end', bytes('a\nb\nc\n', [0xf0, 0x9f, 0x8c]), 4],
    ['a code point above U+10FFFF', bytes([0xf4, 0x90, 0x80, 0x80]), 1],
  ])('%s is an error on its line', (_, input, line) => {
    expect(decodeStrictUtf8(input)).toEqual({ ok: false, line });
  });
});

describe('decodeStrictUtf8 agrees with Node\'s own UTF-8 check (isUtf8 of node:buffer)', () => {
  // Bytes near the edges of UTF-8: ASCII, line breaks, continuation bytes, lead bytes of every length.
  const edgeByte = fc.constantFrom(0x0a, 0x41, 0x7f, 0x80, 0x8f, 0x90, 0x9f, 0xa0, 0xbf, 0xc0, 0xc2, 0xdf, 0xe0, 0xed, 0xef, 0xf0, 0xf4, 0xf5, 0xff);
  // Sequences at the edges of well-formedness: overlong forms, surrogates, beyond U+10FFFF, cut off.
  const edgeSequence = fc.constantFrom(
    [0xc0, 0x80], [0xc1, 0xbf], [0xc2, 0x80], [0xdf, 0xbf], [0xe0, 0x80, 0x80], [0xe0, 0x9f, 0xbf], [0xe0, 0xa0, 0x80],
    [0xed, 0x9f, 0xbf], [0xed, 0xa0, 0x80], [0xef, 0xbf, 0xbf], [0xf0, 0x8f, 0xbf, 0xbf], [0xf0, 0x90, 0x80, 0x80],
    [0xf4, 0x8f, 0xbf, 0xbf], [0xf4, 0x90, 0x80, 0x80], [0xf5, 0x80, 0x80, 0x80], [0xe2, 0x82], [0xf0, 0x9f, 0x8c], [0x80], [0xff],
  );
  const chunks = fc.array(fc.oneof(
    fc.string({ unit: 'grapheme', maxLength: 6 }).map((t) => [...new TextEncoder().encode(t)]),
    fc.constant([0x0a]),
    edgeSequence,
    edgeByte.map((b) => [b]),
  ), { maxLength: 12 });
  const byteArrays = fc.oneof(
    fc.uint8Array({ maxLength: 40 }),
    chunks.map((parts) => Uint8Array.from(parts.flat())),
  );

  it('is ok exactly for valid UTF-8, and the reported line holds the first bad byte', () => {
    fc.assert(fc.property(byteArrays, (bytes) => {
      const buffer = Buffer.from(bytes);
      const result = decodeStrictUtf8(bytes);
      if (isUtf8(buffer)) {
        return result.ok && Buffer.from(result.text, 'utf8').equals(buffer.subarray(buffer.subarray(0, 3).equals(Buffer.from([0xef, 0xbb, 0xbf])) ? 3 : 0));
      }
      if (result.ok) return false;
      // Offsets where each line starts; everything before the reported line is valid, that line is not.
      const starts = [0];
      buffer.forEach((b, i) => { if (b === 0x0a) starts.push(i + 1); });
      const lineStart = starts[result.line - 1];
      if (lineStart === undefined) return false;
      const lineEnd = starts[result.line] ?? buffer.length;
      return isUtf8(buffer.subarray(0, lineStart)) && !isUtf8(buffer.subarray(0, lineEnd));
    }), { numRuns: 3000 });
  });
});

describe('readNarratives', () => {
  it('reads each listed narrative with its section, language, text and checksum (checked with sha256sum)', async () => {
    const { narratives, infos, lines } = await readFiles({
      '2025/narrative/workforce.en.md': '# Workforce\n',
      '2025/narrative/overview.da.md': '\uFEFF# Overblik\nÆbler.\n',
    });
    expect(lines).toEqual([]);
    expect(narratives).toEqual([
      { file: '2025/narrative/overview.da.md', section: 'overview', lang: 'da', markdown: '# Overblik\nÆbler.\n' },
      { file: '2025/narrative/workforce.en.md', section: 'workforce', lang: 'en', markdown: '# Workforce\n' },
    ]);
    expect(infos).toEqual([
      { path: '2025/narrative/overview.da.md', bytes: 22, sha256: '48c119684e0414af2037f32fb2d64eaabf8cf9a6f628c9756d25f3d3dbb60f41', rows: null },
      { path: '2025/narrative/workforce.en.md', bytes: 12, sha256: '0efb4e035ccc3ed73efcfc1b0bb849fd69e7a4827c6220d162c3b3914d934a00', rows: null },
    ]);
  });

  it('keeps raw HTML and CRLF line ends as written: the text is data', async () => {
    const text = '# <script>alert(1)</script>\r\n\r\n<img src=x onerror=alert(2)> &amp;\r\n';
    const { narratives } = await readFiles({ '2025/narrative/data.en.md': text });
    expect(narratives[0]?.markdown).toBe(text);
  });

  it('leaves out a narrative in a language report.json does not list', async () => {
    const { narratives, infos, lines } = await readFiles({ '2025/narrative/data.en.md': 'x', '2025/narrative/data.da.md': 'y' }, ['da']);
    expect(narratives.map((n) => n.file)).toEqual(['2025/narrative/data.da.md']);
    expect(infos.map((i) => i.path)).toEqual(['2025/narrative/data.da.md']);
    expect(lines).toEqual([]);
  });

  it('invalid UTF-8 is an error on the line of the bad byte; the file is left out but listed as read', async () => {
    const bad = Buffer.concat([Buffer.from('# Miljø\n\nVi sparede p', 'utf8'), Buffer.from([0xe5]), Buffer.from(' energi.\n')]);
    const { narratives, infos, lines } = await readFiles({ '2025/narrative/environment.da.md': bad });
    expect(lines).toEqual([
      '2025/narrative/environment.da.md:3: error: the text is not valid UTF-8 (a character on this line cannot be read); save the file as UTF-8',
    ]);
    expect(narratives).toEqual([]);
    expect(infos.map((i) => [i.path, i.bytes])).toEqual([['2025/narrative/environment.da.md', bad.length]]);
  });

  it('a CPR number is an error on each line that holds one, never repeating it; the file is left out', async () => {
    const { narratives, lines } = await readFiles({
      '2025/narrative/community.da.md': '# Samarbejde\n\nKontakt 010190-1234 eller\n(2902001212).\nIkke et nummer: 310290-1234, 290201-1234, a010190-1234, 010190-12345.\n',
    });
    const message = 'the text holds a CPR number (a Danish personal identification number); remove it, personal data must not be published';
    expect(lines).toEqual([
      `2025/narrative/community.da.md:3: error: ${message}`,
      `2025/narrative/community.da.md:4: error: ${message}`,
    ]);
    expect(lines.join('\n')).not.toMatch(/010190|2902001212/);
    expect(narratives).toEqual([]);
  });

  it('a CPR number with a space between its parts, or split by Markdown emphasis, is an error too (issue 17)', async () => {
    const { narratives, lines } = await readFiles({
      '2025/narrative/community.da.md': [
        '# Samarbejde', // 1
        'Kontakt 010190 1234.', // 2
        'Kontakt 010190\u00A01234.', // 3
        'Kontakt 0101**90**-1234.', // 4
        'Kontakt 0101_90_-1234.', // 5
        'Kontakt `010190`-1234.', // 6
        'Kontakt *010190* 1234.', // 7
        'Kontakt 0101~~90~~1234.', // 8
        'Ikke et nummer: 010190  1234, 320190 1234, **2025** 123456, a_010190_1234, 010190 * 1234.', // 9
      ].join('\n') + '\n',
    });
    const message = 'the text holds a CPR number (a Danish personal identification number); remove it, personal data must not be published';
    expect(lines).toEqual([2, 3, 4, 5, 6, 7, 8].map((n) => `2025/narrative/community.da.md:${n}: error: ${message}`));
    expect(narratives).toEqual([]);
  });

  it('a listed narrative that has disappeared is an error, not a crash', async () => {
    const dir = await makeDataFolder({});
    made.push(dir);
    const sink = new DiagnosticSink();
    const result = await readNarratives(dir, yearFolder(['2025/narrative/data.da.md']), ['da'], sink);
    expect(result).toEqual({ narratives: [], infos: [] });
    expect(sink.items.map(formatDiagnostic)).toEqual(['2025/narrative/data.da.md:1: error: the narrative cannot be read; check that it is a readable file']);
  });
});

describe('findNarrativeTags', () => {
  it('finds kpi and chart tags with their physical line and offsets', () => {
    const md = '# Title\n\nWe were {% kpi "hr.headcount" %} people,\n{%kpi "hr.fte"%} FTE.\n\n{%   chart   "gender"   %}\n';
    const tags = findNarrativeTags(md);
    expect(tags.map(({ kind, name, line }) => ({ kind, name, line }))).toEqual([
      { kind: 'kpi', name: 'hr.headcount', line: 3 },
      { kind: 'kpi', name: 'hr.fte', line: 4 },
      { kind: 'chart', name: 'gender', line: 6 },
    ]);
    expect(tags.map((t) => md.slice(t.start, t.end))).toEqual(['{% kpi "hr.headcount" %}', '{%kpi "hr.fte"%}', '{%   chart   "gender"   %}']);
  });

  it('counts CRLF line ends once, and gives a tag broken over two lines the line where it starts', () => {
    const md = 'a\r\nb\r\nx {% kpi\r\n  "hr.headcount" %} y\r\n{% chart "age" %}';
    expect(findNarrativeTags(md).map((t) => [t.name, t.line])).toEqual([['hr.headcount', 3], ['age', 5]]);
  });

  it('leaves out malformed tags and finds nothing in plain text', () => {
    expect(findNarrativeTags('{% kpi hr.headcount %} {% foo %} {{ x }} 50 % and 20 %')).toEqual([]);
    expect(findNarrativeTags('')).toEqual([]);
  });
});

describe('checkNarrativeTags', () => {
  it('an unknown key-figure id is an error on its line (conformance bad/28)', () => {
    expect(check('# Året i overblik\n\nVi var {% kpi "hr.headcount" %} medarbejdere på opgørelsesdagen.\nKvinder udgjorde {% kpi "hr.gender.women_percent" %} af medarbejderne.\n')).toEqual([
      '2025/narrative/overview.da.md:4: error: {% kpi "hr.gender.women_percent" %}: there is no key figure with this id; use an id as the Method page (Metode og data) or downloads/<year>/kpis.json lists it, e.g. "hr.gender.women_share", or "ind.<id>" for an indicator declared in indicators.csv',
    ]);
  });

  it('asks the given predicate, so declared indicators are known', () => {
    expect(check('{% kpi "ind.data.breaches" %}', ['ind.data.breaches'])).toEqual([]);
  });

  it('accepts the eight chart names and refuses any other', () => {
    expect(check(NARRATIVE_CHART_NAMES.map((n) => `{% chart "${n}" %}`).join('\n'))).toEqual([]);
    expect(check('x\n\n{% chart "pie" %}')).toEqual([
      '2025/narrative/overview.da.md:3: error: {% chart "pie" %}: there is no chart with this name; the charts are gender, management-gender, age, origin, emissions-trend, travel-modes, energy-carriers, supplier-clauses',
    ]);
    expect(check('{% chart "Gender" %}')).toHaveLength(1);
  });

  it.each([
    ['{% kpi hr.headcount %}', 'the kpi tag needs exactly one name in double quotes, e.g. {% kpi "hr.headcount" %}'],
    ["{% kpi 'hr.headcount' %}", 'the kpi tag needs exactly one name with straight double quotes "…", e.g. {% kpi "hr.headcount" %}'],
    ['{% kpi “hr.headcount” %}', 'the kpi tag needs exactly one name with straight double quotes "…", e.g. {% kpi "hr.headcount" %}'],
    ['{% chart %}', 'the chart tag needs exactly one name in double quotes, e.g. {% chart "gender" %}'],
    ['{% chart "" %}', 'the chart tag needs exactly one name in double quotes, e.g. {% chart "gender" %}'],
    ['{% kpi "hr.headcount" "hr.fte" %}', 'the kpi tag needs exactly one name in double quotes, e.g. {% kpi "hr.headcount" %}'],
    ['{% foo %}', 'unknown tag "foo"; the tags are {% kpi "ID" %} (a key figure) and {% chart "NAME" %} (a chart)'],
    ['{% include "/etc/passwd" %}', 'unknown tag "include"; the tags are {% kpi "ID" %} (a key figure) and {% chart "NAME" %} (a chart)'],
    ['{% KPI "hr.headcount" %}', 'unknown tag "KPI"; the tags are {% kpi "ID" %} (a key figure) and {% chart "NAME" %} (a chart)'],
    ['{% %}', 'an empty tag {% %}; write {% kpi "ID" %} or {% chart "NAME" %}'],
    ['{% kpi "hr.headcount"', 'a tag opened with {% is not closed with %}; write {% kpi "ID" %} or {% chart "NAME" %}'],
  ])('a malformed tag %s is an error on its line', (tag, message) => {
    expect(check(`Line one.\nLine two with ${tag} in it.\n`)).toEqual([`2025/narrative/overview.da.md:2: error: ${message}`]);
  });

  it('an unclosed tag does not swallow the next one', () => {
    expect(check('{% kpi "hr.headcount"\n\n{% chart "nope" %}')).toEqual([
      '2025/narrative/overview.da.md:1: error: a tag opened with {% is not closed with %}; write {% kpi "ID" %} or {% chart "NAME" %}',
      '2025/narrative/overview.da.md:3: error: {% chart "nope" %}: there is no chart with this name; the charts are gender, management-gender, age, origin, emissions-trend, travel-modes, energy-carriers, supplier-clauses',
    ]);
  });

  it('reports every bad tag of a file, each on its line', () => {
    expect(check('{% kpi "a" %}\n{% kpi "hr.headcount" %}\n\n{% kpi "b" %} {% chart "c" %}').map((l) => l.slice(0, l.indexOf(': error')))).toEqual([
      '2025/narrative/overview.da.md:1', '2025/narrative/overview.da.md:4', '2025/narrative/overview.da.md:4',
    ]);
  });

  it('never repeats a tag name that may hold a CPR number', () => {
    const lines = check('{% kpi "010190-1234" %}\n{% foo010190-1234 %}');
    expect(lines).toHaveLength(2);
    expect(lines.join('\n')).not.toContain('010190');
  });
});

describe('the hostile-text fixture (test/fixtures/folders/hostile)', () => {
  it('reads without errors, passes every byte of text through unchanged and finds its tags', async () => {
    const sink = new DiagnosticSink();
    const report = await readReportJson(HOSTILE, sink);
    expect(report?.settings.organisation.name).toBe('<script>alert("org")</script> & "Søndergaard" <b>A/S</b> ${process.env.HOME} {{ 7*7 }}');
    expect(report?.settings.organisation.accessibilityStatementUrl).toBe('https://www.was.digst.dk/example?q="\'><img src=x onerror=alert(1)>');
    const folder = await scanDataFolder(HOSTILE, ['da', 'en'], sink);
    const year = folder.years[0];
    expect(year?.narratives).toEqual([
      '2025/narrative/overview.da.md', '2025/narrative/overview.en.md',
      '2025/narrative/workforce.da.md', '2025/narrative/workforce.en.md',
    ]);
    const { narratives } = await readNarratives(HOSTILE, year ?? yearFolder([]), ['da', 'en'], sink);
    for (const n of narratives) {
      checkNarrativeTags(n, (id) => ['hr.headcount', 'hr.gender.women_share', 'hr.fte'].includes(id), sink);
      const raw = await readFile(path.join(HOSTILE, n.file), 'utf8');
      expect(n.markdown).toBe(raw);
    }
    expect(sink.items.filter((d) => d.severity === 'error')).toEqual([]);
    expect(narratives.map((n) => findNarrativeTags(n.markdown).map((t) => `${t.kind}:${t.name}@${t.line}`))).toEqual([
      ['kpi:hr.headcount@3', 'chart:gender@13'],
      ['kpi:hr.gender.women_share@3'],
      ['chart:management-gender@5'],
      ['kpi:hr.fte@11'],
    ]);
  });
});

describe('nestingLimitLine parses only a text with a line that can nest so deep', () => {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  /** markdown-it's answer, always parsed: the line of the first block at its limit, or null. */
  const parsed = (text: string): number | null => {
    const t = md.parse(text, {}).find((token) => token.level >= md.options.maxNesting - 1);
    return t === undefined ? null : (t.map?.[0] ?? 0) + 1;
  };
  /** Lists nested with the least indentation there is: tabs (four columns) for two levels each. */
  const ladder = (depth: number, table: boolean): string => {
    const indent = (columns: number): string => '\t'.repeat(Math.floor(columns / 4)) + ' '.repeat(columns % 4);
    const lines = Array.from({ length: depth }, (_, d) => `${indent(2 * d)}- x`);
    if (table) lines.push(`${indent(2 * depth)}| a | b |`, `${indent(2 * depth)}|---|---|`, `${indent(2 * depth)}| 1 | 2 |`);
    return `${lines.join('\n')}\n`;
  };

  it('agrees with markdown-it on the tightest nesting, lists in tabs with and without a table', () => {
    for (const depth of [10, 40, 47, 48, 49, 60]) {
      for (const table of [false, true]) expect(nestingLimitLine(ladder(depth, table))).toBe(parsed(ladder(depth, table)));
    }
    expect(parsed(ladder(49, false))).not.toBeNull();
  });

  it('agrees with markdown-it on any text of quotes, list markers and indentation, deep or not', () => {
    // Lines of 40 to 140 quotes, list markers, tabs and spaces: about a tenth nest to the limit.
    const prefix = fc.array(fc.constantFrom('>', '> ', '- ', '* ', '1. ', '2) ', '>', '- ', '> ', '\t', ' '), { minLength: 40, maxLength: 140 });
    const line = fc.tuple(prefix, fc.constantFrom('x', '| a | b |', '|---|---|', ''));
    fc.assert(fc.property(fc.array(line, { maxLength: 6 }), (lines) => {
      const text = lines.map(([p, rest]) => p.join('') + rest).join('\n');
      expect(nestingLimitLine(text)).toBe(parsed(text));
    }), { numRuns: 300 });
  });
});
