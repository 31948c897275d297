// What the registry says about one figure (registry/index.ts lists them). The types only; the
// figures themselves are declared in workforce.ts, environment.ts and suppliers.ts.

import type { IndicatorDeclaration, Language } from '../records.ts';
import type { DatapointSpec, Datapoints } from './frameworks.ts';
import { datapointsOf } from './frameworks.ts';

export type KpiUnit =
  | 'persons'
  | 'FTE'
  | 'share'
  | 'years'
  | 't CO2e'
  | 't CO2e/FTE'
  | 'km'
  | 'MWh'
  | 'count';

/** The units the tool has its own words for in each language (the catalogues' unitWords): an
 * indicator measured in one of them needs no unit_da and unit_en. */
export const UNIT_CODES: readonly string[] = ['persons', 'FTE', 'share', 'years', 't CO2e', 't CO2e/FTE', 'km', 'MWh', 'count', 'ratio'];

export type KpiSection = 'workforce' | 'environment' | 'suppliers' | 'data' | 'community';

/** Whether a rise is good news: targets and trends read it; `neutral` for what is neither (a
 * headcount, the gender balance of management). */
export type Direction = 'higher' | 'lower' | 'neutral';

/** A file a figure is computed from (inputs.md): without it the figure is not reported. */
export type InputFile =
  | 'employees.csv'
  | 'travel.csv'
  | 'energy.csv'
  | 'meetings.csv'
  | 'suppliers.csv'
  | 'emission-factors.csv'
  | 'indicators.csv';

/** The charts that plot figures of the registry, in the registry's order (site.md "The site"). */
export type FigureChart =
  | 'gender'
  | 'management-gender'
  | 'age'
  | 'origin'
  | 'emissions-trend'
  | 'travel-modes'
  | 'supplier-clauses';

/** A figure's name and its formula in words, in one language. */
export interface FigureText {
  readonly label: string;
  /** Null for a hand-reported indicator: the organisation reports the value, no formula applies. */
  readonly formula: string | null;
  /** A hand-reported indicator's unit word in this language (unit_da, unit_en); absent: the
   * tool's word for the unit. */
  readonly unit?: string;
}

export interface FigureDefinition {
  /** The public id (kpis.md; `ind.<id>` for an indicator of indicators.csv). */
  readonly id: string;
  /** kpis.md's unit column; for `ind.*` the declared unit. */
  readonly unit: string;
  readonly section: KpiSection;
  /** Global Compact principles 1–10. */
  readonly gc: readonly number[];
  /** SDG 9 targets (`9.4`, `9.c`). */
  readonly sdg: readonly string[];
  /** A count of people that the privacy rule may suppress (kpis.md "Privacy"). */
  readonly protectedCount: boolean;
  /** The protected counts a share is computed from: it is suppressed when any of them is. */
  readonly suppressedWith: readonly string[];
  readonly direction: Direction;
  /** Among the headline figures of its section's page (in the registry's order). */
  readonly headline: boolean;
  /** The chart that plots it, if any. */
  readonly chart: FigureChart | null;
  /** The input files it is computed from. */
  readonly inputs: readonly InputFile[];
  readonly text: Readonly<Record<Language, FigureText>>;
  /** The VSME concept, ESRS and GRI disclosures and ESG key figures it answers (frameworks.md). */
  readonly datapoints: Datapoints;
  /** Hand-reported indicator (`ind.*`), with its declaration. */
  readonly indicator?: IndicatorDeclaration;
}

/** How a section file writes one figure: [label, formula] per language, the rest as above. */
export interface FigureSpec {
  readonly id: string;
  readonly unit: KpiUnit;
  readonly gc: readonly number[];
  readonly sdg: readonly string[];
  readonly direction: Direction;
  readonly inputs: readonly InputFile[];
  readonly protectedCount?: boolean;
  readonly suppressedWith?: readonly string[];
  readonly headline?: boolean;
  readonly chart?: FigureChart;
  readonly datapoints?: DatapointSpec;
  readonly da: readonly [label: string, formula: string];
  readonly en: readonly [label: string, formula: string];
}

export const ALL_GC: readonly number[] = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];

/** The declaring function of one section file. */
export function declareIn(section: KpiSection): (spec: FigureSpec) => FigureDefinition {
  return (s) => ({
    id: s.id,
    unit: s.unit,
    section,
    gc: s.gc,
    sdg: s.sdg,
    protectedCount: s.protectedCount ?? false,
    suppressedWith: s.suppressedWith ?? [],
    direction: s.direction,
    headline: s.headline ?? false,
    chart: s.chart ?? null,
    inputs: s.inputs,
    datapoints: datapointsOf(s.datapoints),
    text: {
      da: { label: s.da[0], formula: s.da[1] },
      en: { label: s.en[0], formula: s.en[1] },
    },
  });
}
