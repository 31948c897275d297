// Encodings (inputs.md "Encoding"): UTF-8 with or without BOM, UTF-16 with BOM, Windows-1252 when
// the file is not valid UTF-8. One streaming pass over the raw bytes finds the encoding and the
// file's size and SHA-256; a second pass (decodedChunks) hands the parser UTF-8 bytes.

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { TextDecoder } from 'node:util';

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export interface ByteScan {
  readonly bytes: number;
  readonly sha256: string;
  readonly encoding: TextEncodingName;
  /** The file cannot be decoded: the line of its first undecodable byte. */
  readonly undecodableLine: number | null;
}

const CHUNK = 1 << 18;

function countNewlines(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) n++;
  return n;
}

/** Bytes Windows-1252 leaves undefined (a WHATWG TextDecoder maps them to C1 controls). */
const UNDEFINED_1252 = [0x81, 0x8d, 0x8f, 0x90, 0x9d];

export async function scanBytes(absPath: string): Promise<ByteScan> {
  const hash = createHash('sha256');
  let bytes = 0;
  let encoding: TextEncodingName | null = null;
  let decoder: TextDecoder | null = null;
  let decodedNewlines = 0;
  let undecodableLine: number | null = null;
  for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    hash.update(chunk);
    if (encoding === null) {
      // a file's first chunk holds its first 3 bytes unless the file is shorter
      encoding = chunk[0] === 0xff && chunk[1] === 0xfe ? 'utf-16le' : chunk[0] === 0xfe && chunk[1] === 0xff ? 'utf-16be' : 'utf-8';
      decoder = new TextDecoder(encoding, { fatal: true });
    }
    bytes += chunk.length;
    if (decoder !== null) {
      try {
        const text = decoder.decode(chunk, { stream: true });
        if (encoding !== 'utf-8') decodedNewlines += countNewlines(text);
      } catch {
        decoder = null;
        if (encoding !== 'utf-8') undecodableLine = decodedNewlines + 1;
      }
    }
  }
  if (decoder !== null) {
    try {
      decoder.decode();
    } catch {
      decoder = null;
      if (encoding !== 'utf-8') undecodableLine = decodedNewlines + 1;
    }
  }
  if (encoding === null) encoding = 'utf-8'; // an empty file
  if (encoding === 'utf-8' && decoder === null) {
    encoding = 'windows-1252';
    undecodableLine = await firstUndefined1252Line(absPath);
  }
  return { bytes, sha256: hash.digest('hex'), encoding, undecodableLine };
}

async function firstUndefined1252Line(absPath: string): Promise<number | null> {
  let newlines = 0;
  for await (const chunk of createReadStream(absPath, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>) {
    let at = -1;
    for (const b of UNDEFINED_1252) {
      const i = chunk.indexOf(b);
      if (i !== -1 && (at === -1 || i < at)) at = i;
    }
    const end = at === -1 ? chunk.length : at;
    for (let i = chunk.indexOf(0x0a); i !== -1 && i < end; i = chunk.indexOf(0x0a, i + 1)) newlines++;
    if (at !== -1) return newlines + 1;
  }
  return null;
}

/** The file's text as UTF-8 bytes (without a byte-order mark), chunk by chunk. */
export async function* utf8Chunks(absPath: string, encoding: TextEncodingName): AsyncGenerator<Buffer> {
  const stream = createReadStream(absPath, { highWaterMark: CHUNK }) as AsyncIterable<Buffer>;
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
