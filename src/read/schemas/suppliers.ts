// <year>/suppliers.csv (inputs.md): one row per supplier contract in force during the year.

import type { SupplierContract } from '../../model/records.ts';
import { UniqueKeys } from '../unique-key.ts';
import { defineColumns, type ColumnSpec } from '../columns.ts';
import type { RowReader } from '../row.ts';
import type { Schema } from '../schema.ts';
import { SUPPLIER_STATUSES } from '../words.ts';

const [
  CONTRACT_ID, SUPPLIER, CONTRACT_NAME, ANNUAL_SPEND, PROCESSES_PERSONAL_DATA, GC_COMMITMENT, ENVIRONMENT_CLAUSE,
  LABOUR_CLAUSE, ANTICORRUPTION_CLAUSE, HUMAN_RIGHTS_CLAUSE, DPA_SIGNED, LAST_AUDIT_DATE, OPEN_FINDINGS,
  CRITICAL_BREACHES, STATUS,
] = defineColumns([
  { name: 'contract_id', danish: 'kontrakt_id', required: true, type: 'text' },
  { name: 'supplier', danish: 'leverandør', required: true, type: 'text' },
  { name: 'contract_name', danish: 'kontraktnavn', type: 'text' },
  { name: 'annual_spend_dkk', danish: 'årligt_forbrug_dkk', type: 'number' },
  { name: 'processes_personal_data', danish: 'behandler_personoplysninger', required: true },
  { name: 'gc_commitment', danish: 'gc_forpligtelse', required: true },
  { name: 'environment_clause', danish: 'miljøklausul', required: true },
  { name: 'labour_clause', danish: 'arbejdsklausul', required: true },
  { name: 'anticorruption_clause', danish: 'antikorruptionsklausul', required: true },
  { name: 'human_rights_clause', danish: 'menneskerettighedsklausul' },
  { name: 'dpa_signed', danish: 'databehandleraftale' },
  { name: 'last_audit_date', danish: 'seneste_audit' },
  { name: 'open_findings', danish: 'åbne_fund', type: 'number' },
  { name: 'critical_breaches', danish: 'kritiske_brud', type: 'number' },
  { name: 'status', danish: 'status', required: true },
] as const);

function count(r: RowReader, col: ColumnSpec): number {
  const n = r.whole(col, false);
  if (n !== null && n < 0) r.error(col, `${r.shown(col)} is less than 0; write a whole number, 0 or more`);
  return n ?? 0;
}

export const suppliersSchema: Schema<SupplierContract> = {
  columns: [
    CONTRACT_ID, SUPPLIER, CONTRACT_NAME, ANNUAL_SPEND, PROCESSES_PERSONAL_DATA, GC_COMMITMENT, ENVIRONMENT_CLAUSE,
    LABOUR_CLAUSE, ANTICORRUPTION_CLAUSE, HUMAN_RIGHTS_CLAUSE, DPA_SIGNED, LAST_AUDIT_DATE, OPEN_FINDINGS,
    CRITICAL_BREACHES, STATUS,
  ],
  acceptDanish: true,
  start(ctx) {
    const ids = new UniqueKeys();
    const yearEnd = ctx.year === null ? null : `${ctx.year}-12-31`;
    return (r) => {
      const contractId = r.text(CONTRACT_ID, true);
      const supplier = r.text(SUPPLIER, true);
      const contractName = r.text(CONTRACT_NAME, false);
      const annualSpendDkk = r.number(ANNUAL_SPEND, false);
      const processesPersonalData = r.yesNo(PROCESSES_PERSONAL_DATA, true);
      const gcCommitment = r.yesNo(GC_COMMITMENT, true);
      const environmentClause = r.yesNo(ENVIRONMENT_CLAUSE, true);
      const labourClause = r.yesNo(LABOUR_CLAUSE, true);
      const anticorruptionClause = r.yesNo(ANTICORRUPTION_CLAUSE, true);
      const humanRightsClause = r.yesNo(HUMAN_RIGHTS_CLAUSE, false) ?? false;
      const dpaSigned = r.yesNo(DPA_SIGNED, false);
      const lastAuditDate = r.date(LAST_AUDIT_DATE, false);
      const openFindings = count(r, OPEN_FINDINGS);
      const criticalBreaches = count(r, CRITICAL_BREACHES);
      const status = r.word(STATUS, true, SUPPLIER_STATUSES);
      if (annualSpendDkk !== null && annualSpendDkk < 0) r.error(ANNUAL_SPEND, `${r.shown(ANNUAL_SPEND)} is less than 0; write the annual spend in DKK`);
      if (processesPersonalData === true && dpaSigned === null && r.raw(DPA_SIGNED) === '') {
        r.error(DPA_SIGNED, `is empty, but ${r.nameOf(PROCESSES_PERSONAL_DATA)} is yes; write yes or no: is a data processing agreement signed?`);
      }
      if (lastAuditDate !== null && yearEnd !== null && lastAuditDate > yearEnd) {
        r.error(LAST_AUDIT_DATE, `${r.shown(LAST_AUDIT_DATE)} is after 31 December ${ctx.year}; write the date of the last audit up to the end of the year`);
      }
      if (contractId !== null) {
        const first = ids.seen(contractId, r.line);
        if (first !== null) r.error(CONTRACT_ID, `${r.quote(contractId)} is already the contract id on line ${first}; give each contract its own id`);
      }
      if (!r.ok || contractId === null || supplier === null || processesPersonalData === null || gcCommitment === null
        || environmentClause === null || labourClause === null || anticorruptionClause === null || status === null) return null;
      return {
        line: r.line, contractId, supplier, contractName, annualSpendDkk, processesPersonalData, gcCommitment,
        environmentClause, labourClause, anticorruptionClause, humanRightsClause, dpaSigned, lastAuditDate,
        openFindings, criticalBreaches, status,
      };
    };
  },
};
