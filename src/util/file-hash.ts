// Size and SHA-256 of a file: the one way every part of the tool hashes a file on disk (input
// files for the cache keys, output files for the scan verdicts and the manifest, cached ledgers
// before they are used again).

import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';

export interface FileHash {
  readonly bytes: number;
  /** Lower-case hex. */
  readonly sha256: string;
}

/** Files up to this size are read in one call (a site has many small files, and a stream per
 * file costs more than its reading); larger ones are streamed, never held whole. */
const READ_WHOLE_BYTES = 16 * 1024 * 1024;

export async function fileHash(absPath: string): Promise<FileHash> {
  if ((await stat(absPath)).size <= READ_WHOLE_BYTES) {
    const whole = await readFile(absPath);
    return { bytes: whole.length, sha256: createHash('sha256').update(whole).digest('hex') };
  }
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(absPath, { highWaterMark: 1 << 20 }) as AsyncIterable<Buffer>) {
    bytes += chunk.length;
    hash.update(chunk);
  }
  return { bytes, sha256: hash.digest('hex') };
}

/** The SHA-256 (hex) of a file. */
export async function fileSha256(absPath: string): Promise<string> {
  return (await fileHash(absPath)).sha256;
}
