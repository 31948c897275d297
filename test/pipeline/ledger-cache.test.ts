// Year ledgers through the store (src/pipeline/ledger-cache.ts): `keep` starts the copies and
// `prune` (or `settle`, without pruning) waits for them; what was kept is found again, as a copy of the bytes written then;
// a failed copy makes prune reject (never an unhandled rejection); a ledger with a fragment that
// could hold a CPR number or an e-mail address is never kept.

import { createHash } from 'node:crypto';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ledgerCache } from '../../src/pipeline/ledger-cache.ts';
import { Store } from '../../src/pipeline/store.ts';
import type { LedgerFragment } from '../../src/publish/ledger-fragment.ts';

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

function part(name: string, cpr = false, at = false): LedgerFragment {
  return { path: `/nowhere/${name}`, bytes: name.length, sha256: sha(name), scan: { cpr, at, words: [], marks: ',\r\n.' } };
}

function setting(): { dir: string; store: Store } {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-cache-'));
  return { dir, store: new Store(path.join(dir, 'cache', 'group')) };
}

describe('ledgerCache', () => {
  it('keeps the ledgers of several years side by side, found after prune as copies of what was written', async () => {
    const { dir, store } = setting();
    const cache = ledgerCache(store);
    const years = [['2024', 'a'.repeat(3 << 20)], ['2025', 'b,c\r\n'.repeat(1000)]] as const;
    for (const [year, text] of years) {
      const written = path.join(dir, `${year}.csv`);
      writeFileSync(written, text);
      await cache.keep([part(year)], written, { bytes: Buffer.byteLength(text), sha256: sha(text) });
    }
    await cache.prune();
    const again = ledgerCache(store);
    for (const [year, text] of years) {
      // The published file may change or go afterwards: the kept one is a copy.
      writeFileSync(path.join(dir, `${year}.csv`), 'changed');
      const found = await again.find([part(year)]);
      expect(found?.file).toEqual({ bytes: Buffer.byteLength(text), sha256: sha(text) });
      expect(readFileSync(found!.path, 'utf8')).toBe(text);
    }
    expect(await again.find([part('2023')])).toBeNull();
  });

  it('rejects prune when a copy failed, and the ledger is not found', async () => {
    const { dir, store } = setting();
    const cache = ledgerCache(store);
    await cache.keep([part('x')], path.join(dir, 'missing.csv'), { bytes: 1, sha256: sha('x') });
    await expect(cache.prune()).rejects.toThrow();
    expect(await ledgerCache(store).find([part('x')])).toBeNull();
  });

  it('settle waits for the copies, a failed one included, without rejecting and without pruning', async () => {
    const { dir, store } = setting();
    const before = ledgerCache(store);
    const old = path.join(dir, 'old.csv');
    writeFileSync(old, 'old');
    await before.keep([part('old')], old, { bytes: 3, sha256: sha('old') });
    await before.prune();
    const cache = ledgerCache(store);
    const text = 'd'.repeat(2 << 20);
    const written = path.join(dir, 'l.csv');
    writeFileSync(written, text);
    await cache.keep([part('l')], written, { bytes: text.length, sha256: sha(text) });
    await cache.keep([part('m')], path.join(dir, 'missing.csv'), { bytes: 1, sha256: sha('m') });
    await expect(cache.settle()).resolves.toBeUndefined();
    // Done once settled: the published file may go at once (the build's staging folder does).
    writeFileSync(written, 'gone');
    const found = await ledgerCache(store).find([part('l')]);
    expect(found === null ? null : readFileSync(found.path, 'utf8') === text).toBe(true);
    // Not pruned: the ledger this build did not use is still there.
    expect(await ledgerCache(store).find([part('old')])).not.toBeNull();
  });

  it('never keeps a ledger in which the scan could find a CPR number', async () => {
    const { dir, store } = setting();
    const cache = ledgerCache(store);
    const written = path.join(dir, 'l.csv');
    writeFileSync(written, 'x');
    await cache.keep([part('x', true)], written, { bytes: 1, sha256: sha('x') });
    await cache.prune();
    expect(await ledgerCache(store).find([part('x', true)])).toBeNull();
  });

  it('never keeps a ledger in which the scan could find an e-mail address, and keeps a clean one', async () => {
    const { dir, store } = setting();
    const blobs = (): string[] => readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.blob'));
    const written = path.join(dir, 'l.csv');
    writeFileSync(written, 'x');
    const withAt = ledgerCache(store);
    await withAt.keep([part('x', false, true)], written, { bytes: 1, sha256: sha('x') });
    await withAt.settle();
    expect(blobs()).toEqual([]);
    const clean = ledgerCache(store);
    await clean.keep([part('x')], written, { bytes: 1, sha256: sha('x') });
    await clean.settle();
    expect(blobs()).toHaveLength(1);
  });
});
