// The content indexes (frameworks.md "The pages") of the fixture model: 2024 is the front year
// (40 employees, 'other' gender and women in management suppressed), 2023 has no employees.csv.

import { describe, expect, it } from 'vitest';
import type { ContentIndexPageView, IndexTableView } from '../../../src/render/views/index.ts';
import { NBSP, pageOf } from './site.ts';

const index = (url: string): ContentIndexPageView => pageOf(url, 'content-index');
const row = (t: IndexTableView | undefined, header: string) => {
  const r = t?.rows.find((x) => x.header === header);
  if (r === undefined) throw new Error(`no row ${header} in ${t?.id}`);
  return r;
};
const texts = (cell: readonly { text: string }[] | undefined) => (cell ?? []).map((i) => i.text);

describe('the VSME index', () => {
  const p = index('/en/vsme-index/');

  it('lists the modules in the standard\'s order, B1 before B3 before B8 before C5', () => {
    expect(p.tables.map((t) => t.id)).toEqual(['vsme-B1', 'vsme-B3', 'vsme-B8', 'vsme-C5']);
    expect(p.tables[1]!.caption).toBe('B3 – Energy and greenhouse gas emissions');
    expect(p.tables[0]!.head).toEqual(['Datapoint', 'Paragraph', 'Figure', 'Value', 'Shown on']);
  });

  it('gives each datapoint its paragraph, figure, value and page', () => {
    const r = row(p.tables[0], 'Number of employees');
    expect(r.code).toBe('vsme:NumberOfEmployees');
    expect(r.cells.map(texts)).toEqual([['B1 §24'], ['Headcount'], ['40 persons'], ['Workforce']]);
    expect(r.cells[1]![0]!.href).toBe('/en/workforce/#fig-hr-headcount');
  });

  it('orders B3 by paragraph, then as the registry (§29 energy, §30 scope 1, 2 and the totals, §50–53 scope 3)', () => {
    expect(p.tables[1]!.rows.map((r) => r.code)).toEqual([
      'vsme:TotalEnergyConsumption', 'vsme:EnergyConsumptionFromElectricity',
      'vsme:GrossScope1GreenhouseGasEmissions', 'vsme:GrossLocationBasedScope2GreenhouseGasEmissions', 'vsme:GrossMarketBasedScope2GreenhouseGasEmissions',
      'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions', 'vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions',
      'vsme:GrossScope3GreenhouseGasEmissions', 'vsme:TotalGrossLocationBasedGHGEmissions', 'vsme:TotalGrossMarketBasedGHGEmissions',
    ]);
  });

  it('shows the scope 1 + 2 totals worked out (9.5 + 35.25 = 44.75; 9.5 + 20.5 = 30), with their definition on the Method page', () => {
    const location = p.tables[1]!.rows.find((r) => r.code === 'vsme:TotalGrossLocationBasedScope1AndScope2GHGEmissions')!;
    expect(texts(location.cells[2])).toEqual([`44.8${NBSP}tonnes CO2e`.replace(NBSP, ' ')]);
    expect(location.cells[1]![0]!.href).toBe('/en/method-and-data/#def-derived-scope1-2-location-t');
    const market = p.tables[1]!.rows.find((r) => r.code === 'vsme:TotalGrossMarketBasedScope1AndScope2GHGEmissions')!;
    expect(texts(market.cells[2])).toEqual(['30.0 tonnes CO2e']);
  });

  it('says scope 3 is business travel only', () => {
    const r = p.tables[1]!.rows.find((x) => x.code === 'vsme:GrossScope3GreenhouseGasEmissions')!;
    expect(texts(r.cells[1])).toEqual(['Scope 3, business travel', 'business travel only (scope 3 category 6)']);
  });

  it('says why a datapoint is not reported: a suppressed count, and the ratio of a suppressed count', () => {
    expect(texts(row(p.tables[2], 'Number of other gender employees').cells[2])).toEqual(['not reported: suppressed to protect anonymity']);
    const ratio = p.tables[3]!.rows[0]!;
    expect(ratio.code).toBe('vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod');
    expect(texts(ratio.cells[2])).toEqual(['not reported: suppressed to protect anonymity']);
  });

  it('says a missing file is why (2023 has no employees.csv)', () => {
    const r = row(index('/en/2023/vsme-index/').tables[0], 'Number of employees');
    expect(texts(r.cells[2])).toEqual(['not reported: the year has no 2023/employees.csv']);
  });

  it('keeps EFRAG\'s notice beside the taxonomy\'s labels (MIT licence)', () => {
    expect(p.credit).toContain('Copyright (c) 2025 EFRAG');
    expect(index('/en/gri-content-index/').credit).toBeNull();
  });

  it('has no machine-readable report without an identifier, and says why', () => {
    expect(p.downloads).toEqual([]);
    expect(p.notice).toContain('report.json names no identifier');
  });

  it('is in Danish too, with the Danish labels of the taxonomy', () => {
    const da = index('/vsme-indeks/');
    expect(da.title).toBe('VSME-indeks 2024');
    expect(row(da.tables[0], 'Antal ansatte').cells.map(texts)).toEqual([['B1 § 24'], ['Medarbejdere'], ['40 personer'], ['Medarbejdere']]);
  });
});

