// The golden list of broken data folders (one row per case): a small valid folder, BASE, with
// one file changed, and the `path:line: error: [column C:]` lines the build must print, every one
// and no other, each with words its message must hold. Worked out from inputs.md by hand, not from the program's output.
// Each case names the rule of inputs.md it breaks.

import type { FolderSpec } from '../fixtures/folders/temp-folder.ts';

export const REPORT_JSON = `{
  "organisation": {
    "name": "Testorganisation",
    "accessibilityStatementUrl": "https://www.was.digst.dk/test-example"
  },
  "languages": ["da", "en"],
  "snapshotDate": "12-31",
  "privacy": { "minCellSize": 5 },
  "emissions": { "radiativeForcing": true, "baseYear": 2025 },
  "numberFormat": {}
}
`;

const EMPLOYEES_HEADER = 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department';
const TRAVEL_HEADER = 'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose';
const ENERGY_HEADER = 'period_start,period_end,site,carrier,quantity,unit,renewable_share';
const SUPPLIERS_HEADER = 'contract_id,supplier,contract_name,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,human_rights_clause,dpa_signed,last_audit_date,open_findings,critical_breaches,status';
const FACTORS_HEADER = 'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source';
const DECLARATIONS_HEADER = 'id,section,label_da,label_en,unit,gc_principles,sdg_targets,higher_is_better';

const lines = (...l: string[]): string => `${l.join('\n')}\n`;

/** A valid folder with every file of inputs.md: it builds with no error. */
export const BASE: FolderSpec = {
  'report.json': REPORT_JSON,
  'emission-factors.csv': lines(
    FACTORS_HEADER,
    'rail.national,2025,pkm,0.004,,,Eksempel',
    'flight.domestic,2025,pkm,0.14,0.27,,Eksempel',
    'energy.electricity,2025,kWh,0.12,,,Eksempel',
    'energy.electricity.residual,2025,kWh,0.4,,,Eksempel',
    'energy.district_heating,2025,kWh,0.05,,,Eksempel',
  ),
  'indicators.csv': lines(DECLARATIONS_HEADER, 'data.breaches_reported,data,Brud,Breaches,count,1,9.c,no'),
  'benchmarks.csv': lines('metric,year,value,label_da,label_en,source', 'hr.gender.women_share,2025,0.31,Arbejdsmarked,Labour market,DST'),
  'targets.csv': lines('metric,year,value,comparison,label_da,label_en', 'env.renewable_electricity_share,2030,1,at_least,Al el grøn,All green'),
  '2025/employees.csv': lines(
    EMPLOYEES_HEADER,
    'A-0001,woman,1980,danish,2020-01-01,,1,no,,IT',
    'A-0002,man,1975,danish,2019-03-01,,0.5,yes,,IT',
  ),
  '2025/travel.csv': lines(TRAVEL_HEADER, '2025-03-04,rail,120,1,no,,,,Møde'),
  '2025/energy.csv': lines(ENERGY_HEADER, '2025-01-01,2025-01-31,Kontor,electricity,1000,kWh,0.5'),
  '2025/meetings.csv': lines('month,physical,virtual,hybrid', '2025-01,10,20,5'),
  '2025/suppliers.csv': lines(SUPPLIERS_HEADER, 'K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant'),
  '2025/indicators.csv': lines('id,value,note,source', 'data.breaches_reported,2,,Log'),
  '2025/narrative/overview.da.md': '# Overblik\n\nKvinder: {% kpi "hr.gender.women_share" %}.\n',
};

export interface BadInputCase {
  /** What is broken, in a few words. */
  readonly name: string;
  /** The rule of inputs.md (or site.md) it breaks. */
  readonly rule: string;
  /** Files replaced (content) or removed (`undefined`) in BASE. */
  readonly change: Readonly<Record<string, string | Uint8Array | undefined>>;
  /** Every error line: its beginning, `path:line: error:` and `column C:` where a column is at
   * fault, and words its message must hold (what is wrong, or what to change). */
  readonly errors: readonly ExpectedError[];
}

export interface ExpectedError {
  /** The line's beginning. */
  readonly at: string;
  /** Words the message holds: written from the rule of inputs.md that the case breaks. */
  readonly says: string;
}

const err = (file: string, line: number, column?: string): string => `${file}:${line}: error: ${column === undefined ? '' : `column ${column}: `}`;
const says = (at: string, words: string): ExpectedError => ({ at, says: words });

