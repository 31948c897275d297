// The per-file rules of inputs.md, one small broken file each, with the exact diagnostic line.

import { describe, expect, it } from 'vitest';
import { EMPLOYEES_HEADER, SETTINGS, csv, readText } from './helpers.ts';

const EMP = '2025/employees.csv';
const ok = 'E1,woman,1985,danish,2015-03-01,,1,yes,2010-06-30,Udvikling';

describe('employees.csv', () => {
  it('reads a row, Danish words and empty gender/origin as undisclosed', async () => {
    const r = await readText('employees', EMP, csv(['medarbejder_id;køn;fødselsår;oprindelse;ansættelsesdato;fratrædelsesdato;årsværk;leder', 'X;K;1990;;01-02-2020;;0,5;Nej', 'Y;;1991;efterkommer_ikke_vestlig;01-02-2020;31-12-2026;1;j']));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual([
      { line: 2, employeeId: 'X', gender: 'woman', birthYear: 1990, origin: 'undisclosed', hireDate: '2020-02-01', endDate: null, fte: 0.5, isManager: false, graduationDate: null, department: null },
      { line: 3, employeeId: 'Y', gender: 'undisclosed', birthYear: 1991, origin: 'descendant_non_western', hireDate: '2020-02-01', endDate: '2026-12-31', fte: 1, isManager: true, graduationDate: null, department: null },
    ]);
  });

  it.each([
    ['E1,woman,1985,danish,2015-03-01,,"1,5",yes,,', 'column fte: this value uses a comma as decimal separator, but this file uses a point; write a point instead'],
    ['E1,woman,1985,danish,2015-03-01,,1.5,yes,,', 'column fte: this value is more than 1 (a full-time employee is 1)'],
    ['E1,woman,1985,danish,2015-03-01,,0,yes,,', 'column fte: this value is not more than 0; write the share of full time, from above 0 up to 1'],
    ['E1,woman,85,danish,2015-03-01,,1,yes,,', 'column birth_year: this value is not a year; write four digits, e.g. 1985'],
    ['E1,hun,1985,danish,2015-03-01,,1,yes,,', 'column gender: this value is not a known gender; write woman, man, other or undisclosed (or kvinde, mand, andet or uoplyst), or leave it empty'],
    ['E1,woman,1985,svensk,2015-03-01,,1,yes,,', 'column origin: this value is not a known origin; write danish, immigrant_western, immigrant_non_western, descendant_western, descendant_non_western or undisclosed (or dansk, indvandrer_vestlig, indvandrer_ikke_vestlig, efterkommer_vestlig, efterkommer_ikke_vestlig or uoplyst), or leave it empty'],
    ['E1,woman,1985,danish,2025-03-01,2025-02-28,1,yes,,', 'column end_date: this value is before the hire date; the end date is the last day employed'],
    ['E1,woman,1985,danish,2026-01-01,,1,yes,,', 'column hire_date: this value is after 31 December 2025: the employment does not exist during 2025; remove the row from this year\'s file'],
    ['E1,woman,1985,danish,2015-03-01,2024-12-31,1,yes,,', 'column end_date: this value is before 1 January 2025: the employment does not exist during 2025; remove the row from this year\'s file'],
    ['E1,woman,1985,danish,2015-03-01,,1,maybe,,', 'column is_manager: this value is not yes or no; write yes or no (or ja or nej)'],
    [',woman,1985,danish,2015-03-01,,1,yes,,', 'column employee_id: is empty; fill it in'],
    ['E1,woman,1985,danish,,,1,yes,,', 'column hire_date: is empty; write a date such as 2025-12-31 or 31-12-2025'],
  ])('%s', async (row, message) => {
    const r = await readText('employees', EMP, csv([EMPLOYEES_HEADER, row]));
    expect(r.lines).toEqual([`${EMP}:2: error: ${message}`]);
    expect(r.records).toEqual([]);
  });

  it('a row on the first or last day of the year exists during it', async () => {
    const r = await readText('employees', EMP, csv([EMPLOYEES_HEADER, 'A,man,1980,danish,2025-12-31,,1,no,,', 'B,man,1980,danish,2010-01-01,2025-01-01,1,no,,']));
    expect(r.lines).toEqual([]);
  });

  it('the same id: a re-hire the day after is fine, an overlap is an error on the later row, never naming the id', async () => {
    const r = await readText('employees', EMP, csv([
      EMPLOYEES_HEADER,
      'P7,man,1980,danish,2020-01-01,2025-08-31,1,no,,',
      'P7,man,1980,danish,2025-09-01,,1,no,,',
      ok,
      'P7,man,1980,danish,2025-10-01,2025-10-31,1,no,,',
    ]));
    expect(r.lines).toEqual([`${EMP}:5: error: column employee_id: this employee id already has an employment on line 3 that overlaps this one; the same id may only have employments that share no day (a re-hire)`]);
    expect(r.records.map((e) => e.line)).toEqual([2, 3, 4]);
  });

  it('reports every problem of a row and of the file', async () => {
    const r = await readText('employees', EMP, csv([EMPLOYEES_HEADER, 'E1,x,1985,danish,2015-03-01,,2,yes,,', 'E2,woman,1985,danish,2015-02-30,,1,yes,,']));
    expect(r.lines).toEqual([
      `${EMP}:2: error: column gender: this value is not a known gender; write woman, man, other or undisclosed (or kvinde, mand, andet or uoplyst), or leave it empty`,
      `${EMP}:2: error: column fte: this value is more than 1 (a full-time employee is 1)`,
      `${EMP}:3: error: column hire_date: this value is not a date that exists; write it as 2025-12-31 or 31-12-2025`,
    ]);
  });
});

