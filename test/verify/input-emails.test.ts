// The e-mail search of an input file (issue 11, fail closed): read in chunks, so that a file of
// any size is searched; an address cut by a chunk's end is still found; what cannot be searched
// is an error, never "no addresses".

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { emailsInFile } from '../../src/verify/input-emails.ts';

const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'input-emails-'));
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function file(name: string, content: string | Buffer): Promise<string> {
  const p = path.join(dir, name);
  await fs.writeFile(p, content);
  return p;
}

// Written by hand: three addresses, one in Windows-1252 next to ø (0xF8), one after UTF-8 æ.
const TEXT = 'date,purpose\n2025-01-02,Møde med Kontakt@Kommune.dk,\n2025-02-03,"æ:a.b+c@x-y.z.dk; hr@fkit.example"\n';
const EXPECTED = ['a.b+c@x-y.z.dk', 'hr@fkit.example', 'kontakt@kommune.dk'];

describe('emailsInFile', () => {
  it('finds the same addresses whatever the size of the chunks it reads', async () => {
    const utf8 = await file('utf8.csv', TEXT);
    const cp1252 = await file('cp1252.csv', Buffer.from(TEXT.replace('æ', '\u00e6'), 'latin1'));
    for (const chunkBytes of [4, 5, 7, 13, 31, 64, 1 << 20]) {
      expect(await emailsInFile(utf8, { chunkBytes })).toEqual(EXPECTED);
      expect(await emailsInFile(cp1252, { chunkBytes })).toEqual(EXPECTED);
    }
  });

  it('reads UTF-16 with its byte-order mark, in chunks that cut a character in two', async () => {
    const le = await file('le.csv', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]));
    const be = await file('be.csv', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]));
    for (const chunkBytes of [5, 7, 64]) {
      expect(await emailsInFile(le, { chunkBytes })).toEqual(EXPECTED);
      expect(await emailsInFile(be, { chunkBytes })).toEqual(EXPECTED);
    }
  });

  it('fails, rather than finding nothing, when it cannot search a file', async () => {
    await expect(emailsInFile(path.join(dir, 'missing.csv'))).rejects.toMatchObject({ refusal: 'missing' });
    const long = await file('long.csv', `x,${'a'.repeat(100)}@b.dk,y\n`);
    expect(await emailsInFile(long, { chunkBytes: 16, longestRun: 200 })).toEqual([`${'a'.repeat(100)}@b.dk`]);
    await expect(emailsInFile(long, { chunkBytes: 16, longestRun: 50 })).rejects.toThrow(/cannot be searched/);
    // Without an `@` in the file, a long run is no address: nothing to find, no failure.
    const noAt = await file('no-at.csv', `x,${'a'.repeat(100)},y\n`);
    expect(await emailsInFile(noAt, { chunkBytes: 16, longestRun: 50 })).toEqual([]);
  });

  it('finds an address whose parts lie in different chunks, with or without an `@` in each chunk', async () => {
    const text = `${'x '.repeat(20)}first.last+tag@sub.example-domain.dk ${'y,'.repeat(20)}q@r.dk`;
    const p = await file('spread.csv', text);
    for (const chunkBytes of [4, 5, 6, 7, 8, 9, 11, 16, 64]) {
      expect(await emailsInFile(p, { chunkBytes })).toEqual(['first.last+tag@sub.example-domain.dk', 'q@r.dk']);
    }
  });
});
