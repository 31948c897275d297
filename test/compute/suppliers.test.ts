import { describe, expect, it } from 'vitest';
import { isAuditedRecently, supplierFigures } from '../../src/compute/suppliers.ts';
import { contract, SETTINGS, settingsWith } from './fixtures.ts';

const ROWS = [
  contract({ annualSpendDkk: 1000, gcCommitment: true, environmentClause: true, processesPersonalData: true, dpaSigned: true,
    lastAuditDate: '2023-12-31', openFindings: 2, criticalBreaches: 1, status: 'non_compliant' }),
  contract({ annualSpendDkk: null, gcCommitment: true, labourClause: true, processesPersonalData: true, dpaSigned: false,
    lastAuditDate: '2025-12-31', openFindings: 1, status: 'terminated' }),
  contract({ annualSpendDkk: 3000, anticorruptionClause: true, humanRightsClause: true, lastAuditDate: '2024-01-01' }),
  contract({ annualSpendDkk: 0, status: 'remediation' }),
];

describe('supplierFigures', () => {
  const f = supplierFigures(ROWS, 2025, SETTINGS);

  it('counts rows and the share of each clause', () => {
    expect(f.get('sup.contracts')).toBe(4);
    expect(f.get('sup.gc_commitment_share')).toBe(0.5);
    expect(f.get('sup.environment_clause_share')).toBe(0.25);
    expect(f.get('sup.labour_clause_share')).toBe(0.25);
    expect(f.get('sup.anticorruption_clause_share')).toBe(0.25);
    expect(f.get('sup.human_rights_clause_share')).toBe(0.25);
  });

  it('spend share counts only rows that give a spend: 1000 / (1000 + 3000 + 0)', () => {
    expect(f.get('sup.gc_commitment_spend_share')).toBe(0.25);
  });

  it('DPA coverage among the contracts that process personal data: 1 of 2', () => {
    expect(f.get('sup.dpa_coverage')).toBe(0.5);
  });

  it('audited: S − 24 months < date ≤ S (31 Dec 2023 is out, 1 Jan 2024 and S are in)', () => {
    expect(f.get('sup.audited_share')).toBe(0.5);
    expect(isAuditedRecently('2023-12-31', '2025-12-31')).toBe(false);
    expect(isAuditedRecently('2024-01-01', '2025-12-31')).toBe(true);
    expect(isAuditedRecently('2025-12-31', '2025-12-31')).toBe(true);
    expect(isAuditedRecently(null, '2025-12-31')).toBe(false);
  });

  it('audit window follows the snapshot date', () => {
    // S = 30 June 2025: window (30 Jun 2023, 30 Jun 2025]: rows 1 and 3; row 2 (31 Dec 2025) is after S
    const june = supplierFigures(ROWS, 2025, settingsWith({ snapshotDate: { month: 6, day: 30 } }));
    expect(june.get('sup.audited_share')).toBe(0.5);
    expect(isAuditedRecently('2025-12-31', '2025-06-30')).toBe(false);
  });

  it('sums findings and breaches, counts statuses', () => {
    expect(f.get('sup.open_findings')).toBe(3);
    expect(f.get('sup.critical_breaches')).toBe(1);
    expect(f.get('sup.non_compliant')).toBe(1);
    expect(f.get('sup.terminated')).toBe(1);
  });

  it('an empty file: counts 0, shares not reported', () => {
    const none = supplierFigures([], 2025, SETTINGS);
    expect(none.get('sup.contracts')).toBe(0);
    expect(none.get('sup.open_findings')).toBe(0);
    expect(none.get('sup.gc_commitment_share')).toBeNull();
    expect(none.get('sup.gc_commitment_spend_share')).toBeNull();
    expect(none.get('sup.dpa_coverage')).toBeNull();
  });

  it('no contract processes personal data or gives a spend: those shares are not reported', () => {
    const g = supplierFigures([contract({})], 2025, SETTINGS);
    expect(g.get('sup.dpa_coverage')).toBeNull();
    expect(g.get('sup.gc_commitment_spend_share')).toBeNull();
    expect(g.get('sup.gc_commitment_share')).toBe(0);
  });
});
