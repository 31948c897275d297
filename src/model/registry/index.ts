// The registry of figures: every key figure of kpis.md declared once (workforce.ts,
// environment.ts, suppliers.ts), with everything the tool knows about it. The catalogue, the
// order of kpis.json, the Method page, the headline lists, the charts, the Global Compact & SDG 9
// index, the suppression rules and every text about a figure derive from it. A report's registry
// adds the hand-reported indicators it declares in indicators.csv (reportRegistry).
//
// Outside the registry, a figure's id is written only by the compute module that computes it;
// test/model/registry.test.ts checks it.

import type { IndicatorDeclaration } from '../records.ts';
import { NO_DATAPOINTS } from './frameworks.ts';
import { ENVIRONMENT_FIGURES } from './environment.ts';
import { SUPPLIER_FIGURES } from './suppliers.ts';
import type { Direction, FigureChart, FigureDefinition, KpiSection } from './types.ts';
import { WORKFORCE_FIGURES } from './workforce.ts';

export { UNIT_CODES } from './types.ts';
export type { Direction, FigureChart, FigureDefinition, FigureSpec, FigureText, InputFile, KpiSection, KpiUnit } from './types.ts';
export { ENV } from './environment.ts';
export { HR, RELATIONS } from './workforce.ts';
export type { Relation } from './workforce.ts';

/** The figures of kpis.md, in the order the spec lists them (workforce, environment, suppliers). */
export const FIGURES: readonly FigureDefinition[] = [...WORKFORCE_FIGURES, ...ENVIRONMENT_FIGURES, ...SUPPLIER_FIGURES];

const BY_ID: ReadonlyMap<string, FigureDefinition> = new Map(FIGURES.map((d) => [d.id, d]));

export const KNOWN_FIGURE_IDS: ReadonlySet<string> = new Set(BY_ID.keys());

/** The figure of kpis.md with this id; undefined for any other id (`ind.*` included). */
export function figure(id: string): FigureDefinition | undefined {
  return BY_ID.get(id);
}

/** The figures of kpis.md in a section, in registry order. */
export function figuresOf(section: KpiSection): readonly FigureDefinition[] {
  return FIGURES.filter((d) => d.section === section);
}

/** The headline figures of kpis.md on a section's page, in registry order (a section without
 * any shows its declared indicators instead: reportRegistry marks them). */
export function headlinesOf(section: KpiSection): readonly FigureDefinition[] {
  return FIGURES.filter((d) => d.section === section && d.headline);
}

/** The figures a chart plots, in registry order (its categories or series). */
export function figuresInChart(chart: FigureChart): readonly FigureDefinition[] {
  return FIGURES.filter((d) => d.chart === chart);
}

/** The counts of people suppressed when from 1 to k − 1 (kpis.md "Privacy", primary). */
export function protectedCounts(): readonly string[] {
  return FIGURES.filter((d) => d.protectedCount).map((d) => d.id);
}

function indicatorDirection(higherIsBetter: boolean | null): Direction {
  return higherIsBetter === null ? 'neutral' : higherIsBetter ? 'higher' : 'lower';
}

/** The registry of one report: kpis.md's figures, then the indicators indicators.csv declares
 * (`ind.<id>`, with their declared unit, section, principles, targets, direction and labels). A
 * declared indicator is a headline figure on a page with no headline figures of kpis.md. */
export function reportRegistry(declarations: readonly IndicatorDeclaration[]): FigureDefinition[] {
  const indicators = declarations.map((d): FigureDefinition => ({
    id: `ind.${d.id}`,
    unit: d.unit,
    section: d.section,
    gc: d.gcPrinciples,
    sdg: d.sdgTargets,
    protectedCount: false,
    suppressedWith: [],
    direction: indicatorDirection(d.higherIsBetter),
    headline: headlinesOf(d.section).length === 0,
    chart: null,
    inputs: ['indicators.csv'],
    text: {
      da: { label: d.labelDa, formula: null, ...(d.unitDa == null ? {} : { unit: d.unitDa }) },
      en: { label: d.labelEn, formula: null, ...(d.unitEn == null ? {} : { unit: d.unitEn }) },
    },
    datapoints: d.datapoints ?? NO_DATAPOINTS,
    indicator: d,
  }));
  return [...FIGURES, ...indicators];
}
