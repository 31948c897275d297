import { describe, expect, it } from 'vitest';
import { DERIVED_DEFINITIONS, ESG_KEY_FIGURES, parseDatapoint } from '../../src/model/registry/frameworks.ts';
import { FIGURES, reportRegistry } from '../../src/model/registry/index.ts';
import { isFigureConcept, vsmeConcept, vsmeUnit } from '../../src/model/vsme/taxonomy.ts';

// frameworks.md "The mapping", copied by hand: id → [VSME concept, ESRS, GRI, ESG key figure].
const TABLE: Record<string, [string | null, string[], string[], string[]]> = {
  'hr.headcount': ['vsme:NumberOfEmployees', ['S1-6'], ['2-7'], []],
  'hr.fte': [null, ['S1-6'], ['2-7'], ['fte']],
  'hr.gender.women': ['vsme:NumberOfFemaleEmployees', ['S1-6'], ['2-7', '405-1'], []],
  'hr.gender.men': ['vsme:NumberOfMaleEmployees', ['S1-6'], ['2-7', '405-1'], []],
  'hr.gender.other': ['vsme:NumberOfOtherGenderEmployees', ['S1-6'], ['2-7', '405-1'], []],
  'hr.gender.undisclosed': ['vsme:NumberOfNonReportedGenderEmployees', ['S1-6'], ['2-7', '405-1'], []],
  'hr.gender.women_share': [null, ['S1-6'], ['405-1'], ['gender_diversity']],
  'hr.management.women_share': [null, ['S1-9'], ['405-1'], ['gender_diversity_management']],
  'hr.age.under_30': [null, ['S1-9'], ['405-1'], []],
  'hr.age.30_to_50': [null, ['S1-9'], ['405-1'], []],
  'hr.age.over_50': [null, ['S1-9'], ['405-1'], []],
  'hr.age.under_30_share': [null, ['S1-9'], ['405-1'], []],
  'hr.age.30_to_50_share': [null, ['S1-9'], ['405-1'], []],
  'hr.age.over_50_share': [null, ['S1-9'], ['405-1'], []],
  'hr.age.median': [null, ['S1-9'], ['405-1'], []],
  'hr.hires': [null, ['S1-6'], ['401-1'], []],
  'hr.leavers': [null, ['S1-6'], ['401-1'], []],
  'hr.turnover_rate': ['vsme:EmployeeTurnoverRate', ['S1-6'], ['401-1'], ['employee_turnover']],
  'env.scope1_t': ['vsme:GrossScope1GreenhouseGasEmissions', ['E1-6'], ['305-1'], ['co2e_scope1']],
  'env.scope2_location_t': ['vsme:GrossLocationBasedScope2GreenhouseGasEmissions', ['E1-6'], ['305-2'], ['co2e_scope2']],
  'env.scope2_market_t': ['vsme:GrossMarketBasedScope2GreenhouseGasEmissions', ['E1-6'], ['305-2'], []],
  'env.scope3_travel_t': ['vsme:GrossScope3GreenhouseGasEmissions', ['E1-6'], ['305-3'], []],
  'env.total_location_t': ['vsme:TotalGrossLocationBasedGHGEmissions', ['E1-6'], [], []],
  'env.total_market_t': ['vsme:TotalGrossMarketBasedGHGEmissions', ['E1-6'], [], []],
  'env.intensity_location_t_per_fte': [null, [], ['305-4'], []],
  'env.energy_mwh': ['vsme:TotalEnergyConsumption', ['E1-5'], ['302-1'], ['energy_consumption']],
  'env.electricity_mwh': ['vsme:EnergyConsumptionFromElectricity', ['E1-5'], ['302-1'], []],
  'env.renewable_electricity_share': [null, ['E1-5'], [], ['renewable_energy_share']],
  'sup.gc_commitment_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.environment_clause_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.labour_clause_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.anticorruption_clause_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.human_rights_clause_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.gc_commitment_spend_share': [null, ['G1-2', 'S2'], ['308-1', '414-1'], []],
  'sup.dpa_coverage': [null, [], ['418'], []],
};

