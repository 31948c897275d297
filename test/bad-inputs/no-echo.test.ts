// Issue 11, finding 15: messages never repeat a cell of employees.csv (they name the column and
// say what is expected); in the other files a quoted value that looks like an e-mail address or a
// CPR number is masked. Expected lines written by hand from the word tables of inputs.md.

import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic, sortDiagnostics } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';
import { BASE, REPORT_JSON } from './cases.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function lines(change: Record<string, string>): Promise<string[]> {
  const dir = await makeDataFolder({ ...BASE, ...change } as FolderSpec);
  made.push(dir);
  const result = await prepareReport(dir, { workers: 0 });
  return sortDiagnostics(result.diagnostics).map(formatDiagnostic);
}

const EMPLOYEES_HEADER = 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department';
const SUPPLIERS_HEADER = 'contract_id,supplier,contract_name,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,human_rights_clause,dpa_signed,last_audit_date,open_findings,critical_breaches,status';
const EMAIL = 'anna.jensen@example.dk';
const HIDDEN_EMAIL = '"[hidden: looks like an e-mail address]"';

describe('employees.csv: no message repeats a cell', () => {
  it('an e-mail address in gender, a name in origin: the column and what is expected, not the value', async () => {
    const all = await lines({
      '2025/employees.csv': [
        EMPLOYEES_HEADER,
        `A-0001,${EMAIL},1980,danish,2020-01-01,,1,no,,IT`,
        'A-0002,man,1975,Anna Birgitte Jensen,2019-03-01,,0.5,yes,,IT',
        '',
      ].join('\n'),
    });
    expect(all.filter((l) => l.startsWith('2025/employees.csv'))).toEqual([
      '2025/employees.csv:2: error: column gender: this value is not a known gender; write woman, man, other or undisclosed (or kvinde, mand, andet or uoplyst), or leave it empty',
      '2025/employees.csv:3: error: column origin: this value is not a known origin; write danish, immigrant_western, immigrant_non_western, descendant_western, descendant_non_western or undisclosed (or dansk, indvandrer_vestlig, indvandrer_ikke_vestlig, efterkommer_vestlig, efterkommer_ikke_vestlig or uoplyst), or leave it empty',
    ]);
  });

  it('an export without its header line: the first row is read as the header, and no message repeats its cells', async () => {
    const row = 'KF-77311,other,1964,undisclosed,2022-04-01,,1,no,1991-01-06,Birgitte Holmsgaard';
    const all = await lines({ '2025/employees.csv': `${row}\nA-0002,man,1975,danish,2019-03-01,,0.5,yes,,IT\n` });
    const mine = all.filter((l) => l.startsWith('2025/employees.csv'));
    expect(mine.length).toBeGreaterThan(0);
    for (const cell of ['KF-77311', '1964', '2022-04-01', '1991-01-06', 'Birgitte Holmsgaard']) {
      expect(mine.join('\n')).not.toContain(cell);
    }
    expect(mine).toContain('2025/employees.csv:1: warning: column no. 1: is not a column this file has; it is ignored (the columns are employee_id, gender, birth_year, origin, hire_date, end_date, fte, is_manager, graduation_date, department)');
  });

  it('a made-up word in every column that is checked: each an error, none repeats it', async () => {
    const secret = 'Jensenius';
    const all = await lines({
      '2025/employees.csv': [
        EMPLOYEES_HEADER,
        `A-0001,${secret},${secret},${secret},${secret},${secret},${secret},${secret},${secret},IT`,
        'A-0002,man,1975,danish,2019-03-01,2018-01-01,1.5,yes,,IT',
        'A-0003,man,1975,danish,2026-03-01,,0,yes,,IT',
        'A-0004,man,1975,danish,2019-03-01,,"1,234",yes,,IT',
        '',
      ].join('\n'),
    });
    const employees = all.filter((l) => l.startsWith('2025/employees.csv'));
    expect(employees.map((l) => l.slice(0, l.indexOf(': this value') + 12))).toEqual([
      '2025/employees.csv:2: error: column gender: this value',
      '2025/employees.csv:2: error: column birth_year: this value',
      '2025/employees.csv:2: error: column origin: this value',
      '2025/employees.csv:2: error: column hire_date: this value',
      '2025/employees.csv:2: error: column end_date: this value',
      '2025/employees.csv:2: error: column fte: this value',
      '2025/employees.csv:2: error: column is_manager: this value',
      '2025/employees.csv:2: error: column graduation_date: this value',
      '2025/employees.csv:3: error: column fte: this value',
      '2025/employees.csv:3: error: column end_date: this value',
      '2025/employees.csv:3: error: column end_date: this value',
      '2025/employees.csv:4: error: column fte: this value',
      '2025/employees.csv:4: error: column hire_date: this value',
      '2025/employees.csv:5: error: column fte: this value',
    ]);
    for (const l of employees) {
      expect(l).not.toContain(secret);
      // the cells as written (the numbers quoted: "1,234.5" is the example every number message gives)
      for (const value of ['2018-01-01', '2019-03-01', '2026-03-01', '"1.5"', '"1,234"', '"0"', '1234 for', '1.234 for']) expect(l).not.toContain(value);
    }
  });

  it('a header cell holding an e-mail address is named by its place, not repeated', async () => {
    const all = await lines({ '2025/employees.csv': `${EMPLOYEES_HEADER},${EMAIL}\nA-0001,woman,1980,danish,2020-01-01,,1,no,,IT,x\n` });
    const employees = all.filter((l) => l.startsWith('2025/employees.csv'));
    expect(employees).toHaveLength(1);
    expect(employees[0]).toMatch(/^2025\/employees\.csv:1: warning: column no\. 11: is not a column this file has/);
  });
});

