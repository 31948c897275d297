// Encodings (inputs.md "Encoding"): UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 when
// the file is not valid UTF-8. One streaming pass over the raw bytes finds the encoding and the
// file's size and SHA-256; a second pass (decodedChunks) hands the parser UTF-8 bytes.
// The same pass finds a NUL byte (an error: no text file holds one); a file read as Windows-1252
// that holds UTF-8 sequences (`Ã¥` for å) gets a warning on the first such line (issue 11, 13).

import { isUtf8 } from 'node:buffer';
import { createHash } from 'node:crypto';
import { TextDecoder } from 'node:util';
import type { DataFile } from './data-file.ts';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ByteScan {
  readonly bytes: number;
  readonly sha256: string;
  readonly encoding: TextEncodingName;
  /** The file cannot be decoded: the line of its first undecodable byte. */
  readonly undecodableLine: number | null;
  /** The line of the first NUL character, or null. */
  readonly nulLine: number | null;
  /** Read as Windows-1252: the first line holding what UTF-8 letters look like when so read (`Ã¥`), or null. */
  readonly mojibakeLine: number | null;
}

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Bytes Windows-1252 leaves undefined (a WHATWG TextDecoder maps them to C1 controls). */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

/**
 * How many bytes at the end of the buffer begin a UTF-8 sequence that the buffer does not hold
 * whole (0 to 3): they are checked with the bytes that follow them.
 */
function incompleteTail(buf: Buffer): number {
  const n = buf.length;
  for (let back = 1; back <= 3 && back <= n; back++) {
    const b = buf[n - back] as number;
    if ((b & 0xc0) === 0x80) continue; // a continuation byte
    if (b < 0xc0) return 0; // ASCII
    const length = b >= 0xf0 ? 4 : b >= 0xe0 ? 3 : 2;
    return length > back ? back : 0;
  }
  return 0;
}

export async function scanBytes(file: DataFile): Promise<ByteScan> {
  const hash = createHash('sha256');
  let bytes = 0;
  let encoding: TextEncodingName | null = null;
  let decoder: TextDecoder | null = null;
  /**
   * UTF-8: whether the bytes so far are valid UTF-8, as the strict WHATWG decoder reads it
   * (buffer.isUtf8: no decoding into text, which nothing here needs); `carry` is an incomplete
   * sequence at the end of the last chunk, checked with the next one.
   */
  let utf8Valid = true;
  let carry: Buffer | null = null;
  let decodedNewlines = 0;
  let undecodableLine: number | null = null;
  /** UTF-8 or Windows-1252: the byte offset of the first NUL; UTF-16: its line. */
  let nulOffset: number | null = null;
  let nulLine: number | null = null;
  for await (const chunk of file.chunks()) {
    hash.update(chunk);
    if (encoding === null) {
      // a file's first chunk holds its first 3 bytes unless the file is shorter
      encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8';
      if (encoding !== 'utf-8') decoder = new TextDecoder(encoding, { fatal: true });
    }
    if (encoding === 'utf-8' && nulOffset === null) {
      const at = chunk.indexOf(0);
      if (at !== -1) nulOffset = bytes + at;
    }
    bytes += chunk.length;
    if (encoding === 'utf-8') {
      if (utf8Valid) {
        const text: Buffer = carry === null ? chunk : Buffer.concat([carry, chunk]);
        const tail = incompleteTail(text);
        utf8Valid = isUtf8(tail === 0 ? text : text.subarray(0, text.length - tail));
        carry = tail === 0 ? null : Buffer.from(text.subarray(text.length - tail));
      }
    } else if (decoder !== null) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        if (nulLine === null) {
          const at = text.indexOf('\u0000');
          if (at !== -1) nulLine = decodedNewlines + countNewlines(text.slice(0, at)) + 1;
        }
        decodedNewlines += countNewlines(text);
      } catch {
        decoder = null;
        undecodableLine = decodedNewlines + 1;
      }
    }
  }
  if (decoder !== null) {
    try {
      decoder.decode();
    } catch {
      decoder = null;
      undecodableLine = decodedNewlines + 1;
    }
  }
  // A sequence the file ends in the middle of is not UTF-8.
  if (carry !== null) utf8Valid = false;
  if (encoding === null) encoding = 'utf-8'; // an empty file
  let mojibakeLine: number | null = null;
  if (encoding === 'utf-8' && !utf8Valid) {
    encoding = 'windows-1252';
    const found = await scan1252(file);
    undecodableLine = found.undefinedLine;
    mojibakeLine = found.mojibakeLine;
  }
  if (nulOffset !== null) nulLine = await lineOfOffset(file, nulOffset);
  return { bytes, sha256: hash.digest('hex'), encoding, undecodableLine, nulLine, mojibakeLine };
}

