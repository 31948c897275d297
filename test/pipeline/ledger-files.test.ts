// LedgerFiles with a cache folder (issue 6): a year made of lasting fragments is assembled once
// into the cache and copied into every site with the same fragments (never hard-linked: a change
// of the cache must never change a published file, issue 11); the bytes are the same
// as without the cache; a damaged cache entry is never used; sizes and hashes are recorded for the
// manifest.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import { LedgerFiles } from '../../src/publish/write-downloads.ts';
import type { FragmentOrigin } from '../../src/publish/write-downloads.ts';
import { LedgerFragmentWriter } from '../../src/publish/ledger-fragment.ts';
import type { LedgerFragment } from '../../src/publish/ledger-fragment.ts';
import { ledgerCache } from '../../src/pipeline/ledger-cache.ts';
import { Store } from '../../src/pipeline/store.ts';

const HEADER = '\uFEFFsource_file,line,source_quantity,source_unit,period_share,conversion,renewable_share,distance_km,round_trip,travellers,quantity,factor_key,factor_year,factor,factor_unit,factor_source,kg_co2e,scope\r\n';
const row: LedgerRow = {
  file: '2025/travel.csv', line: 2,
  sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null, renewableShare: null,
  distanceKm: 200, roundTrip: false, travellers: 2, factorSource: 'test',
  factorKey: 'rail.national', factorYear: 2024,
  factor: 0.005, factorUnit: 'pkm', quantity: 400, kgCo2e: 2, scope: '3',
};

function temp(prefix: string): string {
  return mkdtempSync(path.join(tmpdir(), prefix));
}

function fragment(dir: string, name: string, rows: readonly LedgerRow[]): LedgerFragment {
  const w = new LedgerFragmentWriter(path.join(dir, name));
  for (const r of rows) w.write(r);
  return w.close();
}

async function site(cacheDir: string | null, parts: readonly LedgerFragment[], direct: LedgerRow | null = null, from: FragmentOrigin = 'cached', sealAfter: number | null = null): Promise<{ dir: string; files: LedgerFiles }> {
  const dir = temp('ledger-site-');
  // The cache folder holds one data folder's group (the store's key file sits in the cache folder).
  const kept = cacheDir === null ? null : ledgerCache(new Store(path.join(cacheDir, 'group')));
  const files = new LedgerFiles(dir, { assembled: kept });
  const sink = files.forYear(2025);
  for (const [i, p] of parts.entries()) {
    if (i === sealAfter) sink.seal();
    await sink.appendFragment(p, from);
  }
  if (sealAfter === parts.length) sink.seal();
  if (direct !== null) sink.write(direct);
  files.ensure(2024);
  await files.closeAll();
  await kept?.prune();
  return { dir, files };
}

const sha = (text: string | Buffer): string => createHash('sha256').update(text).digest('hex');

/** The folder of the assembled ledgers in the cache (the store's kind `ledger`). */
const ledgerDir = (cache: string): string => path.join(cache, 'group', 'ledger');

/** The inode of each assembled ledger in the cache, by name: the same after a build that took them as they were. */
function entryInodes(cache: string): Record<string, number> {
  const inodes: Record<string, number> = {};
  for (const n of readdirSync(ledgerDir(cache)).filter((n) => n.endsWith('.blob'))) inodes[n] = statSync(path.join(ledgerDir(cache), n)).ino;
  return inodes;
}

