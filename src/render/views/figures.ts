// A figure as the pages show it: its value in words, its change, benchmarks and targets.

import type { RestatedFigure } from '../../model/published.ts';
import type { Language } from '../../model/records.ts';
import type { Change, TargetProgress } from '../../compute/compare.ts';
import type { UiText } from '../catalogue/index.ts';
import { unitOf } from '../catalogue/index.ts';
import { formatPoints, formatRelative, formatValue } from '../format.ts';
import type { KpiReference } from '../narrative.ts';
import { NOT_REPORTED_ANCHOR, SUPPRESSION_ANCHOR, definitionAnchor, figureAnchor } from '../urls.ts';
import type { Ctx } from './context.ts';
import { figureHref, headlineFigures, labelOf, methodUrl, shared, signed, valueWithUnit } from './context.ts';
import type { FigureView, TargetView } from './types.ts';
import type { FigureDefinition, KpiSection } from '../../model/registry/index.ts';

function changeText(change: Change | undefined, t: UiText, lang: Language): string | null {
  if (change === undefined) return null;
  if (change.kind === 'points') return `${formatPoints(change.delta, lang)} ${t.points} ${t.changeFrom(change.previousYear)}`;
  if (change.relative === null) return t.notComparable;
  return `${formatRelative(change.relative, lang)} ${t.changeFrom(change.previousYear)}`;
}

/** A target's view (made once per year and language: the front page and the figure's rows show it). */
export function targetView(ctx: Ctx, p: TargetProgress): TargetView {
  return shared(ctx, 'target', p, () => makeTargetView(ctx, p));
}

function makeTargetView(ctx: Ctx, p: TargetProgress): TargetView {
  const { t, lang } = ctx;
  const target = p.target;
  const def = ctx.catalog.get(target.metric);
  const unit = def?.unit ?? 'share';
  const word = def === undefined ? undefined : unitOf(def, lang);
  const base = ctx.model.settings.baseYear;
  const requirement = target.comparison === 'reduce_by'
    ? `${t.comparison.reduce_by} ${formatValue(target.value, 'share', lang)}${base === null ? '' : ` ${t.changeFrom(base)}`} ${t.dueIn(target.year)}`
    : `${t.comparison[target.comparison]} ${valueWithUnit(target.value, unit, lang, word)} ${t.dueIn(target.year)}`;
  // compute/compare.ts judges the target; here it is only put in words.
  const shown = (v: number): string => (target.comparison === 'reduce_by' ? formatValue(v, 'share', lang) : valueWithUnit(v, unit, lang, word));
  const parts: string[] = [];
  if (p.status === 'cannot_assess') {
    parts.push(t.targetUnassessed[p.reason ?? 'not_reported'](base));
  } else if (p.current !== null) {
    if (target.comparison === 'reduce_by') parts.push(`${t.reductionReached} ${shown(p.current)}`);
    if (p.path !== null) parts.push(t.targetPath(shown(p.path), ctx.year.year));
    else if (target.comparison === 'reduce_by') parts.push(`${t.reductionDue} ${shown(p.required)}`);
    if (p.margin !== null && target.comparison !== 'reduce_by') parts.push(`${t.margin} ${signed(p.margin, unit, lang, word)}`);
  }
  const progress = p.progress === null ? null : Math.round(p.progress * 100);
  return {
    label: lang === 'da' ? target.labelDa : target.labelEn,
    requirement,
    status: p.status,
    statusText: t.targetStatus[p.status],
    detail: parts.length === 0 ? null : parts.join(', '),
    progress,
    progressLabel: progress === null ? null : t.targetProgress(formatValue(progress / 100, 'share', lang)),
    figureHref: def === undefined ? '' : figureHref(ctx, def),
  };
}

/** A figure's view (made once per year and language, shared by the pages that show it). */
export function figureView(ctx: Ctx, def: FigureDefinition): FigureView {
  return shared(ctx, 'figure', def, () => makeFigureView(ctx, def));
}

