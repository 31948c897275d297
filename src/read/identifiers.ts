// Personal identifiers are refused (inputs.md "Personal identifiers are refused"): columns named
// like a name, e-mail, CPR number, address or phone, and any cell holding a Danish CPR number.

const PERSONAL_COLUMN_NAMES: ReadonlySet<string> = new Set([
  'name', 'navn', 'email', 'e-mail', 'cpr', 'cpr-nr', 'adresse', 'address', 'phone', 'telefon',
]);

/** True for a header name that names personal data (`_` and spaces read as `-`). */
export function isPersonalColumnName(header: string): boolean {
  const normal = header.normalize('NFC').trim().toLowerCase().replace(/[_\s]/g, '-');
  return PERSONAL_COLUMN_NAMES.has(normal);
}

const QUICK = /\d{6}-?\d{4}/;
const CPR = /(?<![\p{L}\p{N}])(\d\d)(\d\d)(\d\d)-?\d{4}(?![\p{L}\p{N}])/gu;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0; // 00 is 2000, a leap year
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

/**
 * The offset of the first CPR number in the text at or after `from`, or -1: DDMMYY-SSSS or DDMMYYSSSS, no letter or
 * digit right before or after, the first six digits a real date. The check digit is not used.
 */
export function firstCprOffset(text: string, from = 0): number {
  if (!QUICK.test(text)) return -1;
  CPR.lastIndex = from;
  for (let m = CPR.exec(text); m !== null; m = CPR.exec(text)) {
    if (isRealDate(Number(m[1]), Number(m[2]), Number(m[3]))) return m.index;
    CPR.lastIndex = m.index + 1;
  }
  return -1;
}

/** True when the text holds a CPR number anywhere (see firstCprOffset). */
export function containsCpr(text: string): boolean {
  return firstCprOffset(text) !== -1;
}
