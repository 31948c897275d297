import { afterEach, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function read(reportJson: string | Uint8Array | null, extra: FolderSpec = {}) {
  const spec: Record<string, string | Uint8Array | null> = { ...extra };
  if (reportJson !== null) spec['report.json'] = reportJson;
  const dir = await makeDataFolder(spec);
  made.push(dir);
  const sink = new DiagnosticSink();
  const result = await readReportJson(dir, sink);
  return { result, lines: sink.items.map(formatDiagnostic) };
}

/** report.json text from lines, so that a test can count the line of each key. */
const json = (...lines: string[]): string => `${lines.join('\n')}\n`;

const ORG = '  "organisation": { "name": "Testorganisation", "accessibilityStatementUrl": "https://www.was.digst.dk/test" },';
const ORG_LAST = '  "organisation": { "name": "Testorganisation", "accessibilityStatementUrl": "https://www.was.digst.dk/test" }';

describe('readReportJson: valid files', () => {
  it('reads every setting of the documented example', async () => {
    const { result, lines } = await read(json(
      '{',
      '  "organisation": { "name": "KOMBIT", "url": "https://www.kombit.dk",',
      '                    "accessibilityStatementUrl": "https://www.was.digst.dk/kombit-dk" },',
      '  "languages": ["en", "da"],',
      '  "snapshotDate": "09-30",',
      '  "privacy": { "minCellSize": 3 },',
      '  "emissions": { "radiativeForcing": false, "baseYear": 2019 },',
      '  "numberFormat": { "2024/energy.csv": { "decimal": "," } }',
      '}',
    ), { '2024/energy.csv': 'period_start\n' });
    expect(lines).toEqual([]);
    expect(result?.settings).toEqual({
      organisation: { name: 'KOMBIT', url: 'https://www.kombit.dk', accessibilityStatementUrl: 'https://www.was.digst.dk/kombit-dk' },
      languages: ['en', 'da'],
      snapshotDate: { month: 9, day: 30 },
      minCellSize: 3,
      radiativeForcing: false,
      baseYear: 2019,
      numberFormat: { '2024/energy.csv': { decimal: ',' } },
    });
  });

  it('fills in the defaults of every optional key', async () => {
    const { result, lines } = await read(json('{', ORG_LAST, '}'));
    expect(lines).toEqual([]);
    expect(result?.settings).toEqual({
      organisation: { name: 'Testorganisation', url: null, accessibilityStatementUrl: 'https://www.was.digst.dk/test' },
      languages: ['da', 'en'],
      snapshotDate: { month: 12, day: 31 },
      minCellSize: 5,
      radiativeForcing: true,
      baseYear: null,
      numberFormat: {},
    });
  });

  it('gives the size and SHA-256 of the raw bytes (checked with sha256sum)', async () => {
    const text = '{"organisation":{"name":"A","accessibilityStatementUrl":"https://a.example/was"}}';
    const { result } = await read(text);
    expect(result?.info).toEqual({
      path: 'report.json',
      bytes: 81,
      sha256: '71d0ac4b9ebdff7ea5e60ae78a7d96912bf548b9c247c591089436bde43d145b',
      rows: null,
    });
  });

  it('accepts a UTF-8 byte-order mark, and counts it in the bytes', async () => {
    const body = Buffer.from(json('{', ORG_LAST, '}'), 'utf8');
    const { result, lines } = await read(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]));
    expect(lines).toEqual([]);
    expect(result?.settings.organisation.name).toBe('Testorganisation');
    expect(result?.info.bytes).toBe(body.length + 3);
  });

  it('keeps Danish letters and trims the name', async () => {
    const { result } = await read('{"organisation":{"name":"  Fælleskommunal IT – Århus ","accessibilityStatementUrl":"http://x.dk/was"}}');
    expect(result?.settings.organisation.name).toBe('Fælleskommunal IT – Århus');
  });

  it('accepts null for the optional url and baseYear', async () => {
    const { result, lines } = await read(json(
      '{',
      '  "organisation": { "name": "T", "url": null, "accessibilityStatementUrl": "https://a.example" },',
      '  "emissions": { "baseYear": null }',
      '}',
    ));
    expect(lines).toEqual([]);
    expect(result?.settings.organisation.url).toBeNull();
    expect(result?.settings.baseYear).toBeNull();
  });

  it('warns (only) when numberFormat names a file that is not there', async () => {
    const { result, lines } = await read(json(
      '{',
      ORG,
      '  "numberFormat": {',
      '    "2024/energi.csv": { "decimal": "," }',
      '  }',
      '}',
    ));
    expect(lines).toEqual([
      'report.json:4: warning: "numberFormat" names "2024/energi.csv", which is not in the data folder; the setting has no effect',
    ]);
    expect(result?.settings.numberFormat).toEqual({ '2024/energi.csv': { decimal: ',' } });
  });
});

