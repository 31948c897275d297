// Small hand-made records for the compute tests (no file from /work/shared is used).

import type { EmissionFactor, Employment, EnergyReading, Journey, SupplierContract } from '../../src/model/records.ts';
import type { LedgerRow } from '../../src/model/figures.ts';
import type { ReportSettings } from '../../src/model/settings.ts';
import { DEFAULT_SETTINGS } from '../../src/model/settings.ts';

export const SETTINGS: ReportSettings = {
  ...DEFAULT_SETTINGS,
  organisation: { name: 'Test', url: null, accessibilityStatementUrl: 'https://example.org/a11y' },
};

export function settingsWith(o: Partial<ReportSettings>): ReportSettings {
  return { ...SETTINGS, ...o };
}

let line = 1;
export function factor(key: string, year: number, unit: EmissionFactor['unit'], kgCo2e: number, o: Partial<EmissionFactor> = {}): EmissionFactor {
  return { line: ++line, key, year, unit, kgCo2e, kgCo2eRf: null, kwhPerUnit: null, source: `Source ${key} ${year}`, ...o };
}

export function employment(o: Partial<Employment> & { employeeId: string }): Employment {
  return {
    line: ++line, gender: 'woman', birthYear: 1985, origin: 'danish', hireDate: '2020-01-01', endDate: null,
    fte: 1, isManager: false, graduationDate: null, department: null, ...o,
  };
}

export function journey(o: Partial<Journey>): Journey {
  return {
    line: ++line, date: '2025-03-01', mode: 'rail', distanceKm: 100, travellers: 1, roundTrip: false,
    cabinClass: null, fuel: null, railScope: 'national', ...o,
  };
}

export function reading(o: Partial<EnergyReading>): EnergyReading {
  return {
    line: ++line, periodStart: '2025-01-01', periodEnd: '2025-01-31', site: 'HQ', carrier: 'electricity',
    quantity: 1000, unit: 'kWh', renewableShare: 0, ...o,
  };
}

export function contract(o: Partial<SupplierContract>): SupplierContract {
  return {
    line: ++line, contractId: `C${line}`, supplier: 'Supplier A/S', contractName: null, annualSpendDkk: null,
    processesPersonalData: false, gcCommitment: false, environmentClause: false, labourClause: false,
    anticorruptionClause: false, humanRightsClause: false, dpaSigned: null, lastAuditDate: null,
    openFindings: 0, criticalBreaches: 0, status: 'compliant', ...o,
  };
}

export class ArrayLedger {
  readonly rows: LedgerRow[] = [];
  write(row: LedgerRow): void {
    this.rows.push(row);
  }
}
