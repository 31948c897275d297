// What counts as an e-mail address, one rule for the reader and the output scan (as the CPR rule
// is read/identifiers.ts's): the reader masks a value that holds one in a message (shown.ts), the
// build collects those of the input files and the output scan looks for them
// (verify/input-emails.ts, verify/cpr-email.ts).

/** An e-mail address: local part [A-Za-z0-9._%+-]+, `@`, two or more labels [A-Za-z0-9-]+ joined by dots. */
const isLocalChar = (c: number): boolean => isDomainChar(c) || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b; // . _ % +
const isDomainChar = (c: number): boolean => (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d;

/** Every e-mail address in a text (lower-cased), for collecting them from the inputs. */
export function findEmails(text: string): string[] {
  // The same matches as /[A-Za-z0-9._%+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)+/g, found from each @
  // outwards: that regex retries every start of a long run of letters and takes quadratic time.
  const found: string[] = [];
  let lastEnd = 0;
  for (let at = text.indexOf('@'); at !== -1; at = text.indexOf('@', at + 1)) {
    let start = at;
    while (start > lastEnd && isLocalChar(text.charCodeAt(start - 1))) start--;
    if (start === at) continue;
    let labels = 0;
    let end = at + 1;
    let i = end;
    for (;;) {
      while (i < text.length && isDomainChar(text.charCodeAt(i))) i++;
      if (i === end) break;
      labels++;
      end = i;
      if (text.charCodeAt(i) === 0x2e && i + 1 < text.length && isDomainChar(text.charCodeAt(i + 1))) {
        i++;
        end = i;
        continue;
      }
      break;
    }
    if (labels < 2) continue;
    found.push(text.slice(start, end).toLowerCase());
    lastEnd = end;
  }
  return found;
}

/** True when the text holds an e-mail address (findEmails finds one). */
export function containsEmail(text: string): boolean {
  return text.includes('@') && findEmails(text).length > 0;
}