describe('travel.csv', () => {
  const T = '2025/travel.csv';
  const H = 'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose';
  it('reads defaults and words', async () => {
    const r = await readText('travel', T, csv([H, '2025-03-01,FLY,800,,,Økonomi,,,Møde', '2025-03-02,bil,10,2,no,,EL,,', '2025-03-03,tog,10,1,yes,,,International,']));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual([
      { line: 2, date: '2025-03-01', mode: 'flight', distanceKm: 800, travellers: 1, roundTrip: false, cabinClass: 'economy', fuel: null, railScope: 'national' },
      { line: 3, date: '2025-03-02', mode: 'car', distanceKm: 10, travellers: 2, roundTrip: false, cabinClass: null, fuel: 'electric', railScope: 'national' },
      { line: 4, date: '2025-03-03', mode: 'rail', distanceKm: 10, travellers: 1, roundTrip: true, cabinClass: null, fuel: null, railScope: 'international' },
    ]);
  });
  it('an unknown class, fuel or rail type is a warning and the average is used', async () => {
    const r = await readText('travel', T, csv([H, '2025-03-01,flight,800,,,premium,,,', '2025-03-02,car,10,,,,gas,,', '2025-03-03,rail,10,,,,,regional,']));
    expect(r.lines).toEqual([
      `${T}:2: warning: column cabin_class: "premium" is not a known class; used the average factor (write economy, premium_economy, business or first (or økonomi), or leave it empty)`,
      `${T}:3: warning: column fuel: "gas" is not a known fuel; used the average car (write petrol, diesel, electric or hybrid (or benzin or el), or leave it empty)`,
      `${T}:4: warning: column rail_scope: "regional" is not a known rail type; used national rail (write national or international, or leave it empty)`,
    ]);
    expect(r.records.map((j) => [j.cabinClass, j.fuel, j.railScope])).toEqual([[null, null, 'national'], [null, null, 'national'], [null, null, 'national']]);
  });
  it.each([
    ['2024-12-31,rail,10,,,,,,', 'column date: "2024-12-31" is not in 2025; a journey belongs in the travel.csv of the year it departs'],
    ['2025-01-01,ship,10,,,,,,', 'column mode: "ship" is not a known transport mode; write flight, rail, car, taxi, bus or ferry (or fly, tog, bil or færge)'],
    ['2025-01-01,rail,0,,,,,,', 'column distance_km: "0" is not more than 0; write the one-way distance in km'],
    ['2025-01-01,rail,10,0,,,,,', 'column travellers: "0" is less than 1; write the number of travellers, or leave it empty for 1'],
    ['2025-01-01,rail,10,1.5,,,,,', 'column travellers: "1.5" is not a whole number; write a whole number such as 2'],
  ])('%s', async (row, message) => {
    const r = await readText('travel', T, csv([H, row]));
    expect(r.lines).toEqual([`${T}:2: error: ${message}`]);
    expect(r.records).toEqual([]);
  });
});

