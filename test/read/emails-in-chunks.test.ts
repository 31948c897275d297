// The e-mail search of a file's bytes (read/emails.ts emailsInChunks), as the file task runs it on
// the bytes the reader read: an address cut by a chunk's end is still found, whatever the
// encoding; what cannot be searched is an error, never "no addresses".

import { describe, expect, it } from 'vitest';
import { emailsInChunks } from '../../src/read/emails.ts';

async function* chunked(bytes: Buffer, size: number): AsyncGenerator<Buffer> {
  for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
}

const search = async (bytes: Buffer, size: number, longestRun?: number): Promise<string[]> => {
  const found = await emailsInChunks(chunked(bytes, size), longestRun);
  expect(found.bytes).toBe(bytes.length);
  return found.emails;
};

// Written by hand: three addresses, one in Windows-1252 next to ø (0xF8), one after UTF-8 æ.
const TEXT = 'date,purpose\n2025-01-02,Møde med Kontakt@Kommune.dk,\n2025-02-03,"æ:a.b+c@x-y.z.dk; hr@fkit.example"\n';
const EXPECTED = ['a.b+c@x-y.z.dk', 'hr@fkit.example', 'kontakt@kommune.dk'];

describe('emailsInChunks', () => {
  it('finds the same addresses whatever the size of the chunks', async () => {
    for (const size of [4, 5, 7, 13, 31, 64, 1 << 20]) {
      expect(await search(Buffer.from(TEXT), size)).toEqual(EXPECTED);
      expect(await search(Buffer.from(TEXT, 'latin1'), size)).toEqual(EXPECTED);
    }
  });

  it('gives each address once, lower-cased; none where a file has no `@`, nor for letters outside ASCII', async () => {
    expect(await search(Buffer.from('x,y\nKontakt@Kommune.dk,b\nkontakt@kommune.dk,c@d.dk\n'), 64)).toEqual(['c@d.dk', 'kontakt@kommune.dk']);
    expect(await search(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('x\nø@æ.dk e@f.dk\n', 'utf16le')]), 64)).toEqual(['e@f.dk']);
    expect(await search(Buffer.from('x,y\n1,2\n'), 64)).toEqual([]);
  });

  it('reads UTF-16 with its byte-order mark, in chunks that cut a character in two', async () => {
    const le = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(TEXT, 'utf16le')]);
    const be = Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from(TEXT, 'utf16le').swap16()]);
    for (const size of [5, 7, 64]) {
      expect(await search(le, size)).toEqual(EXPECTED);
      expect(await search(be, size)).toEqual(EXPECTED);
    }
  });

  it('fails on a run too long to be searched, but not when the file holds no `@`', async () => {
    const long = Buffer.from(`x,${'a'.repeat(100)}@b.dk,y\n`);
    expect(await search(long, 16, 200)).toEqual([`${'a'.repeat(100)}@b.dk`]);
    await expect(search(long, 16, 50)).rejects.toThrow(/cannot be searched/);
    expect(await search(Buffer.from(`x,${'a'.repeat(100)},y\n`), 16, 50)).toEqual([]);
  });

  it('finds an address whose parts lie in different chunks, with or without an `@` in each chunk', async () => {
    const text = Buffer.from(`${'x '.repeat(20)}first.last+tag@sub.example-domain.dk ${'y,'.repeat(20)}q@r.dk`);
    for (const size of [4, 5, 6, 7, 8, 9, 11, 16, 64]) {
      expect(await search(text, size)).toEqual(['first.last+tag@sub.example-domain.dk', 'q@r.dk']);
    }
  });
});
