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

const SPACE_SEPARATOR = /^\p{Zs}$/u;

/**
 * True for what may stand between the two parts of a CPR number: `-`, or one space-like character
 * (a Unicode space separator, category Zs: space, no-break space, thin space, …; or the line or
 * paragraph separator U+2028, U+2029). Not a tab, not a line break.
 */
export function isCprSeparator(c: number): boolean {
  if (c === 0x2d || c === 0x20) return true;
  if (c < 0xa0) return false;
  return c === 0x2028 || c === 0x2029 || SPACE_SEPARATOR.test(String.fromCharCode(c));
}

/**
 * The offset of the first CPR number in a text already normalised (normaliseForCpr) at or after `from`, or -1:
 * DDMMYYSSSS, or DDMMYY and SSSS with one separator between them (`-` or one space-like character: isCprSeparator),
 * no letter or digit right before or after, the first six digits a real date. The check digit is not used.
 */
export function firstCprOffset(text: string, from = 0): number {
  // The same offsets as /(?<![\p{L}\p{N}])(\d\d)(\d\d)(\d\d)[-\p{Zs}\u2028\u2029]?\d{4}(?![\p{L}\p{N}])/gu from lastIndex
  // `from`. A match starts a run of ASCII digits (a digit before it fails the look-behind) and is either a run of exactly
  // ten digits or a run of exactly six, a separator and a run of exactly four. SIX_DIGITS finds the runs of six or more quickly.
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
    else if (end - start === 6 && end + 5 <= n && isCprSeparator(text.charCodeAt(end))) {
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

// CPR numbers however they are typed (issue 11): a number copied from Word has a non-breaking
// hyphen, one from a spreadsheet may have full-width digits or a minus sign, one pasted from a web
// page may hold invisible characters. Before the CPR check (the reader's and the output scan's
// alike), a text is read as its Unicode compatibility normal form (NFKC: `０` is `0`, `𝟎` is `0`),
// with every dash read as `-` and the invisible format characters (zero-width space, joiners,
// word joiner, byte-order mark, soft hyphen, and the rest of Unicode's category Cf) left out.

/** Dashes read as `-`: U+2010–U+2015, U+2212, and (before NFKC maps them) U+FE58, U+FE63, U+FF0D. */
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
/** Format characters left out (U+200B–U+200D, U+2060, U+FEFF, U+00AD among them). */
const FORMAT = /[\p{Cf}\u200B]/gu;
const NOT_ASCII = /[^\u0000-\u007f]/;

function normaliseAll(text: string): string {
  return text.normalize('NFKC').replace(DASHES, '-').replace(FORMAT, '');
}

/**
 * The text as the CPR check reads it: NFKC, dashes as `-`, format characters left out. An ASCII
 * text is returned as it is (the normalisation never changes one).
 */
export function normaliseForCpr(text: string): string {
  return NOT_ASCII.test(text) ? normaliseAll(text) : text;
}

/**
 * Per BMP code unit, whether normalising could change what the CPR check finds there; decided for
 * each character the first time it is met (0 not yet known, 1 yes, 2 no), so that only the
 * characters of the texts read are ever normalised. A CPR number, and the decimals rule of the
 * output scan, are made of ASCII digits, `-` and `.`, and look at the character on either side.
 * A character that normalisation changes into something holding a digit, `.`, `-` or a separator
 * (isCprSeparator; a space-like character that normalises to a plain space is read as a separator
 * either way), into nothing (a format character), or into something that starts or ends
 * differently as to being a letter or number (`℀` is `a/c`), and a combining mark (it may join the
 * letter before it into one letter), can only matter next to a digit, next to another such
 * character, or before a `.` that a digit follows: no single character becomes four digits or
 * more, so one cannot make a number on its own, or with a `-` next to it (a test checks this of
 * every character). Every astral character (a surrogate) is taken to matter, to keep this small.
 */
const CPR_SENSITIVE = new Uint8Array(0x10000);
const MARK = /^\p{M}$/u;

function cprSensitiveByNormalising(c: number): boolean {
  if (c >= 0xd800 && c <= 0xdfff) return true;
  const ch = String.fromCharCode(c);
  if (MARK.test(ch)) return true; // may combine with the letter before it (`A` and U+030A are `Å`)
  const normal = normaliseAll(ch);
  if (normal === ch) return false;
  const points = [...normal];
  const letterOrNumber = (p: string | undefined): boolean => p !== undefined && LETTER_OR_NUMBER.test(p);
  // A separator (isCprSeparator) the text as written has already, normalised to a space, is no matter;
  // something else that normalises to a separator or holds one is.
  const separator = !(normal === ' ' && isCprSeparator(c)) && points.some((p) => isCprSeparator(p.charCodeAt(0)));
  if (/[0-9]{4}/.test(normal)) throw new Error(`U+${c.toString(16)} normalises to four digits or more`);
  return normal === '' || /[0-9.-]/.test(normal) || separator || letterOrNumber(points[0]) !== letterOrNumber(ch)
    || letterOrNumber(points[points.length - 1]) !== letterOrNumber(ch);
}

/** True when the BMP code unit `c` is outside ASCII and one of the characters of CPR_SENSITIVE (every surrogate). */
export function isCprSensitiveUnit(c: number): boolean {
  if (c < 0x80) return false;
  let known = CPR_SENSITIVE[c]!;
  if (known === 0) {
    known = cprSensitiveByNormalising(c) ? 1 : 2;
    CPR_SENSITIVE[c] = known;
  }
  return known === 1;
}

/** An ASCII digit, or a character of CPR_SENSITIVE. */
function digitOrSensitive(c: number): boolean {
  return (c >= 0x30 && c <= 0x39) || isCprSensitiveUnit(c);
}

/** True when normalising the text could change what the CPR check finds in it (see CPR_SENSITIVE). */
function cprSensitiveText(text: string): boolean {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (!isCprSensitiveUnit(c)) continue;
    if (c >= 0xd800 && c <= 0xdfff) return true;
    if (i > 0 && digitOrSensitive(text.charCodeAt(i - 1))) return true;
    if (i + 1 < n) {
      const d = text.charCodeAt(i + 1);
      if (digitOrSensitive(d)) return true;
      if (d === 0x2e && i + 2 < n && digitOrSensitive(text.charCodeAt(i + 2))) return true;
    }
  }
  return false;
}

/**
 * The text the CPR check searches: the text itself when normalising it cannot change what the
 * check finds (nearly always: `CO₂`, `–` between words and æøå are no matter), else normaliseForCpr.
 */
export function cprSearchText(text: string): string {
  return NOT_ASCII.test(text) && cprSensitiveText(text) ? normaliseAll(text) : text;
}

/**
 * The offset in `text` of the character that the offset `at` of `normal` (cprSearchText(text))
 * comes from: exact for a character that normalises on its own, else the last code point boundary
 * whose part of the text before it normalises to at most `at` characters. Always on the same line, since a line break is ASCII and stays as it is.
 */
export function originalOffset(text: string, normal: string, at: number): number {
  if (normal === text) return at;
  // An ASCII character never combines with the one before it, so the text normalises piece by
  // piece, a piece being an ASCII character with the characters outside ASCII after it; within a
  // piece, code point by code point when that gives the same as the whole piece.
  let done = 0;
  let i = 0;
  const n = text.length;
  while (i < n) {
    let end = i + 1;
    while (end < n && text.charCodeAt(end) >= 0x80) end++;
    const piece = text.slice(i, end);
    const normalPiece = end - i > 1 || text.charCodeAt(i) >= 0x80 ? normaliseAll(piece) : piece;
    if (at < done + normalPiece.length) {
      let byPoint = '';
      const starts: number[] = [];
      const offsets: number[] = [];
      for (let j = i; j < end; ) {
        const width = text.codePointAt(j)! > 0xffff ? 2 : 1;
        starts.push(byPoint.length);
        offsets.push(j);
        byPoint += normaliseAll(text.slice(j, j + width));
        j += width;
      }
      if (byPoint !== normalPiece) {
        // Characters that normalise together (`c` and U+0301 are `ć`): the last code point
        // boundary of the piece whose part before it normalises to at most `at - done` characters.
        let best = i;
        for (let k = i + 1; k <= end; k++) {
          if (k < end && isLow(text.charCodeAt(k)) && isHigh(text.charCodeAt(k - 1))) continue;
          if (normaliseAll(text.slice(i, k)).length <= at - done) best = k;
        }
        return best;
      }
      let k = 0;
      while (k + 1 < starts.length && starts[k + 1]! <= at - done) k++;
      return offsets[k]!;
    }
    done += normalPiece.length;
    i = end;
  }
  return n;
}

/**
 * Per BMP code unit, whether normalising a text (normaliseForCpr) may change it there: a character
 * that normalises to something else on its own (a dash, a format character, `₂`, `ﬁ`, full-width
 * letters and digits, a no-break space), a combining mark or a Hangul jamo (they may compose with
 * the character before them), and every surrogate (to keep this small). Decided for each character
 * the first time it is met (0 not yet known, 1 yes, 2 no).
 */
const CHANGEABLE = new Uint8Array(0x10000);
const COMPOSES = /^[\p{M}\u1100-\u11FF\uA960-\uA97F\uD7B0-\uD7FF]$/u;

/** True when normalising may change a text at the BMP code unit `c` (see CHANGEABLE; every surrogate). */
export function isChangeableUnit(c: number): boolean {
  if (c < 0x80) return false;
  let known = CHANGEABLE[c]!;
  if (known === 0) {
    const ch = String.fromCharCode(c);
    known = (c >= 0xd800 && c <= 0xdfff) || COMPOSES.test(ch) || normaliseAll(ch) !== ch ? 1 : 2;
    CHANGEABLE[c] = known;
  }
  return known === 1;
}

/**
 * The text the employee-id search of the output scan reads besides the text as written: the text
 * normalised as the CPR check normalises it (normaliseForCpr: `KF‑1023` with a non-breaking hyphen,
 * a minus sign or a zero-width space inside reads as `KF-1023`), or the text itself when
 * normalising cannot change it (an ASCII text; Danish letters alone).
 */
export function normalisedIfChanged(text: string): string {
  if (!NOT_ASCII.test(text)) return text;
  for (let i = 0; i < text.length; i++) {
    if (isChangeableUnit(text.charCodeAt(i))) return normaliseAll(text);
  }
  return text;
}

/**
 * False when the text cannot hold a CPR number, however typed: it has no run of six ASCII digits
 * and no character of CPR_SENSITIVE. Then cprSearchText is the text itself (cprSensitiveText only
 * says yes at such a character) and firstCprOffset, which starts from a run of six digits, finds
 * nothing. One pass over the characters, stopping at the first that could matter; nearly every
 * cell is told apart so, and only the others are searched in full.
 */
export function mayHoldCpr(text: string): boolean {
  let run = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x30 && c <= 0x39) {
      if (++run === 6) return true;
    } else {
      run = 0;
      if (c >= 0x80 && isCprSensitiveUnit(c)) return true;
    }
  }
  return false;
}

/** True when the text holds a CPR number anywhere, however typed (see firstCprOffset, normaliseForCpr). */
export function containsCpr(text: string): boolean {
  return mayHoldCpr(text) && firstCprOffset(cprSearchText(text)) !== -1;
}

/** Runs of Markdown emphasis, strikethrough and code-span markers. */
const MARKDOWN_MARKS = /[*_`~]+/g;

/**
 * True when a line of Markdown holds a CPR number as it is written or as a page shows it: with
 * the emphasis, strikethrough and code-span markers (`*`, `_`, `` ` ``, `~`) next to a digit left out,
 * `0101**90**-1234` is `0101<strong>90</strong>-1234` on the page, which a reader sees as 010190-1234.
 */
export function containsCprInMarkdown(line: string): boolean {
  if (containsCpr(line)) return true;
  const normal = normaliseForCpr(line);
  if (!MARKDOWN_MARKS.test(normal)) return false;
  MARKDOWN_MARKS.lastIndex = 0;
  const joined = normal.replace(MARKDOWN_MARKS, (run: string, at: number) =>
    isDigit(normal.charCodeAt(at - 1)) || isDigit(normal.charCodeAt(at + run.length)) ? '' : run);
  return joined !== normal && firstCprOffset(joined) !== -1;
}
