// The layout of the data folder (inputs.md "Layout"): which of the known files are present,
// which folders are reporting years, which narratives each year has. Anything not named in the
// layout is a warning (a stray notes.xlsx must not stop a build); so is a missing year file or
// narrative, saying what will be missing from the report. Hidden entries (`.git`, `.DS_Store`)
// are passed over in silence. File names match exactly as the layout writes them (lower case).

import { readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import { LANGUAGES, NARRATIVE_SECTIONS, type Language, type Section } from '../model/records.ts';
import { kindOf, LINK_MESSAGE, SPECIAL_MESSAGE, type EntryKind } from './data-file.ts';

export type YearFileKind = 'employees' | 'travel' | 'energy' | 'meetings' | 'suppliers' | 'indicator-values';

export interface YearFolder {
  readonly year: number;
  /** The folder holds a file DRAFT. */
  readonly draft: boolean;
  /** Relative paths (`2025/employees.csv`) of the files present. */
  readonly files: Readonly<Partial<Record<YearFileKind, string>>>;
  /** Relative paths of the narratives present for the languages of report.json, sorted. */
  readonly narratives: readonly string[];
  /** `YEAR/published.json`, written by `npm run lock`, when present. */
  readonly published?: string;
}

export interface DataFolder {
  readonly emissionFactors: string | null;
  readonly benchmarks: string | null;
  readonly targets: string | null;
  readonly indicators: string | null;
  /** restatements.csv: why figures of locked years changed. */
  readonly restatements: string | null;
  /** Ascending by year. */
  readonly years: readonly YearFolder[];
}

/** The file name of each year file, in the layout's order. */
export const YEAR_FILES: Readonly<Record<YearFileKind, string>> = {
  employees: 'employees.csv',
  travel: 'travel.csv',
  energy: 'energy.csv',
  meetings: 'meetings.csv',
  suppliers: 'suppliers.csv',
  'indicator-values': 'indicators.csv',
};

const YEAR_FILE_KINDS = Object.keys(YEAR_FILES) as YearFileKind[];

/** What a base-year folder needs: the emissions of the year to compare with. */
const BASE_YEAR_FILES: ReadonlySet<YearFileKind> = new Set(['travel', 'energy']);
/** The pages such a base year has figures for, and so a text is expected for. */
const BASE_YEAR_SECTIONS: readonly Section[] = ['overview', 'environment'];

type RootFileKey = 'emissionFactors' | 'benchmarks' | 'targets' | 'indicators' | 'restatements';

const ROOT_FILES: Readonly<Record<string, RootFileKey | null>> = {
  'report.json': null,
  'emission-factors.csv': 'emissionFactors',
  'benchmarks.csv': 'benchmarks',
  'targets.csv': 'targets',
  'indicators.csv': 'indicators',
  'restatements.csv': 'restatements',
};

const DRAFT = 'DRAFT';
const PUBLISHED = 'published.json';
const NARRATIVE_DIR = 'narrative';
const YEAR_NAME = /^\d{4}$/;

/** What is missing from the report of a year without the file (`of 2019` is appended). */
const NOT_REPORTED: Readonly<Record<YearFileKind, (year: number) => string>> = {
  employees: (y) => `the workforce figures of ${y} (headcount, gender, age, origin, hires, turnover) are not reported, nor the emissions per full-time employee`,
  travel: (y) => `the business-travel figures of ${y} (emissions and distances by means of transport) are not reported, nor the total emissions`,
  energy: (y) => `the energy figures of ${y} (energy use, renewable electricity, scope 1 and 2 emissions) are not reported, nor the total emissions`,
  meetings: (y) => `the meeting figures of ${y} (number of meetings, share held virtually or hybrid) are not reported`,
  suppliers: (y) => `the supplier figures of ${y} (contracts, Global Compact commitments and clauses, audits) are not reported`,
  'indicator-values': (y) => `the hand-reported indicators declared in indicators.csv are not reported for ${y}`,
};

const SECTION_NAMES: Readonly<Record<Section, string>> = {
  overview: 'Overview',
  workforce: 'Workforce',
  environment: 'Environment',
  suppliers: 'Suppliers',
  data: 'Data ethics and security',
  community: 'Community',
};

const LANGUAGE_NAMES: Readonly<Record<Language, string>> = { da: 'Danish', en: 'English' };

/** `workforce.da.md` → its section and language; null for any other name. */
export function parseNarrativeFileName(name: string): { section: Section; lang: Language } | null {
  const m = /^([a-z]+)\.([a-z]+)\.md$/.exec(name);
  const section = NARRATIVE_SECTIONS.find((s) => s === m?.[1]);
  const lang = LANGUAGES.find((l) => l === m?.[2]);
  return section === undefined || lang === undefined ? null : { section, lang };
}

/**
 * `baseYear` (report.json's emissions.baseYear): that year's folder may hold only travel.csv and
 * energy.csv, the base of the emissions comparison, without a warning for the files it lacks.
 * `logo` (report.json's organisation.logo, read there): the logo's file, or the folder at the top
 * that holds it, is part of the layout.
 */
export async function scanDataFolder(givenDataDir: string, languages: readonly Language[], sink: DiagnosticSink,
  baseYear: number | null = null, logo: string | null = null): Promise<DataFolder> {
  // The folder the user named may itself be a link: resolved once; nothing inside is followed.
  const dataDir = await realpath(givenDataDir).catch(() => givenDataDir);
  const root = await listFolder(dataDir);
  if (root === null) {
    sink.error('.', 1, 'the data folder does not exist or cannot be read');
    return { emissionFactors: null, benchmarks: null, targets: null, indicators: null, restatements: null, years: [] };
  }
  const rootFiles: Record<RootFileKey, string | null> = { emissionFactors: null, benchmarks: null, targets: null, indicators: null, restatements: null };
  const yearNames: string[] = [];
  for (const entry of root) {
    if (refused(sink, entry, entry.name)) continue;
    if (YEAR_NAME.test(entry.name)) {
      if (entry.kind === 'folder') yearNames.push(entry.name);
      else sink.warning(entry.name, 1, 'this is named like a reporting year but is not a folder; it is ignored');
      continue;
    }
    if (Object.hasOwn(ROOT_FILES, entry.name)) {
      const key = ROOT_FILES[entry.name] ?? null;
      if (entry.kind !== 'file') sink.warning(entry.name, 1, 'this must be a file, but it is a folder; it is ignored');
      else if (key !== null) rootFiles[key] = entry.name;
      continue;
    }
    if (logo !== null && entry.name === logo.split('/')[0]) continue;
    stray(sink, entry, entry.name, Object.keys(ROOT_FILES));
  }

  const years: YearFolder[] = [];
  for (const name of yearNames.sort((a, b) => Number(a) - Number(b))) {
    years.push(await scanYear(dataDir, name, languages, rootFiles.indicators !== null, Number(name) === baseYear, sink));
  }

  if (rootFiles.emissionFactors === null) {
    const needs = years.flatMap((y) => [y.files.travel, y.files.energy]).filter((f) => f !== undefined);
    if (needs.length > 0) {
      const named = needs.length <= 3 ? needs.join(', ') : `${needs.slice(0, 3).join(', ')} and ${needs.length - 3} more`;
      sink.error('emission-factors.csv', 1,
        `the file is missing, but ${named} need${needs.length === 1 ? 's' : ''} it: emissions cannot be calculated without the emission factors`);
    }
  }
  return { ...rootFiles, years };
}

async function scanYear(dataDir: string, name: string, languages: readonly Language[], indicatorsDeclared: boolean,
  isBaseYear: boolean, sink: DiagnosticSink): Promise<YearFolder> {
  const year = Number(name);
  const entries = await listFolder(path.join(dataDir, name));
  if (entries === null) {
    sink.error(name, 1, 'the folder cannot be read; check its permissions');
    return { year, draft: false, files: {}, narratives: [] };
  }
  const files: Partial<Record<YearFileKind, string>> = {};
  let draft = false;
  let narrativeDir = false;
  let published: string | undefined;
  const known = [...Object.values(YEAR_FILES), DRAFT, NARRATIVE_DIR, PUBLISHED];
  for (const entry of entries) {
    const rel = `${name}/${entry.name}`;
    if (refused(sink, entry, rel)) continue;
    const kind = YEAR_FILE_KINDS.find((k) => YEAR_FILES[k] === entry.name);
    if (kind !== undefined) {
      if (entry.kind === 'file') files[kind] = rel;
      else sink.warning(rel, 1, 'this must be a file, but it is a folder; it is ignored');
    } else if (entry.name === PUBLISHED && entry.kind === 'file') {
      published = rel;
    } else if (entry.name === DRAFT) {
      if (entry.kind === 'file') draft = true;
      else sink.warning(rel, 1, 'DRAFT must be an empty file, but this is a folder; the year is not marked as a draft');
    } else if (entry.name === NARRATIVE_DIR) {
      if (entry.kind === 'folder') narrativeDir = true;
      else sink.warning(rel, 1, 'narrative must be a folder holding the texts (workforce.da.md, …); this is ignored');
    } else {
      stray(sink, entry, rel, known);
    }
  }
  // The base year kept for the emissions comparison (inputs.md "Layout"): travel.csv and energy.csv
  // and nothing else is complete, not five warnings.
  const emissionsOnly = isBaseYear && YEAR_FILE_KINDS.every((k) => files[k] === undefined || BASE_YEAR_FILES.has(k));
  for (const kind of YEAR_FILE_KINDS) {
    if (files[kind] !== undefined || (kind === 'indicator-values' && !indicatorsDeclared)) continue;
    if (emissionsOnly && !BASE_YEAR_FILES.has(kind)) continue;
    sink.warning(`${name}/${YEAR_FILES[kind]}`, 1, `the file is missing, so ${NOT_REPORTED[kind](year)}`);
  }
  const narratives = narrativeDir
    ? await scanNarratives(dataDir, name, languages, emissionsOnly ? BASE_YEAR_SECTIONS : NARRATIVE_SECTIONS, sink)
    : noNarratives(name, sink);
  return { year, draft, files, narratives, ...(published === undefined ? {} : { published }) };
}

function noNarratives(name: string, sink: DiagnosticSink): string[] {
  sink.warning(`${name}/${NARRATIVE_DIR}`, 1,
    `there is no narrative folder, so the pages of ${name} show figures only, without text (add ${name}/narrative/overview.da.md and the like)`);
  return [];
}

async function scanNarratives(dataDir: string, yearName: string, languages: readonly Language[], expected: readonly Section[],
  sink: DiagnosticSink): Promise<string[]> {
  const dir = `${yearName}/${NARRATIVE_DIR}`;
  const entries = await listFolder(path.join(dataDir, yearName, NARRATIVE_DIR));
  if (entries === null) {
    sink.error(dir, 1, 'the folder cannot be read; check its permissions');
    return [];
  }
  const present: string[] = [];
  const seen = new Set<string>();
  for (const entry of entries) {
    const rel = `${dir}/${entry.name}`;
    if (refused(sink, entry, rel)) continue;
    const parsed = parseNarrativeFileName(entry.name);
    if (parsed === null || entry.kind !== 'file') {
      const lower = parseNarrativeFileName(entry.name.toLowerCase());
      const hint = lower !== null && entry.kind === 'file'
        ? ` Did you mean ${entry.name.toLowerCase()}? File names are written in lower case.`
        : ` A narrative is a file named <section>.<language>.md: section one of ${NARRATIVE_SECTIONS.join(', ')}; language ${LANGUAGES.join(' or ')}.`;
      sink.warning(rel, 1, `this is not a narrative the report knows, so it is not shown.${hint}`);
      continue;
    }
    if (!languages.includes(parsed.lang)) {
      sink.warning(rel, 1, `this text is in ${LANGUAGE_NAMES[parsed.lang]}, which report.json does not list in "languages"; it is not shown`);
      continue;
    }
    seen.add(entry.name);
    present.push(rel);
  }
  for (const section of expected) {
    for (const lang of languages) {
      const file = `${section}.${lang}.md`;
      if (seen.has(file)) continue;
      sink.warning(`${dir}/${file}`, 1,
        `the file is missing, so the ${LANGUAGE_NAMES[lang]} ${SECTION_NAMES[section]} page of ${yearName} shows figures only, without text`);
    }
  }
  return present;
}

// ---- listing -------------------------------------------------------------------------------

interface FolderEntry {
  readonly name: string;
  readonly kind: EntryKind;
}

/** The visible entries of a folder, sorted by name, as they are (links not followed); null if unreadable. */
async function listFolder(absolute: string): Promise<FolderEntry[] | null> {
  let dirents;
  try {
    dirents = await readdir(absolute, { withFileTypes: true });
  } catch {
    return null;
  }
  const result: FolderEntry[] = [];
  for (const d of dirents) {
    if (d.name.startsWith('.')) continue;
    result.push({ name: d.name, kind: kindOf(d) });
  }
  return result.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** A link, device, pipe or socket: an error on line 1 of its path, and the entry is passed over. */
function refused(sink: DiagnosticSink, entry: FolderEntry, rel: string): boolean {
  if (entry.kind === 'link') sink.error(rel, 1, LINK_MESSAGE);
  else if (entry.kind === 'special') sink.error(rel, 1, SPECIAL_MESSAGE);
  else return false;
  return true;
}

function stray(sink: DiagnosticSink, entry: FolderEntry, rel: string, known: readonly string[]): void {
  const what = entry.kind === 'folder' ? 'folder' : 'file';
  const lower = entry.name.toLowerCase();
  const match = known.find((k) => k.toLowerCase() === lower);
  const hint = match === undefined ? '' : ` Did you mean ${match}? Names are written exactly as in the layout.`;
  sink.warning(rel, 1, `this ${what} is not part of the data folder layout and is ignored.${hint}`);
}
