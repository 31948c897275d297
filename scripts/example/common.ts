// The example generator's shared parts: seeded randomness, number and date formats as Excel writes
// them, CSV text and its encodings, and the organisation's years and report.json.

import { DateTime } from 'luxon';
import { stringify } from 'csv-stringify/sync';
import { mulberry32 } from '../../src/util/seeded-random.ts';
import { SCHEMAS } from '../../src/read/schemas/index.ts';
import type { CsvKind } from '../../src/read/schemas/index.ts';

// ---- seeded randomness --------------------------------------------------------------------

export { mulberry32 };

export class Random {
  private readonly next: () => number;
  constructor(seed: number) {
    this.next = mulberry32(seed);
  }
  float(): number {
    return this.next();
  }
  /** Whole number in [min, max]. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    const item = items[Math.floor(this.next() * items.length)];
    if (item === undefined) throw new Error('pick from an empty list');
    return item;
  }
  weighted<T>(items: readonly (readonly [T, number])[]): T {
    const total = items.reduce((sum, [, w]) => sum + w, 0);
    let r = this.next() * total;
    for (const [item, w] of items) {
      r -= w;
      if (r < 0) return item;
    }
    const last = items[items.length - 1];
    if (last === undefined) throw new Error('weighted pick from an empty list');
    return last[0];
  }
}

// ---- formatting ---------------------------------------------------------------------------

export type Day = DateTime;
export const day = (y: number, m: number, d: number): Day => DateTime.utc(y, m, d);
export const iso = (d: Day): string => d.toISODate() ?? '';
export const danishDate = (d: Day): string => d.toFormat('dd-MM-yyyy');
export const danishDotDate = (d: Day): string => d.toFormat('dd.MM.yyyy');

/** A number with a point decimal and at most `decimals` decimals, trailing zeros dropped. */
export function pointNumber(n: number, decimals: number): string {
  return String(Number(n.toFixed(decimals)));
}

/** Danish Excel style: `1.234,5`, always with exactly `decimals` decimals. */
export function danishNumber(n: number, decimals: number, grouping: boolean): string {
  return new Intl.NumberFormat('da-DK', {
    minimumFractionDigits: decimals,
    maximumFractionDigits: decimals,
    useGrouping: grouping,
  }).format(n);
}

/** Danish decimal comma without grouping, trailing zeros dropped (`0,8`, `1`). */
export function danishShortNumber(n: number, decimals: number): string {
  return pointNumber(n, decimals).replace('.', ',');
}

export type Cell = string | number;
export interface CsvOptions {
  readonly delimiter?: ',' | ';' | '\t';
  readonly crlf?: boolean;
}

export function csvText(header: readonly string[], rows: readonly (readonly Cell[])[], options: CsvOptions = {}): string {
  return stringify([header, ...rows].map((r) => r.map(String)), {
    delimiter: options.delimiter ?? ',',
    record_delimiter: options.crlf === true ? 'windows' : 'unix',
  });
}

/** A file's header as the reader names its columns (read/schemas), in English or in Danish. */
export function columnNames(kind: CsvKind, lang: 'en' | 'da' = 'en'): string[] {
  return SCHEMAS[kind].columns.map((c) => (lang === 'da' ? c.danish ?? c.name : c.name));
}

/** Windows-1252 for the characters it shares with Latin-1 (ASCII and 0xA0–0xFF). */
export function encodeWindows1252(text: string): Buffer {
  const bytes = Buffer.alloc(text.length);
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80 || (code >= 0xa0 && code <= 0xff)) bytes[i] = code;
    else throw new Error(`character U+${code.toString(16)} has no single Windows-1252 byte here`);
  }
  return bytes;
}

export function encodeUtf16LeWithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]);
}

export function encodeUtf8WithBom(text: string): Buffer {
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

// ---- the organisation ---------------------------------------------------------------------

export const YEARS = [2023, 2024, 2025] as const;
export const BASE_YEAR = 2019;
export const FACTOR_YEARS = [2019, 2023, 2024, 2025] as const;

export const REPORT_JSON = {
  organisation: {
    name: 'Kommunernes Fælles Indkøb af IT',
    url: 'https://kfit.example',
    accessibilityStatementUrl: 'https://www.was.digst.dk/kfit-example',
    logo: 'logo.svg',
    primaryColour: '#1a5276',
    contact: 'csr@kfit.example',
    // A fictional CVR number: the entity of the machine-readable VSME report (vsme.json).
    identifier: { scheme: 'http://www.dcca.dk/cvr', id: '12345678' },
  },
  publicationDates: { 2023: '2024-03-28', 2024: '2025-03-27', 2025: '2026-03-26' },
  languages: ['da', 'en'],
  snapshotDate: '12-31',
  privacy: { minCellSize: 5 },
  emissions: {
    radiativeForcing: true,
    baseYear: BASE_YEAR,
    // The GHG disclosure of the Method page (issue 13, item 6).
    gwpBasis: 'IPCC AR6 GWP100',
    gases: 'CO2, CH4, N2O',
    baseYearPolicy: {
      da: 'Basisåret genberegnes, når en ændring af organisationen, af opgørelsesmetoden eller en rettet fejl ændrer basisårets samlede udledning med 5 % eller mere.',
      en: 'The base year is recalculated when a change in the organisation, in the method or a corrected error changes the base year\'s total emissions by 5% or more.',
    },
  },
  numberFormat: {},
};

/** The example organisation's logo (report.json organisation.logo): a plain drawing, no script,
 * no reference to anything outside it. */
export const LOGO_SVG = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 96 32">'
  + '<rect width="96" height="32" rx="5" fill="#1a5276"/><circle cx="16" cy="16" r="8" fill="#f4d03f"/>'
  + '<text x="30" y="23" font-family="Arial, Helvetica, sans-serif" font-size="18" font-weight="700" fill="#ffffff">KFIT</text></svg>\n';

/** A file of the example data folder. */
export interface ExampleFile {
  /** Relative to the data folder. */
  readonly path: string;
  readonly bytes: Buffer;
}
