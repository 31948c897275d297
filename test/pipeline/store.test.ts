// The one store of the cache (src/pipeline/store.ts, issue 12): one key scheme, one integrity check
// (a sealed record bound to its kind and key, a blob checked by the size and SHA-256 its record
// holds), one pruning rule, memo; records hold nothing in clear.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { storeKey, Store } from '../../src/pipeline/store.ts';

/** A store in a fresh cache folder (its key file sits in the cache folder, the group below it). */
function freshStore(): Store {
  return new Store(path.join(mkdtempSync(path.join(tmpdir(), 'store-')), 'group'));
}

const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

describe('storeKey', () => {
  it('is one SHA-256 (64 hex digits) per kind and material', () => {
    expect(storeKey('file', { a: 1 })).toMatch(/^[0-9a-f]{64}$/);
    expect(storeKey('file', { a: 1 })).toBe(storeKey('file', { a: 1 }));
    expect(storeKey('file', { a: 1 })).not.toBe(storeKey('file', { a: 2 }));
    expect(storeKey('file', { a: 1 })).not.toBe(storeKey('page', { a: 1 }));
  });
});

describe('Store', () => {
  it('gives back what was put, and holds the payload in no file in clear', async () => {
    const store = freshStore();
    const key = storeKey('file', 'x');
    await store.put('file', key, { meta: { n: 7 }, payload: Buffer.from('KX-40417 anna@kommune.dk', 'utf8') });
    const got = await store.get('file', key);
    expect(got?.meta).toEqual({ n: 7 });
    expect(Buffer.from(got!.payload).toString('utf8')).toBe('KX-40417 anna@kommune.dk');
    const record = readFileSync(path.join(store.dir, 'file', key));
    expect(record.includes('KX-40417')).toBe(false);
    expect(record.includes('anna@kommune.dk')).toBe(false);
    expect(statSync(path.join(store.dir, 'file', key)).mode & 0o777).toBe(0o600);
    expect(statSync(path.join(store.dir, 'file')).mode & 0o777).toBe(0o700);
  });

  it('takes a record as a miss when a byte of it changed, or when it lies under another key or kind', async () => {
    const store = freshStore();
    const a = storeKey('scan', 'a');
    const b = storeKey('scan', 'b');
    await store.put('scan', a, { payload: Buffer.from('[1]') });
    const file = path.join(store.dir, 'scan', a);
    const bytes = readFileSync(file);
    // Moved under another key: sealed for `a`, so not taken for `b`.
    renameSync(file, path.join(store.dir, 'scan', b));
    expect(await store.get('scan', b)).toBeNull();
    renameSync(path.join(store.dir, 'scan', b), file);
    expect(await store.get('scan', a)).not.toBeNull();
    // Another kind, same key: not taken either.
    await store.put('page', a, { payload: Buffer.from('[1]') });
    writeFileSync(path.join(store.dir, 'page', a), bytes);
    expect(await store.get('page', a)).toBeNull();
    // One byte changed.
    const changed = Buffer.from(bytes);
    changed[changed.length - 1] = (changed[changed.length - 1] ?? 0) ^ 1;
    writeFileSync(file, changed);
    expect(await store.get('scan', a)).toBeNull();
  });

  it('checks a blob by the size and SHA-256 of its record, copied in (never linked) or moved in', async () => {
    const store = freshStore();
    const dir = mkdtempSync(path.join(tmpdir(), 'store-src-'));
    const published = path.join(dir, 'index.html');
    writeFileSync(published, '<p>abc</p>');
    const key = storeKey('page', 'p');
    await store.put('page', key, { blob: { from: published, move: false, bytes: 10, sha256: sha('<p>abc</p>') } });
    expect(statSync(published).nlink).toBe(1);
    const got = await store.get('page', key, { blobBytes: true });
    expect(got?.blobBytes?.toString('utf8')).toBe('<p>abc</p>');
    expect((await store.get('page', key))?.blob).toEqual({ bytes: 10, sha256: sha('<p>abc</p>'), path: path.join(store.dir, 'page', `${key}.blob`) });
    // The published file changed: the kept copy did not.
    writeFileSync(published, '<p>xyz</p>');
    expect((await store.get('page', key, { blobBytes: true }))?.blobBytes?.toString('utf8')).toBe('<p>abc</p>');
    // The same size, another byte: a miss, whether read in memory or hashed as a file.
    writeFileSync(path.join(store.dir, 'page', `${key}.blob`), '<p>abd</p>');
    expect(await store.get('page', key, { blobBytes: true })).toBeNull();
    expect(await store.get('page', key)).toBeNull();
    // Moved in: a scratch file of the store becomes the blob.
    const ledgerKey = storeKey('ledger', 'l');
    const scratch = await store.blobScratch('ledger', ledgerKey);
    writeFileSync(scratch, 'a,b\r\n');
    await store.put('ledger', ledgerKey, { blob: { from: scratch, move: true, bytes: 5, sha256: sha('a,b\r\n') } });
    expect(readdirSync(path.join(store.dir, 'ledger')).sort()).toEqual([ledgerKey, `${ledgerKey}.blob`]);
    expect((await store.get('ledger', ledgerKey))?.blob?.bytes).toBe(5);
  });

  it('memo computes once, keeps nothing when told so, and serves only an accepted entry', async () => {
    const store = freshStore();
    const key = storeKey('file', 'm');
    let runs = 0;
    const compute = async (): Promise<{ payload: Buffer }> => {
      runs += 1;
      return { payload: Buffer.from(`run ${runs}`) };
    };
    const first = await store.memo('file', key, compute);
    const second = await store.memo('file', key, compute);
    expect([first.hit, second.hit, runs]).toEqual([false, true, 1]);
    expect(Buffer.from(second.entry!.payload).toString()).toBe('run 1');
    // Not accepted (a result without the ledger a build needs): computed again.
    const third = await store.memo('file', key, compute, { accept: () => false });
    expect([third.hit, runs]).toEqual([false, 2]);
    // Nothing to keep: the next call computes again.
    const other = storeKey('file', 'n');
    expect((await store.memo('file', other, async () => null)).entry).toBeNull();
    expect(await store.get('file', other)).toBeNull();
  });

  it('prunes the entries of a kind this run did not use, and leaves the other kinds alone', async () => {
    const store = freshStore();
    const [a, b, c] = ['a', 'b', 'c'].map((x) => storeKey('file', x)) as [string, string, string];
    for (const k of [a, b]) await store.put('file', k, { payload: Buffer.from(k) });
    await store.put('page', c, { payload: Buffer.from(c) });
    await store.prune('file', new Set([b]));
    expect(readdirSync(path.join(store.dir, 'file'))).toEqual([b]);
    expect(readdirSync(path.join(store.dir, 'page'))).toEqual([c]);
    // Forgetting a kind's blobs makes its entries with a blob misses.
    await store.forget('page', 'all');
    expect(await store.get('page', c)).toBeNull();
  });
});
