// report.json: the organisation and build settings (inputs.md "report.json").
// Strict JSON, parsed with jsonc-parser so that every problem has the line of its key or value:
// a syntax error, an unknown key (at any level), a key given twice, a value of the wrong type.
// Any error makes the result null; the defaults come from src/model/settings.ts.

import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import type { Node } from 'jsonc-parser';
import type { DiagnosticSink } from '../model/diagnostics.ts';
import { LANGUAGES, type Language } from '../model/records.ts';
import { DEFAULT_SETTINGS, type NumberFormatOverride, type ReportSettings } from '../model/settings.ts';
import type { InputFileInfo } from '../model/site.ts';
import { openDataFile, refusalMessage, withDataFile } from './data-file.ts';
import { decodeStrictUtf8, firstNulLine } from './narrative.ts';
import { readContact, readLogo, readPrimaryColour, readPublicationDates } from './report-identity.ts';
import { readIdentifier } from './report-identifier.ts';
import { containsCpr } from './identifiers.ts';
import { hiddenReason } from './shown.ts';
import { isoDate } from './values.ts';
import { Context, REPORT_JSON, depthBeyond, describe, describeText, entries, isObject, parseStrict, quote } from './report-json-tree.ts';
import type { Entry } from './report-json-tree.ts';

export { REPORT_JSON };

export type ReportJsonResult = { settings: ReportSettings; info: InputFileInfo } | null;

/** report.json is a few hundred bytes; a file larger than this is not read. */
const MAX_REPORT_JSON_BYTES = 1 << 20;
/** Objects and lists inside each other deeper than this are an error (the settings need 3). */
export const MAX_JSON_DEPTH = 64;

export async function readReportJson(dataDir: string, sink: DiagnosticSink): Promise<ReportJsonResult> {
  const opened = await openDataFile(dataDir, REPORT_JSON);
  if (!opened.ok) {
    sink.error(REPORT_JSON, 1, opened.refusal === 'missing'
      ? 'report.json is missing: the data folder needs a report.json with at least organisation.name and organisation.accessibilityStatementUrl'
      : refusalMessage(opened.refusal, 'report.json'));
    return null;
  }
  if (opened.file.size > MAX_REPORT_JSON_BYTES) {
    await opened.file.close();
    sink.error(REPORT_JSON, 1, 'report.json is larger than 1 MB, far larger than the settings it holds; check that it is the right file');
    return null;
  }
  const bytes = await withDataFile(opened.file, (f) => f.readAll());
  const info: InputFileInfo = {
    path: REPORT_JSON,
    bytes: bytes.length,
    sha256: createHash('sha256').update(bytes).digest('hex'),
    rows: null,
  };
  const decoded = decodeStrictUtf8(bytes);
  if (!decoded.ok) {
    sink.error(REPORT_JSON, decoded.line, 'report.json is not valid UTF-8 text; save it as UTF-8');
    return null;
  }
  const nul = firstNulLine(decoded.text);
  if (nul !== null) {
    sink.error(REPORT_JSON, nul, 'this line holds a NUL character (a zero byte), which a text file never holds; save report.json again as plain UTF-8 text');
    return null;
  }
  const ctx = new Context(decoded.text, sink);
  const tooDeep = depthBeyond(decoded.text, MAX_JSON_DEPTH);
  if (tooDeep !== null) {
    ctx.error(tooDeep, `objects and lists are nested more than ${MAX_JSON_DEPTH} deep here; report.json needs only three levels, so check its braces { } and brackets [ ]`);
    return null;
  }
  const root = parseStrict(ctx);
  if (root === null) return null;
  const settings = await readSettings(root, ctx, dataDir);
  return settings === null || ctx.failed ? null : { settings, info };
}

// ---- the settings --------------------------------------------------------------------------