function newlinesIn(chunk: Buffer, end: number): number {
  let n = 0;
  for (let i = chunk.indexOf(0x0a); i !== -1 && i < end; i = chunk.indexOf(0x0a, i + 1)) n++;
  return n;
}

/** The 1-based line of a byte offset (UTF-8 or Windows-1252: a line break is the byte 0x0A). */
async function lineOfOffset(file: DataFile, offset: number): Promise<number> {
  let newlines = 0;
  let start = 0;
  for await (const chunk of file.chunks()) {
    if (offset < start + chunk.length) return newlines + newlinesIn(chunk, offset - start) + 1;
    newlines += newlinesIn(chunk, chunk.length);
    start += chunk.length;
  }
  return newlines + 1;
}

/**
 * A file read as Windows-1252: the line of its first undefined byte (an error), and of the first
 * UTF-8 two-byte sequence starting with 0xC3 (Ã followed by a byte 0x80-0xBF: how å, ø, æ, Å, Ø,
 * Æ, é, ü... look when UTF-8 is read as Windows-1252), a sign of a UTF-8 file with one stray byte.
 */
async function scan1252(file: DataFile): Promise<{ undefinedLine: number | null; mojibakeLine: number | null }> {
  let newlines = 0;
  let mojibakeLine: number | null = null;
  let lastWasC3 = false;
  for await (const chunk of file.chunks()) {
    let at = -1;
    for (const b of UNDEFINED_1252) {
      const i = chunk.indexOf(b);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    if (mojibakeLine === null) {
      let moji = -1;
      if (lastWasC3 && chunk.length > 0 && (chunk[0] as number) >= 0x80 && (chunk[0] as number) <= 0xbf) moji = 0;
      for (let i = chunk.indexOf(0xc3); moji === -1 && i !== -1 && i + 1 < chunk.length; i = chunk.indexOf(0xc3, i + 1)) {
        const next = chunk[i + 1] as number;
        if (next >= 0x80 && next <= 0xbf) moji = i;
      }
      if (moji !== -1 && (at === -1 || moji < at)) mojibakeLine = newlines + newlinesIn(chunk, moji) + 1;
    }
    lastWasC3 = chunk.length > 0 && chunk[chunk.length - 1] === 0xc3;
    if (at !== -1) return { undefinedLine: newlines + newlinesIn(chunk, at) + 1, mojibakeLine };
    newlines += newlinesIn(chunk, chunk.length);
  }
  return { undefinedLine: null, mojibakeLine };
}

/** The file's text as UTF-8 bytes (without a byte-order mark), chunk by chunk. */
export async function* utf8Chunks(file: DataFile, encoding: TextEncodingName): AsyncGenerator<Buffer> {
  const stream = file.chunks();
  if (encoding === 'utf-8') {
    let first = true;
    for await (const chunk of stream) {
      if (first && chunk[0] === 0xef && chunk[1] === 0xbb && chunk[2] === 0xbf) yield chunk.subarray(3);
      else yield chunk;
      first = false;
    }
    return;
  }
  const decoder = new TextDecoder(encoding);
  for await (const chunk of stream) {
    const text = decoder.decode(chunk, { stream: true });
    if (text !== '') yield Buffer.from(text, 'utf8');
  }
  const rest = decoder.decode();
  if (rest !== '') yield Buffer.from(rest, 'utf8');
}
