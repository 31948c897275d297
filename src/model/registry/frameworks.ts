// The frameworks a figure answers besides the Global Compact and SDG 9 (frameworks.md "The
// mapping"): EFRAG's VSME standard (a concept of its XBRL taxonomy), ESRS, GRI and the Danish ESG
// key figures (FSR – danske revisorer, Finansforeningen, Nasdaq Copenhagen). Each figure of the
// registry names its datapoints in its section file; a hand-reported indicator names them in
// indicators.csv's `datapoints` column (parseDatapoint reads one). The facts a framework asks
// for that no figure is (scope 1 + 2 in total, women ÷ men in management) are declared here.

import type { KpiStatus } from '../figures.ts';
import type { Language } from '../records.ts';
import { isFigureConcept, vsmeConcept, vsmeConcepts, vsmeUnit } from '../vsme/taxonomy.ts';

/** The ESG key figures (ESG-hoved- og nøgletal), in their publication's order: environment, social, governance. */
export const ESG_KEY_FIGURES = [
  'co2e_scope1',
  'co2e_scope2',
  'energy_consumption',
  'renewable_energy_share',
  'water_consumption',
  'fte',
  'gender_diversity',
  'gender_diversity_management',
  'gender_pay_ratio',
  'employee_turnover',
  'sick_leave',
  'board_gender_diversity',
  'board_meeting_attendance',
  'ceo_pay_ratio',
] as const;

export type EsgKeyFigure = (typeof ESG_KEY_FIGURES)[number];

export type Framework = 'vsme' | 'esrs' | 'gri' | 'esg';

/** The datapoints one figure answers. */
export interface Datapoints {
  /** Prefixed: `vsme:NumberOfEmployees`; a figure answers at most one VSME concept. */
  readonly vsme: string | null;
  /** ESRS disclosure requirements (`S1-6`, `E1-6`) or topical standards (`S2`). */
  readonly esrs: readonly string[];
  /** GRI disclosures (`2-7`, `305-1`) or topic standards (`418`). */
  readonly gri: readonly string[];
  readonly esg: readonly EsgKeyFigure[];
}

export const NO_DATAPOINTS: Datapoints = { vsme: null, esrs: [], gri: [], esg: [] };

/** How a section file writes a figure's datapoints (each part optional). */
export interface DatapointSpec {
  readonly vsme?: string;
  readonly esrs?: readonly string[];
  readonly gri?: readonly string[];
  readonly esg?: readonly EsgKeyFigure[];
}

export function datapointsOf(spec: DatapointSpec | undefined): Datapoints {
  if (spec === undefined) return NO_DATAPOINTS;
  return { vsme: spec.vsme ?? null, esrs: spec.esrs ?? [], gri: spec.gri ?? [], esg: spec.esg ?? [] };
}

/** Whether a figure answers any datapoint of the four frameworks. */
export function hasDatapoints(d: Datapoints): boolean {
  return d.vsme !== null || d.esrs.length > 0 || d.gri.length > 0 || d.esg.length > 0;
}

// ---- The derived facts --------------------------------------------------------------------

export type DerivedKey = 'scope1_2_location_t' | 'scope1_2_market_t' | 'management_women_to_men';

/** A fact a framework asks for that is worked out from published figures (compute/frameworks.ts). */
export interface DerivedFigure {
  readonly key: DerivedKey;
  /** Unrounded; null unless status is `ok`. */
  readonly value: number | null;
  /** The unit word the value is measured in (`t CO2e`; `ratio` for women ÷ men). */
  readonly unit: string;
  readonly status: KpiStatus;
  /** The figures it is worked out from. */
  readonly from: readonly string[];
}

/** The derived facts of one year (the ReportModel's `derived`). */
export interface YearDerived {
  readonly year: number;
  readonly figures: readonly DerivedFigure[];
}

export interface DerivedDefinition {
  readonly key: DerivedKey;
  readonly unit: string;
  readonly datapoints: Datapoints;
  readonly text: Readonly<Record<Language, { readonly label: string; readonly formula: string }>>;
}

