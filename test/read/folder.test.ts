import { symlink } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import type { Language } from '../../src/model/records.ts';
import { parseNarrativeFileName, scanDataFolder } from '../../src/read/folder.ts';
import { MINIMAL_REPORT_JSON, makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function scan(spec: FolderSpec, languages: readonly Language[] = ['da', 'en']) {
  const dir = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, ...spec });
  made.push(dir);
  const sink = new DiagnosticSink();
  const folder = await scanDataFolder(dir, languages, sink);
  return { dir, folder, lines: sink.items.map(formatDiagnostic) };
}

const ALL_NARRATIVES = (year: string, langs: readonly string[]): FolderSpec =>
  Object.fromEntries(['overview', 'workforce', 'environment', 'suppliers', 'data', 'community']
    .flatMap((s) => langs.map((l) => [`${year}/narrative/${s}.${l}.md`, `# ${s}\n`])));

const COMPLETE_YEAR = (year: string): FolderSpec => ({
  [`${year}/employees.csv`]: 'x\n',
  [`${year}/travel.csv`]: 'x\n',
  [`${year}/energy.csv`]: 'x\n',
  [`${year}/meetings.csv`]: 'x\n',
  [`${year}/suppliers.csv`]: 'x\n',
  [`${year}/indicators.csv`]: 'x\n',
  ...ALL_NARRATIVES(year, ['da', 'en']),
});

const MISSING = {
  employees: (y: number) => `${y}/employees.csv:1: warning: the file is missing, so the workforce figures of ${y} (headcount, gender, age, origin, hires, turnover) are not reported, nor the emissions per full-time employee`,
  travel: (y: number) => `${y}/travel.csv:1: warning: the file is missing, so the business-travel figures of ${y} (emissions and distances by means of transport) are not reported, nor the total emissions`,
  energy: (y: number) => `${y}/energy.csv:1: warning: the file is missing, so the energy figures of ${y} (energy use, renewable electricity, scope 1 and 2 emissions) are not reported, nor the total emissions`,
  meetings: (y: number) => `${y}/meetings.csv:1: warning: the file is missing, so the meeting figures of ${y} (number of meetings, share held virtually or hybrid) are not reported`,
  suppliers: (y: number) => `${y}/suppliers.csv:1: warning: the file is missing, so the supplier figures of ${y} (contracts, Global Compact commitments and clauses, audits) are not reported`,
  indicators: (y: number) => `${y}/indicators.csv:1: warning: the file is missing, so the hand-reported indicators declared in indicators.csv are not reported for ${y}`,
  narrativeFolder: (y: number) => `${y}/narrative:1: warning: there is no narrative folder, so the pages of ${y} show figures only, without text (add ${y}/narrative/overview.da.md and the like)`,
};

