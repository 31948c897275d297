// The facts of a year's vsme.json: which figures give one, and the document of a model.

import { describe, expect, it } from 'vitest';
import type { KpiRecord, YearFigures } from '../../src/model/figures.ts';
import { compareIds } from '../../src/model/kpis.ts';
import type { IndicatorDeclaration } from '../../src/model/records.ts';
import type { DerivedFigure } from '../../src/model/registry/frameworks.ts';
import type { ReportModel } from '../../src/model/site.ts';
import { vsmeFactsOfYear, vsmeJsonOfYear } from '../../src/publish/vsme-json.ts';
import { reportRegistry } from '../../src/model/registry/index.ts';

const ACCIDENTS: IndicatorDeclaration = {
  line: 2, id: 'safety.accidents', section: 'workforce', labelDa: 'Ulykker', labelEn: 'Accidents', unit: 'count',
  gcPrinciples: [], sdgTargets: [], higherIsBetter: false,
  datapoints: { vsme: 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', esrs: [], gri: ['403-9'], esg: [] },
};
const CATALOG = reportRegistry([ACCIDENTS]);

function yearOf(values: Record<string, number | 'suppressed'>): YearFigures {
  const kpis = CATALOG.map((d): KpiRecord => {
    const v = values[d.id];
    if (v === undefined) return { id: d.id, year: 2025, value: null, unit: d.unit, status: 'not_reported' };
    if (v === 'suppressed') return { id: d.id, year: 2025, value: null, unit: d.unit, status: 'suppressed' };
    return { id: d.id, year: 2025, value: v, unit: d.unit, status: 'ok' };
  }).sort((a, b) => compareIds(a.id, b.id));
  return { year: 2025, draft: false, kpis, factorsUsed: [], energyByCarrierMwh: null, contracts: null, indicatorValues: [] };
}

const YEAR = yearOf({
  'hr.headcount': 47, 'hr.gender.women': 20, 'hr.gender.men': 25, 'hr.gender.other': 'suppressed', 'hr.gender.undisclosed': 'suppressed',
  'hr.fte': 44.5, 'hr.turnover_rate': 0.105, 'env.scope1_t': 12.5, 'env.energy_mwh': 310.25,
  'ind.safety.accidents': 3,
});

const DERIVED: DerivedFigure[] = [
  { key: 'scope1_2_location_t', value: 50.75, unit: 't CO2e', status: 'ok', from: [] },
  { key: 'scope1_2_market_t', value: null, unit: 't CO2e', status: 'not_reported', from: [] },
  { key: 'management_women_to_men', value: null, unit: 'ratio', status: 'suppressed', from: [] },
];

describe('vsmeFactsOfYear', () => {
  it('gives one fact for each published figure that answers a VSME concept, indicators and derived facts included', () => {
    expect(vsmeFactsOfYear(YEAR, CATALOG, DERIVED)).toEqual([
      { concept: 'vsme:NumberOfEmployees', value: 47, unit: 'persons' },
      { concept: 'vsme:NumberOfFemaleEmployees', value: 20, unit: 'persons' },
      { concept: 'vsme:NumberOfMaleEmployees', value: 25, unit: 'persons' },
      { concept: 'vsme:EmployeeTurnoverRate', value: 0.105, unit: 'share' },
      { concept: 'vsme:GrossScope1GreenhouseGasEmissions', value: 12.5, unit: 't CO2e' },
      { concept: 'vsme:TotalEnergyConsumption', value: 310.25, unit: 'MWh' },
      { concept: 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', value: 3, unit: 'count' },
      { concept: 'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions', value: 50.75, unit: 't CO2e' },
    ]);
  });

  it('a suppressed count, a figure not reported and a figure of no VSME concept (hr.fte) give no fact', () => {
    const concepts = vsmeFactsOfYear(YEAR, CATALOG, DERIVED).map((f) => f.concept);
    expect(concepts).not.toContain('vsme:NumberOfOtherGenderEmployees');
    expect(concepts).not.toContain('vsme:NumberOfNonReportedGenderEmployees');
    expect(concepts).not.toContain('vsme:GrossLocationBasedScope2GreenhouseGasEmissions');
    expect(concepts).not.toContain('vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions');
    expect(concepts).not.toContain('vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod');
  });
});

describe('vsmeJsonOfYear', () => {
  const model = (identifier: { scheme: string; id: string } | null): ReportModel => ({
    settings: {
      organisation: { name: 'X', url: null, accessibilityStatementUrl: 'https://example.org/a11y', identifier },
      languages: ['da', 'en'], snapshotDate: { month: 9, day: 30 }, minCellSize: 5, radiativeForcing: true, baseYear: null, numberFormat: {},
    },
    catalog: CATALOG,
    derived: [{ year: 2025, figures: DERIVED }],
  }) as unknown as ReportModel;

  it('is null without organisation.identifier', () => {
    expect(vsmeJsonOfYear(model(null), YEAR)).toBeNull();
  });

  it('takes the entity from the identifier, instants at the snapshot date (30 September → 1 October)', () => {
    const doc = JSON.parse(vsmeJsonOfYear(model({ scheme: 'http://www.dcca.dk/cvr', id: '87654321' }), YEAR)!);
    expect(doc.documentInfo.namespaces.cvr).toBe('http://www.dcca.dk/cvr');
    expect(doc.facts['f-NumberOfEmployees']).toEqual({
      value: '47', decimals: 0,
      dimensions: { concept: 'vsme:NumberOfEmployees', entity: 'cvr:87654321', period: '2025-10-01T00:00:00', unit: 'xbrli:pure' },
    });
    expect(doc.facts['f-TotalGrossLocationBasedScope1AndScope2GHGEmissions']).toEqual({
      value: '50.75', decimals: 1,
      dimensions: { concept: 'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions', entity: 'cvr:87654321', period: '2025-01-01T00:00:00/2026-01-01T00:00:00', unit: 'utr:tCO2e' },
    });
    expect(Object.keys(doc.facts)).toHaveLength(8);
  });
});
