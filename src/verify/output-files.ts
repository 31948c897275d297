// The files of a built site as the output scan (verify/scan.ts) reads them: the file walk, which
// stops at what is no plain file, and gzip files decompressed.

import path from 'node:path';
import { gunzipSync } from 'node:zlib';
import { listFiles } from '../util/list-files.ts';

/** A file of the built site that the scan cannot read as a plain file (a link, a FIFO) or cannot
 * decompress (a gzip file): the build stops, naming it (fail closed). */
export class OutputNotScannable extends Error {
  constructor(
    readonly file: string,
    /** Why, after the file's name (the build's diagnostic says it on `path:1`). */
    readonly reason: string = 'is not a plain file or folder (a link?); the output scan cannot check it, so the build was stopped',
  ) {
    super(`${file} in the built site ${reason}`);
  }
}

/** The files of a built site, or of its folder `under`, by their paths in the site; what the
 * scan cannot read as a file is not published unchecked (fail closed, issue 11). */
export async function siteFiles(dir: string, under?: string): Promise<string[]> {
  const inSite = (rel: string): string => (under === undefined ? rel : `${under}/${rel}`);
  const files = await listFiles(under === undefined ? dir : path.join(dir, ...under.split('/')), (rel) => {
    throw new OutputNotScannable(inSite(rel));
  });
  return files.map(inSite);
}

/** The most a gzip file of the site may decompress to: beyond it the scan stops (fail closed). */
const MAX_GUNZIPPED = 256 * 1024 * 1024;

/**
 * The bytes of an output file as the scan reads them: a gzip file (bytes 1f 8b: the Pagefind search
 * index, whose compressed bytes hide the text it holds) decompressed, one it cannot decompress (or
 * larger than MAX_GUNZIPPED) stopping the scan.
 */
export function scannedBytes(file: string, bytes: Buffer): Buffer {
  if (bytes.length < 2 || bytes[0] !== 0x1f || bytes[1] !== 0x8b) return bytes;
  let plain: Buffer;
  try {
    plain = gunzipSync(bytes, { maxOutputLength: MAX_GUNZIPPED });
  } catch {
    throw new OutputNotScannable(file, 'is a gzip file the output scan cannot decompress (corrupt, or larger than 256 MiB), so it cannot check it and the build was stopped');
  }
  // Pagefind's fragments and index files start with its signature (`pagefind_dcd`), plain ASCII:
  // the text is read as it is, signature and all. Its WebAssembly (`wasm.*.pagefind`) is read as
  // text too: it gives no finding in the example's build, and a file skipped for its first bytes
  // would be a place where anything could be published unchecked.
  return plain;
}
