// The relations between the counts of people that kpis.md ("Privacy") lists as R1–R6, and which
// counts and shares suppression looks at: all of it is declared in the registry of figures
// (model/registry/workforce.ts); this module reads it in the form suppression.ts needs.

import { FIGURES, HR, RELATIONS } from '../model/registry/index.ts';
import type { Relation } from '../model/registry/index.ts';

export { RELATIONS };
export type { Relation };

/** Managers of other or undisclosed gender: never published, but a count like the others. */
export const MANAGEMENT_REST = HR.managementRest;

/** Every member of a relation, in kpis.md's order (the tie-break order). */
export function relationMembers(relation: Relation): readonly string[] {
  return [...relation.plus, ...relation.minus];
}

/** The counts of people that are suppressed when from 1 to k − 1 (primary suppression). */
export const PROTECTED_COUNTS: readonly string[] = [
  ...FIGURES.filter((d) => d.protectedCount).map((d) => d.id),
  MANAGEMENT_REST,
];

/**
 * Figures computed from counts: each is suppressed when any count it is computed from is.
 * `hr.origin.non_danish_share` = (immigrants + descendants) ÷ (headcount − undisclosed).
 */
export const DERIVED_FIGURES: readonly { readonly id: string; readonly from: readonly string[] }[] = FIGURES
  .filter((d) => d.suppressedWith.length > 0)
  .map((d) => ({ id: d.id, from: d.suppressedWith }));

/** Suppressed when `hr.headcount` is below k (0 included). */
export const MEDIAN_AGE = HR.medianAge;
export const HEADCOUNT = HR.headcount;
