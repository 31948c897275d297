// Progress lines of long reads: nothing for a quick file, plain lines for a slow one when stderr
// is not a terminal, a line rewritten in place on a terminal; never shaped like a problem line.

import { describe, expect, it } from 'vitest';
import { LineProgress } from '../../src/pipeline/progress.ts';

function harness(tty: boolean): { out: string[]; clock: { now: number }; progress: LineProgress } {
  const out: string[] = [];
  const clock = { now: 0 };
  const progress = new LineProgress({
    write: (t) => out.push(t), tty, showAfterMs: 2000, intervalMs: 5000,
    now: () => clock.now, schedule: () => () => undefined,
  });
  return { out, clock, progress };
}

describe('LineProgress', () => {
  it('says nothing about a file read in less than the threshold', () => {
    const { out, clock, progress } = harness(false);
    const f = progress.start('2025/meetings.csv');
    clock.now = 1500;
    f.rows(12);
    progress.tick();
    f.done(12);
    progress.close();
    expect(out).toEqual([]);
  });

  it('prints plain lines with rows and rate for a long read, then a closing line', () => {
    const { out, clock, progress } = harness(false);
    const f = progress.start('2025/travel.csv');
    clock.now = 4000;
    f.rows(200_000);
    progress.tick();
    clock.now = 10_000;
    f.done(500_000);
    progress.close();
    // 200,000 rows in 4 s = 50,000 rows/s; 500,000 in 10 s
    expect(out).toEqual([
      'reading 2025/travel.csv: 200,000 rows, 50,000 rows/s\n',
      'read 2025/travel.csv: 500,000 rows in 10.0 s, 50,000 rows/s\n',
    ]);
    for (const line of out) expect(line).not.toMatch(/^[^\s:]+:\d+: (error|warning)/);
  });

  it('rewrites one terminal line and clears it at the end', () => {
    const { out, clock, progress } = harness(true);
    const a = progress.start('2024/travel.csv');
    const b = progress.start('2025/travel.csv');
    clock.now = 3000;
    a.rows(30_000);
    b.rows(60_000);
    progress.tick();
    progress.close();
    expect(out).toEqual([
      '\r\x1b[Kreading 2024/travel.csv: 30,000 rows, 10,000 rows/s | reading 2025/travel.csv: 60,000 rows, 20,000 rows/s',
      '\r\x1b[K',
    ]);
  });
});
