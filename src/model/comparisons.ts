// What the pages say about a figure beyond its value (site.md "The site"): the change from the
// year before and progress toward the organisation's targets. compute/compare.ts works them out
// on the published (protected) figures; the pipeline puts them in the ReportModel; render words them.

import type { Target } from './records.ts';

export type Change =
  /** Shares: current − previous, a fraction (× 100 = percentage points). */
  | { readonly kind: 'points'; readonly previousYear: number; readonly previous: number; readonly delta: number }
  /** Other figures: (current − previous) ÷ previous; null when previous is 0. */
  | { readonly kind: 'percent'; readonly previousYear: number; readonly previous: number; readonly relative: number | null };

export type TargetStatus = 'met' | 'not_met' | 'on_track' | 'behind' | 'cannot_assess';

/** Why a target cannot be assessed in a year. */
export type TargetUnassessed = 'not_reported' | 'suppressed' | 'before_base_year' | 'no_base_value';

export interface TargetProgress {
  readonly target: Target;
  /**
   * In or after the due year: met / not met against the target value. Before it: on track /
   * behind against the straight path from the start (see `from`) to the target value at the
   * due year. cannot_assess: the figure is suppressed or not reported in the year, the year lies
   * before the base year, or (reduce_by) the base year has no value to reduce from.
   */
  readonly status: TargetStatus;
  /** Set when status is cannot_assess. */
  readonly reason: TargetUnassessed | null;
  /** The metric's value in Y; for reduce_by the reduction reached against the base year (a share). */
  readonly current: number | null;
  /** The target value; for reduce_by the reduction due (a share). */
  readonly required: number;
  /**
   * Beyond (+) or short of (−) what is due in Y, in the metric's unit (reduce_by: a share): the
   * target value in or after the due year, the path's value before it.
   */
  readonly margin: number | null;
  /** Before the due year: the path's value for Y (reduce_by: the reduction due by Y); else null. */
  readonly path: number | null;
  /** Where the path starts: the base year's value, or the first year with the figure
   * (reduce_by: the base year, reduction 0). Null when not assessed. */
  readonly from: { readonly year: number; readonly value: number } | null;
  /** The share of the way from `from` to the target covered in Y, 0 to 1; null when not assessed. */
  readonly progress: number | null;
}

/** Which way a figure moved from the year before, and whether that is good news for it (its
 * direction: the registry's, an indicator's higher_is_better); neutral for a figure that is
 * neither (a headcount) and for no movement. */
export interface ChangeVerdict {
  readonly direction: 'up' | 'down' | 'same';
  readonly judgement: 'good' | 'bad' | 'neutral';
}

/** One year of a figure's trend: its published value, or a gap with the reason. */
export interface TrendPoint {
  readonly year: number;
  /** Null unless status is `ok`. */
  readonly value: number | null;
  readonly status: 'ok' | 'suppressed' | 'not_reported';
}

/** What compute/compare.ts worked out for one reporting year. */
export interface YearComparison {
  readonly year: number;
  /** Changes by id, for the ids that are `ok` in the year and in the year before. */
  readonly changes: ReadonlyMap<string, Change>;
  /** Progress toward every target whose due year is not before the year, in input order. */
  readonly progress: readonly TargetProgress[];
  /** For the ids of `changes`: which way the figure moved and whether that is good news. */
  readonly verdicts: ReadonlyMap<string, ChangeVerdict>;
  /** Every figure's values in the reporting years up to this one, ascending (the front page's trends). */
  readonly trends: ReadonlyMap<string, readonly TrendPoint[]>;
}