/**
 * The printed error lines against the expected ones, for toEqual: a line that begins as expected
 * and holds the expected words is shown as `beginning…words`, any other line as printed.
 */
export function matchLines(lines: readonly string[], expected: readonly ExpectedError[]): { actual: string[]; expected: string[] } {
  const shown = (e: ExpectedError): string => `${e.at}…${e.says}`;
  return {
    actual: lines.map((l, i) => {
      const e = expected[i];
      return e !== undefined && l.startsWith(e.at) && l.slice(e.at.length).includes(e.says) ? shown(e) : l;
    }),
    expected: expected.map(shown),
  };
}

const emp = (...rows: string[]): string => lines(EMPLOYEES_HEADER, ...rows);
const travel = (...rows: string[]): string => lines(TRAVEL_HEADER, ...rows);
const energy = (...rows: string[]): string => lines(ENERGY_HEADER, ...rows);
const meetings = (...rows: string[]): string => lines('month,physical,virtual,hybrid', ...rows);
const suppliers = (...rows: string[]): string => lines(SUPPLIERS_HEADER, ...rows);
const factors = (...rows: string[]): string => lines(FACTORS_HEADER, ...rows);
const declarations = (...rows: string[]): string => lines(DECLARATIONS_HEADER, ...rows);
const values = (...rows: string[]): string => lines('id,value,note,source', ...rows);
const report = (from: string, to: string): string => {
  if (!REPORT_JSON.includes(from)) throw new Error(`report.json has no ${from}`);
  return REPORT_JSON.replace(from, to);
};
const OK_EMP = 'A-0001,woman,1980,danish,2020-01-01,,1,no,,IT';
const OK_SUP = 'K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant';

