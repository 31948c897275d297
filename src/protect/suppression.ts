// Privacy suppression of one year's workforce figures (kpis.md, "Privacy"): primary suppression of
// small counts of people, secondary suppression so that no suppressed count can be computed from
// the published ones and the relations R1–R6, then every figure computed from a suppressed count.

import {
  DERIVED_FIGURES,
  HEADCOUNT,
  MANAGEMENT_REST,
  MEDIAN_AGE,
  PROTECTED_COUNTS,
  RELATIONS,
  relationMembers,
} from './relations.ts';
import type { Relation } from './relations.ts';
import { HR } from '../model/registry/index.ts';

/**
 * The ids to publish as suppressed (`value: null, status: "suppressed"`).
 *
 * `raw` holds the unsuppressed values of one year for the hr.* ids of kpis.md, plus
 * `hr.management.rest` (managers of other or undisclosed gender; derived from the management
 * headcount, women and men when absent). A null value is not reported: it is never suppressed,
 * and a relation with a null member or total is not published, so it takes no part.
 *
 * The result may hold `hr.management.rest`, which is never published: callers look up the ids
 * they publish and ignore the rest. `k` is `privacy.minCellSize`.
 */
export function suppressedIds(raw: ReadonlyMap<string, number | null>, k: number): ReadonlySet<string> {
  const values = withRest(raw);
  const suppressed = new Set<string>();

  for (const id of PROTECTED_COUNTS) {
    const value = values.get(id);
    if (value !== undefined && value !== null && value >= 1 && value < k) suppressed.add(id);
  }

  for (let changed = true; changed;) {
    changed = false;
    for (const relation of RELATIONS) {
      const candidate = secondaryCandidate(relation, values, suppressed);
      if (candidate !== null) {
        suppressed.add(candidate);
        changed = true;
      }
    }
  }

  for (const figure of DERIVED_FIGURES) {
    if (figure.from.some((id) => suppressed.has(id)) && isReported(values, figure.id)) suppressed.add(figure.id);
  }

  const headcount = values.get(HEADCOUNT);
  if (headcount !== undefined && headcount !== null && headcount < k && isReported(values, MEDIAN_AGE)) {
    suppressed.add(MEDIAN_AGE);
  }

  return suppressed;
}

/** A figure that is absent from `raw` counts as reported; only an explicit null is not. */
function isReported(values: ReadonlyMap<string, number | null>, id: string): boolean {
  return values.get(id) !== null;
}

function withRest(raw: ReadonlyMap<string, number | null>): ReadonlyMap<string, number | null> {
  if (raw.has(MANAGEMENT_REST)) return raw;
  const headcount = raw.get(HR.managementHeadcount);
  const women = raw.get(HR.managementWomen);
  const men = raw.get(HR.managementMen);
  const rest = headcount === undefined || headcount === null || women === undefined || women === null
    || men === undefined || men === null
    ? null
    : headcount - women - men;
  return new Map([...raw, [MANAGEMENT_REST, rest]]);
}

/**
 * In a relation where exactly one count is suppressed: the smallest published member other than
 * the total (zeros included; ties go to the first in kpis.md's order). Null otherwise.
 */
function secondaryCandidate(
  relation: Relation,
  values: ReadonlyMap<string, number | null>,
  suppressed: ReadonlySet<string>,
): string | null {
  const members = relationMembers(relation);
  const known = (id: string): number | null => values.get(id) ?? null;
  if (relation.total !== null && known(relation.total) === null) return null;
  if (members.some((id) => known(id) === null)) return null;
  if (members.filter((id) => suppressed.has(id)).length !== 1) return null;

  let best: string | null = null;
  let bestValue = Number.POSITIVE_INFINITY;
  for (const id of members) {
    const value = known(id);
    if (suppressed.has(id) || value === null) continue;
    if (value < bestValue) {
      best = id;
      bestValue = value;
    }
  }
  return best;
}
