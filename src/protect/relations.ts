// The relations between the counts of people that kpis.md ("Privacy") lists as R1–R6, as data.
// Suppression (suppression.ts) reads them in this order; the members are in the order kpis.md
// writes them, which is the order that breaks ties between equally small candidates.

/** Managers of other or undisclosed gender: never published, but a count like the others. */
export const MANAGEMENT_REST = 'hr.management.rest';

export interface Relation {
  readonly name: string;
  /** The published total the members add up to; null for R6, which balances two sides. */
  readonly total: string | null;
  /** Left-hand side, in kpis.md's order. */
  readonly plus: readonly string[];
  /** For R6: the side that is subtracted (`immigrants + descendants = western + non_western`). */
  readonly minus: readonly string[];
}

export const RELATIONS: readonly Relation[] = [
  {
    name: 'R1',
    total: 'hr.headcount',
    plus: ['hr.gender.women', 'hr.gender.men', 'hr.gender.other', 'hr.gender.undisclosed'],
    minus: [],
  },
  {
    name: 'R2',
    total: 'hr.headcount',
    plus: ['hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50'],
    minus: [],
  },
  {
    name: 'R3',
    total: 'hr.headcount',
    plus: ['hr.origin.danish', 'hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'],
    minus: [],
  },
  {
    name: 'R4',
    total: 'hr.headcount',
    plus: ['hr.origin.danish', 'hr.origin.undisclosed', 'hr.origin.western', 'hr.origin.non_western'],
    minus: [],
  },
  {
    name: 'R5',
    total: 'hr.management.headcount',
    plus: ['hr.management.women', 'hr.management.men', MANAGEMENT_REST],
    minus: [],
  },
  {
    name: 'R6',
    total: null,
    plus: ['hr.origin.immigrants', 'hr.origin.descendants'],
    minus: ['hr.origin.western', 'hr.origin.non_western'],
  },
];

/** Every member of a relation, in kpis.md's order (the tie-break order). */
export function relationMembers(relation: Relation): readonly string[] {
  return [...relation.plus, ...relation.minus];
}

/** The counts of people that are suppressed when from 1 to k − 1 (primary suppression). */
export const PROTECTED_COUNTS: readonly string[] = [
  'hr.gender.women', 'hr.gender.men', 'hr.gender.other', 'hr.gender.undisclosed',
  'hr.management.women', 'hr.management.men', MANAGEMENT_REST,
  'hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50',
  'hr.origin.danish', 'hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed',
  'hr.origin.western', 'hr.origin.non_western',
  'hr.hires.new_graduates',
];

/**
 * Figures computed from counts: each is suppressed when any count it is computed from is.
 * `hr.origin.non_danish_share` = (immigrants + descendants) ÷ (headcount − undisclosed).
 */
export const DERIVED_FIGURES: readonly { readonly id: string; readonly from: readonly string[] }[] = [
  { id: 'hr.gender.women_share', from: ['hr.gender.women'] },
  { id: 'hr.gender.men_share', from: ['hr.gender.men'] },
  { id: 'hr.gender.other_share', from: ['hr.gender.other'] },
  { id: 'hr.gender.undisclosed_share', from: ['hr.gender.undisclosed'] },
  { id: 'hr.management.women_share', from: ['hr.management.women'] },
  { id: 'hr.management.men_share', from: ['hr.management.men'] },
  { id: 'hr.age.under_30_share', from: ['hr.age.under_30'] },
  { id: 'hr.age.30_to_50_share', from: ['hr.age.30_to_50'] },
  { id: 'hr.age.over_50_share', from: ['hr.age.over_50'] },
  { id: 'hr.origin.danish_share', from: ['hr.origin.danish'] },
  { id: 'hr.origin.immigrants_share', from: ['hr.origin.immigrants'] },
  { id: 'hr.origin.descendants_share', from: ['hr.origin.descendants'] },
  { id: 'hr.origin.undisclosed_share', from: ['hr.origin.undisclosed'] },
  { id: 'hr.origin.non_danish_share', from: ['hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'] },
  { id: 'hr.hires.new_graduate_share', from: ['hr.hires.new_graduates'] },
];

/** Suppressed when `hr.headcount` is below k (0 included). */
export const MEDIAN_AGE = 'hr.age.median';
export const HEADCOUNT = 'hr.headcount';
