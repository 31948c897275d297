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
  it('agrees with the rule written as a regular expression over the whole normalised text', () => {
    // inputs.md: DDMMYY and SSSS, with at most one `-` or space-like separator, no letter or digit
    // on either side, DDMMYY a real date; read after NFKC, dashes as `-`, format characters left out.
    const rule = /(?<![\p{L}\p{N}])(\d\d)(\d\d)(\d\d)[-\p{Zs}\u2028\u2029]?\d{4}(?![\p{L}\p{N}])/gu;
    const days = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
    const expected = (text: string): boolean => {
      // Written out apart from the reader's normaliseForCpr.
      const normal = text.normalize('NFKC').replace(/[\p{Pd}\u2212]/gu, '-').replace(/\p{Cf}/gu, '');
      for (let from = 0; from < normal.length; from++) {
        rule.lastIndex = from;
        const m = rule.exec(normal);
        if (m === null) return false;
        const [day, month, year] = [Number(m[1]), Number(m[2]), Number(m[3])];
        if (month >= 1 && month <= 12 && day >= 1 && day <= days[month - 1]! && !(month === 2 && day === 29 && year % 4 !== 0)) return true;
        from = m.index;
      }
      return false;
    };
    const alphabet = ['0', '1', '2', '9', '-', ' ', '.', 'a', 'æ', '\u00a0', '\u2011', '\u2212', '\uff10', '\uff11', '\u200b', '\u00ad', '\u0301', '\u{1d7ce}', '\u2009', '\t'];
    let seed = 12345;
    const random = (n: number): number => {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      return seed % n;
    };
    let found = 0;
    for (let k = 0; k < 20000; k++) {
      // a CPR number with a few characters changed, inserted or added around it, or random text
      const chars = k % 4 === 3 ? [] : [...'010190-1234'];
      for (let edits = random(4) + (chars.length === 0 ? 6 : 0); edits > 0; edits--) {
        const c = alphabet[random(alphabet.length)]!;
        const at = random(chars.length + 1);
        if (random(2) === 0 && at < chars.length) chars[at] = c;
        else chars.splice(at, 0, c);
      }
      const text = chars.join('');
      const want = expected(text);
      if (want) found++;
      expect([text, containsCpr(text)]).toEqual([text, want]);
    }
    expect(found).toBeGreaterThan(1000);
    expect(found).toBeLessThan(19000);
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