describe('scanDataFolder: a complete folder', () => {
  it('finds every file, every year in ascending order, the drafts and the narratives, with no diagnostics', async () => {
    const { folder, lines } = await scan({
      'emission-factors.csv': 'x\n',
      'benchmarks.csv': 'x\n',
      'targets.csv': 'x\n',
      'indicators.csv': 'x\n',
      ...COMPLETE_YEAR('2025'),
      ...COMPLETE_YEAR('2024'),
      '2025/DRAFT': '',
    });
    expect(lines).toEqual([]);
    expect(folder.emissionFactors).toBe('emission-factors.csv');
    expect(folder.benchmarks).toBe('benchmarks.csv');
    expect(folder.targets).toBe('targets.csv');
    expect(folder.indicators).toBe('indicators.csv');
    expect(folder.years.map((y) => [y.year, y.draft])).toEqual([[2024, false], [2025, true]]);
    expect(folder.years[1]?.files).toEqual({
      employees: '2025/employees.csv',
      travel: '2025/travel.csv',
      energy: '2025/energy.csv',
      meetings: '2025/meetings.csv',
      suppliers: '2025/suppliers.csv',
      'indicator-values': '2025/indicators.csv',
    });
    expect(folder.years[0]?.narratives).toEqual([
      '2024/narrative/community.da.md', '2024/narrative/community.en.md',
      '2024/narrative/data.da.md', '2024/narrative/data.en.md',
      '2024/narrative/environment.da.md', '2024/narrative/environment.en.md',
      '2024/narrative/overview.da.md', '2024/narrative/overview.en.md',
      '2024/narrative/suppliers.da.md', '2024/narrative/suppliers.en.md',
      '2024/narrative/workforce.da.md', '2024/narrative/workforce.en.md',
    ]);
  });

  it('a folder with only report.json has no years and no problems', async () => {
    const { folder, lines } = await scan({});
    expect(lines).toEqual([]);
    expect(folder).toEqual({ emissionFactors: null, benchmarks: null, targets: null, indicators: null, restatements: null, years: [] });
  });

  it('passes over hidden files and folders (.git, .DS_Store) in silence', async () => {
    const { folder, lines } = await scan({ '.DS_Store': 'x', '.git/HEAD': 'ref', ...COMPLETE_YEAR('2025'), '2025/.~lock.employees.csv#': 'x', 'indicators.csv': 'x\n', 'emission-factors.csv': 'x\n' });
    expect(lines).toEqual([]);
    expect(folder.years).toHaveLength(1);
  });

  it('does not follow a symbolic link to a folder: an error on its line 1, and the folder is not a year (issue 11)', async () => {
    const { dir } = await scan({ 'elsewhere/travel.csv': 'x\n', 'emission-factors.csv': 'x\n' });
    await symlink(path.join(dir, 'elsewhere'), path.join(dir, '2025'));
    const sink = new DiagnosticSink();
    const folder = await scanDataFolder(dir, ['da'], sink);
    expect(folder.years).toEqual([]);
    expect(sink.items.map(formatDiagnostic).filter((l) => l.startsWith('2025:'))).toEqual([
      '2025:1: error: is a link; copy the file itself into the data folder (links are not followed, so that nothing from outside the data folder can be read or published)',
    ]);
  });
});

describe('scanDataFolder: missing files', () => {
  it('a base year with only travel and energy: a warning for each missing file, saying what is not reported', async () => {
    const { folder, lines } = await scan({ 'emission-factors.csv': 'x\n', 'indicators.csv': 'x\n', '2019/travel.csv': 'x\n', '2019/energy.csv': 'x\n' });
    expect(folder.years).toEqual([{ year: 2019, draft: false, files: { travel: '2019/travel.csv', energy: '2019/energy.csv' }, narratives: [] }]);
    expect(lines).toEqual([
      MISSING.employees(2019),
      MISSING.meetings(2019),
      MISSING.suppliers(2019),
      MISSING.indicators(2019),
      MISSING.narrativeFolder(2019),
    ]);
  });

  it('an empty year folder is a reporting year, with warnings only', async () => {
    const { folder, lines } = await scan({ '2023': null });
    expect(folder.years).toEqual([{ year: 2023, draft: false, files: {}, narratives: [] }]);
    expect(lines).toEqual([
      MISSING.employees(2023),
      MISSING.travel(2023),
      MISSING.energy(2023),
      MISSING.meetings(2023),
      MISSING.suppliers(2023),
      MISSING.narrativeFolder(2023),
    ]);
    expect(lines.every((l) => l.includes(': warning: '))).toBe(true);
  });

  it('a year indicators.csv is not missed when no indicators are declared', async () => {
    const spec: Record<string, string | Uint8Array | null> = { ...COMPLETE_YEAR('2025'), 'emission-factors.csv': 'x\n' };
    delete spec['2025/indicators.csv'];
    const { folder, lines } = await scan(spec);
    expect(lines).toEqual([]);
    expect(folder.years[0]?.files['indicator-values']).toBeUndefined();
  });

  it('emission-factors.csv missing while travel.csv or energy.csv exist is an error on its line 1', async () => {
    const { lines } = await scan({ ...COMPLETE_YEAR('2025'), '2024/energy.csv': 'x\n', ...ALL_NARRATIVES('2024', ['da', 'en']), 'indicators.csv': 'x\n' });
    expect(lines.filter((l) => l.includes(': error: '))).toEqual([
      'emission-factors.csv:1: error: the file is missing, but 2024/energy.csv, 2025/travel.csv, 2025/energy.csv need it: emissions cannot be calculated without the emission factors',
    ]);
  });

  it('names at most three of the files that need the emission factors', async () => {
    const { lines } = await scan({ '2022/travel.csv': 'x', '2023/travel.csv': 'x', '2024/travel.csv': 'x', '2025/energy.csv': 'x', '2025/travel.csv': 'x' });
    expect(lines.filter((l) => l.includes(': error: '))).toEqual([
      'emission-factors.csv:1: error: the file is missing, but 2022/travel.csv, 2023/travel.csv, 2024/travel.csv and 2 more need it: emissions cannot be calculated without the emission factors',
    ]);
  });

  it('emission-factors.csv is not needed without travel and energy', async () => {
    const { lines } = await scan({ '2025/employees.csv': 'x\n' });
    expect(lines.some((l) => l.startsWith('emission-factors.csv'))).toBe(false);
  });
});