export const DERIVED_DEFINITIONS: readonly DerivedDefinition[] = [
  {
    key: 'scope1_2_location_t',
    unit: 't CO2e',
    datapoints: datapointsOf({ vsme: 'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions', esrs: ['E1-6'] }),
    text: {
      da: { label: 'Scope 1 og 2 i alt, lokationsbaseret', formula: 'scope 1 plus scope 2, lokationsbaseret; ikke opgjort, når et af dem ikke er' },
      en: { label: 'Scope 1 and 2 in total, location-based', formula: 'scope 1 plus scope 2, location-based; not reported when either is not' },
    },
  },
  {
    key: 'scope1_2_market_t',
    unit: 't CO2e',
    datapoints: datapointsOf({ vsme: 'vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions', esrs: ['E1-6'] }),
    text: {
      da: { label: 'Scope 1 og 2 i alt, markedsbaseret', formula: 'scope 1 plus scope 2, markedsbaseret; ikke opgjort, når et af dem ikke er' },
      en: { label: 'Scope 1 and 2 in total, market-based', formula: 'scope 1 plus scope 2, market-based; not reported when either is not' },
    },
  },
  {
    key: 'management_women_to_men',
    unit: 'ratio',
    datapoints: datapointsOf({ vsme: 'vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod', esrs: ['S1-9'], gri: ['405-1'] }),
    text: {
      da: { label: 'Forholdet mellem kvinder og mænd i ledelsen', formula: 'kvinder i ledelsen divideret med mænd i ledelsen; skjult, når et af tallene er skjult, og ikke opgjort uden mænd i ledelsen' },
      en: { label: 'Ratio of women to men in management', formula: 'women in management divided by men in management; suppressed when either count is, not reported with no men in management' },
    },
  },
];

export function derivedDefinition(key: DerivedKey): DerivedDefinition {
  const d = DERIVED_DEFINITIONS.find((x) => x.key === key);
  if (d === undefined) throw new Error(`unknown derived fact ${key}`);
  return d;
}

// ---- indicators.csv's datapoints column ---------------------------------------------------

export type ParsedDatapoint =
  | { readonly ok: true; readonly framework: Framework; readonly code: string }
  | { readonly ok: false; readonly message: string };

const ESRS_CODE = /^(?:ESRS\s*)?([ESG]\d{1,2}(?:-\d{1,2})?)$/i;
const GRI_CODE = /^\d{1,3}(?:-\d{1,2})?$/;
const ESG_KNOWN: ReadonlySet<string> = new Set(ESG_KEY_FIGURES);
const EXAMPLE = 'e.g. vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod GRI:403-9 ESRS:S1-14 ESG:sick_leave';

/**
 * One word of indicators.csv's `datapoints` column, for an indicator measured in `unit`:
 * `vsme:<concept>` (a numeric concept of the VSME taxonomy whose data type fits the unit),
 * `GRI:<disclosure>`, `ESRS:<disclosure>` or `ESG:<key figure>`. The message of a word that is
 * none of them says what to write instead.
 */
export function parseDatapoint(word: string, unit: string, quote: (text: string) => string = (t) => JSON.stringify(t)): ParsedDatapoint {
  const colon = word.indexOf(':');
  const prefix = colon < 0 ? '' : word.slice(0, colon).toLowerCase();
  const code = colon < 0 ? '' : word.slice(colon + 1);
  switch (prefix) {
    case 'vsme': {
      const name = `vsme:${code}`;
      const concept = vsmeConcept(name);
      if (concept === undefined) {
        const near = vsmeConcepts().find((c) => c.name.toLowerCase() === name.toLowerCase());
        return { ok: false, message: near === undefined
          ? `${quote(name)} is not a concept of the VSME taxonomy 2026-05-01; check the spelling (the names are case-sensitive, e.g. vsme:NumberOfEmployees)`
          : `${quote(name)} is not a concept of the VSME taxonomy 2026-05-01; did you mean ${near.name}? (the names are case-sensitive)` };
      }
      if (!isFigureConcept(concept)) {
        return { ok: false, message: `${name} is a VSME concept for text or structure, not for a number; name a numeric concept, or leave it out` };
      }
      if (vsmeUnit(concept, unit) === null) {
        return { ok: false, message: `${name} cannot take a value in ${quote(unit)} (its data type is ${concept.dataType}); name a concept that fits the indicator's unit, or change the unit` };
      }
      return { ok: true, framework: 'vsme', code: name };
    }
    case 'gri':
      return GRI_CODE.test(code)
        ? { ok: true, framework: 'gri', code }
        : { ok: false, message: `${quote(code)} is not a GRI disclosure; write its number, e.g. GRI:403-9` };
    case 'esrs': {
      const m = ESRS_CODE.exec(code);
      return m !== null
        ? { ok: true, framework: 'esrs', code: m[1]!.toUpperCase() }
        : { ok: false, message: `${quote(code)} is not an ESRS disclosure; write it as in the standard, e.g. ESRS:S1-14 or ESRS:E1-6` };
    }
    case 'esg':
      return ESG_KNOWN.has(code.toLowerCase())
        ? { ok: true, framework: 'esg', code: code.toLowerCase() }
        : { ok: false, message: `${quote(code)} is not one of the ESG key figures; write one of ${ESG_KEY_FIGURES.join(', ')}` };
    default:
      return { ok: false, message: `${quote(word)} names no framework; write vsme:, GRI:, ESRS: or ESG: before each datapoint, ${EXAMPLE}` };
  }
}