describe('the datapoints of the registry (frameworks.md "The mapping")', () => {
  it('every figure answers exactly the datapoints of the table, and the others none', () => {
    for (const f of FIGURES) {
      const [vsme, esrs, gri, esg] = TABLE[f.id] ?? [null, [], [], []];
      expect({ id: f.id, ...f.datapoints }).toEqual({ id: f.id, vsme, esrs, gri, esg });
    }
    expect(Object.keys(TABLE).every((id) => FIGURES.some((f) => f.id === id))).toBe(true);
  });

  it('every VSME concept named exists in the taxonomy, is numeric and not abstract, and takes the figure\'s unit', () => {
    const named = [
      ...FIGURES.filter((f) => f.datapoints.vsme !== null).map((f) => [f.datapoints.vsme!, f.unit] as const),
      ...DERIVED_DEFINITIONS.map((d) => [d.datapoints.vsme!, d.unit] as const),
    ];
    expect(named).toHaveLength(17);
    for (const [name, unit] of named) {
      const concept = vsmeConcept(name);
      expect(isFigureConcept(concept), name).toBe(true);
      expect(vsmeUnit(concept!, unit), `${name} in ${unit}`).not.toBeNull();
    }
    expect(new Set(named.map(([n]) => n)).size).toBe(named.length);
  });

  it('the derived facts answer the scope 1 + 2 totals and the management ratio', () => {
    expect(DERIVED_DEFINITIONS.map((d) => [d.key, d.datapoints.vsme, d.datapoints.esrs, d.datapoints.gri])).toEqual([
      ['scope1_2_location_t', 'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions', ['E1-6'], []],
      ['scope1_2_market_t', 'vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions', ['E1-6'], []],
      ['management_women_to_men', 'vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod', ['S1-9'], ['405-1']],
    ]);
  });

  it('an indicator of indicators.csv takes the datapoints it declares, none when it declares none', () => {
    const base = { line: 2, id: 'x.y', section: 'workforce' as const, labelDa: 'a', labelEn: 'b', unit: 'count', gcPrinciples: [], sdgTargets: [], higherIsBetter: null };
    const datapoints = { vsme: 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', esrs: ['S1-14'], gri: ['403-9'], esg: [] };
    const [withPoints, without] = reportRegistry([{ ...base, datapoints }, { ...base, id: 'x.z' }]).slice(-2);
    expect(withPoints!.datapoints).toEqual(datapoints);
    expect(without!.datapoints).toEqual({ vsme: null, esrs: [], gri: [], esg: [] });
  });
});

describe('parseDatapoint: one word of indicators.csv\'s datapoints column', () => {
  it.each([
    ['vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', 'count', 'vsme', 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod'],
    ['VSME:NumberOfEmployees', 'persons', 'vsme', 'vsme:NumberOfEmployees'],
    ['GRI:403-9', 'count', 'gri', '403-9'],
    ['gri:418', 'count', 'gri', '418'],
    ['ESRS:S1-14', 'count', 'esrs', 'S1-14'],
    ['esrs:e1-6', 'count', 'esrs', 'E1-6'],
    ['ESG:sick_leave', 'count', 'esg', 'sick_leave'],
  ])('%s (%s) → %s %s', (word, unit, framework, code) => {
    expect(parseDatapoint(word, unit)).toEqual({ ok: true, framework, code });
  });

  it('an unknown VSME concept is refused, with the right spelling when only the case is wrong', () => {
    const unknown = parseDatapoint('vsme:NumberOfUnicorns', 'count');
    expect(unknown).toMatchObject({ ok: false });
    expect(!unknown.ok && unknown.message).toContain('"vsme:NumberOfUnicorns" is not a concept of the VSME taxonomy 2026-05-01');
    const cased = parseDatapoint('vsme:numberofemployees', 'persons');
    expect(!cased.ok && cased.message).toContain('did you mean vsme:NumberOfEmployees?');
  });

  it('a concept for text, or one whose data type does not fit the unit, is refused', () => {
    const text = parseDatapoint('vsme:AddressOfSite', 'count');
    expect(!text.ok && text.message).toContain('not for a number');
    const unit = parseDatapoint('vsme:GrossScope1GreenhouseGasEmissions', 'count');
    expect(!unit.ok && unit.message).toContain('cannot take a value in "count"');
  });

  it('a word without a known framework, or a malformed code, is refused with what to write', () => {
    for (const word of ['403-9', 'SASB:1', 'GRI:four', 'ESRS:X9', 'ESG:happiness']) {
      const r = parseDatapoint(word, 'count');
      expect(r.ok, word).toBe(false);
    }
    const none = parseDatapoint('403-9', 'count');
    expect(!none.ok && none.message).toContain('write vsme:, GRI:, ESRS: or ESG: before each datapoint');
    const esg = parseDatapoint('ESG:happiness', 'count');
    expect(!esg.ok && esg.message).toContain(ESG_KEY_FIGURES.join(', '));
  });
});