describe('energy.csv', () => {
  const E = '2025/energy.csv';
  const H = 'periode_start;periode_slut;lokation;energiart;mængde;enhed;vedvarende_andel';
  it('reads shares as 0–1 or percentages, units case-insensitively, and ignores the share off electricity', async () => {
    const r = await readText('energy', E, csv([H, '15-12-2024;14-01-2025;A;el;5,8;mwh;45 %', '01-01-2025;31-01-2025;A;el;1;KWH;45,5%', '01-01-2025;31-01-2025;A;el;1;kWh;0,25', '01-01-2025;31-01-2025;A;fjernvarme;330,5;GJ;250', '01-01-2025;31-01-2025;A;naturgas;3100;M3;']));
    expect(r.lines).toEqual([]);
    expect(r.records.map((e) => [e.carrier, e.quantity, e.unit, e.renewableShare])).toEqual([
      ['electricity', 5.8, 'MWh', 0.45], ['electricity', 1, 'kWh', 0.455], ['electricity', 1, 'kWh', 0.25], ['district_heating', 330.5, 'GJ', 0], ['natural_gas', 3100, 'm3', 0],
    ]);
  });
  it.each([
    ['01-01-2025;31-01-2025;A;el;1;kWh;45', 'column vedvarende_andel: "45" is more than 1; write the share from 0 to 1 (0,45) or a percentage with % (45%)'],
    ['01-01-2025;31-01-2025;A;el;1;kWh;120%', 'column vedvarende_andel: "120%" is not from 0% to 100%'],
    ['01-02-2025;31-01-2025;A;el;1;kWh;', 'column periode_slut: "31-01-2025" is before period_start ("01-02-2025"); the period ends on or after the day it starts'],
    ['01-01-2025;31-01-2025;A;el;-1;kWh;', 'column mængde: "-1" is less than 0; write the quantity used'],
    ['01-01-2025;31-01-2025;A;el;1;Wh;', 'column enhed: "Wh" is not a known energy unit; write kWh, MWh, GJ, m3 or l'],
    ['01-01-2025;31-01-2025;A;kul;1;kWh;', 'column energiart: "kul" is not a known energy carrier; write electricity, district_heating, natural_gas or heating_oil (or el, fjernvarme, naturgas or fyringsolie)'],
    ['01-01-2025;31-01-2025;A;el;5.400;kWh;', 'column mængde: "5.400" is ambiguous: the point may separate thousands or decimals; write 5400 for the whole number or 5,400 for the decimal (this file\'s decimal separator is a comma)'],
    ['01-01-2025;31-01-2025;A;el;1.5;kWh;', 'column mængde: "1.5" uses a point as decimal separator, but this file uses a comma; write 1,5'],
  ])('%s', async (row, message) => {
    const r = await readText('energy', E, csv([H, row]));
    expect(r.lines).toEqual([`${E}:2: error: ${message}`]);
  });
});

describe('meetings.csv', () => {
  const M = '2025/meetings.csv';
  it.each([
    ['2024-12,1,2,', 'column month: "2024-12" is not a month of 2025; put it in the meetings.csv of its own year'],
    ['2025-01,-1,2,', 'column physical: "-1" is less than 0; write the number of meetings'],
    ['2025-01,1,2.5,', 'column virtual: "2.5" is not a whole number; write a whole number such as 3'],
    ['2025-1-5,1,2,', 'column month: "2025-1-5" is not a month; write it as 2025-01'],
  ])('%s', async (row, message) => {
    const r = await readText('meetings', M, csv(['month,physical,virtual,hybrid', row]));
    expect(r.lines).toEqual([`${M}:2: error: ${message}`]);
  });
});

