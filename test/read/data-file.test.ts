// DataFile: a file larger than the size read whole (32 MiB) is read from its handle pass by pass,
// the next read under way while a chunk is worked on; every pass sees every byte once, in order.

import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openDataFile, withDataFile } from '../../src/read/data-file.ts';

function bigFile(bytes: number): { dataDir: string; content: Buffer } {
  const dataDir = mkdtempSync(path.join(tmpdir(), 'data-file-'));
  const content = Buffer.alloc(bytes);
  for (let i = 0; i < bytes; i += 4) content.writeUInt32LE((i * 2654435761) >>> 0, i);
  writeFileSync(path.join(dataDir, 'big.csv'), content);
  return { dataDir, content };
}

describe('DataFile of a file read pass by pass', () => {
  // 32 MiB and a bit: more than is read whole; not a multiple of the 256 KiB chunk
  const { dataDir, content } = bigFile((32 << 20) + 3 * (1 << 18) + 1000);

  it('gives every byte once, in order, in each pass, and the same SHA-256', async () => {
    const opened = await openDataFile(dataDir, 'big.csv');
    expect(opened.ok).toBe(true);
    if (!opened.ok) return;
    await withDataFile(opened.file, async (file) => {
      for (let pass = 0; pass < 2; pass++) {
        const parts: Buffer[] = [];
        for await (const chunk of file.chunks()) {
          expect(chunk.length).toBeLessThanOrEqual(1 << 18);
          parts.push(Buffer.from(chunk));
          // work on the chunk while the next read is under way
          await new Promise((resolve) => setTimeout(resolve, parts.length % 40 === 0 ? 2 : 0));
        }
        expect(Buffer.concat(parts).equals(content)).toBe(true);
      }
      expect(await file.sha256()).toBe(createHash('sha256').update(content).digest('hex'));
      expect((await file.readAll()).equals(content)).toBe(true);
    });
  });

  it('a pass may stop after its first chunk', async () => {
    const opened = await openDataFile(dataDir, 'big.csv');
    if (!opened.ok) throw new Error('not opened');
    let passes = 0;
    await withDataFile(opened.file, async (file) => {
      for await (const chunk of file.chunks()) {
        passes++;
        expect(chunk.equals(content.subarray(0, 1 << 18))).toBe(true);
        break;
      }
    });
    expect(passes).toBe(1);
  });
});