const TOP_KEYS = ['organisation', 'languages', 'snapshotDate', 'privacy', 'emissions', 'numberFormat', 'limits', 'publicationDates'] as const;
const LIMITS_KEYS = ['maxFileSizeMB'] as const;
const ORGANISATION_KEYS = ['name', 'url', 'accessibilityStatementUrl', 'logo', 'primaryColour', 'contact', 'identifier'] as const;
const PRIVACY_KEYS = ['minCellSize'] as const;
const EMISSIONS_KEYS = ['radiativeForcing', 'baseYear', 'gwpBasis', 'gases', 'baseYearPolicy'] as const;
const POLICY_KEYS = ['da', 'en'] as const;
const NUMBER_FORMAT_KEYS = ['decimal'] as const;

async function readSettings(root: Node, ctx: Context, dataDir: string): Promise<ReportSettings | null> {
  const top = entries(ctx, root, '', TOP_KEYS);
  const organisation = await readOrganisation(ctx, root, top.get('organisation'), dataDir);
  const languages = optional(top.get('languages'), (n) => readLanguages(ctx, n), DEFAULT_SETTINGS.languages);
  const snapshotDate = optional(top.get('snapshotDate'), (n) => readSnapshotDate(ctx, n), DEFAULT_SETTINGS.snapshotDate);

  let minCellSize: number | undefined = DEFAULT_SETTINGS.minCellSize;
  const privacy = top.get('privacy')?.value;
  if (privacy !== undefined && isObject(ctx, privacy, 'privacy')) {
    const p = entries(ctx, privacy, 'privacy', PRIVACY_KEYS);
    minCellSize = optional(p.get('minCellSize'), (n) => readMinCellSize(ctx, n), DEFAULT_SETTINGS.minCellSize);
  }

  let radiativeForcing: boolean | undefined = DEFAULT_SETTINGS.radiativeForcing;
  let baseYear: number | null | undefined = DEFAULT_SETTINGS.baseYear;
  // The GHG disclosure (issue 13, item 6): absent keys add nothing to the settings.
  let gwpBasis: string | null | undefined = null;
  let gases: string | null | undefined = null;
  let baseYearPolicy: Readonly<Record<Language, string>> | null | undefined = null;
  const emissions = top.get('emissions')?.value;
  if (emissions !== undefined && isObject(ctx, emissions, 'emissions')) {
    const e = entries(ctx, emissions, 'emissions', EMISSIONS_KEYS);
    radiativeForcing = optional(e.get('radiativeForcing'), (n) => readBoolean(ctx, n, 'emissions.radiativeForcing'), DEFAULT_SETTINGS.radiativeForcing);
    baseYear = optional(e.get('baseYear'), (n) => readBaseYear(ctx, n), DEFAULT_SETTINGS.baseYear);
    gwpBasis = optional(e.get('gwpBasis'), (n) => readPublishedText(ctx, n, 'emissions.gwpBasis', 'basis'), null);
    gases = optional(e.get('gases'), (n) => readPublishedText(ctx, n, 'emissions.gases', 'gases'), null);
    baseYearPolicy = optional(e.get('baseYearPolicy'), (n) => readBilingualText(ctx, n, 'emissions.baseYearPolicy'), null);
  }

  // Absent: the reader's default (DEFAULT_MAX_FILE_BYTES), and the settings carry no key for it.
  let maxFileBytes: number | null | undefined = null;
  const limits = top.get('limits')?.value;
  if (limits !== undefined && isObject(ctx, limits, 'limits')) {
    const l = entries(ctx, limits, 'limits', LIMITS_KEYS);
    maxFileBytes = optional(l.get('maxFileSizeMB'), (n) => readMaxFileSize(ctx, n), null);
  }

  const numberFormatNode = top.get('numberFormat')?.value;
  const numberFormat = numberFormatNode === undefined
    ? DEFAULT_SETTINGS.numberFormat
    : await readNumberFormat(ctx, numberFormatNode, dataDir);

  const datesNode = top.get('publicationDates')?.value;
  const publicationDates = datesNode === undefined ? null : readPublicationDates(ctx, datesNode);

  if (organisation === undefined || languages === undefined || snapshotDate === undefined || minCellSize === undefined
    || radiativeForcing === undefined || baseYear === undefined || numberFormat === undefined || maxFileBytes === undefined
    || publicationDates === undefined || gwpBasis === undefined || gases === undefined || baseYearPolicy === undefined) {
    return null;
  }
  return {
    organisation, languages, snapshotDate, minCellSize, radiativeForcing, baseYear, numberFormat,
    ...(maxFileBytes === null ? {} : { maxFileBytes }),
    ...(publicationDates === null ? {} : { publicationDates }),
    ...(gwpBasis === null ? {} : { gwpBasis }),
    ...(gases === null ? {} : { gases }),
    ...(baseYearPolicy === null ? {} : { baseYearPolicy }),
  };
}

