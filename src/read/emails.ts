// What counts as an e-mail address, one rule for the reader and the output scan (as the CPR rule
// is read/identifiers.ts's): the reader masks a value that holds one in a message (shown.ts), the
// build collects those of the input files (emailsInChunks, on the bytes the reader read) and the
// output scan looks for them (verify/cpr-email.ts).

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

/** A run of characters that may make an address, longer than this, and the search gives up. */
const LONGEST_ADDRESS_RUN = 1 << 22;

/** The characters an address is made of (findEmails): letters, digits, `.`, `_`, `%`, `+`, `-`, `@`. */
export const isAddressChar = (c: number): boolean => isLocalChar(c) || c === 0x40;

/**
 * The distinct e-mail addresses (lower-cased, sorted) of a file's bytes, given chunk by chunk, and
 * the number of bytes. Every address holds an `@`, which is the byte 0x40 in each encoding the
 * reader accepts (UTF-8, Windows-1252, and UTF-16, where it is 0x40 next to 0x00) and no other
 * character's byte in UTF-8 or Windows-1252: a chunk without that byte (nearly every chunk of a
 * large export) is not decoded at all; only its last run of address characters is kept, in case
 * the next chunk holds the rest of an address. An address is made of ASCII characters only, which
 * are the same bytes in UTF-8 and Windows-1252, and every other byte is a character outside ASCII
 * in both: the bytes are searched as Latin-1 (one character per byte), which finds the same
 * addresses as either decoding; UTF-16 (with its byte-order mark, whole in the first chunk) is
 * decoded as such. A run of address characters too long to be searched whole is thrown: the
 * caller fails closed, never takes it for "none found".
 */
export async function emailsInChunks(chunks: AsyncIterable<Buffer>, longestRun = LONGEST_ADDRESS_RUN): Promise<{ emails: string[]; bytes: number }> {
  const found = new Set<string>();
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let first = true;
  let carry = '';
  let bytes = 0;
  /** The carried run was longer than longestRun (only its end is kept). */
  let overlong = false;
  const tooLong = (): Error => new Error(`a run of more than ${longestRun} characters without a space or separator cannot be searched for e-mail addresses`);
  /** Searches the text up to its last character that no address holds; keeps the rest for the next chunk. */
  const search = (text: string, final: boolean): void => {
    let cut = text.length;
    if (!final) while (cut > 0 && isAddressChar(text.charCodeAt(cut - 1))) cut--;
    if (text.length - cut > longestRun) throw tooLong();
    for (const e of findEmails(cut === text.length ? text : text.slice(0, cut))) found.add(e);
    carry = text.slice(cut);
  };
  for await (const chunk of chunks) {
    bytes += chunk.length;
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = new TextDecoder('utf-16le');
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) decoder = new TextDecoder('utf-16be');
    }
    if (decoder === null && !chunk.includes(0x40) && !carry.includes('@')) {
      // No `@` in the carried run nor in the chunk: no address ends here. Keep the chunk's last
      // run of address characters (the whole carry and chunk when the chunk is one such run).
      let cut = chunk.length;
      while (cut > 0 && isAddressChar(chunk[cut - 1]!)) cut--;
      if (cut > 0) overlong = false;
      carry = cut === 0 ? carry + chunk.toString('latin1') : chunk.toString('latin1', cut);
      if (carry.length > longestRun) {
        // Too long to be searched whole: an error only once an `@` comes (a file without one has no address).
        overlong = true;
        carry = carry.slice(-longestRun);
      }
      continue;
    }
    if (overlong) throw tooLong();
    search(carry + (decoder === null ? chunk.toString('latin1') : decoder.decode(chunk, { stream: true })), false);
  }
  if (carry.includes('@') || decoder !== null) search(carry + (decoder === null ? '' : decoder.decode()), true);
  return { emails: [...found].sort(), bytes };
}