function makeFigureView(ctx: Ctx, def: FigureDefinition): FigureView {
  const { t, lang } = ctx;
  const r = ctx.records.get(def.id);
  const status = r?.status ?? 'not_reported';
  const method = methodUrl(ctx);
  const word = unitOf(def, lang);
  const value = status === 'ok' && r?.value != null ? valueWithUnit(r.value, def.unit, lang, word)
    : status === 'suppressed' ? t.suppressed : t.notReported;
  const statusHref = status === 'ok' ? null : `${method}#${status === 'suppressed' ? SUPPRESSION_ANCHOR : NOT_REPORTED_ANCHOR}`;
  const indicator = def.indicator === undefined ? undefined
    : ctx.year.indicatorValues.find((v) => v.id === def.indicator?.id);
  return {
    id: def.id,
    anchor: figureAnchor(def.id),
    label: labelOf(def, lang),
    value,
    status,
    statusHref,
    definitionHref: `${method}#${definitionAnchor(def.id)}`,
    href: figureHref(ctx, def),
    change: changeText(ctx.changes.get(def.id), t, lang) ?? missingChange(ctx, def, status),
    benchmarks: ctx.model.benchmarks
      .filter((b) => b.metric === def.id && b.year === ctx.year.year)
      .map((b) => ({
        label: lang === 'da' ? b.labelDa : b.labelEn,
        value: valueWithUnit(b.value, def.unit, lang, word),
        source: lang === 'da' ? b.sourceDa : b.sourceEn,
      })),
    targets: ctx.progress.filter((p) => p.target.metric === def.id).map((p) => targetView(ctx, p)),
    unit: word,
    note: (lang === 'da' ? indicator?.noteDa : indicator?.noteEn) ?? null,
    source: (lang === 'da' ? indicator?.sourceDa : indicator?.sourceEn) ?? null,
    restated: restatedNote(ctx, def),
  };
}

/**
 * Why a figure has no change from the year before, when the year before has a folder: this
 * year's figure is suppressed or not reported (the year before's value is shown, never a change
 * that would give this year's away), or the year before's is. Null: there is no year before.
 */
function missingChange(ctx: Ctx, def: FigureDefinition, status: FigureView['status']): string | null {
  const previousYear = ctx.year.year - 1;
  const before = ctx.model.years.find((y) => y.year === previousYear);
  if (before === undefined) return null;
  const { t, lang } = ctx;
  const then = before.kpis.find((k) => k.id === def.id);
  if (then?.status === 'ok' && then.value !== null) {
    const shown = valueWithUnit(then.value, def.unit, lang, unitOf(def, lang));
    return status === 'suppressed' ? t.changeSuppressedNow(previousYear, shown) : t.changeNotReportedNow(previousYear, shown);
  }
  return then?.status === 'suppressed' ? t.changeSuppressedBefore(previousYear) : t.changeNotReportedBefore(previousYear);
}

/** A restated figure's value (as published, or now) with its unit, or the words for its status. */
export function restatedValue(ctx: Ctx, v: RestatedFigure['old'], unit: string): string {
  if (v.status === 'ok' && v.value !== null) return valueWithUnit(v.value, unit, ctx.lang);
  return v.status === 'suppressed' ? ctx.t.suppressed : ctx.t.notReported;
}

function restatedNote(ctx: Ctx, def: FigureDefinition): string | null {
  const r = ctx.restated.get(def.id);
  if (r === undefined) return null;
  return ctx.t.restated.note(restatedValue(ctx, r.old, def.unit), restatedValue(ctx, r.new, def.unit), ctx.lang === 'da' ? r.reasonDa : r.reasonEn);
}

export function headlineOf(ctx: Ctx, section: KpiSection): readonly FigureView[] {
  return shared(ctx, 'headline', section, () => makeHeadline(ctx, section));
}

function makeHeadline(ctx: Ctx, section: KpiSection): readonly FigureView[] {
  return headlineFigures(ctx, section).map((d) => figureView(ctx, d));
}

export function kpiReference(ctx: Ctx, id: string): KpiReference | undefined {
  const def = ctx.catalog.get(id);
  if (def === undefined) return undefined;
  const r = ctx.records.get(id);
  const method = methodUrl(ctx);
  if (r !== undefined && r.status === 'ok' && r.value !== null) {
    return { text: formatValue(r.value, def.unit, ctx.lang), href: `${method}#${definitionAnchor(id)}`, status: 'ok' };
  }
  if (r?.status === 'suppressed') return { text: ctx.t.suppressed, href: `${method}#${SUPPRESSION_ANCHOR}`, status: 'suppressed' };
  return { text: ctx.t.notReported, href: `${method}#${NOT_REPORTED_ANCHOR}`, status: 'not_reported' };
}