/** The value read from an entry, the default when the key is absent, undefined after an error. */
function optional<T>(entry: Entry | undefined, read: (value: Node) => T | undefined, fallback: T): T | undefined {
  return entry === undefined ? fallback : read(entry.value);
}

async function readOrganisation(ctx: Context, root: Node, entry: Entry | undefined, dataDir: string): Promise<ReportSettings['organisation'] | undefined> {
  if (entry === undefined) {
    ctx.error(root, 'the key "organisation" is missing: write "organisation": { "name": "…", "accessibilityStatementUrl": "https://…" }');
    return undefined;
  }
  if (!isObject(ctx, entry.value, 'organisation')) return undefined;
  const o = entries(ctx, entry.value, 'organisation', ORGANISATION_KEYS);
  const name = required(ctx, entry, o.get('name'), 'organisation.name', 'the organisation\'s name as the site shows it');
  const statement = required(ctx, entry, o.get('accessibilityStatementUrl'), 'organisation.accessibilityStatementUrl',
    'the web address of the accessibility statement (https://…)');
  const nameValue = name === undefined ? undefined : readNonEmptyText(ctx, name, 'organisation.name');
  const statementValue = statement === undefined ? undefined : readUrl(ctx, statement, 'organisation.accessibilityStatementUrl');
  const urlEntry = o.get('url');
  const url = urlEntry === undefined || urlEntry.value.type === 'null' ? null : readUrl(ctx, urlEntry.value, 'organisation.url');
  // The identity (read/report-identity.ts): absent keys add nothing to the settings.
  const logoNode = o.get('logo')?.value;
  const logo = logoNode === undefined ? null : await readLogo(ctx, logoNode, dataDir);
  const colourNode = o.get('primaryColour')?.value;
  const primaryColour = colourNode === undefined ? null : readPrimaryColour(ctx, colourNode);
  const contactNode = o.get('contact')?.value;
  const contact = contactNode === undefined ? null : readContact(ctx, contactNode);
  // The entity of vsme.json (read/report-identifier.ts).
  const identifierEntry = o.get('identifier');
  const identifier = identifierEntry === undefined ? null : readIdentifier(ctx, identifierEntry);
  if (nameValue === undefined || statementValue === undefined || url === undefined
    || logo === undefined || primaryColour === undefined || contact === undefined || identifier === undefined) return undefined;
  return {
    name: nameValue, url, accessibilityStatementUrl: statementValue,
    ...(logo === null ? {} : { logo }),
    ...(primaryColour === null ? {} : { primaryColour }),
    ...(contact === null ? {} : { contact }),
    ...(identifier === null ? {} : { identifier }),
  };
}

function required(ctx: Context, parent: Entry, entry: Entry | undefined, key: string, what: string): Node | undefined {
  if (entry === undefined) {
    ctx.error(parent.key, `the key "${key}" is missing; it is required: ${what}`);
    return undefined;
  }
  return entry.value;
}

function readNonEmptyText(ctx: Context, node: Node, key: string): string | undefined {
  if (node.type !== 'string' || String(node.value).trim() === '') {
    ctx.error(node, `"${key}" must be a non-empty text in double quotes, not ${describe(node)}`);
    return undefined;
  }
  return String(node.value).trim();
}

/** A non-empty text the site publishes as it is: never one that looks like a CPR number or an e-mail address. */
function readPublishedText(ctx: Context, node: Node, key: string, what: string): string | undefined {
  const text = readNonEmptyText(ctx, node, key);
  if (text === undefined) return undefined;
  const reason = hiddenReason(text);
  // A CPR number is already an error of the check of every text (report-json-tree.ts).
  if (containsCpr(text)) return undefined;
  if (reason !== null) {
    ctx.error(node, `"${key}" is published on the Method page, and this text ${reason}; write the ${what} without personal data`);
    return undefined;
  }
  return text;
}