describe('scanDataFolder: files not in the layout', () => {
  it('a stray file or folder, at the top or in a year, is a warning', async () => {
    const { folder, lines } = await scan({
      'notes.xlsx': 'x',
      'old/': null,
      '2025/scan.pdf': 'x',
      '2025/backup': null,
      ...ALL_NARRATIVES('2025', ['da', 'en']),
      '2025/employees.csv': 'x\n',
      '2025/travel.csv': 'x\n',
      '2025/energy.csv': 'x\n',
      '2025/meetings.csv': 'x\n',
      '2025/suppliers.csv': 'x\n',
      'emission-factors.csv': 'x\n',
    });
    expect(folder.years).toHaveLength(1);
    expect(lines).toEqual([
      'notes.xlsx:1: warning: this file is not part of the data folder layout and is ignored.',
      'old:1: warning: this folder is not part of the data folder layout and is ignored.',
      '2025/backup:1: warning: this folder is not part of the data folder layout and is ignored.',
      '2025/scan.pdf:1: warning: this file is not part of the data folder layout and is ignored.',
    ]);
  });

  it('the logo report.json names is part of the layout: no warning for it, or for its folder', async () => {
    for (const [logo, spec] of [['logo.svg', { 'logo.svg': '<svg/>' }], ['identity/logo.png', { 'identity/logo.png': 'x' }]] as const) {
      const dir = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, ...spec, 'notes.xlsx': 'x' });
      made.push(dir);
      const sink = new DiagnosticSink();
      await scanDataFolder(dir, ['da', 'en'], sink, null, logo);
      expect(sink.items.map(formatDiagnostic), logo).toEqual(['notes.xlsx:1: warning: this file is not part of the data folder layout and is ignored.']);
    }
  });

  it('file names match exactly: Employees.csv is not employees.csv (with a hint)', async () => {
    const { folder, lines } = await scan({ '2025/Employees.csv': 'x', 'Benchmarks.csv': 'x', '2025/draft': '' });
    expect(folder.years[0]?.files).toEqual({});
    expect(folder.years[0]?.draft).toBe(false);
    expect(folder.benchmarks).toBeNull();
    expect(lines).toContain('Benchmarks.csv:1: warning: this file is not part of the data folder layout and is ignored. Did you mean benchmarks.csv? Names are written exactly as in the layout.');
    expect(lines).toContain('2025/Employees.csv:1: warning: this file is not part of the data folder layout and is ignored. Did you mean employees.csv? Names are written exactly as in the layout.');
    expect(lines).toContain('2025/draft:1: warning: this file is not part of the data folder layout and is ignored. Did you mean DRAFT? Names are written exactly as in the layout.');
    expect(lines).toContain(MISSING.employees(2025));
  });

  it('a year-named file, a folder named like a file, names that are not four digits', async () => {
    const { folder, lines } = await scan({ '2024': 'x', 'targets.csv/': null, '2025/travel.csv/': null, '2025/narrative': 'x', '20255': null, '2025-old': null, 'emission-factors.csv': 'x' });
    expect(folder.targets).toBeNull();
    expect(folder.years.map((y) => y.year)).toEqual([2025]);
    expect(folder.years[0]?.files).toEqual({});
    expect(lines).toEqual(expect.arrayContaining([
      '2024:1: warning: this is named like a reporting year but is not a folder; it is ignored',
      'targets.csv:1: warning: this must be a file, but it is a folder; it is ignored',
      '2025/travel.csv:1: warning: this must be a file, but it is a folder; it is ignored',
      '2025/narrative:1: warning: narrative must be a folder holding the texts (workforce.da.md, …); this is ignored',
      '20255:1: warning: this folder is not part of the data folder layout and is ignored.',
      '2025-old:1: warning: this folder is not part of the data folder layout and is ignored.',
      MISSING.travel(2025),
      MISSING.narrativeFolder(2025),
    ]));
  });

  it('a DRAFT folder does not make a draft', async () => {
    const { folder, lines } = await scan({ '2025/DRAFT': null });
    expect(folder.years[0]?.draft).toBe(false);
    expect(lines).toContain('2025/DRAFT:1: warning: DRAFT must be an empty file, but this is a folder; the year is not marked as a draft');
  });

  it('the conformance data folder\'s test-case file "expect" is a stray file (a warning)', async () => {
    const { lines } = await scan({ expect: '2025/employees.csv:1\n' });
    expect(lines).toEqual(['expect:1: warning: this file is not part of the data folder layout and is ignored.']);
  });
});

