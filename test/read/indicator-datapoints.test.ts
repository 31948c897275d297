// indicators.csv's optional `datapoints` column (frameworks.md "The mapping").

import { describe, expect, it } from 'vitest';
import { csv, readText } from './helpers.ts';

const H = 'id,section,label_da,label_en,unit,gc_principles,sdg_targets,higher_is_better,datapoints';
const F = 'indicators.csv';

describe('indicators.csv: the datapoints column', () => {
  it('reads the datapoints an indicator answers, separated by spaces, in any case of the prefix', async () => {
    const r = await readText('indicator-declarations', F, csv([H,
      'safety.accidents,workforce,Ulykker,Accidents,count,,,no,vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod  GRI:403-9 esrs:S1-14',
      'workforce.sick_days,workforce,Sygedage,Sick days,count,,,no,ESG:sick_leave ESRS:S1-14 GRI:403-9 GRI:403-9',
      'data.breaches,data,Brud,Breaches,count,,,no,',
    ]));
    expect(r.lines).toEqual([]);
    expect(r.records.map((d) => d.datapoints)).toEqual([
      { vsme: 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod', esrs: ['S1-14'], gri: ['403-9'], esg: [] },
      { vsme: null, esrs: ['S1-14'], gri: ['403-9'], esg: ['sick_leave'] },
      undefined,
    ]);
  });

  it('a file without the column reads as before (no datapoints)', async () => {
    const r = await readText('indicator-declarations', F, csv([H.replace(',datapoints', ''), 'x.y,data,a,b,count,,,']));
    expect(r.lines).toEqual([]);
    expect(r.records[0]).not.toHaveProperty('datapoints');
  });

  it.each([
    ['x.y,data,a,b,count,,,,vsme:NumberOfUnicorns',
      'column datapoints: "vsme:NumberOfUnicorns" is not a concept of the VSME taxonomy 2026-05-01; check the spelling (the names are case-sensitive, e.g. vsme:NumberOfEmployees)'],
    ['x.y,data,a,b,count,,,,vsme:numberofrecordableworkrelatedaccidentsinthereportingperiod',
      'column datapoints: "vsme:numberofrecordableworkrelatedaccidentsinthereportingperiod" is not a concept of the VSME taxonomy 2026-05-01; did you mean vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod? (the names are case-sensitive)'],
    ['x.y,data,a,b,share,,,,vsme:GrossScope1GreenhouseGasEmissions',
      'column datapoints: vsme:GrossScope1GreenhouseGasEmissions cannot take a value in "share" (its data type is dtr-types:ghgEmissionsItemType); name a concept that fits the indicator\'s unit, or change the unit'],
    ['x.y,data,a,b,count,,,,GRI:403-9 403-10',
      'column datapoints: "403-10" names no framework; write vsme:, GRI:, ESRS: or ESG: before each datapoint, e.g. vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod GRI:403-9 ESRS:S1-14 ESG:sick_leave'],
    ['x.y,data,a,b,count,,,,vsme:NumberOfEmployees',
      'column datapoints: vsme:NumberOfEmployees is answered by the figure hr.headcount already; name another concept, or leave it out'],
    ['x.y,data,a,b,count,,,,vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod vsme:NumberOfFatalitiesAsAResultOfWorkRelatedInjuriesAndWorkRelatedIllHealth',
      'column datapoints: an indicator answers at most one VSME concept; keep one of vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod and vsme:NumberOfFatalitiesAsAResultOfWorkRelatedInjuriesAndWorkRelatedIllHealth'],
  ])('%s', async (row, message) => {
    const r = await readText('indicator-declarations', F, csv([H, row]));
    expect(r.lines).toEqual([`${F}:2: error: ${message}`]);
    expect(r.records).toEqual([]);
  });

  it('a VSME concept named by two indicators is an error on the later line', async () => {
    const c = 'vsme:NumberOfRecordableWorkRelatedAccidentsInTheReportingPeriod';
    const r = await readText('indicator-declarations', F, csv([H, `x.y,data,a,b,count,,,,${c}`, `x.z,data,a,b,count,,,,GRI:403-9 ${c}`]));
    expect(r.lines).toEqual([`${F}:3: error: column datapoints: ${c} is already answered by the indicator on line 2; name each VSME concept once`]);
  });
});