/** `{ "da": "…", "en": "…" }`: a published text in each language. */
function readBilingualText(ctx: Context, node: Node, key: string): Readonly<Record<Language, string>> | undefined {
  if (!isObject(ctx, node, key)) return undefined;
  const o = entries(ctx, node, key, POLICY_KEYS);
  if (o.size !== (node.children?.length ?? 0)) return undefined; // an unknown or repeated key, reported
  const missing = POLICY_KEYS.filter((l) => !o.has(l));
  if (missing.length > 0) {
    ctx.error(node, `"${key}" needs a text in each language: { "da": "…", "en": "…" }; ${missing.map((l) => `"${l}"`).join(' and ')} ${missing.length === 1 ? 'is' : 'are'} missing`);
    return undefined;
  }
  const da = readPublishedText(ctx, o.get('da')!.value, `${key}.da`, 'policy');
  const en = readPublishedText(ctx, o.get('en')!.value, `${key}.en`, 'policy');
  return da === undefined || en === undefined ? undefined : { da, en };
}

function readUrl(ctx: Context, node: Node, key: string): string | undefined {
  const text = readNonEmptyText(ctx, node, key);
  if (text === undefined) return undefined;
  let url: URL | null = null;
  try {
    url = new URL(text);
  } catch {
    url = null;
  }
  if (url === null || (url.protocol !== 'https:' && url.protocol !== 'http:') || url.hostname === '') {
    ctx.error(node, `"${key}" must be a web address that starts with https:// or http://, not ${describeText(text)}`);
    return undefined;
  }
  return text;
}

function readLanguages(ctx: Context, node: Node): Language[] | undefined {
  if (node.type !== 'array') {
    ctx.error(node, `"languages" must be a list such as ["da", "en"], not ${describe(node)}`);
    return undefined;
  }
  const items = node.children ?? [];
  if (items.length === 0) {
    ctx.error(node, '"languages" must name at least one language: ["da"], ["en"] or ["da", "en"]');
    return undefined;
  }
  const result: Language[] = [];
  let ok = true;
  for (const item of items) {
    const value = item.type === 'string' ? String(item.value) : null;
    const lang = LANGUAGES.find((l) => l === value);
    if (lang === undefined) {
      ctx.error(item, `"languages": ${describe(item)} is not a supported language; use "da" (Danish) or "en" (English)`);
      ok = false;
    } else if (result.includes(lang)) {
      ctx.error(item, `"languages": "${lang}" is listed twice; list each language once`);
      ok = false;
    } else {
      result.push(lang);
    }
  }
  return ok ? result : undefined;
}

function readSnapshotDate(ctx: Context, node: Node): ReportSettings['snapshotDate'] | undefined {
  const text = node.type === 'string' ? String(node.value) : null;
  const match = text === null ? null : /^(\d{2})-(\d{2})$/.exec(text);
  if (match === null) {
    ctx.error(node, `"snapshotDate" must be a month and day written "MM-DD", e.g. "12-31", not ${describe(node)}`);
    return undefined;
  }
  const month = Number(match[1]);
  const day = Number(match[2]);
  if (month === 2 && day === 29) {
    ctx.error(node, '"snapshotDate": "02-29" exists only in leap years, and the snapshot must fall on a day of every year; use "02-28" or "03-01"');
    return undefined;
  }
  // 2023 is no leap year: a day valid in it is valid in every year.
  if (isoDate(2023, month, day) === null) {
    ctx.error(node, `"snapshotDate": ${describe(node)} is not a day of the year; write the month and day as "MM-DD", e.g. "12-31"`);
    return undefined;
  }
  return { month, day };
}

function readMinCellSize(ctx: Context, node: Node): number | undefined {
  const value = node.type === 'number' ? Number(node.value) : NaN;
  if (!Number.isSafeInteger(value) || value < 1) {
    ctx.error(node, `"privacy.minCellSize" must be a whole number of at least 1 (the default is 5), not ${describe(node)}`);
    return undefined;
  }
  return value;
}

