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

const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

function isRealDate(day: number, month: number, twoDigitYear: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  if (month === 2 && day === 29) return twoDigitYear % 4 === 0; // 00 is 2000, a leap year
  return day <= (DAYS_IN_MONTH[month - 1] ?? 0);
}

// Letters and numbers (\p{L}, \p{N}) decided one code point at a time, as a regular expression with
// the `u` flag reads a text: a surrogate pair is one code point, a lone surrogate is neither.
const LETTER_OR_NUMBER = /^[\p{L}\p{N}]$/u;
/** Per BMP code unit: 0 not yet known, 1 a letter or number, 2 neither (lone surrogates included). */
const BMP_LETTER_OR_NUMBER = new Uint8Array(0x10000);
const ASTRAL_LETTER_OR_NUMBER = new Map<number, boolean>();

/** True when the BMP code unit `c` (a whole code point; a surrogate counts as lone) is a letter or number. */
export function isLetterOrNumberUnit(c: number): boolean {
  let known = BMP_LETTER_OR_NUMBER[c]!;
  if (known === 0) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(c)) ? 1 : 2;
    BMP_LETTER_OR_NUMBER[c] = known;
  }
  return known === 1;
}

/** True when the surrogate pair `high`,`low` is a letter or number. */
export function isLetterOrNumberPair(high: number, low: number): boolean {
  const cp = (high - 0xd800) * 0x400 + (low - 0xdc00) + 0x10000;
  let known = ASTRAL_LETTER_OR_NUMBER.get(cp);
  if (known === undefined) {
    known = LETTER_OR_NUMBER.test(String.fromCharCode(high, low));
    ASTRAL_LETTER_OR_NUMBER.set(cp, known);
  }
  return known;
}

const isHigh = (c: number): boolean => c >= 0xd800 && c <= 0xdbff;
const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;
const isDigit = (c: number): boolean => c >= 0x30 && c <= 0x39;

/** True when the code point starting at `at` is a letter or number (false at the end of the text). */
function letterOrNumberAt(text: string, at: number): boolean {
  if (at >= text.length) return false;
  const c = text.charCodeAt(at);
  if (isHigh(c) && at + 1 < text.length) {
    const d = text.charCodeAt(at + 1);
    if (isLow(d)) return isLetterOrNumberPair(c, d);
  }
  return isLetterOrNumberUnit(c);
}

/** True when the code point ending right before `at` is a letter or number (false at the start). */
function letterOrNumberBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  const c = text.charCodeAt(at - 1);
  if (isLow(c) && at >= 2) {
    const h = text.charCodeAt(at - 2);
    if (isHigh(h)) return isLetterOrNumberPair(h, c);
  }
  return isLetterOrNumberUnit(c);
}

const SIX_DIGITS = /\d{6}/g;
const twoDigits = (text: string, at: number): number => (text.charCodeAt(at) - 0x30) * 10 + (text.charCodeAt(at + 1) - 0x30);

/**
 * The offset of the first CPR number in the text at or after `from`, or -1: DDMMYY-SSSS or DDMMYYSSSS, no letter or
 * digit right before or after, the first six digits a real date. The check digit is not used.
 */
export function firstCprOffset(text: string, from = 0): number {
  // The same offsets as /(?<![\p{L}\p{N}])(\d\d)(\d\d)(\d\d)-?\d{4}(?![\p{L}\p{N}])/gu from lastIndex `from`. A match
  // starts a run of ASCII digits (a digit before it fails the look-behind) and is either a run of exactly ten digits
  // or a run of exactly six, `-` and a run of exactly four. SIX_DIGITS finds the runs of six or more quickly.
  const n = text.length;
  let i = from > 0 ? Math.floor(from) : 0;
  while (i + 10 <= n) {
    SIX_DIGITS.lastIndex = i;
    if (!SIX_DIGITS.test(text)) return -1;
    const start = SIX_DIGITS.lastIndex - 6;
    let end = start + 6;
    while (end < n && isDigit(text.charCodeAt(end))) end++;
    let after = -1;
    if (end - start === 10) after = end;
    else if (end - start === 6 && text.charCodeAt(end) === 0x2d && end + 5 <= n) {
      let four = end + 1;
      while (four < end + 5 && isDigit(text.charCodeAt(four))) four++;
      if (four === end + 5) after = four;
    }
    if (
      after !== -1 &&
      !letterOrNumberAt(text, after) &&
      !letterOrNumberBefore(text, start) &&
      isRealDate(twoDigits(text, start), twoDigits(text, start + 2), twoDigits(text, start + 4))
    )
      return start;
    i = end;
  }
  return -1;
}

/** True when the text holds a CPR number anywhere (see firstCprOffset). */
export function containsCpr(text: string): boolean {
  return firstCprOffset(text) !== -1;
}