export const CASES: readonly BadInputCase[] = [
  // report.json
  { name: 'report.json missing', rule: 'layout: report.json required', change: { 'report.json': undefined }, errors: [says(err('report.json', 1), 'report.json is missing')] },
  { name: 'report.json not JSON (a comma missing on line 6)', rule: 'report.json', change: { 'report.json': report('"languages": ["da", "en"],', '"languages": ["da", "en"]') }, errors: [says(err('report.json', 7), 'not valid JSON: a comma is expected')] },
  { name: 'unknown top-level key', rule: 'report.json: unknown keys are an error', change: { 'report.json': report('"numberFormat": {}', '"numberFormat": {},\n  "colour": "red"') }, errors: [says(err('report.json', 11), 'unknown key "colour"')] },
  { name: 'misspelt nested key', rule: 'report.json: unknown keys at any level', change: { 'report.json': report('"minCellSize": 5', '"minCelSize": 5') }, errors: [says(err('report.json', 8), 'Did you mean "minCellSize"?')] },
  { name: 'key given twice', rule: 'report.json: keys given twice', change: { 'report.json': report('"snapshotDate": "12-31",', '"snapshotDate": "12-31",\n  "snapshotDate": "06-30",') }, errors: [says(err('report.json', 8), 'is given twice (first on line 7)')] },
  { name: 'minCellSize 0', rule: 'report.json: minCellSize a whole number ≥ 1', change: { 'report.json': report('"minCellSize": 5', '"minCellSize": 0') }, errors: [says(err('report.json', 8), 'must be a whole number of at least 1')] },
  { name: 'minCellSize 2.5', rule: 'report.json: minCellSize a whole number', change: { 'report.json': report('"minCellSize": 5', '"minCellSize": 2.5') }, errors: [says(err('report.json', 8), 'must be a whole number of at least 1')] },
  { name: 'baseYear a string', rule: 'report.json: baseYear a year', change: { 'report.json': report('"baseYear": 2025', '"baseYear": "2025"') }, errors: [says(err('report.json', 9), 'must be a year of four digits without quotes')] },
  { name: 'organisation name missing', rule: 'report.json: organisation.name required', change: { 'report.json': report('"name": "Testorganisation",\n', '') }, errors: [says(err('report.json', 2), '"organisation.name" is missing')] },
  { name: 'unsupported language', rule: 'report.json: da and en are supported', change: { 'report.json': report('"languages": ["da", "en"]', '"languages": ["da", "fr"]') }, errors: [says(err('report.json', 6), 'use "da" (Danish) or "en" (English)')] },
  { name: 'snapshotDate day-first', rule: 'report.json: snapshotDate MM-DD', change: { 'report.json': report('"snapshotDate": "12-31"', '"snapshotDate": "31-12"') }, errors: [says(err('report.json', 7), 'write the month and day as "MM-DD"')] },
  { name: 'radiativeForcing a word', rule: 'report.json: values of the wrong type', change: { 'report.json': report('"radiativeForcing": true', '"radiativeForcing": "yes"') }, errors: [says(err('report.json', 9), 'must be true or false')] },

  // layout
  { name: 'emission-factors.csv missing while travel and energy exist', rule: 'layout: emission-factors.csv required with travel or energy', change: { 'emission-factors.csv': undefined }, errors: [says(err('emission-factors.csv', 1), 'the file is missing, but 2025/travel.csv, 2025/energy.csv need it')] },

  // how every CSV file is read
  { name: 'undefined Windows-1252 byte 0x81 on line 3', rule: 'encoding: not UTF-8 nor Windows-1252', change: { '2025/meetings.csv': Buffer.concat([Buffer.from('month,physical,virtual,hybrid\n2025-01,10,20,5\n2025-02,1'), Buffer.from([0x81]), Buffer.from(',2,3\n')]) }, errors: [says(err('2025/meetings.csv', 3), 'not UTF-8, UTF-16 or Windows-1252')] },
  { name: 'required column missing', rule: 'header: a required column missing', change: { '2025/meetings.csv': lines('month,physical,hybrid', '2025-01,10,5') }, errors: [says(err('2025/meetings.csv', 1, 'virtual'), 'add a column named virtual')] },
  { name: 'two required columns missing', rule: 'header: one error per missing column', change: { '2025/meetings.csv': lines('month,hybrid', '2025-01,5') }, errors: [says(err('2025/meetings.csv', 1, 'physical'), 'add a column named physical'), says(err('2025/meetings.csv', 1, 'virtual'), 'add a column named virtual')] },
  { name: 'column given twice, English and Danish', rule: 'header: a column given twice', change: { '2025/employees.csv': lines(`${EMPLOYEES_HEADER},køn`, `${OK_EMP},k`) }, errors: [says(err('2025/employees.csv', 1, 'køn'), 'is given twice (also as "gender")')] },
  { name: 'a row with a field too many', rule: 'rows: more fields than the header', change: { '2025/meetings.csv': meetings('2025-01,10,20,5', '2025-02,10,20,5,9') }, errors: [says(err('2025/meetings.csv', 3), 'this row has 5 fields, but the header has 4')] },
  { name: 'a row with a field too few', rule: 'rows: fewer fields than the header', change: { '2025/meetings.csv': meetings('2025-01,10,20,5', '2025-02,10,20') }, errors: [says(err('2025/meetings.csv', 3), 'this row has 3 fields, but the header has 4')] },
  { name: 'an empty file (no header line)', rule: 'header: no header line is an error on line 1', change: { '2025/meetings.csv': '' }, errors: [says(err('2025/meetings.csv', 1), 'the file is empty')] },
  { name: 'an error after a quoted line break counts physical lines', rule: 'line numbers: the physical line where the record starts', change: { '2025/suppliers.csv': suppliers('K-1,"Leverandør\nmed to linjer",Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant', 'K-2,B,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,ok') }, errors: [says(err('2025/suppliers.csv', 4, 'status'), '"ok" is not a known status')] },
  { name: 'a quote that never closes', rule: 'quoting: RFC 4180', change: { '2025/meetings.csv': meetings('2025-01,10,20,5', '"2025-02,10,20,5', '2025-03,1,2,3') }, errors: [says(err('2025/meetings.csv', 3), 'its closing quote (") is missing')] },
  { name: 'a CPR number in a text cell', rule: 'personal identifiers: a cell holding a CPR number', change: { '2025/employees.csv': emp(OK_EMP, 'A-0002,man,1975,danish,2019-03-01,,0.5,yes,,Kontakt 010190-1234') }, errors: [says(err('2025/employees.csv', 3, 'department'), 'looks like a CPR number; remove it from the export')] },
  { name: 'a CPR number without hyphen inside a travel purpose', rule: 'personal identifiers: CPR anywhere in the text', change: { '2025/travel.csv': travel('2025-03-04,rail,120,1,no,,,,Rejse for 3112851234 ang. møde') }, errors: [says(err('2025/travel.csv', 2, 'purpose'), 'looks like a CPR number; remove it from the export')] },
  { name: 'a column named cpr', rule: 'personal identifiers: a column named like a CPR number', change: { '2025/employees.csv': lines(`${EMPLOYEES_HEADER},CPR`, `${OK_EMP},x`) }, errors: [says(err('2025/employees.csv', 1, 'CPR'), 'holds personal data')] },
  { name: 'a column named navn', rule: 'personal identifiers: a column named like a name', change: { '2025/travel.csv': lines(`${TRAVEL_HEADER},Navn`, '2025-03-04,rail,120,1,no,,,,Møde,x') }, errors: [says(err('2025/travel.csv', 1, 'Navn'), 'remove the column from the export')] },
  { name: 'a column named e_mail', rule: 'personal identifiers: _ read as -', change: { '2025/suppliers.csv': lines(`${SUPPLIERS_HEADER},e_mail`, `${OK_SUP},x`) }, errors: [says(err('2025/suppliers.csv', 1, 'e_mail'), 'remove the column from the export')] },
  { name: 'a column named Telefon', rule: 'personal identifiers: phone', change: { '2025/employees.csv': lines(`${EMPLOYEES_HEADER},Telefon`, `${OK_EMP},x`) }, errors: [says(err('2025/employees.csv', 1, 'Telefon'), 'remove the column from the export')] },

  // numbers
  { name: '"1.234" in a semicolon file (comma decimals)', rule: 'numbers: ambiguous value', change: { '2025/energy.csv': lines(ENERGY_HEADER.replace(/,/g, ';'), '2025-01-01;2025-01-31;Kontor;electricity;1.234;kWh;0,5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '"1.234" is ambiguous')] },
  { name: '1.5 in a semicolon file', rule: 'numbers: a value wrong for the file', change: { '2025/energy.csv': lines(ENERGY_HEADER.replace(/,/g, ';'), '2025-01-01;2025-01-31;Kontor;electricity;1000;kWh;0.5') }, errors: [says(err('2025/energy.csv', 2, 'renewable_share'), 'uses a point as decimal separator, but this file uses a comma; write 0,5')] },
  { name: '"1,234" in a comma file', rule: 'numbers: ambiguous value', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,"1,234",kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '"1,234" is ambiguous')] },
  { name: 'an exponent', rule: 'numbers: no exponents', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,1e3,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), 'written with an exponent')] },
  { name: 'a leading decimal point', rule: 'numbers: no leading separator', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,.5,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '".5" is not a number')] },
  { name: 'a trailing decimal point', rule: 'numbers: no trailing separator', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,5.,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '"5." is not a number')] },
  { name: 'a tab file with both separators', rule: 'numbers: tab file, both is an error', change: { '2025/energy.csv': lines(ENERGY_HEADER.replace(/,/g, '\t'), '2025-01-01\t2025-01-31\tKontor\telectricity\t10,5\tkWh\t0.25') }, errors: [says(err('2025/energy.csv', 1), 'both a decimal comma ("10,5" on line 2) and a decimal point ("0.25" on line 2)')] },
  { name: 'a tab file whose only separator has three digits after it', rule: 'numbers: tab file, exactly three digits is ambiguous', change: { '2025/energy.csv': lines(ENERGY_HEADER.replace(/,/g, '\t'), '2025-01-01\t2025-01-31\tKontor\telectricity\t31.250\tkWh\t') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '"31.250" is ambiguous')] },
  { name: 'a number with letters', rule: 'numbers: digits only', change: { '2025/meetings.csv': meetings('2025-01,ti,20,5') }, errors: [says(err('2025/meetings.csv', 2, 'physical'), '"ti" is not a number')] },

  // dates
  { name: 'a date that does not exist', rule: 'dates: 2025-02-30 is an error', change: { '2025/travel.csv': travel('2025-02-30,rail,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'date'), '"2025-02-30" is not a date that exists')] },
  { name: 'a month-first date', rule: 'dates: month-first never accepted', change: { '2025/travel.csv': travel('12/31/2025,rail,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'date'), 'the American month-first order is not accepted')] },
  { name: 'a date with a time', rule: 'dates: no time', change: { '2025/travel.csv': travel('2025-03-04 10:00,rail,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'date'), 'is not a date; write it as 2025-12-31 or 31-12-2025')] },
  { name: 'a two-digit year', rule: 'dates: the year of four digits', change: { '2025/travel.csv': travel('04-03-25,rail,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'date'), '"04-03-25" is not a date')] },

  // yes/no and words
  { name: 'yes/no "maybe"', rule: 'yes/no', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2020-01-01,,1,maybe,,IT') }, errors: [says(err('2025/employees.csv', 2, 'is_manager'), 'write yes or no')] },
  { name: 'unknown gender', rule: 'words: an unknown word in a required column', change: { '2025/employees.csv': emp('A-0001,x,1980,danish,2020-01-01,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'gender'), 'is not a known gender')] },
  { name: 'unknown origin', rule: 'words: origin categories', change: { '2025/employees.csv': emp('A-0001,woman,1980,svensk,2020-01-01,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'origin'), 'is not a known origin')] },
  { name: 'unknown travel mode', rule: 'words: mode', change: { '2025/travel.csv': travel('2025-03-04,raket,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'mode'), '"raket" is not a known transport mode')] },

  // employees.csv
  { name: 'fte above 1', rule: 'employees: fte at most 1', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2020-01-01,,1.5,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'fte'), 'is more than 1')] },
  { name: 'fte 0', rule: 'employees: fte greater than 0', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2020-01-01,,0,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'fte'), 'is not more than 0')] },
  { name: 'birth year of two digits', rule: 'employees: birth_year four digits', change: { '2025/employees.csv': emp('A-0001,woman,80,danish,2020-01-01,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'birth_year'), 'write four digits')] },
  { name: 'end before hire', rule: 'employees: end_date not before hire_date', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2025-05-01,2025-04-30,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'end_date'), 'is before the hire date')] },
  { name: 'overlapping employments of one id', rule: 'employees: the same id only for employments that do not overlap; the later row', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2020-01-01,2025-08-31,1,no,,IT', 'A-0002,man,1975,danish,2019-03-01,,1,no,,IT', 'A-0001,woman,1980,danish,2025-08-31,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 4, 'employee_id'), 'an employment on line 2 that overlaps this one')] },
  { name: 'hired after the year', rule: 'employees: hire_date not after 31 December', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2026-01-01,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'hire_date'), 'is after 31 December 2025')] },
  { name: 'ended before the year', rule: 'employees: end_date not before 1 January', change: { '2025/employees.csv': emp('A-0001,woman,1980,danish,2020-01-01,2024-12-31,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'end_date'), 'is before 1 January 2025')] },
  { name: 'an empty employee id', rule: 'employees: employee_id required', change: { '2025/employees.csv': emp(',woman,1980,danish,2020-01-01,,1,no,,IT') }, errors: [says(err('2025/employees.csv', 2, 'employee_id'), 'is empty; fill it in')] },
  { name: 'Danish header with a bad Danish word', rule: 'header: Danish names; words case-insensitive', change: { '2025/employees.csv': lines('medarbejder_id;køn;fødselsår;oprindelse;ansættelsesdato;fratrædelsesdato;årsværk;leder', 'A-0001;K;1980;dansk;01-01-2020;;1;måske') }, errors: [says(err('2025/employees.csv', 2, 'leder'), 'write yes or no (or ja or nej)')] },

  // travel.csv
  { name: 'a journey outside the year', rule: 'travel: date inside the reporting year', change: { '2025/travel.csv': travel('2024-12-31,rail,120,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'date'), '"2024-12-31" is not in 2025')] },
  { name: 'distance 0', rule: 'travel: distance greater than 0', change: { '2025/travel.csv': travel('2025-03-04,rail,0,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'distance_km'), '"0" is not more than 0')] },
  { name: 'travellers 0', rule: 'travel: travellers whole number ≥ 1', change: { '2025/travel.csv': travel('2025-03-04,rail,120,0,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'travellers'), '"0" is less than 1')] },
  { name: 'travellers 1.5', rule: 'travel: travellers a whole number', change: { '2025/travel.csv': travel('2025-03-04,rail,120,1.5,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'travellers'), '"1.5" is not a whole number')] },
  { name: 'round_trip "both"', rule: 'travel: round_trip yes/no', change: { '2025/travel.csv': travel('2025-03-04,rail,120,1,both,,,,Møde') }, errors: [says(err('2025/travel.csv', 2, 'round_trip'), '"both" is not yes or no')] },
  { name: 'no factor for a key, reported once on its first row', rule: 'emission factors: a row whose key has no factor, once per key and file', change: { '2025/travel.csv': travel('2025-03-04,rail,120,1,no,,,,Møde', '2025-03-05,bus,10,1,no,,,,Møde', '2025-03-06,bus,12,1,no,,,,Møde') }, errors: [says(err('2025/travel.csv', 3), 'no emission factor for "bus" in 2025')] },

  // energy.csv
  { name: 'period ending before it starts', rule: 'energy: period_end not before period_start', change: { '2025/energy.csv': energy('2025-02-01,2025-01-31,Kontor,electricity,1000,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'period_end'), 'is before period_start ("2025-02-01")')] },
  { name: 'negative quantity', rule: 'energy: quantity ≥ 0', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,-1,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'quantity'), '"-1" is less than 0')] },
  { name: 'unknown unit', rule: 'energy: unit', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,1000,kg,0.5') }, errors: [says(err('2025/energy.csv', 2, 'unit'), '"kg" is not a known energy unit')] },
  { name: 'unknown carrier', rule: 'energy: carrier', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,kul,1000,kWh,') }, errors: [says(err('2025/energy.csv', 2, 'carrier'), '"kul" is not a known energy carrier')] },
  { name: 'renewable share above 1 without %', rule: 'energy: renewable_share above 1 without % is an error', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,Kontor,electricity,1000,kWh,45') }, errors: [says(err('2025/energy.csv', 2, 'renewable_share'), '"45" is more than 1')] },
  { name: 'an empty site', rule: 'energy: site required', change: { '2025/energy.csv': energy('2025-01-01,2025-01-31,,electricity,1000,kWh,0.5') }, errors: [says(err('2025/energy.csv', 2, 'site'), 'is empty; fill it in')] },

  // meetings.csv
  { name: 'a month outside the year', rule: 'meetings: month inside the reporting year', change: { '2025/meetings.csv': meetings('2024-12,10,20,5') }, errors: [says(err('2025/meetings.csv', 2, 'month'), '"2024-12" is not a month of 2025')] },
  { name: 'month 13', rule: 'meetings: month YYYY-MM', change: { '2025/meetings.csv': meetings('2025-13,10,20,5') }, errors: [says(err('2025/meetings.csv', 2, 'month'), '"2025-13" is not a month')] },
  { name: 'a month written over two lines in quotes', rule: 'every problem is printed as one line (site.md)', change: { '2025/meetings.csv': meetings('"2025-\n01",10,20,5') }, errors: [says(err('2025/meetings.csv', 2, 'month'), 'is not a month')] },
  { name: 'a month of 100 000 characters', rule: 'every problem is printed as one (readable) line', change: { '2025/meetings.csv': meetings(`${'2'.repeat(100_000)},10,20,5`) }, errors: [says(err('2025/meetings.csv', 2, 'month'), ' … ')] },
  { name: 'negative virtual meetings', rule: 'meetings: whole number ≥ 0', change: { '2025/meetings.csv': meetings('2025-01,10,-2,5') }, errors: [says(err('2025/meetings.csv', 2, 'virtual'), '"-2" is less than 0')] },
  { name: 'fractional hybrid meetings', rule: 'meetings: whole number', change: { '2025/meetings.csv': meetings('2025-01,10,2,0.5') }, errors: [says(err('2025/meetings.csv', 2, 'hybrid'), '"0.5" is not a whole number')] },

  // suppliers.csv
  { name: 'a contract id twice', rule: 'suppliers: contract_id unique within the file; the later row', change: { '2025/suppliers.csv': suppliers(OK_SUP, OK_SUP) }, errors: [says(err('2025/suppliers.csv', 3, 'contract_id'), '"K-1" is already the contract id on line 2')] },
  { name: 'personal data without an agreement answer', rule: 'suppliers: dpa_signed required when processes_personal_data is yes', change: { '2025/suppliers.csv': suppliers('K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,,2025-02-01,0,0,compliant') }, errors: [says(err('2025/suppliers.csv', 2, 'dpa_signed'), 'is empty, but processes_personal_data is yes')] },
  { name: 'an audit after the year', rule: 'suppliers: last_audit_date not after 31 December', change: { '2025/suppliers.csv': suppliers('K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2026-01-02,0,0,compliant') }, errors: [says(err('2025/suppliers.csv', 2, 'last_audit_date'), '"2026-01-02" is after 31 December 2025')] },
  { name: 'unknown status', rule: 'suppliers: status', change: { '2025/suppliers.csv': suppliers('K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,fine') }, errors: [says(err('2025/suppliers.csv', 2, 'status'), '"fine" is not a known status')] },
  { name: 'open findings 1.5', rule: 'suppliers: open_findings whole number ≥ 0', change: { '2025/suppliers.csv': suppliers('K-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,1.5,0,compliant') }, errors: [says(err('2025/suppliers.csv', 2, 'open_findings'), '"1.5" is not a whole number')] },
  { name: 'negative spend', rule: 'suppliers: annual_spend_dkk ≥ 0', change: { '2025/suppliers.csv': suppliers('K-1,Leverandør A/S,Drift,-5,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant') }, errors: [says(err('2025/suppliers.csv', 2, 'annual_spend_dkk'), '"-5" is less than 0')] },
  { name: 'an empty supplier', rule: 'suppliers: supplier required', change: { '2025/suppliers.csv': suppliers('K-1,,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant') }, errors: [says(err('2025/suppliers.csv', 2, 'supplier'), 'is empty; fill it in')] },

  // indicators.csv (declarations) and <year>/indicators.csv (values)
  { name: 'a value for an undeclared indicator', rule: 'indicators: an id that is not declared', change: { '2025/indicators.csv': values('data.breaches_reported,2,,Log', 'data.unknown_thing,3,,Log') }, errors: [says(err('2025/indicators.csv', 3, 'id'), '"data.unknown_thing" is not declared')] },
  { name: 'an indicator declared twice', rule: 'indicators: an id declared twice', change: { 'indicators.csv': declarations('data.breaches_reported,data,Brud,Breaches,count,1,9.c,no', 'data.breaches_reported,data,Brud,Breaches,count,,,') }, errors: [says(err('indicators.csv', 3, 'id'), 'is already declared on line 2')] },
  { name: 'a value given twice in a year', rule: 'indicators: a value given twice in a year', change: { '2025/indicators.csv': values('data.breaches_reported,2,,Log', 'data.breaches_reported,3,,Log') }, errors: [says(err('2025/indicators.csv', 3, 'id'), 'already has a value on line 2')] },
  { name: 'an empty value', rule: 'indicators: an empty value', change: { '2025/indicators.csv': values('data.breaches_reported,,,Log') }, errors: [says(err('2025/indicators.csv', 2, 'value'), 'is empty; write a number')] },
  { name: 'an unknown section', rule: 'indicators: an unknown section', change: { 'indicators.csv': declarations('data.breaches_reported,economy,Brud,Breaches,count,1,9.c,no'), '2025/indicators.csv': values() }, errors: [says(err('indicators.csv', 2, 'section'), '"economy" is not a known section')] },
  { name: 'principle 11', rule: 'indicators: principles outside GC 1–10', change: { 'indicators.csv': declarations('data.breaches_reported,data,Brud,Breaches,count,1 11,9.c,no'), '2025/indicators.csv': values() }, errors: [says(err('indicators.csv', 2, 'gc_principles'), '"11" is not a Global Compact principle')] },
  { name: 'SDG target 9.6', rule: 'indicators: targets outside 9.1–9.5, 9.a–9.c', change: { 'indicators.csv': declarations('data.breaches_reported,data,Brud,Breaches,count,1,9.6,no'), '2025/indicators.csv': values() }, errors: [says(err('indicators.csv', 2, 'sdg_targets'), '"9.6" is not an SDG 9 target')] },
  { name: 'an id with capitals', rule: 'indicators: ids match ^[a-z0-9_]+(\\.[a-z0-9_]+)+$', change: { 'indicators.csv': declarations('Data.Breaches,data,Brud,Breaches,count,1,9.c,no'), '2025/indicators.csv': values() }, errors: [says(err('indicators.csv', 2, 'id'), '"Data.Breaches" is not an indicator id')] },
  { name: 'an id without a dot', rule: 'indicators: ids are dotted', change: { 'indicators.csv': declarations('breaches,data,Brud,Breaches,count,1,9.c,no'), '2025/indicators.csv': values() }, errors: [says(err('indicators.csv', 2, 'id'), '"breaches" is not an indicator id')] },

  // emission-factors.csv
  { name: 'the same key and year twice', rule: 'emission factors: the same key and year twice', change: { 'emission-factors.csv': factors('rail.national,2025,pkm,0.004,,,Eksempel', 'energy.electricity,2025,kWh,0.12,,,Eksempel', 'energy.electricity.residual,2025,kWh,0.4,,,Eksempel', 'rail.national,2025,pkm,0.005,,,Eksempel') }, errors: [says(err('emission-factors.csv', 5), '"rail.national" for 2025 is already on line 2')] },
  { name: 'a flight factor without kg_co2e_rf', rule: 'emission factors: flight factor without kg_co2e_rf while radiativeForcing is true', change: { 'emission-factors.csv': factors('rail.national,2025,pkm,0.004,,,Eksempel', 'flight.domestic,2025,pkm,0.14,,,Eksempel', 'energy.electricity,2025,kWh,0.12,,,Eksempel', 'energy.electricity.residual,2025,kWh,0.4,,,Eksempel') }, errors: [says(err('emission-factors.csv', 3, 'kg_co2e_rf'), 'is empty, but report.json uses the flight factors with radiative forcing')] },
  { name: 'a travel key in kWh', rule: 'emission factors: travel keys take pkm or km', change: { 'emission-factors.csv': factors('rail.national,2025,pkm,0.004,,,Eksempel', 'bus,2025,kWh,0.03,,,Eksempel', 'energy.electricity,2025,kWh,0.12,,,Eksempel', 'energy.electricity.residual,2025,kWh,0.4,,,Eksempel') }, errors: [says(err('emission-factors.csv', 3, 'unit'), '"kWh" does not fit a travel factor')] },
  { name: 'an empty source', rule: 'emission factors: source required', change: { 'emission-factors.csv': factors('rail.national,2025,pkm,0.004,,,Eksempel', 'energy.electricity,2025,kWh,0.12,,,Eksempel', 'energy.electricity.residual,2025,kWh,0.4,,,Eksempel', 'energy.district_heating,2025,kWh,0.05,,,') }, errors: [says(err('emission-factors.csv', 5, 'source'), 'is empty; fill it in')] },

  // benchmarks.csv and targets.csv
  { name: 'a benchmark of an unknown metric', rule: 'benchmarks: metric a KPI id or ind.<declared id>', change: { 'benchmarks.csv': lines('metric,year,value,label_da,label_en,source', 'hr.gender.woman_share,2025,0.31,A,B,DST') }, errors: [says(err('benchmarks.csv', 2, 'metric'), '"hr.gender.woman_share" is not a key figure of the report')] },
  { name: 'a benchmark of an undeclared indicator', rule: 'benchmarks: ind.<declared id>', change: { 'benchmarks.csv': lines('metric,year,value,label_da,label_en,source', 'ind.data.not_declared,2025,1,A,B,DST') }, errors: [says(err('benchmarks.csv', 2, 'metric'), '"ind.data.not_declared" is not a key figure of the report')] },
  { name: 'a target with an unknown comparison', rule: 'targets: comparison at_least, at_most, reduce_by', change: { 'targets.csv': lines('metric,year,value,comparison,label_da,label_en', 'env.renewable_electricity_share,2030,1,more_than,A,B') }, errors: [says(err('targets.csv', 2, 'comparison'), '"more_than" is not a known comparison')] },
  { name: 'a target of an unknown metric', rule: 'targets: metric as in benchmarks.csv', change: { 'targets.csv': lines('metric,year,value,comparison,label_da,label_en', 'env.total_t,2030,0.5,reduce_by,A,B') }, errors: [says(err('targets.csv', 2, 'metric'), '"env.total_t" is not a key figure of the report')] },

  // narratives (site.md)
  { name: 'an unknown key figure in a narrative', rule: 'narratives: an id that does not exist stops the build', change: { '2025/narrative/overview.da.md': '# Overblik\n\nTal: {% kpi "hr.gender.woman_share" %}.\n' }, errors: [says(err('2025/narrative/overview.da.md', 3), '{% kpi "hr.gender.woman_share" %}: there is no key figure with this id')] },
  { name: 'an unknown chart in a narrative', rule: 'narratives: a chart name that does not exist', change: { '2025/narrative/overview.da.md': '# Overblik\n\nTekst\n\n{% chart "pie" %}\n' }, errors: [says(err('2025/narrative/overview.da.md', 5), '{% chart "pie" %}: there is no chart with this name')] },
  { name: 'a narrative that is not UTF-8', rule: 'narratives: UTF-8', change: { '2025/narrative/overview.da.md': Buffer.concat([Buffer.from('# Overblik\n\nGr'), Buffer.from([0xf8]), Buffer.from('n\n')]) }, errors: [says(err('2025/narrative/overview.da.md', 3), 'not valid UTF-8')] },
  { name: 'a CPR number in a narrative', rule: 'personal identifiers: never in published text', change: { '2025/narrative/overview.da.md': '# Overblik\n\nTekst\nSag 010190-1234.\n' }, errors: [says(err('2025/narrative/overview.da.md', 4), 'holds a CPR number')] },
];
