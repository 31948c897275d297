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
import { getOrMake } from '../../util/get-or-make.ts';

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
  const parts = getOrMake(getOrMake(sharedParts, ctx, () => new Map()), table, () => new Map<unknown, unknown>());
  return getOrMake(parts, key, make) as V;
}

/** The figure's name in a language, from the registry (an indicator's from its declaration). */
export function labelOf(def: FigureDefinition, lang: Language): string {
  return def.text[lang].label;
}

export function isSectionOf(def: FigureDefinition, section: KpiSection): boolean {
  return def.section === section;
}

/** A section's headline figures, in the registry's order: those the registry marks as headlines,
 * and those with a target for this year or later. The section page's list and the front page's
 * cards alike. */
export function headlineFigures(ctx: Ctx, section: KpiSection): readonly FigureDefinition[] {
  return shared(ctx, 'headline-figures', section, () => {
    const withTargets = new Set(ctx.model.targets.filter((t) => t.year >= ctx.year.year).map((t) => t.metric));
    return ctx.model.catalog.filter((d) => isSectionOf(d, section) && (d.headline || withTargets.has(d.id)));
  });
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
