// What the pages say about a figure beyond its value (site.md "The site"): the change from the
// year before, and progress toward the organisation's targets.

import type { KpiRecord, YearFigures } from '../model/figures.ts';
import type { Target } from '../model/records.ts';

export type Change =
  /** Shares: current − previous, a fraction (× 100 = percentage points). */
  | { readonly kind: 'points'; readonly previousYear: number; readonly previous: number; readonly delta: number }
  /** Other figures: (current − previous) ÷ previous; null when previous is 0. */
  | { readonly kind: 'percent'; readonly previousYear: number; readonly previous: number; readonly relative: number | null };

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

export interface TargetProgress {
  readonly target: Target;
  readonly status: 'met' | 'not_met' | 'not_reported';
  /** The metric's value in Y; for reduce_by the reduction reached against the base year (a share). */
  readonly current: number | null;
  /** The target value; for reduce_by the reduction due (a share). */
  readonly required: number;
  /** Beyond (+) or short of (−) the target, in the metric's unit (reduce_by: a share). */
  readonly margin: number | null;
}

function valueIn(years: readonly YearFigures[], year: number, metric: string): number | null {
  return okValue(years.find((y) => y.year === year)?.kpis.find((r) => r.id === metric));
}

/** Progress in `year` toward every target whose due year is not before `year`, in input order. */
export function targetProgress(
  year: number,
  years: readonly YearFigures[],
  targets: readonly Target[],
  baseYear: number | null,
): TargetProgress[] {
  return targets.filter((t) => t.year >= year).map((target) => {
    const value = valueIn(years, year, target.metric);
    let current: number | null = null;
    let margin: number | null = null;
    if (value !== null) {
      switch (target.comparison) {
        case 'at_least':
          current = value;
          margin = value - target.value;
          break;
        case 'at_most':
          current = value;
          margin = target.value - value;
          break;
        case 'reduce_by': {
          const base = baseYear === null ? null : valueIn(years, baseYear, target.metric);
          if (base !== null && base !== 0) {
            current = 1 - value / base;
            margin = current - target.value;
          }
          break;
        }
      }
    }
    const status = current === null ? 'not_reported'
      : met(target, current) ? 'met' : 'not_met';
    return { target, status, current, required: target.value, margin };
  });
}

function met(target: Target, current: number): boolean {
  return target.comparison === 'at_most' ? current <= target.value : current >= target.value;
}
