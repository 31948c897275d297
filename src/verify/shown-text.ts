// The text of a markup file (HTML, SVG, XML) as a browser shows it, for the output scan
// (verify/scan.ts), with the way back from an offset of the shown text to one of the markup.

// Markup (issue 17): a browser shows `0101<strong>90</strong>-1234` as 010190-1234. A page is also
// scanned as it is shown: its inline formatting tags left out, every other tag read as a space,
// comments left out and character references (`&#45;`, `&nbsp;`) read as their characters.

/** Tags a browser shows their text inline with the text around: left out of the shown text. */
const INLINE_TAGS: ReadonlySet<string> = new Set([
  'a', 'abbr', 'b', 'bdi', 'bdo', 'big', 'cite', 'code', 'data', 'del', 'dfn', 'em', 'font', 'i', 'ins', 'kbd', 'mark',
  's', 'samp', 'small', 'span', 'strike', 'strong', 'sub', 'sup', 'time', 'tt', 'u', 'var', 'wbr',
]);

const LONGEST_INLINE_TAG = Math.max(...[...INLINE_TAGS].map((t) => t.length));
const isInlineTag = (name: string): boolean => INLINE_TAGS.has(name) || (/[A-Z]/.test(name) && INLINE_TAGS.has(name.toLowerCase()));

/** The named character references a text is likely to hide a number or separator with. */
const NAMED_REFERENCES: Readonly<Record<string, string>> = {
  nbsp: '\u00A0', ensp: '\u2002', emsp: '\u2003', thinsp: '\u2009', hairsp: '\u200A', numsp: '\u2007', puncsp: '\u2008',
  MediumSpace: '\u205F', NoBreak: '\u2060', ZeroWidthSpace: '\u200B', zwj: '\u200D', zwnj: '\u200C', shy: '\u00AD',
  hyphen: '\u2010', dash: '\u2010', ndash: '\u2013', mdash: '\u2014', minus: '\u2212', amp: '&', lt: '<', gt: '>', quot: '"', apos: "'",
};

/** Per ASCII code: 1 a letter, 2 a digit, 4 a hexadecimal digit, 8 white space (as `\s` reads it). */
const MARKUP_CLASS = new Uint8Array(128);
for (let c = 0; c < 128; c++) {
  const ch = String.fromCharCode(c);
  MARKUP_CLASS[c] = (/[A-Za-z]/.test(ch) ? 1 : 0) | (/[0-9]/.test(ch) ? 2 : 0) | (/[0-9A-Fa-f]/.test(ch) ? 4 : 0) | (/\s/.test(ch) ? 8 : 0);
}
const WHITE_SPACE = /^\s$/;
/** The MARKUP_CLASS bits of the code unit at `i` (white space outside ASCII too; 0 past the end). */
function markupClass(text: string, i: number): number {
  if (i >= text.length) return 0;
  const c = text.charCodeAt(i);
  return c < 128 ? MARKUP_CLASS[c]! : WHITE_SPACE.test(text[i]!) ? 8 : 0;
}

/** One piece of markup found by nextMarkup, and where the search goes on. */
export interface Markup {
  start: number;
  end: number;
  /** What it shows as; null: a character reference that is not read (it stays as written). */
  replacement: string | null;
  /** The next `<` and `&` found so far (-1: none after it; -2: not searched yet), so that the text is searched for each once. */
  lt: number;
  amp: number;
}

export const newMarkup = (): Markup => ({ start: 0, end: 0, replacement: null, lt: -2, amp: -2 });

/**
 * The first piece of markup at or after `from`, written into `into`; false when there is none: a
 * tag (`<`, an optional `/`, a letter, then letters, digits or `-`, then white space, `/` or `>`,
 * and no `<` before its `>`), a comment `<!-- … -->`, a declaration `<! … >` without `<`, or a
 * character reference (`&#…;` of 1 to 7 digits, `&#x…;` of 1 to 6, `&name;`).
 */
