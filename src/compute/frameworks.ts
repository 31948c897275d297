// The facts a framework asks for that no figure of kpis.md is (frameworks.md "The mapping"):
// scope 1 + scope 2 in total (location- and market-based), and the ratio of women to men in
// management. They are worked out from the year's published figures, after the privacy rule,
// so that they never tell more than the figures they come from.

import type { KpiRecord, KpiStatus } from '../model/figures.ts';
import { ENV, HR } from '../model/registry/index.ts';
import type { DerivedFigure, DerivedKey } from '../model/registry/frameworks.ts';

export type { DerivedFigure, DerivedKey };

const SCOPE1 = ENV.scope1;
const SCOPE2_LOCATION = ENV.scope2Location;
const SCOPE2_MARKET = ENV.scope2Market;
const MANAGEMENT_WOMEN = HR.managementWomen;
const MANAGEMENT_MEN = HR.managementMen;

function published(records: ReadonlyMap<string, KpiRecord>, id: string): number | null {
  const r = records.get(id);
  return r !== undefined && r.status === 'ok' && r.value !== null && Number.isFinite(r.value) ? r.value : null;
}

function figure(key: DerivedKey, unit: string, from: readonly string[], value: number | null, status: KpiStatus = 'ok'): DerivedFigure {
  if (status !== 'ok' || value === null || !Number.isFinite(value)) {
    return { key, value: null, unit, status: status === 'ok' ? 'not_reported' : status, from };
  }
  return { key, value, unit, status, from };
}

/** Scope 1 plus one scope 2 figure: the sum of the two published figures, not reported when either is not. */
function scopeTotal(records: ReadonlyMap<string, KpiRecord>, key: DerivedKey, scope2: string): DerivedFigure {
  const s1 = published(records, SCOPE1);
  const s2 = published(records, scope2);
  return figure(key, 't CO2e', [SCOPE1, scope2], s1 !== null && s2 !== null ? s1 + s2 : null);
}

/**
 * Women ÷ men in management: suppressed when either count is suppressed, not reported when
 * either is not reported or there are no men in management.
 */
function managementRatio(records: ReadonlyMap<string, KpiRecord>): DerivedFigure {
  const from = [MANAGEMENT_WOMEN, MANAGEMENT_MEN];
  const key: DerivedKey = 'management_women_to_men';
  if (from.some((id) => records.get(id)?.status === 'suppressed')) return figure(key, 'ratio', from, null, 'suppressed');
  const women = published(records, MANAGEMENT_WOMEN);
  const men = published(records, MANAGEMENT_MEN);
  return figure(key, 'ratio', from, women !== null && men !== null && men !== 0 ? women / men : null);
}

/** The derived figures of one year, from its published records (YearFigures.kpis). */
export function derivedFigures(kpis: readonly KpiRecord[]): DerivedFigure[] {
  const records = new Map(kpis.map((r) => [r.id, r]));
  return [
    scopeTotal(records, 'scope1_2_location_t', SCOPE2_LOCATION),
    scopeTotal(records, 'scope1_2_market_t', SCOPE2_MARKET),
    managementRatio(records),
  ];
}