describe('suppliers.csv', () => {
  const S = '2025/suppliers.csv';
  const H = 'contract_id,supplier,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,dpa_signed,last_audit_date,open_findings,status';
  it('reads defaults', async () => {
    const r = await readText('suppliers', S, csv([H, 'K1,Firma A/S,"1,250,000.0",no,yes,no,yes,yes,,2025-12-31,,Overholder']));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual([{
      line: 2, contractId: 'K1', supplier: 'Firma A/S', contractName: null, annualSpendDkk: 1250000, processesPersonalData: false, gcCommitment: true,
      environmentClause: false, labourClause: true, anticorruptionClause: true, humanRightsClause: false, dpaSigned: null, lastAuditDate: '2025-12-31',
      openFindings: 0, criticalBreaches: 0, status: 'compliant',
    }]);
  });
  it('dpa_signed is required when the contract processes personal data', async () => {
    const r = await readText('suppliers', S, csv([H, 'K1,A,,yes,yes,yes,yes,yes,,,,compliant']));
    expect(r.lines).toEqual([`${S}:2: error: column dpa_signed: is empty, but processes_personal_data is yes; write yes or no: is a data processing agreement signed?`]);
  });
  it('the audit may not lie after the year; open findings are whole', async () => {
    const r = await readText('suppliers', S, csv([H, 'K1,A,,no,yes,yes,yes,yes,,2026-01-01,0.5,compliant']));
    expect(r.lines).toEqual([
      `${S}:2: error: column open_findings: "0.5" is not a whole number; write a whole number such as 1`,
      `${S}:2: error: column last_audit_date: "2026-01-01" is after 31 December 2025; write the date of the last audit up to the end of the year`,
    ]);
  });
  it('a contract id twice is an error on the later row', async () => {
    const r = await readText('suppliers', S, csv([H, 'K1,A,,no,yes,yes,yes,yes,,,,compliant', 'K2,A,,no,yes,yes,yes,yes,,,,compliant', 'K1,B,,no,yes,yes,yes,yes,,,,ophævet']));
    expect(r.lines).toEqual([`${S}:4: error: column contract_id: "K1" is already the contract id on line 2; give each contract its own id`]);
    expect(r.records.map((s) => s.line)).toEqual([2, 3]);
  });
});

