// What every view of one year in one language starts from, and the small helpers they share.

import type { ReportModel } from '../../model/site.ts';
import type { KpiRecord, YearFigures } from '../../model/figures.ts';
import type { Language } from '../../model/records.ts';
import type { RestatedFigure } from '../../model/published.ts';
import type { Change, TargetProgress } from '../../compute/compare.ts';
import type { ChartName, UiText } from '../catalogue/index.ts';
import { UI, unitWord } from '../catalogue/index.ts';
import { formatPoints, formatValue } from '../format.ts';
import type { SiteLayout } from '../urls.ts';
import { figureAnchor, pageUrl } from '../urls.ts';
import type { FigureDefinition, KpiSection } from '../../model/registry/index.ts';

export const SECTION_PAGES: readonly KpiSection[] = ['workforce', 'environment', 'suppliers', 'data', 'community'];

/** The charts a section page shows (in its narrative or after it). */
export const SECTION_CHARTS: Readonly<Record<KpiSection, readonly ChartName[]>> = {
  workforce: ['workforce-trend', 'gender', 'management-gender', 'age', 'origin'],
  environment: ['emissions-trend', 'travel-modes', 'energy-carriers'],
  suppliers: ['supplier-trend', 'supplier-clauses'],
  data: [],
  community: [],
};

export interface Ctx {
  readonly model: ReportModel;
  readonly layout: SiteLayout;
  readonly lang: Language;
  readonly t: UiText;
  readonly year: YearFigures;
  readonly records: ReadonlyMap<string, KpiRecord>;
  readonly catalog: ReadonlyMap<string, FigureDefinition>;
  readonly changes: ReadonlyMap<string, Change>;
  readonly progress: readonly TargetProgress[];
  /** The year's restated figures by id. */
  readonly restated: ReadonlyMap<string, RestatedFigure>;
}

/** The parts of a year's views made so far, by table and key, per Ctx (see shared). */
const sharedParts = new WeakMap<Ctx, Map<string, Map<unknown, unknown>>>();

/**
 * A part of the views of one year and language (a figure's view, a chart's data and table, a
 * narrative), made once and then shared by every page that shows it: a figure is on its section
 * page, the front page, the frameworks index and the whole report. Kept as long as the Ctx
 * (buildSiteView makes one per year and language); a part is plain data that no page changes.
 */
export function shared<K, V>(ctx: Ctx, table: string, key: K, make: () => V): V {
  let tables = sharedParts.get(ctx);
  if (tables === undefined) {
    tables = new Map();
    sharedParts.set(ctx, tables);
  }
  let parts = tables.get(table);
  if (parts === undefined) {
    parts = new Map();
    tables.set(table, parts);
  }
  if (parts.has(key)) return parts.get(key) as V;
  const part = make();
  parts.set(key, part);
  return part;
}

/** The figure's name in a language, from the registry (an indicator's from its declaration). */
export function labelOf(def: FigureDefinition, lang: Language): string {
  return def.text[lang].label;
}

export function isSectionOf(def: FigureDefinition, section: KpiSection): boolean {
  return def.section === section;
}

export function methodUrl(ctx: Ctx): string {
  return pageUrl(ctx.layout, ctx.lang, ctx.year.year, 'method');
}

/** A figure with its unit word (a share as a percentage, a count without a word); `word`: the
 * unit's word in the language when the figure has its own (unitOf: a declared indicator's). */
export function valueWithUnit(value: number, unit: string, lang: Language, word: string = unitWord(unit, lang)): string {
  const number = formatValue(value, unit, lang);
  return unit === 'share' || unit === 'count' ? number : `${number} ${word}`;
}

export function signed(value: number, unit: string, lang: Language, word: string = unitWord(unit, lang)): string {
  if (unit === 'share') return `${formatPoints(value, lang)} ${UI[lang].points}`;
  const text = valueWithUnit(value, unit, lang, word);
  return value > 0 && !text.startsWith('0') ? `+${text}` : text;
}

export function figureHref(ctx: Ctx, def: FigureDefinition): string {
  return `${pageUrl(ctx.layout, ctx.lang, ctx.year.year, def.section)}#${figureAnchor(def.id)}`;
}
