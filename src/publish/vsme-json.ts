// downloads/<year>/vsme.json: the year's published figures as an xBRL-JSON document (XBRL
// International, OIM xBRL-JSON 1.0) against EFRAG's VSME taxonomy 2026-05-01 (frameworks.md
// "The machine-readable VSME report"). One fact per published figure that answers a VSME
// concept: the concept, the entity of report.json's organisation.identifier, the whole year for
// a duration concept and the snapshot date for an instant one, the unit its data type takes,
// the unrounded value as a string, and `decimals` as the page shows the figure.

import type { Diagnostic } from '../model/diagnostics.ts';
import type { YearFigures } from '../model/figures.ts';
import type { IsoDate } from '../model/records.ts';
import { derivedDefinition } from '../model/registry/frameworks.ts';
import type { DerivedFigure } from '../model/registry/frameworks.ts';
import type { ReportModel } from '../model/site.ts';
import { snapshotOf } from '../compute/dates.ts';
import {
  isFigureConcept, UNIT_NAMESPACES, VSME_ENTRY_POINT, VSME_NAMESPACE, VSME_PREFIX, compareVsmeConcepts, vsmeConcept, vsmeUnit,
} from '../model/vsme/taxonomy.ts';
import type { VsmeConcept } from '../model/vsme/taxonomy.ts';
import { precisionOf } from '../render/format.ts';
import { plainNumber } from '../util/plain-number.ts';
import type { FigureDefinition } from '../model/registry/index.ts';

export const XBRL_JSON_DOCUMENT_TYPE = 'https://xbrl.org/2021/xbrl-json';

/** report.json's organisation.identifier: the scheme (a URI) and the identifier in it. */
export interface VsmeEntity {
  readonly scheme: string;
  readonly id: string;
}

/** One published figure that answers a VSME concept. */
export interface VsmeFact {
  /** Prefixed: `vsme:GrossScope1GreenhouseGasEmissions`. */
  readonly concept: string;
  /** Unrounded (a share as a fraction). */
  readonly value: number;
  /** The figure's unit word (`t CO2e`, `share`, `persons`, an indicator's unit). */
  readonly unit: string;
}

export interface VsmeDocumentInput {
  readonly entity: VsmeEntity;
  readonly year: number;
  /** The year's snapshot date S (kpis.md "Conventions"). */
  readonly snapshot: IsoDate;
  readonly facts: readonly VsmeFact[];
}

export interface XbrlJsonFact {
  readonly value: string;
  readonly decimals: number;
  readonly dimensions: {
    readonly concept: string;
    readonly entity: string;
    readonly period: string;
    readonly unit: string;
  };
}

export interface XbrlJsonDocument {
  readonly documentInfo: {
    readonly documentType: string;
    readonly namespaces: Readonly<Record<string, string>>;
    readonly taxonomy: readonly string[];
  };
  readonly facts: Readonly<Record<string, XbrlJsonFact>>;
}

/** Prefixes of the schemes a Danish organisation is likely to use; any other is `entity`. */
const SCHEME_PREFIXES: Readonly<Record<string, string>> = {
  'http://www.dcca.dk/cvr': 'cvr',
  'http://standards.iso.org/iso/17442': 'lei',
};

/** The prefix the entity scheme is declared under in `namespaces`. */
export function entityPrefix(scheme: string): string {
  return SCHEME_PREFIXES[scheme] ?? 'entity';
}

/**
 * `decimals` of a fact: the decimals the page shows the figure with, in the fact's own unit
 * (a share shown as 12,3 % is the fraction 0.123: three decimals).
 */
export function xbrlDecimals(unit: string): number {
  const p = precisionOf(unit);
  return p.kind === 'percent' ? p.decimals + 2 : p.decimals;
}

/** Date-time of the start of a day after `days` days (xBRL-JSON has no date-only periods). */
function dayStart(date: IsoDate, days = 0): string {
  const [y, m, d] = date.split('-').map(Number);
  const t = new Date(Date.UTC(y ?? NaN, (m ?? NaN) - 1, (d ?? NaN) + days));
  if (Number.isNaN(t.getTime())) throw new RangeError(`not a date: ${date}`);
  return `${t.toISOString().slice(0, 10)}T00:00:00`;
}

/**
 * The period of a fact: the whole year for a duration concept
 * (`2025-01-01T00:00:00/2026-01-01T00:00:00`), the end of the snapshot day for an instant one
 * (31 December 2025 is `2026-01-01T00:00:00`).
 */
export function vsmePeriod(concept: VsmeConcept, year: number, snapshot: IsoDate): string {
  if (concept.periodType === 'instant') return dayStart(snapshot, 1);
  const start = `${String(year).padStart(4, '0')}-01-01`;
  return `${dayStart(start)}/${dayStart(`${String(year + 1).padStart(4, '0')}-01-01`)}`;
}