describe('indicators.csv (declarations) and <year>/indicators.csv (values)', () => {
  const H = 'id,section,label_da,label_en,unit,gc_principles,sdg_targets,higher_is_better';
  it('reads a declaration', async () => {
    const r = await readText('indicator-declarations', 'indicators.csv', csv([H, 'data.breaches,data,Brud,Breaches,count,1 10,9.1  9.C,no']));
    expect(r.lines).toEqual([]);
    expect(r.records).toEqual([{ line: 2, id: 'data.breaches', section: 'data', labelDa: 'Brud', labelEn: 'Breaches', unit: 'count', unitDa: null, unitEn: null, gcPrinciples: [1, 10], sdgTargets: ['9.1', '9.c'], higherIsBetter: false }]);
  });
  it('reads the unit in each language; a unit of the tool\'s own needs none', async () => {
    const r = await readText('indicator-declarations', 'indicators.csv', csv([
      'id,section,label_da,label_en,unit_da,unit_en,unit',
      'x.days,data,a,b,dage,days,',
      'x.count,data,a,b,,,count',
    ]));
    expect(r.lines).toEqual([]);
    expect(r.records.map((d) => [d.unit, d.unitDa, d.unitEn])).toEqual([['days', 'dage', 'days'], ['count', null, null]]);
  });
  it('a unit in one column only is shown in both languages, with a warning on its line and column', async () => {
    const r = await readText('indicator-declarations', 'indicators.csv', csv([
      H,
      'x.days,data,a,b,days,,,',
      'x.share,data,a,b,share,,,',
    ]));
    expect(r.lines).toEqual([
      'indicators.csv:2: warning: column unit: "days" is shown as written on both the Danish and the English pages; write the unit in Danish in a column unit_da and in English in a column unit_en (e.g. dage and days)',
    ]);
    expect(r.records.map((d) => [d.unit, d.unitDa, d.unitEn])).toEqual([['days', null, null], ['share', null, null]]);
    const half = await readText('indicator-declarations', 'indicators.csv', csv(['id,section,label_da,label_en,unit_da,unit_en', 'x.days,data,a,b,dage,']));
    expect(half.lines).toEqual(['indicators.csv:2: warning: column unit_en: is empty, so the English pages show the unit as "dage"; write the unit in English here']);
    expect(half.records.map((d) => [d.unit, d.unitDa, d.unitEn])).toEqual([['dage', 'dage', 'dage']]);
    const none = await readText('indicator-declarations', 'indicators.csv', csv(['id,section,label_da,label_en,unit_da,unit_en', 'x.days,data,a,b,,']));
    expect(none.lines).toEqual(['indicators.csv:2: error: column unit_da: is empty; write the unit in unit_da and unit_en (e.g. dage and days), or one of the tool\'s units in unit (persons, FTE, share, years, t CO2e, t CO2e/FTE, km, MWh, count, ratio)']);
  });
  it.each([
    ['Data.Breaches,data,a,b,count,,,', 'column id: "Data.Breaches" is not an indicator id; write lower-case words joined by dots, e.g. data.breaches_reported'],
    ['breaches,data,a,b,count,,,', 'column id: "breaches" is not an indicator id; write lower-case words joined by dots, e.g. data.breaches_reported'],
    ['x.y,overview,a,b,count,,,', 'column section: "overview" is not a known section; write workforce, environment, suppliers, data or community'],
    ['x.y,data,a,b,count,0 11,,', 'column gc_principles: "0" is not a Global Compact principle; write numbers from 1 to 10 separated by spaces, e.g. 1 2'],
    ['x.y,data,a,b,count,,9.6,', 'column sdg_targets: "9.6" is not an SDG 9 target; write 9.1 to 9.5 or 9.a to 9.c, separated by spaces'],
    ['x.y,data,a,,count,,,', 'column label_en: is empty; fill it in'],
  ])('%s', async (row, message) => {
    const r = await readText('indicator-declarations', 'indicators.csv', csv([H, row]));
    expect(r.lines[0]).toBe(`indicators.csv:2: error: ${message}`);
  });
  it('an id declared twice is an error on the later row', async () => {
    const r = await readText('indicator-declarations', 'indicators.csv', csv([H, 'x.y,data,a,b,count,,,', 'x.y,data,a,b,count,,,']));
    expect(r.lines).toEqual(['indicators.csv:3: error: column id: "x.y" is already declared on line 2; declare each indicator once']);
  });

  const V = '2025/indicators.csv';
  const declaredIndicators = new Set(['x.y', 'x.z']);
  it('reads values of declared ids', async () => {
    const r = await readText('indicator-values', V, csv(['id;value;note;source', 'x.y;9,5;;DPO']), { declaredIndicators });
    expect(r.records).toEqual([{ line: 2, id: 'x.y', value: 9.5, noteDa: null, noteEn: null, sourceDa: 'DPO', sourceEn: 'DPO' }]);
    // the single source column: both languages, and a warning once for the file
    expect(r.lines).toEqual([`${V}:2: warning: column source: one text is shown on both the Danish and the English pages; write the source in Danish in a column source_da and in English in a column source_en instead (said once for this file)`]);
  });
  it('reads notes and sources in each language; a text missing in one is a warning on its line and column', async () => {
    const r = await readText('indicator-values', V, csv([
      'id;value;note_da;note_en;source_da;source_en',
      'x.y;1;Måles hvert andet år;Measured every other year;Trivselsmåling;Well-being survey',
      'x.z;2;;;Log;',
    ]), { declaredIndicators });
    expect(r.records.map((v) => [v.noteDa, v.noteEn, v.sourceDa, v.sourceEn])).toEqual([
      ['Måles hvert andet år', 'Measured every other year', 'Trivselsmåling', 'Well-being survey'],
      [null, null, 'Log', 'Log'],
    ]);
    expect(r.lines).toEqual([`${V}:3: warning: column source_en: is empty, so the English pages show the source of source_da instead; write the source in English here`]);
  });
  it('refuses an undeclared id, a value given twice and an empty value', async () => {
    const r = await readText('indicator-values', V, csv(['id,value', 'x.q,1', 'x.y,1', 'x.y,2', 'x.z,']), { declaredIndicators });
    expect(r.lines).toEqual([
      `${V}:2: error: column id: "x.q" is not declared in the indicators.csv at the top of the data folder; add a row for it there (id, section, label_da, label_en, unit) or correct the id`,
      `${V}:4: error: column id: "x.y" already has a value on line 3; give each indicator one value a year`,
      `${V}:5: error: column value: is empty; write a number`,
    ]);
  });
});

