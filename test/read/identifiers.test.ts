import { describe, expect, it } from 'vitest';
import { containsCpr, isChangeableUnit, isCprSensitiveUnit, isPersonalColumnName } from '../../src/read/identifiers.ts';

describe('isPersonalColumnName', () => {
  it.each(['name', 'Navn', ' EMAIL ', 'e-mail', 'e_mail', 'E mail', 'cpr', 'CPR-nr', 'cpr_nr', 'cpr nr', 'adresse', 'Address', 'phone', 'telefon'])('refuses %s', (h) => {
    expect(isPersonalColumnName(h)).toBe(true);
  });
  it.each(['employee_id', 'department', 'contract_name', 'kontraktnavn', 'names', 'cpr_number', 'supplier'])('accepts %s', (h) => {
    expect(isPersonalColumnName(h)).toBe(false);
  });
});

describe('containsCpr', () => {
  it.each(['010190-1234', '0101901234', 'id 311299-0001 here', 'x;290200-1111', '(150585-4321)'])('finds a CPR number in %s', (t) => {
    expect(containsCpr(t)).toBe(true);
  });
  it.each([
    ['the first six digits are no date', '320190-1234'],
    ['month 13', '011390-1234'],
    ['29 February in a year not divisible by 4', '290201-1234'],
    ['a digit right after', '01019012345'],
    ['a digit right before', '10101901234'],
    ['a letter right before', 'A010190-1234'],
    ['a letter right after', '010190-1234b'],
    ['too short', '010190-123'],
    ['a phone-like number', '12345678'],
  ])('ignores %s', (_why, t) => {
    expect(containsCpr(t)).toBe(false);
  });
  it('finds a second candidate when the first is no date', () => {
    expect(containsCpr('999999-9999 and 010190-1234')).toBe(true);
  });
});

describe('the characters normalising can matter at (decided as they are met)', () => {
  it('no character of the BMP normalises to four digits or more, so none makes a CPR number on its own', () => {
    // isCprSensitiveUnit throws for such a character; every one is decided here.
    let sensitive = 0;
    for (let c = 0; c < 0x10000; c++) if (isCprSensitiveUnit(c)) sensitive++;
    expect(sensitive).toBeGreaterThan(0x800); // the surrogates at least
  });
  it('reads the characters as a table would', () => {
    expect([0x30, 0x41, 0xe6, 0xf8, 0x2011, 0xff10, 0x200b, 0x0301, 0xd800].map(isCprSensitiveUnit))
      .toEqual([false, false, false, false, true, true, true, true, true]);
    expect([0x41, 0xe6, 0x2011, 0x00a0, 0x1100, 0xdc00].map(isChangeableUnit)).toEqual([false, false, true, true, true, true]);
  });
});