/** The fact id: stable from build to build (the concept's local name; one fact per concept). */
function factId(concept: VsmeConcept): string {
  return `f-${concept.name.slice(concept.name.indexOf(':') + 1)}`;
}

/**
 * The document. A concept that is not a numeric, non-abstract VSME concept, a unit that does not
 * fit its data type, a concept given twice or a value that is not finite is a fault of the tool
 * (the registry and indicators.csv are checked when read), and throws.
 */
export function vsmeDocument(input: VsmeDocumentInput): XbrlJsonDocument {
  const prefix = entityPrefix(input.entity.scheme);
  const entity = `${prefix}:${input.entity.id}`;
  const resolved = input.facts.map((f) => {
    const concept = vsmeConcept(f.concept);
    if (!isFigureConcept(concept)) throw new Error(`vsme.json: ${f.concept} is not a numeric VSME concept`);
    const unit = vsmeUnit(concept, f.unit);
    if (unit === null) throw new Error(`vsme.json: ${f.concept} takes no unit for "${f.unit}"`);
    return { fact: f, concept, unit };
  }).sort((a, b) => compareVsmeConcepts(a.concept, b.concept));

  const facts: Record<string, XbrlJsonFact> = {};
  const unitPrefixes = new Set<string>();
  for (const { fact, concept, unit } of resolved) {
    const id = factId(concept);
    if (id in facts) throw new Error(`vsme.json: ${concept.name} given twice`);
    unitPrefixes.add(unit.slice(0, unit.indexOf(':')));
    facts[id] = {
      value: plainNumber(fact.value),
      decimals: xbrlDecimals(fact.unit),
      dimensions: {
        concept: concept.name,
        entity,
        period: vsmePeriod(concept, input.year, input.snapshot),
        unit,
      },
    };
  }

  const namespaces: Record<string, string> = { [VSME_PREFIX]: VSME_NAMESPACE, [prefix]: input.entity.scheme };
  for (const p of [...unitPrefixes].sort()) namespaces[p] = UNIT_NAMESPACES[p] ?? '';
  return {
    documentInfo: {
      documentType: XBRL_JSON_DOCUMENT_TYPE,
      namespaces,
      taxonomy: [VSME_ENTRY_POINT],
    },
    facts,
  };
}

/** downloads/<year>/vsme.json: the document, two-space indented, newline at the end. */
export function vsmeJson(input: VsmeDocumentInput): string {
  return `${JSON.stringify(vsmeDocument(input), null, 2)}\n`;
}

/**
 * The VSME facts of one year: each figure of the catalogue (indicators included) that answers a
 * VSME concept and is published, then each derived fact that is. A suppressed or not-reported
 * figure gives no fact.
 */
export function vsmeFactsOfYear(year: YearFigures, catalog: readonly FigureDefinition[], derived: readonly DerivedFigure[]): VsmeFact[] {
  const records = new Map(year.kpis.map((r) => [r.id, r]));
  const facts: VsmeFact[] = [];
  for (const d of catalog) {
    const r = records.get(d.id);
    if (d.datapoints.vsme === null || r === undefined || r.status !== 'ok' || r.value === null) continue;
    facts.push({ concept: d.datapoints.vsme, value: r.value, unit: d.unit });
  }
  for (const f of derived) {
    const concept = derivedDefinition(f.key).datapoints.vsme;
    if (concept === null || f.status !== 'ok' || f.value === null) continue;
    facts.push({ concept, value: f.value, unit: f.unit });
  }
  return facts;
}

/** downloads/<year>/vsme.json of a year of the model; null when report.json names no organisation.identifier. */
export function vsmeJsonOfYear(model: ReportModel, year: YearFigures): string | null {
  const entity = model.settings.organisation.identifier ?? null;
  if (entity === null) return null;
  const derived = model.derived?.find((d) => d.year === year.year)?.figures ?? [];
  return vsmeJson({
    entity,
    year: year.year,
    snapshot: snapshotOf(year.year, model.settings),
    facts: vsmeFactsOfYear(year, model.catalog, derived),
  });
}

/**
 * The build's one warning when report.json names no organisation.identifier: no vsme.json is
 * written for any year (frameworks.md). Null when there is an identifier, or no year to write.
 */
export function vsmeIdentifierWarning(model: ReportModel): Diagnostic | null {
  if ((model.settings.organisation.identifier ?? null) !== null || model.years.length === 0) return null;
  return {
    severity: 'warning',
    file: 'report.json',
    line: 1,
    message: 'organisation.identifier is missing, so the machine-readable VSME report (downloads/<year>/vsme.json) is not published; '
      + 'to publish it, add the organisation\'s CVR number to "organisation": "identifier": { "scheme": "http://www.dcca.dk/cvr", "id": "12345678" }',
  };
}