/** `limits.maxFileSizeMB`: a whole number of MB (1 MB = 1024 × 1024 bytes), from 1 to 1,048,576 (1 TB). */
function readMaxFileSize(ctx: Context, node: Node): number | undefined {
  const value = node.type === 'number' ? Number(node.value) : NaN;
  if (!Number.isSafeInteger(value) || value < 1 || value > 1024 * 1024) {
    ctx.error(node, `"limits.maxFileSizeMB" must be a whole number of megabytes from 1 to 1048576 (the default is 1024, 1 GB), not ${describe(node)}`);
    return undefined;
  }
  return value * 1024 * 1024;
}

function readBoolean(ctx: Context, node: Node, key: string): boolean | undefined {
  if (node.type !== 'boolean') {
    ctx.error(node, `"${key}" must be true or false (without quotes), not ${describe(node)}`);
    return undefined;
  }
  return node.value === true;
}

function readBaseYear(ctx: Context, node: Node): number | null | undefined {
  if (node.type === 'null') return null;
  const value = node.type === 'number' ? Number(node.value) : NaN;
  if (!Number.isInteger(value) || value < 1000 || value > 9999) {
    ctx.error(node, `"emissions.baseYear" must be a year of four digits without quotes, e.g. 2019, not ${describe(node)}`);
    return undefined;
  }
  return value;
}

async function readNumberFormat(ctx: Context, node: Node, dataDir: string): Promise<Record<string, NumberFormatOverride> | undefined> {
  if (!isObject(ctx, node, 'numberFormat')) return undefined;
  const result: Record<string, NumberFormatOverride> = {};
  let ok = true;
  for (const [file, entry] of entries(ctx, node, 'numberFormat', null)) {
    const problem = relativePathProblem(file);
    if (problem !== null) {
      ctx.error(entry.key, `"numberFormat": the key ${quote(file)} ${problem}`);
      ok = false;
      continue;
    }
    const override = readOverride(ctx, entry.value, file);
    if (override === undefined) {
      ok = false;
      continue;
    }
    if (!(await isFile(path.join(dataDir, ...file.split('/'))))) {
      ctx.warning(entry.key, `"numberFormat" names ${quote(file)}, which is not in the data folder; the setting has no effect`);
    }
    result[file] = override;
  }
  return ok ? result : undefined;
}

/** Why a numberFormat key is not a relative path such as `2024/energy.csv`, or null. */
function relativePathProblem(file: string): string | null {
  if (file.includes('\\')) return 'must use forward slashes, e.g. "2024/energy.csv"';
  if (file.startsWith('/') || /^[A-Za-z]:/.test(file)) return 'must be a path inside the data folder, e.g. "2024/energy.csv"';
  if (file.split('/').some((part) => part === '' || part === '.' || part === '..')) {
    return 'must be a plain path inside the data folder, e.g. "2024/energy.csv"';
  }
  if (!file.endsWith('.csv')) return 'must name a CSV file, e.g. "2024/energy.csv"';
  return null;
}

function readOverride(ctx: Context, node: Node, file: string): NumberFormatOverride | undefined {
  const where = `numberFormat.${file}`;
  if (!isObject(ctx, node, where)) return undefined;
  const o = entries(ctx, node, where, NUMBER_FORMAT_KEYS);
  if (o.size !== (node.children?.length ?? 0)) return undefined; // an unknown or repeated key, reported
  const decimal = o.get('decimal');
  if (decimal === undefined) {
    ctx.error(node, `"numberFormat": ${quote(file)} needs { "decimal": "," } or { "decimal": "." }`);
    return undefined;
  }
  const value = decimal.value.type === 'string' ? String(decimal.value.value) : null;
  if (value !== ',' && value !== '.') {
    ctx.error(decimal.value, `"decimal" must be "," (decimal comma) or "." (decimal point), not ${describe(decimal.value)}`);
    return undefined;
  }
  return { decimal: value };
}

async function isFile(absolute: string): Promise<boolean> {
  try {
    return (await stat(absolute)).isFile();
  } catch {
    return false;
  }
}