describe('emission-factors.csv', () => {
  const F = 'emission-factors.csv';
  const H = 'key,year,unit,kg_co2e,kg_co2e_rf,source,kwh_per_unit';
  it('reads factors; an unknown key is a warning and ignored', async () => {
    const r = await readText('emission-factors', F, csv([H, 'flight.domestic,2025,PKM,0.1,0.2,DESNZ,', 'energy.natural_gas,2025,m3,2.0,,DESNZ,10.5', 'boat.fast,2025,pkm,1,,X,']));
    expect(r.lines).toEqual([`${F}:4: warning: column key: "boat.fast" is not a factor key the report uses; the row is ignored`]);
    expect(r.records).toEqual([
      { line: 2, key: 'flight.domestic', year: 2025, unit: 'pkm', kgCo2e: 0.1, kgCo2eRf: 0.2, kwhPerUnit: null, source: 'DESNZ' },
      { line: 3, key: 'energy.natural_gas', year: 2025, unit: 'm3', kgCo2e: 2, kgCo2eRf: null, kwhPerUnit: 10.5, source: 'DESNZ' },
    ]);
  });
  it.each([
    ['rail.national,2025,kWh,0.1,,X,', 'column unit: "kWh" does not fit a travel factor; write pkm (per passenger-km) or km (per vehicle-km)'],
    ['energy.electricity,2025,km,0.1,,X,', 'column unit: "km" does not fit an energy factor; write kWh, m3 or l'],
    ['flight.domestic,2025,pkm,0.1,,X,', 'column kg_co2e_rf: is empty, but report.json uses the flight factors with radiative forcing; write the factor including radiative forcing, or set "emissions": { "radiativeForcing": false }'],
    ['taxi,2025,km,0.1,,,', 'column source: is empty; fill it in'],
  ])('%s', async (row, message) => {
    const r = await readText('emission-factors', F, csv([H, row]));
    expect(r.lines).toEqual([`${F}:2: error: ${message}`]);
  });
  it('a flight factor without kg_co2e_rf is fine without radiative forcing', async () => {
    const r = await readText('emission-factors', F, csv([H, 'flight.domestic,2025,pkm,0.1,,X,']), { settings: { ...SETTINGS, radiativeForcing: false } });
    expect(r.lines).toEqual([]);
  });
  it('the same key and year twice is an error', async () => {
    const r = await readText('emission-factors', F, csv([H, 'taxi,2025,km,0.1,,X,', 'taxi,2024,km,0.1,,X,', 'taxi,2025,km,0.2,,Y,']));
    expect(r.lines).toEqual([`${F}:4: error: column key: "taxi" for 2025 is already on line 2; give each key one factor a year`]);
  });
});