describe('scanDataFolder: narratives', () => {
  const base: FolderSpec = { '2025/employees.csv': 'x', '2025/meetings.csv': 'x', '2025/suppliers.csv': 'x' };

  it('a missing narrative of a section and language is a warning that names the page', async () => {
    const spec: Record<string, string | Uint8Array | null> = { ...base, ...ALL_NARRATIVES('2025', ['da', 'en']) };
    delete spec['2025/narrative/workforce.en.md'];
    delete spec['2025/narrative/data.da.md'];
    const { folder, lines } = await scan(spec);
    expect(folder.years[0]?.narratives).toHaveLength(10);
    expect(lines.filter((l) => l.includes('/narrative/'))).toEqual([
      '2025/narrative/workforce.en.md:1: warning: the file is missing, so the English Workforce page of 2025 shows figures only, without text',
      '2025/narrative/data.da.md:1: warning: the file is missing, so the Danish Data ethics and security page of 2025 shows figures only, without text',
    ]);
  });

  it('only the languages of report.json are expected; another supported language is a warning and left out', async () => {
    const { folder, lines } = await scan({ ...base, ...ALL_NARRATIVES('2025', ['da']), '2025/narrative/overview.en.md': '# x' }, ['da']);
    expect(folder.years[0]?.narratives).not.toContain('2025/narrative/overview.en.md');
    expect(folder.years[0]?.narratives).toHaveLength(6);
    expect(lines.filter((l) => l.includes('/narrative/'))).toEqual([
      '2025/narrative/overview.en.md:1: warning: this text is in English, which report.json does not list in "languages"; it is not shown',
    ]);
  });

  it('an unknown narrative name is a warning, with the naming rule or the lower-case spelling', async () => {
    const { folder, lines } = await scan({
      ...base,
      ...ALL_NARRATIVES('2025', ['da', 'en']),
      '2025/narrative/workforce.de.md': 'x',
      '2025/narrative/people.da.md': 'x',
      '2025/narrative/Workforce.da.md': 'x',
      '2025/narrative/overview.md': 'x',
      '2025/narrative/logo.png': 'x',
      '2025/narrative/images': null,
    });
    expect(folder.years[0]?.narratives).toHaveLength(12);
    const rule = 'A narrative is a file named <section>.<language>.md: section one of overview, workforce, environment, suppliers, data, community; language da or en.';
    expect(lines.filter((l) => l.includes('/narrative/'))).toEqual([
      `2025/narrative/Workforce.da.md:1: warning: this is not a narrative the report knows, so it is not shown. Did you mean workforce.da.md? File names are written in lower case.`,
      `2025/narrative/images:1: warning: this is not a narrative the report knows, so it is not shown. ${rule}`,
      `2025/narrative/logo.png:1: warning: this is not a narrative the report knows, so it is not shown. ${rule}`,
      `2025/narrative/overview.md:1: warning: this is not a narrative the report knows, so it is not shown. ${rule}`,
      `2025/narrative/people.da.md:1: warning: this is not a narrative the report knows, so it is not shown. ${rule}`,
      `2025/narrative/workforce.de.md:1: warning: this is not a narrative the report knows, so it is not shown. ${rule}`,
    ]);
  });

  it('an empty narrative folder warns for every section and language', async () => {
    const { lines } = await scan({ ...base, '2025/narrative': null }, ['en']);
    expect(lines.filter((l) => l.includes('/narrative/'))).toEqual([
      '2025/narrative/overview.en.md:1: warning: the file is missing, so the English Overview page of 2025 shows figures only, without text',
      '2025/narrative/workforce.en.md:1: warning: the file is missing, so the English Workforce page of 2025 shows figures only, without text',
      '2025/narrative/environment.en.md:1: warning: the file is missing, so the English Environment page of 2025 shows figures only, without text',
      '2025/narrative/suppliers.en.md:1: warning: the file is missing, so the English Suppliers page of 2025 shows figures only, without text',
      '2025/narrative/data.en.md:1: warning: the file is missing, so the English Data ethics and security page of 2025 shows figures only, without text',
      '2025/narrative/community.en.md:1: warning: the file is missing, so the English Community page of 2025 shows figures only, without text',
    ]);
  });
});

