// EFRAG's VSME XBRL taxonomy 2026-05-01 as the tool uses it (frameworks.md): which concepts exist,
// their data and period types, labels and paragraphs, and which unit of the XBRL Units Registry a
// data type takes. The data comes with the tool (LICENSE-EFRAG.md, beside this file) and is read
// on first use, so that a module that never asks pays nothing.

import { readFileSync } from 'node:fs';

export type VsmePeriodType = 'instant' | 'duration';

/** One paragraph of the VSME standard that a concept answers (module B1–B11, C1–C9). */
export interface VsmeReference {
  /** `Basic Module` or `Comprehensive Module`. */
  readonly section: string;
  /** `B3`, `C5`. */
  readonly module: string;
  /** `30`, `50-53`. */
  readonly paragraph: string;
  readonly subparagraph: string | null;
}

export interface VsmeConcept {
  /** Prefixed: `vsme:GrossScope1GreenhouseGasEmissions`. */
  readonly name: string;
  readonly abstract: boolean;
  readonly numeric: boolean;
  /** Prefixed: `dtr-types:ghgEmissionsItemType`, `xbrli:decimalItemType`. */
  readonly dataType: string;
  readonly periodType: VsmePeriodType;
  readonly labelEn: string;
  /** Null where the taxonomy has no Danish label. */
  readonly labelDa: string | null;
  readonly references: readonly VsmeReference[];
}

export const VSME_PREFIX = 'vsme';
export const VSME_NAMESPACE = 'https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme';
export const VSME_ENTRY_POINT = 'https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd';

/** The prefixes of the units a VSME fact may take, with their namespaces. */
export const UNIT_NAMESPACES: Readonly<Record<string, string>> = {
  utr: 'http://www.xbrl.org/2009/utr',
  xbrli: 'http://www.xbrl.org/2003/instance',
  iso4217: 'http://www.xbrl.org/2003/iso4217',
};

interface RawReference {
  readonly 'ref:Number'?: string;
  readonly 'ref:Paragraph'?: string;
  readonly 'ref:Section'?: string;
  readonly 'ref:Subparagraph'?: string;
}

interface RawConcept {
  readonly abstract: boolean;
  readonly numeric: boolean;
  readonly dataType: string;
  readonly periodType: string;
  readonly label_en: string;
  readonly label_da: string | null;
  readonly references: readonly RawReference[];
}

interface RawTaxonomy {
  readonly concepts: Readonly<Record<string, RawConcept>>;
  readonly entryPoint: string;
  readonly namespaces: Readonly<Record<string, string>>;
}

interface UtrUnit {
  readonly itemType: string;
  readonly nsUnit: string;
  readonly unitId: string;
  readonly symbol?: string;
}

let concepts: ReadonlyMap<string, VsmeConcept> | null = null;
let units: readonly UtrUnit[] | null = null;

function readJson<T>(name: string): T {
  return JSON.parse(readFileSync(new URL(name, import.meta.url), 'utf8')) as T;
}

function loadConcepts(): ReadonlyMap<string, VsmeConcept> {
  if (concepts !== null) return concepts;
  const raw = readJson<RawTaxonomy>('./vsme-2026-05-01-concepts.json');
  if (raw.entryPoint !== VSME_ENTRY_POINT || raw.namespaces[VSME_PREFIX] !== VSME_NAMESPACE) {
    throw new Error('vsme-2026-05-01-concepts.json is not the VSME taxonomy 2026-05-01');
  }
  const map = new Map<string, VsmeConcept>();
  for (const [name, c] of Object.entries(raw.concepts)) {
    map.set(name, {
      name,
      abstract: c.abstract,
      numeric: c.numeric,
      dataType: c.dataType,
      periodType: c.periodType === 'instant' ? 'instant' : 'duration',
      labelEn: c.label_en,
      labelDa: c.label_da,
      references: c.references.map((r) => ({
        section: r['ref:Section'] ?? '',
        module: r['ref:Number'] ?? '',
        paragraph: r['ref:Paragraph'] ?? '',
        subparagraph: r['ref:Subparagraph'] ?? null,
      })),
    });
  }
  concepts = map;
  return map;
}

function loadUnits(): readonly UtrUnit[] {
  units ??= readJson<{ utr: UtrUnit[] }>('./utr-units.json').utr;
  return units;
}

