// The block-wise files of the ledger (src/publish/ledger-fragment.ts): a copy appends exactly the
// first `limit` bytes of a file, however the blocks fall, and the file's count and SHA-256 are
// those of every byte written; a fragment holds its ledger rows, then its source rows.

import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { LedgerRow } from '../../src/model/figures.ts';
import type { Journey } from '../../src/model/records.ts';
import { ledgerLine } from './source-lines.ts';
import { BlockFile, copyInto, copyIntoSync, LedgerFragmentWriter, ledgerBytesOf } from '../../src/publish/ledger-fragment.ts';
import { writeTravelSourceLine } from '../../src/publish/source-data.ts';
import { travelSourceLine } from './source-lines.ts';

const sha = (b: Buffer | string): string => createHash('sha256').update(b).digest('hex');

describe('copyInto and copyIntoSync', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'ledger-fragment-'));
  // 2.5 blocks of 1 MiB, every byte told apart by its offset.
  const source = Buffer.alloc(2.5 * (1 << 20) + 7);
  for (let i = 0; i < source.length; i++) source[i] = (i * 131 + (i >> 11)) & 0xff;
  const from = path.join(dir, 'from');
  writeFileSync(from, source);

  for (const limit of [Infinity, 0, 1, 1 << 20, (1 << 20) + 1, 2 * (1 << 20) - 1, source.length, source.length + 100]) {
    it(`appends the first ${limit} bytes after text written before`, async () => {
      const expected = Buffer.concat([Buffer.from('head,æ\r\n'), source.subarray(0, Math.min(limit, source.length))]);
      for (const copy of [copyInto, async (f: BlockFile, p: string, l: number) => copyIntoSync(f, p, l)]) {
        const to = path.join(dir, `to-${limit}`);
        const file = new BlockFile(to);
        file.append('head,æ\r\n');
        await copy(file, from, limit);
        const digest = file.close();
        const written = readFileSync(to);
        expect(written.equals(expected)).toBe(true);
        expect(file.bytes).toBe(expected.length);
        expect(digest).toBe(sha(expected));
      }
    });
  }

  for (const [start, limit] of [[1, 10], [(1 << 20) - 3, (1 << 20) + 9], [source.length - 5, 5]] as const) {
    it(`appends ${limit} bytes from byte ${start} (a fragment's source part)`, async () => {
      const expected = Buffer.concat([Buffer.from('head\r\n'), source.subarray(start, start + limit)]);
      const to = path.join(dir, `to-${start}-${limit}`);
      const file = new BlockFile(to);
      file.append('head\r\n');
      await copyInto(file, from, limit, start);
      expect(file.close()).toBe(sha(expected));
      expect(readFileSync(to).equals(expected)).toBe(true);
    });
  }

  it('leaves out the hash of a scratch file', () => {
    const file = new BlockFile(path.join(dir, 'scratch'), false);
    file.append('x');
    expect(file.close()).toBe('');
  });
});

describe('LedgerFragmentWriter', () => {
  it('writes the ledger rows, then the source rows, with sizes and SHA-256 of the whole', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'ledger-fragment-'));
    const row: LedgerRow = {
      file: '2025/travel.csv', line: 2, sourceQuantity: null, sourceUnit: null, periodShare: null, conversion: null,
      renewableShare: null, distanceKm: 251.8, roundTrip: true, travellers: 1, factorKey: 'car.petrol', factorYear: 2025,
      factor: 0.16984, factorUnit: 'km', factorSource: 'DESNZ, 2025', quantity: 503.6, kgCo2e: 85.531424, scope: '3',
    };
    const journey: Journey = {
      line: 2, date: '2025-06-19', mode: 'car', distanceKm: 251.8, travellers: 1, roundTrip: true, cabinClass: null, fuel: 'petrol', railScope: 'national',
    };
    const w = new LedgerFragmentWriter(path.join(dir, 'f'), 'travel.csv');
    let ledger = '';
    let sourceText = '';
    for (let i = 0; i < 5000; i++) {
      const r = { ...row, line: i + 2, kgCo2e: row.kgCo2e * (i + 1) };
      w.write(r);
      ledger += ledgerLine(r);
      const j = { ...journey, line: i + 2 };
      writeTravelSourceLine('2025/travel.csv', j, w.sourceRows);
      sourceText += travelSourceLine('2025/travel.csv', j);
    }
    const f = w.close();
    const whole = Buffer.from(ledger + sourceText, 'utf8');
    expect(readFileSync(f.path).equals(whole)).toBe(true);
    expect(f.bytes).toBe(whole.length);
    expect(f.sha256).toBe(sha(whole));
    expect(f.source).toEqual({ name: 'travel.csv', bytes: Buffer.byteLength(sourceText) });
    expect(ledgerBytesOf(f)).toBe(Buffer.byteLength(ledger));
  });
});