describe('the GRI content index', () => {
  const t = index('/en/gri-content-index/').tables[0];

  it('lists the disclosures in GRI\'s order', () => {
    expect(t?.rows.map((r) => r.code)).toEqual(['GRI 2-7', 'GRI 302-1', 'GRI 305-1', 'GRI 305-2', 'GRI 305-3', 'GRI 305-4', 'GRI 308-1', 'GRI 401-1', 'GRI 405-1', 'GRI 414-1', 'GRI 418']);
    expect(t?.head).toEqual(['Disclosure', 'Location', 'Omission', 'Reason']);
  });

  it('gives the location of each reported figure, and the omission and reason of the others', () => {
    expect(texts(row(t, 'Direct (Scope 1) GHG emissions').cells[0])).toEqual(['Scope 1: 9.5 tonnes CO2e']);
    const diversity = row(t, 'Diversity of governance bodies and employees');
    expect(texts(diversity.cells[1])).toContain('Other gender');
    expect(texts(diversity.cells[2])).toContain('Confidentiality constraints: suppressed to protect anonymity');
    expect(texts(diversity.cells[1])).toHaveLength(texts(diversity.cells[2]).length);
  });
});

describe('the ESRS index and the ESG key figures', () => {
  it('ESRS: environment, then social, then governance', () => {
    expect(index('/en/esrs-index/').tables[0]?.rows.map((r) => r.code)).toEqual(['ESRS E1-5', 'ESRS E1-6', 'ESRS S1-6', 'ESRS S1-9', 'ESRS S2', 'ESRS G1-2']);
  });

  it('ESG key figures in the publication\'s order, each with its figure and value', () => {
    const t = index('/en/esg-key-figures/').tables[0];
    expect(t?.rows.map((r) => r.header)).toEqual([
      'CO2e, scope 1', 'CO2e, scope 2', 'Energy consumption', 'Renewable energy share', 'Full-time workforce (FTE)',
      'Gender diversity', 'Gender diversity in management', 'Employee turnover',
    ]);
    expect(row(t, 'Employee turnover').cells.map(texts)).toEqual([['Staff turnover'], ['10.1%'], ['Workforce']]);
  });
});

describe('links to the content indexes', () => {
  it('from the Global Compact and SDG 9 page and the Method page', () => {
    const hrefs = ['/en/vsme-index/', '/en/gri-content-index/', '/en/esrs-index/', '/en/esg-key-figures/'];
    expect(pageOf('/en/global-compact-and-sdg9/', 'frameworks').indexLinks.map((l) => l.href)).toEqual(hrefs);
    expect(pageOf('/en/method-and-data/', 'method').indexLinks.map((l) => l.href)).toEqual(hrefs);
    expect(index('/en/gri-content-index/').indexLinks.filter((l) => l.current).map((l) => l.href)).toEqual(['/en/gri-content-index/']);
  });

  it('each figure\'s definition on the Method page lists its datapoints', () => {
    const defs = pageOf('/en/method-and-data/', 'method').method.groups.flatMap((g) => g.definitions);
    expect(defs.find((d) => d.id === 'env.scope1_t')?.datapoints)
      .toBe('VSME: Gross Scope 1 greenhouse gas emissions (vsme:GrossScope1GreenhouseGasEmissions, B3 §30); ESRS E1-6; GRI 305-1; ESG key figure: CO2e, scope 1');
    expect(defs.find((d) => d.id === 'env.travel.rail_km')?.datapoints).toBeNull();
    expect(defs.find((d) => d.anchor === 'def-derived-management-women-to-men')?.datapoints)
      .toBe('VSME: Female-to-male ratio at management level for the reporting period (vsme:FemaleToMaleRatioAtManagementLevelForTheReportingPeriod, C5 §59); ESRS S1-9; GRI 405-1');
  });
});