export function nextMarkup(text: string, from: number, into: Markup): boolean {
  const n = text.length;
  let lt = into.lt === -1 || into.lt >= from ? into.lt : text.indexOf('<', from);
  let amp = into.amp === -1 || into.amp >= from ? into.amp : text.indexOf('&', from);
  for (;;) {
    into.lt = lt;
    into.amp = amp;
    if (lt === -1 && amp === -1) return false;
    if (lt !== -1 && (amp === -1 || lt < amp)) {
      const p = lt;
      let q = p + 1;
      if (text.charCodeAt(q) === 0x2f) q++;
      if ((markupClass(text, q) & 1) !== 0) {
        const nameStart = q;
        q++;
        while ((markupClass(text, q) & 3) !== 0 || text.charCodeAt(q) === 0x2d) q++;
        const c = text.charCodeAt(q);
        if (c === 0x2f || c === 0x3e || (markupClass(text, q) & 8) !== 0) {
          let r = q;
          while (r < n && text.charCodeAt(r) !== 0x3e && text.charCodeAt(r) !== 0x3c) r++;
          if (r < n && text.charCodeAt(r) === 0x3e) {
            into.start = p;
            into.end = r + 1;
            into.replacement = q - nameStart <= LONGEST_INLINE_TAG && isInlineTag(text.slice(nameStart, q)) ? '' : ' ';
            return true;
          }
        }
      } else if (text.charCodeAt(p + 1) === 0x21) {
        if (text.startsWith('<!--', p)) {
          const close = text.indexOf('-->', p + 4);
          if (close !== -1) {
            into.start = p;
            into.end = close + 3;
            into.replacement = '';
            return true;
          }
        }
        let r = p + 2;
        while (r < n && text.charCodeAt(r) !== 0x3e && text.charCodeAt(r) !== 0x3c) r++;
        if (r < n && text.charCodeAt(r) === 0x3e) {
          into.start = p;
          into.end = r + 1;
          into.replacement = ' ';
          return true;
        }
      }
      lt = text.indexOf('<', p + 1);
    } else {
      const p = amp;
      const end = referenceEnd(text, p);
      if (end !== -1) {
        into.start = p;
        into.end = end;
        into.replacement = referenceText(text.slice(p + 1, end - 1));
        return true;
      }
      amp = text.indexOf('&', p + 1);
    }
  }
}

/** The end of the character reference at `p` (an `&`), after its `;`, or -1. */
function referenceEnd(text: string, p: number): number {
  let q = p + 1;
  if (text.charCodeAt(q) === 0x23) {
    q++;
    if (text.charCodeAt(q) !== 0x78 && text.charCodeAt(q) !== 0x58) {
      const digits = q;
      while ((markupClass(text, q) & 2) !== 0 && q - digits < 8) q++;
      return q - digits >= 1 && q - digits <= 7 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
    }
    q++;
    const digits = q;
    while ((markupClass(text, q) & 4) !== 0 && q - digits < 7) q++;
    return q - digits >= 1 && q - digits <= 6 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
  }
  if ((markupClass(text, q) & 1) === 0) return -1;
  const first = q;
  q++;
  while ((markupClass(text, q) & 3) !== 0 && q - first < 33) q++;
  return q - first >= 2 && q - first <= 32 && text.charCodeAt(q) === 0x3b ? q + 1 : -1;
}

/** What a character reference (`#45`, `#x2D`, `nbsp`) shows as; null when it is not read. */
function referenceText(ref: string): string | null {
  if (ref.charCodeAt(0) === 0x23) {
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff) ? null : String.fromCodePoint(cp);
  }
  return NAMED_REFERENCES[ref] ?? null;
}

export interface Shown {
  readonly text: string;
  /** Per piece of `text`: where it starts in `text`, where it comes from, whether it is copied (else one replaced character). */
  readonly starts: readonly number[];
  readonly from: readonly number[];
  readonly copied: readonly boolean[];
}

/**
 * Walks the text as a browser shows it: `piece` is called with each part of the shown text and
 * where it comes from (copied from the markup, or one replacement of a piece of markup); false
 * when nothing is replaced (the shown text is the text itself).
 */
function walkShown(text: string, piece: (part: string, at: number, copy: boolean) => void): boolean {
  let last = 0;
  const m = newMarkup();
  for (let at = 0; nextMarkup(text, at, m); at = m.end) {
    if (m.replacement === null) continue;
    if (m.start > last) piece(text.slice(last, m.start), last, true);
    if (m.replacement !== '') piece(m.replacement, m.start, false);
    last = m.end;
  }
  if (last === 0) return false;
  if (last < text.length) piece(text.slice(last), last, true);
  return true;
}

/** The text as a browser shows it (see above); null when that is the text itself. The scan's
 * common case: without the way back to the markup's offsets, which only a finding needs (shownText). */
export function shownTextOnly(text: string): string | null {
  const parts: string[] = [];
  return walkShown(text, (part) => { parts.push(part); }) ? parts.join('') : null;
}

/** The text as a browser shows it (see above), with the way back to the offsets of the markup; null when that is the text itself. */
export function shownText(text: string): Shown | null {
  const parts: string[] = [];
  const starts: number[] = [];
  const from: number[] = [];
  const copied: boolean[] = [];
  let length = 0;
  const walked = walkShown(text, (part, at, copy) => {
    parts.push(part);
    starts.push(length);
    from.push(at);
    copied.push(copy);
    length += part.length;
  });
  return walked ? { text: parts.join(''), starts, from, copied } : null;
}

/** The offset in the markup of the offset `at` of its shown text. */
export function markupOffset(shown: Shown, at: number): number {
  let lo = 0;
  let hi = shown.starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (shown.starts[mid]! <= at) lo = mid;
    else hi = mid - 1;
  }
  if (shown.starts.length === 0) return 0;
  return shown.copied[lo] ? shown.from[lo]! + (at - shown.starts[lo]!) : shown.from[lo]!;
}

/** True when the text is markup (HTML, SVG, XML): its first character other than white space and a byte-order mark is `<`. */
export function looksLikeMarkup(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d || c === 0xfeff) continue;
    return c === 0x3c;
  }
  return false;
}
