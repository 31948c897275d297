// What the pages say about a figure beyond its value (site.md "The site"): the change from the
// year before, and progress toward the organisation's targets.

import type { KpiRecord, YearFigures } from '../model/figures.ts';
import type { Target } from '../model/records.ts';
import type { Change, ChangeVerdict, TargetProgress, TargetUnassessed, TrendPoint, YearComparison } from '../model/comparisons.ts';
import type { Direction } from '../model/registry/types.ts';
import { FIGURES } from '../model/registry/index.ts';
import { reductionFrom } from './activity.ts';

export type { Change, ChangeVerdict, TargetProgress, TargetStatus, TargetUnassessed, TrendPoint, YearComparison } from '../model/comparisons.ts';

function okValue(r: KpiRecord | undefined): number | null {
  return r !== undefined && r.status === 'ok' && r.value !== null ? r.value : null;
}

/** Changes by id, for the ids that are `ok` in `current` and in the folder of the year before. */
export function changesFromPreviousYear(
  current: YearFigures,
  previous: YearFigures | undefined,
): ReadonlyMap<string, Change> {
  const out = new Map<string, Change>();
  if (previous === undefined || previous.year !== current.year - 1) return out;
  const before = new Map(previous.kpis.map((r) => [r.id, r]));
  for (const r of current.kpis) {
    const now = okValue(r);
    const then = okValue(before.get(r.id));
    if (now === null || then === null) continue;
    out.set(r.id, r.unit === 'share'
      ? { kind: 'points', previousYear: previous.year, previous: then, delta: now - then }
      : { kind: 'percent', previousYear: previous.year, previous: then, relative: then === 0 ? null : (now - then) / then });
  }
  return out;
}

function recordIn(years: readonly YearFigures[], year: number, metric: string): KpiRecord | undefined {
  return years.find((y) => y.year === year)?.kpis.find((r) => r.id === metric);
}

function valueIn(years: readonly YearFigures[], year: number, metric: string): number | null {
  return okValue(recordIn(years, year, metric));
}

/** Rounding noise of the path's arithmetic is not "behind". */
function atLeast(a: number, b: number): boolean {
  return a >= b - 1e-9 * Math.max(1, Math.abs(b));
}

/**
 * Progress in `year` toward every target whose due year is not before `year`, in input order
 * (site.md "Progress toward a target"; kpis.md for what is compared).
 */
export function targetProgress(
  year: number,
  years: readonly YearFigures[],
  targets: readonly Target[],
  baseYear: number | null,
): TargetProgress[] {
  return targets.filter((t) => t.year >= year).map((target) => assess(year, years, target, baseYear));
}

function unassessed(target: Target, reason: TargetUnassessed): TargetProgress {
  return { target, status: 'cannot_assess', reason, current: null, required: target.value, margin: null, path: null, from: null, progress: null };
}

function assess(year: number, years: readonly YearFigures[], target: Target, baseYear: number | null): TargetProgress {
  if (baseYear !== null && year < baseYear) return unassessed(target, 'before_base_year');
  const record = recordIn(years, year, target.metric);
  const value = okValue(record);
  if (value === null) return unassessed(target, record?.status === 'suppressed' ? 'suppressed' : 'not_reported');

  let current: number;
  let from: { year: number; value: number };
  if (target.comparison === 'reduce_by') {
    const base = baseYear === null ? null : valueIn(years, baseYear, target.metric);
    const reached = baseYear === null || base === null ? null : reductionFrom(value, base);
    if (baseYear === null || reached === null) return unassessed(target, 'no_base_value');
    current = reached;
    from = { year: baseYear, value: 0 };
  } else {
    current = value;
    // The base year's value, or the first year after it with the figure (at the latest Y itself).
    const start = years
      .filter((y) => y.year <= year && (baseYear === null || y.year >= baseYear))
      .map((y) => ({ year: y.year, value: valueIn(years, y.year, target.metric) }))
      .sort((a, b) => a.year - b.year)
      .find((s): s is { year: number; value: number } => s.value !== null);
    from = start ?? { year, value };
  }
  const better = (a: number, b: number): boolean => (target.comparison === 'at_most' ? atLeast(b, a) : atLeast(a, b));
  const gap = (a: number, b: number): number => (target.comparison === 'at_most' ? b - a : a - b);
  const progress = better(current, target.value) ? 1
    : target.value === from.value || better(from.value, target.value) ? 0
      : Math.min(1, Math.max(0, (current - from.value) / (target.value - from.value)));

  if (year >= target.year || from.year >= target.year) {
    const met = better(current, target.value);
    return { target, status: met ? 'met' : 'not_met', reason: null, current, required: target.value, margin: gap(current, target.value), path: null, from, progress };
  }
  // A start already at or beyond the target: the path asks the target itself (a line back toward
  // it would call a year that still meets the target "behind").
  const path = better(from.value, target.value) ? target.value
    : from.value + (target.value - from.value) * (year - from.year) / (target.year - from.year);
  const onTrack = better(current, path);
  return { target, status: onTrack ? 'on_track' : 'behind', reason: null, current, required: target.value, margin: gap(current, path), path, from, progress };
}

/** Which way a change went and whether that is good news for a figure of `direction`. */
export function verdictOf(change: Change, direction: Direction): ChangeVerdict {
  const delta = change.kind === 'points' ? change.delta : change.relative === null ? 0 : change.relative;
  // Rounding noise of the arithmetic is no movement.
  const moved = Math.abs(delta) > 1e-9 ? (delta > 0 ? 'up' : 'down') : 'same';
  if (moved === 'same' || direction === 'neutral') return { direction: moved, judgement: 'neutral' };
  return { direction: moved, judgement: (moved === 'up') === (direction === 'higher') ? 'good' : 'bad' };
}

/** Every figure's values in the years of `years` up to `year` (ascending), gaps with their status. */
export function trendsUpTo(year: number, years: readonly YearFigures[]): ReadonlyMap<string, readonly TrendPoint[]> {
  const out = new Map<string, TrendPoint[]>();
  for (const y of [...years].filter((x) => x.year <= year).sort((a, b) => a.year - b.year)) {
    for (const r of y.kpis) {
      const list = out.get(r.id) ?? [];
      list.push({ year: y.year, value: okValue(r), status: okValue(r) === null ? (r.status === 'suppressed' ? 'suppressed' : 'not_reported') : 'ok' });
      out.set(r.id, list);
    }
  }
  return out;
}

/**
 * Every year's changes from the year before (with whether each is good news for its figure, by
 * the figures' directions: the report's registry, by default kpis.md's), progress toward the
 * targets and the figures' trends, worked out on the published figures (suppression applied):
 * the pipeline puts them in the ReportModel.
 */
export function compareYears(
  years: readonly YearFigures[],
  targets: readonly Target[],
  baseYear: number | null,
  registry: readonly { readonly id: string; readonly direction: Direction }[] = FIGURES,
): YearComparison[] {
  const directions = new Map(registry.map((f) => [f.id, f.direction]));
  return years.map((year) => {
    const changes = changesFromPreviousYear(year, years.find((y) => y.year === year.year - 1));
    return {
      year: year.year,
      changes,
      progress: targetProgress(year.year, years, targets, baseYear),
      verdicts: new Map([...changes].map(([id, c]) => [id, verdictOf(c, directions.get(id) ?? 'neutral')])),
      trends: trendsUpTo(year.year, years),
    };
  });
}