describe('scanDataFolder: the folder itself', () => {
  it('a data folder that does not exist is an error', async () => {
    const sink = new DiagnosticSink();
    const dir = await makeDataFolder({});
    made.push(dir);
    const folder = await scanDataFolder(path.join(dir, 'nowhere'), ['da'], sink);
    expect(folder.years).toEqual([]);
    expect(sink.items.map(formatDiagnostic)).toEqual(['.:1: error: the data folder does not exist or cannot be read']);
  });

  it('gives the same diagnostics in the same order on every run', async () => {
    const spec: FolderSpec = { 'zz.txt': 'x', 'aa.txt': 'x', '2025/b.txt': 'x', '2024/a.txt': 'x', '2023': null };
    const first = await scan(spec);
    const second = await scan(spec);
    expect(second.lines).toEqual(first.lines);
    expect(first.lines[0]).toBe('aa.txt:1: warning: this file is not part of the data folder layout and is ignored.');
    expect(first.lines[1]).toBe('zz.txt:1: warning: this file is not part of the data folder layout and is ignored.');
    expect(first.lines[2]).toBe(MISSING.employees(2023));
  });
});

describe('parseNarrativeFileName', () => {
  it.each([
    ['workforce.da.md', { section: 'workforce', lang: 'da' }],
    ['overview.en.md', { section: 'overview', lang: 'en' }],
    ['community.da.md', { section: 'community', lang: 'da' }],
    ['workforce.de.md', null],
    ['Workforce.da.md', null],
    ['workforce.da.markdown', null],
    ['workforce.da.md.bak', null],
    ['people.da.md', null],
  ])('%s', (name, expected) => {
    expect(parseNarrativeFileName(name)).toEqual(expected);
  });
});
