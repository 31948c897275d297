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