describe('readReportJson: the file itself', () => {
  it('a missing report.json is an error on line 1', async () => {
    const { result, lines } = await read(null);
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:1: error: report.json is missing: the data folder needs a report.json with at least organisation.name and organisation.accessibilityStatementUrl',
    ]);
  });

  it('a report.json that is a folder is an error', async () => {
    const { result, lines } = await read(null, { 'report.json': null });
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:1: error: report.json is a folder; it must be a file']);
  });

  it('an empty file is an error on line 1', async () => {
    const { result, lines } = await read('\n\n');
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:1: error: report.json is empty; it must hold the settings object { "organisation": { … } }']);
  });

  it('invalid UTF-8 is an error on the line of the bad byte', async () => {
    const bytes = Buffer.concat([
      Buffer.from('{\n  "organisation": {\n    "name": "F', 'utf8'),
      Buffer.from([0xe6]), // "æ" in Windows-1252
      Buffer.from('lles",\n    "accessibilityStatementUrl": "https://a.example"\n  }\n}\n', 'utf8'),
    ]);
    const { result, lines } = await read(bytes);
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:3: error: report.json is not valid UTF-8 text; save it as UTF-8']);
  });

  it('the top level must be an object', async () => {
    const { result, lines } = await read('\n["da"]\n');
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:2: error: report.json must hold one JSON object: { "organisation": { … }, … }']);
  });
});

