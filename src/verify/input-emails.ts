// The e-mail addresses found in the input files: the output scan fails the build if any of
// them reaches the site (site.md "Privacy and safety rules for the output"). A build collects
// them in its file tasks (pipeline/file-task.ts, cached with each file's result) with
// emailsInDataFile, which opens the file as the reader does (read/data-file.ts).

import path from 'node:path';
import { openDataFile, withDataFile, type DataFile, type Refusal } from '../read/data-file.ts';
import { findEmails } from '../read/emails.ts';

/** Bytes read at a time. */
const CHUNK_BYTES = 1 << 24;
/** A run of characters that may make an address, longer than this, and the search gives up. */
const LONGEST_RUN = 1 << 22;

/** The characters an address is made of (findEmails): letters, digits, `.`, `_`, `%`, `+`, `-`, `@`. */
const isAddressChar = (c: number): boolean =>
  (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === 0x2d || c === 0x2e || c === 0x5f || c === 0x25 || c === 0x2b || c === 0x40;

export interface EmailSearchLimits {
  readonly chunkBytes?: number;
  readonly longestRun?: number;
  /** The file's size as the reader read it: another size, and the search fails (the file changed). */
  readonly expectedBytes?: number;
}

/** Why the search of a file could not run, in words for a message ("… (it is a link now)"). */
const REFUSAL_WORDS: Readonly<Record<Refusal, string>> = {
  link: 'it is a link now',
  special: 'it is not an ordinary file now (a pipe, a device or a socket)',
  folder: 'it is a folder now',
  missing: 'it is missing now',
  unreadable: 'it cannot be read',
  outside: 'it leads outside the data folder now',
};

/**
 * The file could not be searched: refused as the reader refuses it (a link, a FIFO, a device…,
 * read/data-file.ts), or other bytes than the reader's (its size changed). The caller stops the
 * build (fail closed); `reason` says why in words, never with the path.
 */
export class NotSearchable extends Error {
  readonly reason: string;
  constructor(readonly refusal: Refusal | 'changed') {
    const reason = refusal === 'changed' ? 'it changed while it was read' : REFUSAL_WORDS[refusal];
    super(`the file could not be searched for e-mail addresses: ${reason}`);
    this.reason = reason;
  }
}

/**
 * The distinct e-mail addresses of the input file `rel` of the data folder `dataDir` (lower-cased,
 * sorted). The file is opened as the reader opens every data file (read/data-file.ts
 * openDataFile: each part of its path checked without following a link, opened with O_NOFOLLOW
 * and checked on the open handle): a link, a FIFO, a device or a socket in its place, or on its
 * path, is refused at once (NotSearchable), nothing of it is read, and a FIFO cannot hang the
 * build. With `expectedBytes` (the size the reader read), a file of another size is NotSearchable
 * too: swapped after the reader closed it, its addresses would not be the published ones.
 */
export async function emailsInDataFile(dataDir: string, rel: string, limits: EmailSearchLimits = {}): Promise<string[]> {
  const opened = await openDataFile(dataDir, rel);
  if (!opened.ok) throw new NotSearchable(opened.refusal);
  return withDataFile(opened.file, async (file) => {
    if (limits.expectedBytes !== undefined && file.size !== limits.expectedBytes) throw new NotSearchable('changed');
    const found = await emailsInChunks(file, limits);
    if (limits.expectedBytes !== undefined && found.bytes !== limits.expectedBytes) throw new NotSearchable('changed');
    return found.emails;
  });
}

/** emailsInDataFile for a file given by its absolute path (its folder taken as the data folder). */
export function emailsInFile(absPath: string, limits: EmailSearchLimits = {}): Promise<string[]> {
  return emailsInDataFile(path.dirname(absPath), path.basename(absPath), limits);
}

/**
 * The distinct e-mail addresses of an open file, and the number of bytes read. Every address holds
 * an `@`, which is the byte 0x40 in each encoding the reader accepts (UTF-8, Windows-1252, and
 * UTF-16, where it is 0x40 next to 0x00) and no other character's byte in UTF-8 or Windows-1252:
 * a chunk without that byte (nearly every chunk of a large export) is not decoded at all; only
 * its last run of address characters is kept, in case the next chunk holds the rest of an address.
 *
 * The file is read once, in chunks, so that a file of any size is searched (a whole-file read
 * fails above 2 GiB, and would fail the search). An address is made of ASCII characters only,
 * which are the same bytes in UTF-8 and Windows-1252, and every other byte is a character outside
 * ASCII in both: the bytes are searched as Latin-1 (one character per byte), which finds the same
 * addresses as either decoding; UTF-16 (with its byte-order mark) is decoded as such. A failure
 * (the file cannot be read, or a run of address characters is too long to be searched whole) is
 * thrown: the caller stops the build (fail closed), never takes it for "none found".
 */
async function emailsInChunks(file: DataFile, limits: EmailSearchLimits): Promise<{ emails: string[]; bytes: number }> {
  const chunkBytes = Math.max(4, limits.chunkBytes ?? CHUNK_BYTES); // the first chunk holds a byte-order mark whole
  const longestRun = limits.longestRun ?? LONGEST_RUN;
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
  for await (const chunk of file.chunks(chunkBytes)) {
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
