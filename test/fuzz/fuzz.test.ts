// A short fuzz run in `npm test` (the long one: `npm run fuzz -- --runs 10000`): every mutated
// example folder ends in success or clean `path:line: error:` lines; and the mutator itself is
// seeded (the same case gives the same bytes) and does what each mutation says.

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { caseSeed, MUTATORS, mutateOne, rngFrom, uncleanDiagnostics } from '../../src/verify/fuzz.ts';
import { runFuzz } from '../../src/cli/fuzz-run.ts';

const DATA = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'data');
const mutator = (name: string): (typeof MUTATORS)[number] => MUTATORS.find((m) => m.name === name)!;

describe('the mutator', () => {
  const files = new Map([['a.csv', Buffer.from('a,b\n1,2\n3,4\n')], ['b.csv', Buffer.from('x;y\n5;6\n')]]);
  it('gives the same mutation for the same seed and case', () => {
    const one = mutateOne(files, caseSeed(7, 3));
    const two = mutateOne(files, caseSeed(7, 3));
    expect(two.file).toBe(one.file);
    expect(two.mutators).toEqual(one.mutators);
    expect(two.bytes.equals(one.bytes)).toBe(true);
    expect(caseSeed(7, 3)).not.toBe(caseSeed(7, 4));
  });
  it('mutates as named', () => {
    const rng = rngFrom(1);
    const text = Buffer.from('a,b\n1,2\n');
    expect(mutator('empty').apply(text, rng).length).toBe(0);
    expect(text.toString().startsWith(mutator('truncate').apply(text, rng).toString())).toBe(true);
    const long = mutator('million-character-line').apply(text, rng);
    expect(long.length).toBeGreaterThanOrEqual(1_000_000);
    const bom = mutator('reencode').apply(Buffer.from('æ,b\n'), rngFrom(3));
    expect(bom.equals(Buffer.from('æ,b\n'))).toBe(false);
  });
});

describe('the check of a case', () => {
  it('accepts clean lines and refuses broken ones', () => {
    expect(uncleanDiagnostics([{ severity: 'error', file: '2025/a.csv', line: 3, message: 'x' }], false)).toEqual([]);
    expect(uncleanDiagnostics([], false)).toHaveLength(1);
    expect(uncleanDiagnostics([{ severity: 'error', file: '2025/a.csv', line: 0, message: 'x' }], false)).toHaveLength(1);
    expect(uncleanDiagnostics([{ severity: 'error', file: '2025/a.csv', line: 2, message: 'a\nb' }], false)).toHaveLength(1);
    expect(uncleanDiagnostics([{ severity: 'error', file: '/abs/a.csv', line: 2, message: 'x' }], false)).toHaveLength(1);
  });
});

describe('a short fuzz run over the example data', () => {
  it('ends with no crash and no hang', async () => {
    const seed = Number(process.env['CSR_FUZZ_SEED'] ?? '20250505');
    const summary = await runFuzz({ dataDir: DATA, runs: 120, seed, workers: 2, timeLimitMs: 60_000, cliEvery: 0 }); // generous: the suite shares 2 cores
    const report = summary.failures.map((f) => `${f.kind} ${f.file} ${f.mutators.join('+')}: ${f.detail} (replay: ${f.replay})`);
    expect(report).toEqual([]);
    expect(summary.runs).toBe(120);
    expect(summary.errors).toBeGreaterThan(0);
    expect(summary.built).toBeGreaterThan(0);
  }, 300_000);
});