describe('LedgerFiles with a cache folder', () => {
  const work = temp('ledger-frag-');
  const a = fragment(work, 'a', [row, { ...row, line: 3, quantity: 50, kgCo2e: 0.25 }]);
  const b = fragment(work, 'b', [{ ...row, file: '2025/energy.csv', line: 2, factorKey: 'energy.electricity', factorUnit: 'kWh', quantity: 1000, kgCo2e: 100, scope: '2-location' }]);
  const expected = HEADER
    + '2025/travel.csv,2,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n'
    + '2025/travel.csv,3,,,,,,200,no,2,50,rail.national,2024,0.005,pkm,test,0.25,3\r\n'
    + '2025/energy.csv,2,,,,,,200,no,2,1000,energy.electricity,2024,0.005,kWh,test,100,2-location\r\n';

  it('writes the same bytes as without the cache, and copies (never links) the cache entry into the second site', async () => {
    const cache = temp('ledger-cache-');
    const plain = await site(null, [a, b]);
    const first = await site(cache, [a, b]);
    const firstEntries = entryInodes(cache);
    const second = await site(cache, [a, b]);
    const file = (d: string, y = 2025): string => path.join(d, 'downloads', String(y), 'emissions.csv');
    expect(readFileSync(file(plain.dir), 'utf8')).toBe(expected);
    expect(readFileSync(file(first.dir), 'utf8')).toBe(expected);
    expect(readFileSync(file(second.dir), 'utf8')).toBe(expected);
    expect(readFileSync(file(second.dir, 2024), 'utf8')).toBe(HEADER);
    expect(statSync(file(first.dir)).nlink).toBe(1);
    expect(statSync(file(second.dir)).nlink).toBe(1);
    expect(statSync(file(second.dir)).ino).not.toBe(statSync(file(first.dir)).ino);
    // The second took the cache's entry as it was (not assembled again: the same file), a copy.
    expect(entryInodes(cache)).toEqual(firstEntries);
    // size and SHA-256 as written, for the manifest
    expect(second.files.written().get('downloads/2025/emissions.csv')).toEqual({ bytes: Buffer.byteLength(expected), sha256: sha(expected) });
    expect(plain.files.written().get('downloads/2024/emissions.csv')).toEqual({ bytes: Buffer.byteLength(HEADER), sha256: sha(HEADER) });
    // A year of the header alone, assembled into the cache: its size counted (it was recorded as 0).
    expect(first.files.written().get('downloads/2024/emissions.csv')).toEqual({ bytes: Buffer.byteLength(HEADER), sha256: sha(HEADER) });
  });

  it('takes a sealed year from the cache as an unsealed one, and never a check made before the last fragment', async () => {
    const cache = temp('ledger-cache-');
    const file = (d: string): string => path.join(d, 'downloads', '2025', 'emissions.csv');
    await site(cache, [a, b], null, 'fresh', 2);
    const kept = entryInodes(cache);
    const sealed = await site(cache, [a, b], null, 'cached', 2);
    expect(readFileSync(file(sealed.dir), 'utf8')).toBe(expected);
    expect(entryInodes(cache)).toEqual(kept);
    // Sealed too early, after a alone (whose own ledger the cache holds too): the whole year is
    // still right, and so are its recorded size and hash.
    await site(cache, [a], null, 'fresh');
    const early = await site(cache, [a, b], null, 'cached', 1);
    expect(readFileSync(file(early.dir), 'utf8')).toBe(expected);
    expect(early.files.written().get('downloads/2025/emissions.csv')).toEqual({ bytes: Buffer.byteLength(expected), sha256: sha(expected) });
    // A damaged entry found by the early check is not used.
    const entry = readdirSync(ledgerDir(cache)).find((n) => n.endsWith('.blob'))!;
    writeFileSync(path.join(ledgerDir(cache), entry), expected.replace('400', '401'));
    const damaged = await site(cache, [a, b], null, 'cached', 2);
    expect(readFileSync(file(damaged.dir), 'utf8')).toBe(expected);
  });

  it('copies fresh fragments at once and keeps the finished ledger for the next build', async () => {
    const cache = temp('ledger-cache-');
    const file = (d: string): string => path.join(d, 'downloads', '2025', 'emissions.csv');
    const cold = await site(cache, [a, b], null, 'fresh');
    const kept = entryInodes(cache);
    const warm = await site(cache, [a, b], null, 'cached');
    expect(readFileSync(file(cold.dir), 'utf8')).toBe(expected);
    expect(readFileSync(file(warm.dir), 'utf8')).toBe(expected);
    expect(entryInodes(cache)).toEqual(kept);
    expect(statSync(file(warm.dir)).nlink).toBe(1);
    expect(warm.files.written().get('downloads/2025/emissions.csv')).toEqual(cold.files.written().get('downloads/2025/emissions.csv'));
  });

  it('keeps only the assembled ledgers of the last build', async () => {
    const cache = temp('ledger-cache-');
    await site(cache, [a, b]);
    const before = readdirSync(ledgerDir(cache)).length;
    await site(cache, [a]);
    expect(before).toBe(4); // 2025 and 2024 (the header alone), each a record and a blob
    const again = await site(cache, [a]);
    expect(readdirSync(ledgerDir(cache))).toHaveLength(4);
    expect(readFileSync(path.join(again.dir, 'downloads', '2025', 'emissions.csv'), 'utf8')).toBe(HEADER
      + '2025/travel.csv,2,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n2025/travel.csv,3,,,,,,200,no,2,50,rail.national,2024,0.005,pkm,test,0.25,3\r\n');
  });

  it('does not use a damaged entry of the same size', async () => {
    const cache = temp('ledger-cache-');
    await site(cache, [a, b]);
    for (const name of readdirSync(ledgerDir(cache)).filter((n) => n.endsWith('.blob'))) {
      const full = path.join(ledgerDir(cache), name);
      const bytes = readFileSync(full);
      if (bytes.length > HEADER.length + 10) {
        bytes[bytes.length - 3] = 0x39; // '2-location' → '2-locatio9'
        writeFileSync(full, bytes);
      }
    }
    const next = await site(cache, [a, b]);
    expect(readFileSync(path.join(next.dir, 'downloads', '2025', 'emissions.csv'), 'utf8')).toBe(expected);
  });

  it('streams a year with rows written directly, fragments first, in order', async () => {
    const cache = temp('ledger-cache-');
    const s = await site(cache, [a], { ...row, line: 9 });
    expect(readFileSync(path.join(s.dir, 'downloads', '2025', 'emissions.csv'), 'utf8')).toBe(HEADER
      + '2025/travel.csv,2,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n2025/travel.csv,3,,,,,,200,no,2,50,rail.national,2024,0.005,pkm,test,0.25,3\r\n'
      + '2025/travel.csv,9,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n');
  });

  it('keeps rows written directly between fragments in their place, sealed or not, and does not keep that ledger', async () => {
    for (const seal of [false, true]) {
      const cache = temp('ledger-cache-');
      const dir = temp('ledger-site-');
      const kept = ledgerCache(new Store(path.join(cache, 'group')));
      const files = new LedgerFiles(dir, { assembled: kept });
      const sink = files.forYear(2025);
      sink.write({ ...row, line: 1 });
      await sink.appendFragment(a, 'cached');
      sink.write({ ...row, line: 9 });
      if (seal) await sink.seal();
      await files.closeAll();
      // Any copy into the cache is finished before the cache is looked at.
      await kept.settle();
      const text = HEADER
        + '2025/travel.csv,1,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n'
        + '2025/travel.csv,2,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n2025/travel.csv,3,,,,,,200,no,2,50,rail.national,2024,0.005,pkm,test,0.25,3\r\n'
        + '2025/travel.csv,9,,,,,,200,no,2,400,rail.national,2024,0.005,pkm,test,2,3\r\n';
      expect(readFileSync(path.join(dir, 'downloads', '2025', 'emissions.csv'), 'utf8'), `sealed: ${seal}`).toBe(text);
      expect(files.written().get('downloads/2025/emissions.csv')).toEqual({ bytes: Buffer.byteLength(text), sha256: sha(text) });
      expect(readdirSync(cache, { recursive: true, encoding: 'utf8' }).filter((n) => n.endsWith('.blob'))).toEqual([]);
    }
  });

  it('names the ledgers the output scan may skip, by their recorded scans', async () => {
    const c = temp('ledger-cache-');
    const cpr = fragment(work, 'cpr', [{ ...row, quantity: 1503851234 }]);
    const s = await site(c, [a, cpr]);
    const none = { employeeIds: new Set<string>(), emails: new Set<string>() };
    expect([...s.files.cleanFor(none)]).toEqual(['downloads/2024/emissions.csv']);
    const t = await site(c, [a, b]);
    expect([...t.files.cleanFor(none)].sort()).toEqual(['downloads/2024/emissions.csv', 'downloads/2025/emissions.csv']);
    expect([...t.files.cleanFor({ ...none, employeeIds: new Set(['electricity']) })]).toEqual(['downloads/2024/emissions.csv']);
  });
});