/** The concept of that prefixed name (`vsme:…`), or undefined when the taxonomy has none. */
export function vsmeConcept(name: string): VsmeConcept | undefined {
  return loadConcepts().get(name);
}

/** Every concept of the taxonomy, in the file's (alphabetical) order. */
export function vsmeConcepts(): readonly VsmeConcept[] {
  return [...loadConcepts().values()];
}

/** The concept's label in a language (English where the taxonomy has no Danish one). */
export function vsmeLabel(concept: VsmeConcept, lang: 'da' | 'en'): string {
  return lang === 'da' ? concept.labelDa?.trim().replace(/\s+/g, ' ') ?? concept.labelEn : concept.labelEn;
}

/** A concept that can carry one of the report's figures: it exists, is numeric and not abstract. */
export function isFigureConcept(concept: VsmeConcept | undefined): concept is VsmeConcept {
  return concept !== undefined && concept.numeric && !concept.abstract;
}

const MODULE = /^([BC])(\d+)$/;

/** Where a module comes in the standard: B1 … B11, then C1 … C9; anything else after them. */
function moduleRank(module: string): number {
  const m = MODULE.exec(module);
  if (m === null) return 1000;
  return (m[1] === 'B' ? 0 : 100) + Number(m[2]);
}

function paragraphRank(paragraph: string): number {
  const n = Number.parseInt(paragraph, 10);
  return Number.isNaN(n) ? Number.MAX_SAFE_INTEGER : n;
}

/** The first paragraph a concept answers (its place in the standard), or null. */
export function firstReference(concept: VsmeConcept): VsmeReference | null {
  return [...concept.references].sort(compareReferences)[0] ?? null;
}

function compareReferences(a: VsmeReference, b: VsmeReference): number {
  return moduleRank(a.module) - moduleRank(b.module) || paragraphRank(a.paragraph) - paragraphRank(b.paragraph);
}

/** The standard's order of two concepts' places (module, then paragraph); 0 for the same paragraph. */
export function compareVsmePlaces(a: VsmeConcept, b: VsmeConcept): number {
  const ra = firstReference(a);
  const rb = firstReference(b);
  if (ra === null || rb === null) return ra === rb ? 0 : ra === null ? 1 : -1;
  return compareReferences(ra, rb);
}

/** The standard's order: module B1 … B11, C1 … C9, then paragraph, then name. */
export function compareVsmeConcepts(a: VsmeConcept, b: VsmeConcept): number {
  const ra = firstReference(a);
  const rb = firstReference(b);
  if (ra !== null && rb !== null) {
    const byRef = compareReferences(ra, rb);
    if (byRef !== 0) return byRef;
  } else if (ra !== rb) {
    return ra === null ? 1 : -1;
  }
  return a.name < b.name ? -1 : a.name > b.name ? 1 : 0;
}

/** The local part of a prefixed name (`dtr-types:energyItemType` → `energyItemType`). */
function localName(qname: string): string {
  return qname.slice(qname.indexOf(':') + 1);
}

function prefixOf(namespace: string): string | undefined {
  return Object.keys(UNIT_NAMESPACES).find((p) => UNIT_NAMESPACES[p] === namespace);
}

/**
 * The unit (prefixed, `utr:tCO2e`) a fact of this concept takes when the figure is measured in
 * `unit` (the report's unit word: `t CO2e`, `MWh`, `share`, `persons`, or an indicator's own), or
 * null when the two do not fit (a share for an emission, tonnes for energy). Shares and counts
 * are pure numbers (a share written as a fraction); money is DKK or EUR; the other data types
 * take the unit of the XBRL Units Registry whose id or symbol the unit word names.
 */
export function vsmeUnit(concept: VsmeConcept, unit: string): string | null {
  if (!isFigureConcept(concept)) return null;
  const itemType = localName(concept.dataType);
  switch (itemType) {
    case 'percentItemType':
    case 'pureItemType':
      return unit === 'share' ? 'xbrli:pure' : null;
    case 'decimalItemType':
      return unit === 'share' ? null : 'xbrli:pure';
    default: {
      const word = unit.replace(/\s+/g, '');
      const found = loadUnits().find((u) => u.itemType === itemType && (u.unitId === word || u.symbol === word));
      const prefix = found === undefined ? undefined : prefixOf(found.nsUnit);
      return found === undefined || prefix === undefined ? null : `${prefix}:${found.unitId}`;
    }
  }
}