describe('readReportJson: syntax errors have their line', () => {
  it('a comma after the last entry', async () => {
    const { result, lines } = await read(json('{', ORG, '  "languages": ["da"],', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:4: error: report.json is not valid JSON: a key in double quotes is expected here (a comma after the last entry is not allowed)',
    ]);
  });

  it('a comment (strict JSON)', async () => {
    const { result, lines } = await read(json('{', ORG, '  // the snapshot', '  "snapshotDate": "12-31"', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:3: error: report.json is not valid JSON: comments are not allowed: report.json is strict JSON']);
  });

  it('a missing comma between entries', async () => {
    const { result, lines } = await read(json('{', ORG, '  "languages": ["da"]', '  "snapshotDate": "12-31"', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:4: error: report.json is not valid JSON: a comma is expected between two entries']);
  });

  it('single quotes', async () => {
    const { result, lines } = await read(json('{', ORG, "  'languages': ['da']", '}'));
    expect(result).toBeNull();
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^report\.json:3: error: report\.json is not valid JSON: an unexpected character \(keys and text values need double quotes/);
  });

  it('an unclosed object', async () => {
    const { result, lines } = await read(json('{', ORG_LAST));
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:3: error: report.json is not valid JSON: a closing } is missing']);
  });
});

describe('readReportJson: keys', () => {
  it('an unknown top-level key is an error on its line, with a hint (conformance bad/15)', async () => {
    const { result, lines } = await read(json(
      '{',
      '  "organisation": {',
      '    "name": "Testorganisation",',
      '    "url": "https://test.example",',
      '    "accessibilityStatementUrl": "https://www.was.digst.dk/test-example"',
      '  },',
      '  "languages": ["da", "en"],',
      '  "privacy": { "minCellSize": 5 },',
      '  "snapshotDay": "12-31"',
      '}',
    ));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:9: error: unknown key "snapshotDay". Did you mean "snapshotDate"? The keys allowed at the top level are: organisation, languages, snapshotDate, privacy, emissions, numberFormat, limits, publicationDates',
    ]);
  });

  it('an unknown key inside an object is an error on its line', async () => {
    const { result, lines } = await read(json('{', ORG, '  "privacy": {', '    "minCelSize": 3', '  }', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:4: error: unknown key "privacy.minCelSize". Did you mean "minCellSize"? The keys allowed in "privacy" are: minCellSize',
    ]);
  });

  it('a key in the wrong case is unknown, with the right spelling as a hint', async () => {
    const { lines } = await read(json('{', ORG, '  "Languages": ["da"]', '}'));
    expect(lines).toEqual([
      'report.json:3: error: unknown key "Languages". Did you mean "languages"? The keys allowed at the top level are: organisation, languages, snapshotDate, privacy, emissions, numberFormat, limits, publicationDates',
    ]);
  });

  it('an unknown key with no near spelling gets no guess', async () => {
    const { lines } = await read(json('{', '  "organisation": { "name": "T", "accessibilityStatementUrl": "https://a.example", "favicon": "x.png" }', '}'));
    expect(lines).toEqual([
      'report.json:2: error: unknown key "organisation.favicon". The keys allowed in "organisation" are: name, url, accessibilityStatementUrl, logo, primaryColour, contact, identifier',
    ]);
  });

  it('a key given twice is an error on the second', async () => {
    const { result, lines } = await read(json('{', ORG, '  "languages": ["da"],', '  "snapshotDate": "12-31",', '  "languages": ["en"]', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual(['report.json:5: error: key "languages" is given twice (first on line 3); keep one of them']);
  });

  it('a nested key given twice is an error on the second', async () => {
    const { lines } = await read(json('{', ORG, '  "emissions": {', '    "baseYear": 2019,', '    "baseYear": 2020', '  }', '}'));
    expect(lines).toEqual(['report.json:5: error: key "emissions.baseYear" is given twice (first on line 4); keep one of them']);
  });

  it('organisation.name missing is an error on the line of "organisation"', async () => {
    const { result, lines } = await read(json('{', '  "languages": ["da"],', '  "organisation": {', '    "accessibilityStatementUrl": "https://a.example"', '  }', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:3: error: the key "organisation.name" is missing; it is required: the organisation\'s name as the site shows it',
    ]);
  });

  it('organisation.accessibilityStatementUrl missing is an error', async () => {
    const { result, lines } = await read(json('{', '  "organisation": { "name": "T" }', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:2: error: the key "organisation.accessibilityStatementUrl" is missing; it is required: the web address of the accessibility statement (https://…)',
    ]);
  });

  it('organisation missing altogether is an error on the line of the opening brace', async () => {
    const { result, lines } = await read(json('{', '  "languages": ["da"]', '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([
      'report.json:1: error: the key "organisation" is missing: write "organisation": { "name": "…", "accessibilityStatementUrl": "https://…" }',
    ]);
  });

  it('reports every problem of the file in one run', async () => {
    const { result, lines } = await read(json(
      '{',
      '  "organisation": { "name": "", "accessibilityStatementUrl": "https://a.example" },',
      '  "languages": ["da", "de"],',
      '  "privacy": { "minCellSize": 0 },',
      '  "colour": "blue"',
      '}',
    ));
    expect(result).toBeNull();
    expect(lines.map((l) => l.slice(0, l.indexOf(': error:')))).toEqual(['report.json:5', 'report.json:2', 'report.json:3', 'report.json:4']);
  });

  it('never repeats a key that may hold a CPR number', async () => {
    const { lines } = await read(json('{', ORG, '  "010190-1234": true', '}'));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^report\.json:3: error: unknown key \(a key\)\. The keys allowed/);
    expect(lines[0]).not.toContain('010190');
  });
});

describe('readReportJson: values of the wrong type', () => {
  async function oneError(line: string): Promise<string> {
    const { result, lines } = await read(json('{', ORG, line, '}'));
    expect(result).toBeNull();
    expect(lines).toHaveLength(1);
    return lines[0] ?? '';
  }

  it.each([
    ['"privacy": { "minCellSize": 0 }', 'report.json:3: error: "privacy.minCellSize" must be a whole number of at least 1 (the default is 5), not 0'],
    ['"privacy": { "minCellSize": 2.5 }', 'report.json:3: error: "privacy.minCellSize" must be a whole number of at least 1 (the default is 5), not 2.5'],
    ['"privacy": { "minCellSize": "5" }', 'report.json:3: error: "privacy.minCellSize" must be a whole number of at least 1 (the default is 5), not "5"'],
    ['"privacy": { "minCellSize": -3 }', 'report.json:3: error: "privacy.minCellSize" must be a whole number of at least 1 (the default is 5), not -3'],
    ['"privacy": 5', 'report.json:3: error: "privacy" must be an object { … }, not 5'],
    ['"emissions": { "radiativeForcing": "yes" }', 'report.json:3: error: "emissions.radiativeForcing" must be true or false (without quotes), not "yes"'],
    ['"emissions": { "baseYear": 19 }', 'report.json:3: error: "emissions.baseYear" must be a year of four digits without quotes, e.g. 2019, not 19'],
    ['"emissions": { "baseYear": "2019" }', 'report.json:3: error: "emissions.baseYear" must be a year of four digits without quotes, e.g. 2019, not "2019"'],
    ['"emissions": { "baseYear": 2019.5 }', 'report.json:3: error: "emissions.baseYear" must be a year of four digits without quotes, e.g. 2019, not 2019.5'],
    ['"languages": "da"', 'report.json:3: error: "languages" must be a list such as ["da", "en"], not "da"'],
    ['"languages": []', 'report.json:3: error: "languages" must name at least one language: ["da"], ["en"] or ["da", "en"]'],
    ['"languages": ["da", "da"]', 'report.json:3: error: "languages": "da" is listed twice; list each language once'],
    ['"languages": ["de"]', 'report.json:3: error: "languages": "de" is not a supported language; use "da" (Danish) or "en" (English)'],
    ['"languages": ["DA"]', 'report.json:3: error: "languages": "DA" is not a supported language; use "da" (Danish) or "en" (English)'],
    ['"snapshotDate": "12-32"', 'report.json:3: error: "snapshotDate": "12-32" is not a day of the year; write the month and day as "MM-DD", e.g. "12-31"'],
    ['"snapshotDate": "13-01"', 'report.json:3: error: "snapshotDate": "13-01" is not a day of the year; write the month and day as "MM-DD", e.g. "12-31"'],
    ['"snapshotDate": "04-31"', 'report.json:3: error: "snapshotDate": "04-31" is not a day of the year; write the month and day as "MM-DD", e.g. "12-31"'],
    ['"snapshotDate": "2-28"', 'report.json:3: error: "snapshotDate" must be a month and day written "MM-DD", e.g. "12-31", not "2-28"'],
    ['"snapshotDate": "31-12"', 'report.json:3: error: "snapshotDate": "31-12" is not a day of the year; write the month and day as "MM-DD", e.g. "12-31"'],
    ['"snapshotDate": "2025-12-31"', 'report.json:3: error: "snapshotDate" must be a month and day written "MM-DD", e.g. "12-31", not "2025-12-31"'],
    ['"snapshotDate": "02-29"', 'report.json:3: error: "snapshotDate": "02-29" exists only in leap years, and the snapshot must fall on a day of every year; use "02-28" or "03-01"'],
    ['"numberFormat": []', 'report.json:3: error: "numberFormat" must be an object { … }, not a list'],
    ['"numberFormat": { "2024\\\\energy.csv": { "decimal": "," } }', 'report.json:3: error: "numberFormat": the key "2024\\energy.csv" must use forward slashes, e.g. "2024/energy.csv"'],
    ['"numberFormat": { "/data/2024/energy.csv": { "decimal": "," } }', 'report.json:3: error: "numberFormat": the key "/data/2024/energy.csv" must be a path inside the data folder, e.g. "2024/energy.csv"'],
    ['"numberFormat": { "../2024/energy.csv": { "decimal": "," } }', 'report.json:3: error: "numberFormat": the key "../2024/energy.csv" must be a plain path inside the data folder, e.g. "2024/energy.csv"'],
    ['"numberFormat": { "2024/energy.xlsx": { "decimal": "," } }', 'report.json:3: error: "numberFormat": the key "2024/energy.xlsx" must name a CSV file, e.g. "2024/energy.csv"'],
    ['"numberFormat": { "2024/energy.csv": { "decimal": ";" } }', 'report.json:3: error: "decimal" must be "," (decimal comma) or "." (decimal point), not ";"'],
    ['"numberFormat": { "2024/energy.csv": {} }', 'report.json:3: error: "numberFormat": "2024/energy.csv" needs { "decimal": "," } or { "decimal": "." }'],
    ['"numberFormat": { "2024/energy.csv": "," }', 'report.json:3: error: "numberFormat.2024/energy.csv" must be an object { … }, not ","'],
    ['"numberFormat": { "2024/energy.csv": { "decimal": ",", "thousands": "." } }', 'report.json:3: error: unknown key "numberFormat.2024/energy.csv.thousands". The keys allowed in "numberFormat.2024/energy.csv" are: decimal'],
  ])('%s', async (line, expected) => {
    expect(await oneError(`  ${line}`)).toBe(expected);
  });

  it.each([
    ['ftp://files.example/was', 'report.json:2: error: "organisation.accessibilityStatementUrl" must be a web address that starts with https:// or http://, not "ftp://files.example/was"'],
    ['javascript:alert(1)', 'report.json:2: error: "organisation.accessibilityStatementUrl" must be a web address that starts with https:// or http://, not "javascript:alert(1)"'],
    ['www.was.digst.dk/test', 'report.json:2: error: "organisation.accessibilityStatementUrl" must be a web address that starts with https:// or http://, not "www.was.digst.dk/test"'],
    ['', 'report.json:2: error: "organisation.accessibilityStatementUrl" must be a non-empty text in double quotes, not ""'],
  ])('accessibilityStatementUrl %j', async (url, expected) => {
    const { result, lines } = await read(json('{', `  "organisation": { "name": "T", "accessibilityStatementUrl": ${JSON.stringify(url)} }`, '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([expected]);
  });

  it('organisation.url must be http(s) too', async () => {
    const { lines } = await read(json('{', '  "organisation": { "name": "T", "url": "javascript:x()", "accessibilityStatementUrl": "https://a.example" }', '}'));
    expect(lines).toEqual(['report.json:2: error: "organisation.url" must be a web address that starts with https:// or http://, not "javascript:x()"']);
  });

  it('organisation.name must be text', async () => {
    const { lines } = await read(json('{', '  "organisation": {', '    "name": 42,', '    "accessibilityStatementUrl": "https://a.example"', '  }', '}'));
    expect(lines).toEqual(['report.json:3: error: "organisation.name" must be a non-empty text in double quotes, not 42']);
  });

  it('a bad language in a list over several lines is reported on its own line', async () => {
    const { lines } = await read(json('{', ORG, '  "languages": [', '    "da",', '    "sv"', '  ]', '}'));
    expect(lines).toEqual(['report.json:5: error: "languages": "sv" is not a supported language; use "da" (Danish) or "en" (English)']);
  });
});

describe('readReportJson: the organisation\'s identity (logo, colour, contact, publication dates)', () => {
  const identity = (...inner: string[]): string => json(
    '{',
    '  "organisation": { "name": "Testorganisation", "accessibilityStatementUrl": "https://www.was.digst.dk/test",',
    ...inner.map((l, i) => `    ${l}${i < inner.length - 1 ? ',' : ''}`),
    '  }',
    '}',
  );
  const SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 10 10"><defs><linearGradient id="g"/></defs><rect width="10" height="10" fill="url(#g)"/><use href="#g"/></svg>';

  it('reads a logo, a colour and a contact address, and the publication dates', async () => {
    const { result, lines } = await read(json(
      '{',
      '  "organisation": { "name": "T", "accessibilityStatementUrl": "https://www.was.digst.dk/test",',
      '    "logo": "identity/logo.svg", "primaryColour": "#1A5276", "contact": "csr-team@example.dk" },',
      '  "publicationDates": { "2025": "2026-03-31", "2024": "2025-04-01" }',
      '}',
    ), { 'identity/logo.svg': SVG });
    expect(lines).toEqual([]);
    const org = result?.settings.organisation;
    expect(org?.logo).toEqual({
      path: 'identity/logo.svg', type: 'svg',
      sha256: createHash('sha256').update(SVG).digest('hex'), base64: Buffer.from(SVG).toString('base64'),
    });
    expect([org?.primaryColour, org?.contact]).toEqual(['#1a5276', 'csr-team@example.dk']);
    expect(result?.settings.publicationDates).toEqual({ '2025': '2026-03-31', '2024': '2025-04-01' });
  });

  it('takes a PNG by its signature', async () => {
    const png = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
    const ok = await read(identity('"logo": "logo.png"'), { 'logo.png': png });
    expect(ok.lines).toEqual([]);
    expect(ok.result?.settings.organisation.logo?.type).toBe('png');
    const bad = await read(identity('"logo": "logo.png"'), { 'logo.png': SVG });
    expect(bad.lines).toEqual(['report.json:3: error: "organisation.logo": "logo.png" is not a PNG image (its first bytes are not a PNG\'s); save it again as PNG']);
  });

  it.each([
    ['<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>', 'a script (<script>)'],
    ['<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"></svg>', 'an event handler attribute (onload=, onclick= …), which runs a script'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><image href="https://tracker.example/x.png"/></svg>', 'a link to another file or site (href= not starting with #)'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><use xlink:href="other.svg#a"/></svg>', 'a link to another file or site (href= not starting with #)'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><rect style="fill:url(https://x.example/p)"/></svg>', 'a reference to another file or site (url() not starting with #)'],
    ['<svg xmlns="http://www.w3.org/2000/svg"><foreignObject><p>x</p></foreignObject></svg>', 'embedded content (<foreignObject>, <iframe>, <embed> or <object>)'],
  ])('refuses an SVG logo that can run or fetch something: %s', async (svg, what) => {
    const { result, lines } = await read(identity('"logo": "logo.svg"'), { 'logo.svg': svg });
    expect(result).toBeNull();
    expect(lines).toEqual([`report.json:3: error: "organisation.logo": "logo.svg" holds ${what}, which the site's logo may not: it must be a plain drawing. Save it again without it (in Inkscape: File → Save As → "Optimized SVG"), or use a PNG`]);
  });

  it('refuses a logo outside the data folder, missing, or of another type', async () => {
    expect((await read(identity('"logo": "../logo.svg"'))).lines).toEqual(['report.json:3: error: "organisation.logo" must be a path inside the data folder with forward slashes, e.g. "logo.svg" or "identity/logo.png"']);
    expect((await read(identity('"logo": "logo.svg"'))).lines).toEqual(['report.json:3: error: "organisation.logo": "logo.svg" is not in the data folder; copy the logo there or correct the path']);
    expect((await read(identity('"logo": "logo.gif"'), { 'logo.gif': 'GIF89a' })).lines).toEqual(['report.json:3: error: "organisation.logo" must name an SVG or PNG file in the data folder, e.g. "logo.svg", not "logo.gif"']);
  });

  // WCAG 2.1's relative luminance and contrast, written out here on their own.
  const luminance = (hex: string): number => {
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16) / 255).map((c) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4));
    return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
  };
  const contrastWithWhite = (hex: string): number => 1.05 / (luminance(hex) + 0.05);

  it('refuses a colour too light for white text, and names a darker shade that passes', async () => {
    // #777777: 119/255 → luminance 0.1845, contrast (1 + 0.05) / (0.1845 + 0.05) = 4.48 < 4.5.
    // One step darker, #767676: 118/255 → 0.1812, contrast 1.05 / 0.2312 = 4.54.
    expect(contrastWithWhite('#777777')).toBeCloseTo(4.48, 2);
    expect(contrastWithWhite('#767676')).toBeCloseTo(4.54, 2);
    const grey = await read(identity('"primaryColour": "#777777"'));
    expect(grey.lines).toEqual(['report.json:3: error: "organisation.primaryColour" "#777777" is too light: the site shows white text on it, and its contrast with white is 4.4:1, below the 4.5:1 that WCAG 2.1 AA asks; a darker shade of it that passes is "#767676" (4.5:1)']);
    // a light blue: the shade named passes 4.5:1 and keeps the hue (blue the strongest channel)
    const blue = await read(identity('"primaryColour": "#4fa3e0"'));
    const shade = /a darker shade of it that passes is "(#[0-9a-f]{6})"/.exec(blue.lines[0] ?? '')?.[1] ?? '';
    expect(contrastWithWhite('#4fa3e0')).toBeLessThan(4.5);
    expect(contrastWithWhite(shade)).toBeGreaterThanOrEqual(4.5);
    const [r, g, b] = [1, 3, 5].map((i) => parseInt(shade.slice(i, i + 2), 16));
    expect(b! > g! && g! > r!).toBe(true);
    expect((await read(identity('"primaryColour": "blue"'))).lines).toEqual(['report.json:3: error: "organisation.primaryColour" must be a colour written as # and six hexadecimal digits, e.g. "#1a5276", not "blue"']);
  });

  it('takes the contact address of a role, never a person\'s, without repeating it', async () => {
    for (const address of ['csr@example.dk', 'kontakt@example.dk', 'baeredygtighed@kommune.dk', 'esg.team@example.com']) {
      expect((await read(identity(`"contact": "${address}"`))).lines, address).toEqual([]);
    }
    for (const address of ['jens.hansen@example.dk', 'jh@example.dk', 'mette_frederiksen@example.dk']) {
      const { lines } = await read(identity(`"contact": "${address}"`));
      expect(lines, address).toHaveLength(1);
      expect(lines[0]).toMatch(/^report\.json:3: error: "organisation\.contact" looks like a person's address: .* it must be the address of a role or a team/);
      expect(lines[0]).not.toContain(address.split('@')[0]);
    }
    expect((await read(identity('"contact": "csr at example.dk"'))).lines).toEqual(['report.json:3: error: "organisation.contact" must be an e-mail address such as "csr@example.dk"']);
  });

  it('refuses a publication date that is not a date, or before its year', async () => {
    const { lines } = await read(json('{', ORG, '  "publicationDates": { "2025": "31-03-2026", "2024": "2023-12-01", "24": "2025-01-01" }', '}'));
    expect(lines).toEqual([
      'report.json:3: error: "publicationDates": the day the 2025 report is published must be a date written "YYYY-MM-DD", e.g. "2026-03-31", not "31-03-2026"',
      'report.json:3: error: "publicationDates": the 2024 report cannot be published in 2023, before its year begins; check the year and the date',
      'report.json:3: error: "publicationDates": each key must be a reporting year of four digits, e.g. "2025", not "24"',
    ]);
  });
});

describe('readReportJson: the GHG disclosure (emissions.gwpBasis, .gases, .baseYearPolicy)', () => {
  it('reads the declared GWP basis, gases and base-year policy', async () => {
    const { result, lines } = await read(json('{', ORG,
      '  "emissions": { "gwpBasis": " IPCC AR6 GWP100 ", "gases": "CO2, CH4, N2O as CO2e",',
      '    "baseYearPolicy": { "da": "Basisåret genberegnes ved ændringer over 5 %.", "en": "The base year is recalculated for changes above 5%." } }',
      '}'));
    expect(lines).toEqual([]);
    expect(result?.settings.gwpBasis).toBe('IPCC AR6 GWP100');
    expect(result?.settings.gases).toBe('CO2, CH4, N2O as CO2e');
    expect(result?.settings.baseYearPolicy).toEqual({
      da: 'Basisåret genberegnes ved ændringer over 5 %.', en: 'The base year is recalculated for changes above 5%.',
    });
  });

  it('leaves them out when not declared', async () => {
    const { result } = await read(json('{', ORG_LAST, '}'));
    expect(result?.settings).not.toHaveProperty('gwpBasis');
    expect(result?.settings).not.toHaveProperty('gases');
    expect(result?.settings).not.toHaveProperty('baseYearPolicy');
  });

  it.each([
    ['"emissions": { "gwpBasis": 100 }', 'report.json:3: error: "emissions.gwpBasis" must be a non-empty text in double quotes, not 100'],
    ['"emissions": { "gases": "" }', 'report.json:3: error: "emissions.gases" must be a non-empty text in double quotes, not ""'],
    ['"emissions": { "gwpBasis": "ask ab@cd.dk" }', 'report.json:3: error: "emissions.gwpBasis" is published on the Method page, and this text looks like an e-mail address; write the basis without personal data'],
    // A CPR number: the one error of the check of every text (report-json-tree.ts), not a second one
    ['"emissions": { "baseYearPolicy": { "da": "Spørg 010190-1234", "en": "x" } }', 'report.json:3: error: "emissions.baseYearPolicy.da" holds what looks like a CPR number; remove it'],
    ['"emissions": { "baseYearPolicy": "Recalculated" }', 'report.json:3: error: "emissions.baseYearPolicy" must be an object { … }, not "Recalculated"'],
    ['"emissions": { "baseYearPolicy": { "en": "Recalculated" } }', 'report.json:3: error: "emissions.baseYearPolicy" needs a text in each language: { "da": "…", "en": "…" }; "da" is missing'],
    ['"emissions": { "baseYearPolicy": { "da": "x", "en": "y", "de": "z" } }', 'report.json:3: error: unknown key "emissions.baseYearPolicy.de". Did you mean "da"? The keys allowed in "emissions.baseYearPolicy" are: da, en'],
    ['"emissions": { "gwp": "AR6" }', 'report.json:3: error: unknown key "emissions.gwp". The keys allowed in "emissions" are: radiativeForcing, baseYear, gwpBasis, gases, baseYearPolicy'],
  ])('%s', async (line, expected) => {
    const { result, lines } = await read(json('{', ORG, line, '}'));
    expect(result).toBeNull();
    expect(lines).toEqual([expected]);
  });
});
