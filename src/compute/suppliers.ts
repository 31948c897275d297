// Supplier contracts (kpis.md "Suppliers").

import type { IsoDate, SupplierContract } from '../model/records.ts';
import type { ReportSettings } from '../model/settings.ts';
import { plusMonths, snapshotOf } from './dates.ts';
import { share } from './workforce.ts';

/** Months up to S within which an audit counts. */
export const AUDIT_MONTHS = 24;

/** Audited within the 24 months up to S: S − 24 months < date ≤ S. */
export function isAuditedRecently(lastAudit: IsoDate | null, snapshot: IsoDate): boolean {
  return lastAudit !== null && lastAudit > plusMonths(snapshot, -AUDIT_MONTHS) && lastAudit <= snapshot;
}

export function supplierFigures(
  rows: readonly SupplierContract[],
  year: number,
  settings: Pick<ReportSettings, 'snapshotDate'>,
): Map<string, number | null> {
  const snapshot = snapshotOf(year, settings);
  // isAuditedRecently, with S − 24 months worked out once rather than per contract.
  const auditedAfter = plusMonths(snapshot, -AUDIT_MONTHS);
  const n = rows.length;
  const countOf = (test: (c: SupplierContract) => boolean): number => rows.filter(test).length;
  const sumOf = (get: (c: SupplierContract) => number): number => rows.reduce((s, c) => s + get(c), 0);

  const withSpend = rows.filter((c) => c.annualSpendDkk !== null);
  const spend = withSpend.reduce((s, c) => s + (c.annualSpendDkk ?? 0), 0);
  const gcSpend = withSpend.reduce((s, c) => s + (c.gcCommitment ? (c.annualSpendDkk ?? 0) : 0), 0);
  const personal = rows.filter((c) => c.processesPersonalData);

  return new Map<string, number | null>([
    ['sup.contracts', n],
    ['sup.gc_commitment_share', share(countOf((c) => c.gcCommitment), n)],
    ['sup.environment_clause_share', share(countOf((c) => c.environmentClause), n)],
    ['sup.labour_clause_share', share(countOf((c) => c.labourClause), n)],
    ['sup.anticorruption_clause_share', share(countOf((c) => c.anticorruptionClause), n)],
    ['sup.human_rights_clause_share', share(countOf((c) => c.humanRightsClause), n)],
    ['sup.gc_commitment_spend_share', share(gcSpend, spend)],
    ['sup.dpa_coverage', share(personal.filter((c) => c.dpaSigned === true).length, personal.length)],
    ['sup.audited_share', share(countOf((c) => c.lastAuditDate !== null && c.lastAuditDate > auditedAfter && c.lastAuditDate <= snapshot), n)],
    ['sup.open_findings', sumOf((c) => c.openFindings)],
    ['sup.critical_breaches', sumOf((c) => c.criticalBreaches)],
    ['sup.non_compliant', countOf((c) => c.status === 'non_compliant')],
    ['sup.terminated', countOf((c) => c.status === 'terminated')],
  ]);
}