describe('other files: a value that looks like an e-mail address is masked', () => {
  it('in suppliers.csv', async () => {
    const all = await lines({
      '2025/suppliers.csv': `${SUPPLIERS_HEADER}\nK-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,${EMAIL}\n`,
    });
    expect(all.filter((l) => l.includes(': error: '))).toEqual([
      `2025/suppliers.csv:2: error: column status: ${HIDDEN_EMAIL} is not a known status; write compliant, remediation, non_compliant or terminated (or overholder, afhjælpning, overholder_ikke or ophævet)`,
    ]);
  });

  it('an ordinary wrong value is still shown, so that it can be found', async () => {
    const all = await lines({
      '2025/suppliers.csv': `${SUPPLIERS_HEADER}\nK-1,Leverandør A/S,Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,okay\n`,
    });
    expect(all.filter((l) => l.includes(': error: '))).toEqual([
      '2025/suppliers.csv:2: error: column status: "okay" is not a known status; write compliant, remediation, non_compliant or terminated (or overholder, afhjælpning, overholder_ikke or ophævet)',
    ]);
  });

  it('in report.json', async () => {
    const dir = await makeDataFolder({ 'report.json': REPORT_JSON.replace('"12-31"', `"${EMAIL}"`) });
    made.push(dir);
    const sink = new DiagnosticSink();
    await readReportJson(dir, sink);
    expect(sink.items.map(formatDiagnostic)).toEqual([
      `report.json:7: error: "snapshotDate" must be a month and day written "MM-DD", e.g. "12-31", not ${HIDDEN_EMAIL}`,
    ]);
  });

  it('in a narrative tag', async () => {
    const all = await lines({ '2025/narrative/overview.da.md': `# Overblik\n\n{% kpi "${EMAIL}" %}\n` });
    const narrative = all.filter((l) => l.startsWith('2025/narrative/overview.da.md') && l.includes(': error: '));
    expect(narrative).toHaveLength(1);
    expect(narrative[0]).toMatch(/^2025\/narrative\/overview\.da\.md:3: error: \{% kpi "\[hidden: looks like an e-mail address\]" %\}: there is no key figure/);
  });
});