describe('benchmarks.csv and targets.csv', () => {
  const knownMetric = (id: string): boolean => id === 'hr.gender.women_share';
  it('refuses an unknown metric', async () => {
    const r = await readText('benchmarks', 'benchmarks.csv', csv(['metric,year,value,label_da,label_en,source', 'hr.women,2025,0.3,a,b,c', 'hr.gender.women_share,2025,0.3,a,b,c']), { knownMetric });
    expect(r.lines).toEqual([
      'benchmarks.csv:2: error: column metric: "hr.women" is not a key figure of the report; write a KPI id such as hr.gender.women_share, or ind.<id> of a declared indicator',
      'benchmarks.csv:2: warning: column source: one text is shown on both the Danish and the English pages; write the source in Danish in a column source_da and in English in a column source_en instead (said once for this file)',
    ]);
    expect(r.records).toEqual([{ line: 3, metric: 'hr.gender.women_share', year: 2025, value: 0.3, labelDa: 'a', labelEn: 'b', sourceDa: 'c', sourceEn: 'c' }]);
  });
  it('reads a benchmark\'s source in each language; without any source it is an error', async () => {
    const r = await readText('benchmarks', 'benchmarks.csv', csv([
      'metric,year,value,label_da,label_en,source_da,source_en',
      'hr.gender.women_share,2025,0.3,a,b,Danmarks Statistik,Statistics Denmark',
      'hr.gender.women_share,2024,0.3,a,b,,',
    ]), { knownMetric });
    expect(r.records.map((b) => [b.sourceDa, b.sourceEn])).toEqual([['Danmarks Statistik', 'Statistics Denmark']]);
    expect(r.lines).toEqual(['benchmarks.csv:3: error: column source_da: is empty; write the source in source_da and source_en']);
  });
  it('a single label column is shown in both languages, with a warning once; a label in one language only is a warning on the empty column', async () => {
    const single = await readText('targets', 'targets.csv', csv(['metric,year,value,comparison,label', 'hr.gender.women_share,2027,0.5,at_least,Halvdelen', 'hr.gender.women_share,2028,0.5,at_least,Halvdelen']), { knownMetric });
    expect(single.records.map((t) => [t.labelDa, t.labelEn])).toEqual([['Halvdelen', 'Halvdelen'], ['Halvdelen', 'Halvdelen']]);
    expect(single.lines).toEqual(['targets.csv:2: warning: column label: one text is shown on both the Danish and the English pages; write the label in Danish in a column label_da and in English in a column label_en instead (said once for this file)']);
    const half = await readText('benchmarks', 'benchmarks.csv', csv(['metric,year,value,label_da,label_en,source_da,source_en', 'hr.gender.women_share,2025,0.3,Kvinder i IT,,DST,Statistics Denmark']), { knownMetric });
    expect(half.records.map((b) => [b.labelDa, b.labelEn])).toEqual([['Kvinder i IT', 'Kvinder i IT']]);
    expect(half.lines).toEqual(['benchmarks.csv:2: warning: column label_en: is empty, so the English pages show the label of label_da instead; write the label in English here']);
    const none = await readText('targets', 'targets.csv', csv(['metric,year,value,comparison,label_da,label_en', 'hr.gender.women_share,2027,0.5,at_least,,']), { knownMetric });
    expect(none.records).toEqual([]);
    expect(none.lines).toEqual(['targets.csv:2: error: column label_da: is empty; write the label in label_da and label_en']);
  });
  it('reads comparison words, refuses others', async () => {
    const r = await readText('targets', 'targets.csv', csv(['metric,year,value,comparison,label_da,label_en', 'hr.gender.women_share,2027,0.5,AT_LEAST,a,b', 'hr.gender.women_share,2027,0.5,more,a,b']), { knownMetric });
    expect(r.records.map((t) => t.comparison)).toEqual(['at_least']);
    expect(r.lines).toEqual(['targets.csv:3: error: column comparison: "more" is not a known comparison; write at_least, at_most or reduce_by']);
  });
});
