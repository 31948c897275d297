import { describe, expect, it } from 'vitest';
import {
  compareVsmeConcepts, isFigureConcept, vsmeConcept, vsmeConcepts, vsmeLabel, vsmeUnit,
} from '../../src/model/vsme/taxonomy.ts';
import type { VsmeConcept } from '../../src/model/vsme/taxonomy.ts';

function concept(name: string): VsmeConcept {
  const c = vsmeConcept(name);
  if (c === undefined) throw new Error(`no concept ${name}`);
  return c;
}

describe('the VSME taxonomy shipped with the tool', () => {
  it('holds the 401 vsme: concepts of the 2026-05-01 taxonomy', () => {
    expect(vsmeConcepts()).toHaveLength(401);
    expect(vsmeConcepts().every((c) => c.name.startsWith('vsme:'))).toBe(true);
  });

  it('knows a concept by its prefixed name, with period type, data type, labels and paragraph', () => {
    const s1 = concept('vsme:GrossScope1GreenhouseGasEmissions');
    expect(s1).toMatchObject({
      abstract: false, numeric: true, periodType: 'duration', dataType: 'dtr-types:ghgEmissionsItemType',
      labelEn: 'Gross Scope 1 greenhouse gas emissions',
    });
    expect(s1.references).toEqual([{ section: 'Basic Module', module: 'B3', paragraph: '30', subparagraph: null }]);
    expect(vsmeLabel(s1, 'da')).toBe('Brutto Scope 1 drivhusgasudledninger');
    const employees = concept('vsme:NumberOfEmployees');
    expect(employees.periodType).toBe('instant');
    expect(employees.dataType).toBe('xbrli:decimalItemType');
  });

  it('has no concept of an unknown name, nor without the prefix', () => {
    expect(vsmeConcept('vsme:NumberOfUnicorns')).toBeUndefined();
    expect(vsmeConcept('NumberOfEmployees')).toBeUndefined();
  });

  it('takes only numeric, non-abstract concepts for a figure', () => {
    expect(isFigureConcept(vsmeConcept('vsme:NumberOfEmployees'))).toBe(true);
    expect(isFigureConcept(vsmeConcept('vsme:AccidentPreventionMember'))).toBe(false);
    expect(isFigureConcept(vsmeConcept('vsme:AddressOfSite'))).toBe(false);
    expect(isFigureConcept(undefined)).toBe(false);
  });

  it('gives the Danish label with its doubled spaces closed, and the English one where there is no Danish', () => {
    expect(vsmeLabel(concept('vsme:GrossLocationBasedScope2GreenhouseGasEmissions'), 'da'))
      .toBe('Brutto Scope 2 drivhusgasudledninger (lokationsbaseret)');
    expect(vsmeLabel(concept('vsme:AlachlorMember'), 'da')).toBe('Alachlor [member]');
  });
});

describe('vsmeUnit: the unit a data type takes for a figure measured in a unit word', () => {
  it.each([
    ['vsme:GrossScope1GreenhouseGasEmissions', 't CO2e', 'utr:tCO2e'],
    ['vsme:TotalEnergyConsumption', 'MWh', 'utr:MWh'],
    ['vsme:TotalEnergyConsumption', 'GJ', 'utr:GJ'],
    ['vsme:EmployeeTurnoverRate', 'share', 'xbrli:pure'],
    ['vsme:NumberOfEmployees', 'persons', 'xbrli:pure'],
    ['vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod', 'ratio', 'xbrli:pure'],
    ['vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', 'count', 'xbrli:pure'],
  ])('%s in %s → %s', (name, unit, expected) => {
    expect(vsmeUnit(concept(name), unit)).toBe(expected);
  });

  it('money in DKK or EUR, mass, volume and area in the registry unit the word names', () => {
    const money = vsmeConcepts().find((c) => c.dataType === 'xbrli:monetaryItemType' && !c.abstract)!;
    expect(vsmeUnit(money, 'DKK')).toBe('iso4217:DKK');
    expect(vsmeUnit(money, 'EUR')).toBe('iso4217:EUR');
    expect(vsmeUnit(money, 'USD')).toBeNull();
    const mass = vsmeConcepts().find((c) => c.dataType === 'dtr-types:massItemType' && !c.abstract)!;
    expect(vsmeUnit(mass, 't')).toBe('utr:t');
    expect(vsmeUnit(mass, 'kg')).toBe('utr:kg');
    const volume = vsmeConcepts().find((c) => c.dataType === 'dtr-types:volumeItemType' && !c.abstract)!;
    expect(vsmeUnit(volume, 'm³')).toBe('utr:m3');
    expect(vsmeUnit(volume, 'm3')).toBe('utr:m3');
    const area = vsmeConcepts().find((c) => c.dataType === 'dtr-types:areaItemType' && !c.abstract)!;
    expect(vsmeUnit(area, 'ha')).toBe('utr:ha');
  });

  it('refuses a unit that does not fit the data type', () => {
    expect(vsmeUnit(concept('vsme:GrossScope1GreenhouseGasEmissions'), 'MWh')).toBeNull();
    expect(vsmeUnit(concept('vsme:GrossScope1GreenhouseGasEmissions'), 'share')).toBeNull();
    expect(vsmeUnit(concept('vsme:TotalEnergyConsumption'), 't CO2e')).toBeNull();
    expect(vsmeUnit(concept('vsme:EmployeeTurnoverRate'), 'persons')).toBeNull();
    expect(vsmeUnit(concept('vsme:NumberOfEmployees'), 'share')).toBeNull();
    expect(vsmeUnit(concept('vsme:AddressOfSite'), 'persons')).toBeNull();
  });
});

describe('compareVsmeConcepts: the standard order, B1 … B11 then C1 … C9', () => {
  it('orders by module, then paragraph, then name', () => {
    const names = [
      'vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod', // C5 §59
      'vsme:EmployeeTurnoverRate', // B8 §40
      'vsme:GrossScope3GreenhouseGasEmissions', // B3 §50-53
      'vsme:TotalEnergyConsumption', // B3 §29
      'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', // B9 §41
      'vsme:GrossScope1GreenhouseGasEmissions', // B3 §30
      'vsme:NumberOfEmployees', // B1 §24
      'vsme:NumberOfFemaleEmployees', // B8 §39
    ];
    expect(names.map(concept).sort(compareVsmeConcepts).map((c) => c.name)).toEqual([
      'vsme:NumberOfEmployees',
      'vsme:TotalEnergyConsumption',
      'vsme:GrossScope1GreenhouseGasEmissions',
      'vsme:GrossScope3GreenhouseGasEmissions',
      'vsme:NumberOfFemaleEmployees',
      'vsme:EmployeeTurnoverRate',
      'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod',
      'vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod',
    ]);
  });

  it('puts B10 and B11 after B9, before C1', () => {
    const byModule = (m: string) => vsmeConcepts().find((c) => c.references[0]?.module === m)!;
    const list = [byModule('C1'), byModule('B11'), byModule('B10'), byModule('B2')];
    expect(list.sort(compareVsmeConcepts).map((c) => c.references[0]!.module)).toEqual(['B2', 'B10', 'B11', 'C1']);
  });
});
