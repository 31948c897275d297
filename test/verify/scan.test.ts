import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { findCprNumbers, scanOutput, scanText } from '../../src/verify/scan.ts';

const none = { employeeIds: new Set<string>(), emails: new Set<string>() };

describe('CPR numbers in output', () => {
  it('finds both written forms when the first six digits are a real date', () => {
    expect(findCprNumbers('x 010190-1234 y')).toEqual([2]);
    expect(findCprNumbers('x 0101901234 y')).toEqual([2]);
  });
  it('ignores digits inside longer runs, next to letters, and impossible dates', () => {
    expect(findCprNumbers('a0101901234')).toEqual([]); // a letter right before: part of a checksum
    expect(findCprNumbers('01019012345')).toEqual([]); // eleven digits
    expect(findCprNumbers('3202901234')).toEqual([]); // 32 February
    expect(findCprNumbers('3113901234')).toEqual([]); // month 13
    expect(findCprNumbers('2902011234')).toEqual([]); // 29 Feb 2001 (or 1901) never existed
    expect(findCprNumbers('2902001234')).toEqual([0]); // 29 Feb 2000 did
  });
  it('knows the days of each month', () => {
    expect(findCprNumbers('3104901234')).toEqual([]); // 31 April
    expect(findCprNumbers('3004901234')).toEqual([0]);
    expect(findCprNumbers('2902961234')).toEqual([0]); // 29 Feb 1996
  });
  it('ignores the decimals of an unrounded figure, but not a number after a full stop', () => {
    expect(findCprNumbers('"value": 862051.1903999997,')).toEqual([]);
    expect(findCprNumbers('2.5,0101901234\r\n')).toEqual([4]); // a CSV cell after a number cell
    expect(findCprNumbers('1.0101901234 and 5.0101901234-1')).toEqual([]);
    expect(findCprNumbers('Nr. 0101901234')).toEqual([4]);
    expect(findCprNumbers('slut.0101901234')).toEqual([5]);
  });
});

describe('employee ids and e-mails in output', () => {
  const secrets = { employeeIds: new Set(['KF-1023', 'E01', '123456', 'ab c1']), emails: new Set(['hr@fkit.example']) };
  it('finds an id standing alone, not inside a longer token', () => {
    expect(scanText('<td>KF-1023</td>', secrets).map((f) => f.kind)).toEqual(['employee_id']);
    expect(scanText('<td>KF-10234</td>', secrets)).toEqual([]);
    expect(scanText('<td>XKF-1023</td>', secrets)).toEqual([]);
    expect(scanText('KF-1023_x', secrets)).toEqual([]);
  });
  it('ignores ids shorter than four characters or made of digits only', () => {
    expect(scanText('E01 and 123456', secrets)).toEqual([]);
  });
  it('finds ids holding other characters', () => {
    expect(scanText('name: ab c1.', secrets).map((f) => f.kind)).toEqual(['employee_id']);
  });
  it('finds an e-mail address of the inputs, in any case', () => {
    expect(scanText('write to HR@fkit.example', secrets).map((f) => f.kind)).toEqual(['email']);
  });
});

describe('scanOutput', () => {
  it('names the file and line of each finding', async () => {
    const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'scan-'));
    await fs.mkdir(path.join(dir, 'da'));
    await fs.writeFile(path.join(dir, 'da', 'index.html'), 'line 1\nline 2 010190-1234\n');
    await fs.writeFile(path.join(dir, 'clean.html'), 'sha 0a0101901234ff\n');
    expect(await scanOutput(dir, none)).toEqual([{ file: 'da/index.html', line: 2, kind: 'cpr' }]);
  });
});
