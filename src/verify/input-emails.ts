// The e-mail addresses found in the input files: the output scan fails the build if any of
// them reaches the site (site.md "Privacy and safety rules for the output"). A build collects
// them in its file tasks (pipeline/file-task.ts, cached with each file's result) with
// emailsInFile.

import { createReadStream } from 'node:fs';
import { findEmails } from './scan.ts';

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
}

/**
 * The distinct e-mail addresses of one input file (lower-cased, sorted). Every address holds an
 * `@`, which is the byte 0x40 in each encoding the reader accepts (UTF-8, Windows-1252, and
 * UTF-16, where it is 0x40 next to 0x00) and no other character's byte in UTF-8 or Windows-1252:
 * a file without that byte (nearly every large export) has none and is not decoded at all.
 *
 * The file is read in chunks, so that a file of any size is searched (a whole-file read fails
 * above 2 GiB, and would fail the search). An address is made of ASCII characters only, which
 * are the same bytes in UTF-8 and Windows-1252, and every other byte is a character outside
 * ASCII in both: the bytes are searched as Latin-1 (one character per byte), which finds the
 * same addresses as either decoding; UTF-16 (with its byte-order mark) is decoded as such. A
 * failure (the file cannot be read, or a run of address characters is too long to be searched
 * whole) is thrown: the caller stops the build (fail closed), never takes it for "none found".
 */
export async function emailsInFile(absPath: string, limits: EmailSearchLimits = {}): Promise<string[]> {
  const chunkBytes = Math.max(4, limits.chunkBytes ?? CHUNK_BYTES); // the first chunk holds a byte-order mark whole
  const longestRun = limits.longestRun ?? LONGEST_RUN;
  let at = false;
  for await (const chunk of createReadStream(absPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    if (chunk.includes(0x40)) {
      at = true;
      break;
    }
  }
  if (!at) return [];
  const found = new Set<string>();
  let decoder: InstanceType<typeof TextDecoder> | null = null;
  let first = true;
  let carry = '';
  /** Searches the text up to its last character that no address holds; keeps the rest for the next chunk. */
  const search = (text: string, final: boolean): void => {
    let cut = text.length;
    if (!final) while (cut > 0 && isAddressChar(text.charCodeAt(cut - 1))) cut--;
    if (text.length - cut > longestRun) {
      throw new Error(`a run of more than ${longestRun} characters without a space or separator cannot be searched for e-mail addresses`);
    }
    for (const e of findEmails(cut === text.length ? text : text.slice(0, cut))) found.add(e);
    carry = text.slice(cut);
  };
  for await (const chunk of createReadStream(absPath, { highWaterMark: chunkBytes }) as AsyncIterable<Buffer>) {
    if (first) {
      first = false;
      if (chunk[0] === 0xff && chunk[1] === 0xfe) decoder = new TextDecoder('utf-16le');
      else if (chunk[0] === 0xfe && chunk[1] === 0xff) decoder = new TextDecoder('utf-16be');
    }
    search(carry + (decoder === null ? chunk.toString('latin1') : decoder.decode(chunk, { stream: true })), false);
  }
  search(carry + (decoder === null ? '' : decoder.decode()), true);
  return [...found].sort();
}
