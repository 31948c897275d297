import { describe, expect, it } from 'vitest';
import { entityPrefix, vsmeDocument, vsmeJson, xbrlDecimals } from '../../src/publish/vsme-json.ts';
import type { VsmeDocumentInput } from '../../src/publish/vsme-json.ts';

const CVR = { scheme: 'http://www.dcca.dk/cvr', id: '12345678' };

const INPUT: VsmeDocumentInput = {
  entity: CVR,
  year: 2025,
  snapshot: '2025-12-31',
  facts: [
    { concept: 'vsme:EmployeeTurnoverRate', value: 0.105, unit: 'share' },
    { concept: 'vsme:GrossScope1GreenhouseGasEmissions', value: 12.345, unit: 't CO2e' },
    { concept: 'vsme:NumberOfEmployees', value: 47, unit: 'persons' },
    { concept: 'vsme:TotalEnergyConsumption', value: 123.456, unit: 'MWh' },
  ],
};

describe('vsme.json: an xBRL-JSON document against the VSME taxonomy 2026-05-01', () => {
  it('writes the document worked out by hand from the reference README', () => {
    const period = '2025-01-01T00:00:00/2026-01-01T00:00:00';
    const entity = 'cvr:12345678';
    expect(vsmeDocument(INPUT)).toEqual({
      documentInfo: {
        documentType: 'https://xbrl.org/2021/xbrl-json',
        namespaces: {
          vsme: 'https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme',
          cvr: 'http://www.dcca.dk/cvr',
          utr: 'http://www.xbrl.org/2009/utr',
          xbrli: 'http://www.xbrl.org/2003/instance',
        },
        taxonomy: ['https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd'],
      },
      facts: {
        'f-NumberOfEmployees': {
          value: '47', decimals: 0,
          dimensions: { concept: 'vsme:NumberOfEmployees', entity, period: '2026-01-01T00:00:00', unit: 'xbrli:pure' },
        },
        'f-TotalEnergyConsumption': {
          value: '123.456', decimals: 0,
          dimensions: { concept: 'vsme:TotalEnergyConsumption', entity, period, unit: 'utr:MWh' },
        },
        'f-GrossScope1GreenhouseGasEmissions': {
          value: '12.345', decimals: 1,
          dimensions: { concept: 'vsme:GrossScope1GreenhouseGasEmissions', entity, period, unit: 'utr:tCO2e' },
        },
        'f-EmployeeTurnoverRate': {
          value: '0.105', decimals: 3,
          dimensions: { concept: 'vsme:EmployeeTurnoverRate', entity, period, unit: 'xbrli:pure' },
        },
      },
    });
  });

  it('lists the facts in the standard order (B1, B3 §29, B3 §30, B8), whatever order they come in', () => {
    expect(Object.keys(vsmeDocument(INPUT).facts)).toEqual([
      'f-NumberOfEmployees', 'f-TotalEnergyConsumption', 'f-GrossScope1GreenhouseGasEmissions', 'f-EmployeeTurnoverRate',
    ]);
  });

  it('is the same text for the same input (two-space JSON, newline at the end)', () => {
    const text = vsmeJson(INPUT);
    expect(text).toBe(vsmeJson({ ...INPUT, facts: [...INPUT.facts].reverse() }));
    expect(text.endsWith('}\n')).toBe(true);
    expect(text).toContain('\n  "documentInfo": {\n');
  });

  it('writes the snapshot date as the start of the next day (30 June → 1 July; 28 Feb 2024 → 29 Feb)', () => {
    const one = (snapshot: string) => Object.values(vsmeDocument({
      ...INPUT, snapshot, facts: [{ concept: 'vsme:NumberOfEmployees', value: 3, unit: 'persons' }],
    }).facts)[0]!.dimensions.period;
    expect(one('2025-06-30')).toBe('2025-07-01T00:00:00');
    expect(one('2024-02-28')).toBe('2024-02-29T00:00:00');
  });

  it('writes a value unrounded, in plain decimals (never 1e-7)', () => {
    const doc = vsmeDocument({ ...INPUT, facts: [
      { concept: 'vsme:GrossScope1GreenhouseGasEmissions', value: 1e-7, unit: 't CO2e' },
      { concept: 'vsme:GrossScope3GreenhouseGasEmissions', value: 0.1 + 0.2, unit: 't CO2e' },
    ] });
    expect(doc.facts['f-GrossScope1GreenhouseGasEmissions']!.value).toBe('0.0000001');
    expect(doc.facts['f-GrossScope3GreenhouseGasEmissions']!.value).toBe('0.30000000000000004');
  });

  it('names the entity scheme under a prefix of its own', () => {
    expect(entityPrefix('http://www.dcca.dk/cvr')).toBe('cvr');
    expect(entityPrefix('http://standards.iso.org/iso/17442')).toBe('lei');
    expect(entityPrefix('https://example.org/ids')).toBe('entity');
    const doc = vsmeDocument({ ...INPUT, entity: { scheme: 'https://example.org/ids', id: 'A-1' } });
    expect(doc.documentInfo.namespaces.entity).toBe('https://example.org/ids');
    expect(Object.values(doc.facts).every((f) => f.dimensions.entity === 'entity:A-1')).toBe(true);
  });

  it('declares only the unit prefixes it uses; an empty year has no unit prefix', () => {
    expect(vsmeDocument({ ...INPUT, facts: [] })).toEqual({
      documentInfo: {
        documentType: 'https://xbrl.org/2021/xbrl-json',
        namespaces: { vsme: 'https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme', cvr: 'http://www.dcca.dk/cvr' },
        taxonomy: ['https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd'],
      },
      facts: {},
    });
  });

  it('decimals as the page shows the figure, in the fact\'s own unit', () => {
    expect(xbrlDecimals('share')).toBe(3); // 10,5 % = 0.105
    expect(xbrlDecimals('t CO2e')).toBe(1);
    expect(xbrlDecimals('t CO2e/FTE')).toBe(2);
    expect(xbrlDecimals('MWh')).toBe(0);
    expect(xbrlDecimals('persons')).toBe(0);
    expect(xbrlDecimals('ratio')).toBe(2);
  });

  it('throws on a concept that cannot carry the figure (a fault of the tool, never of the data)', () => {
    const bad = (concept: string, unit = 'persons') => () => vsmeDocument({ ...INPUT, facts: [{ concept, value: 1, unit }] });
    expect(bad('vsme:NumberOfUnicorns')).toThrow(/not a numeric VSME concept/);
    expect(bad('vsme:AddressOfSite')).toThrow(/not a numeric VSME concept/);
    expect(bad('vsme:GrossScope1GreenhouseGasEmissions', 'MWh')).toThrow(/takes no unit/);
    expect(() => vsmeDocument({ ...INPUT, facts: [INPUT.facts[0]!, INPUT.facts[0]!] })).toThrow(/given twice/);
  });
});
