import { describe, expect, it } from 'vitest';
import { meetingFigures } from '../../src/compute/meetings.ts';
import { indicatorFigures } from '../../src/compute/indicators.ts';

describe('meetingFigures', () => {
  it('total = physical + virtual + hybrid; shares of the total', () => {
    // (10 + 20 + 5) + (0 + 15 + 0) = 50; virtual 35/50, hybrid 5/50
    const f = meetingFigures([
      { line: 2, month: '2025-01', physical: 10, virtual: 20, hybrid: 5 },
      { line: 3, month: '2025-02', physical: 0, virtual: 15, hybrid: 0 },
    ]);
    expect(f.get('env.meetings.total')).toBe(50);
    expect(f.get('env.meetings.virtual_share')).toBe(0.7);
    expect(f.get('env.meetings.hybrid_share')).toBe(0.1);
  });

  it('no meetings: total 0, shares not reported', () => {
    const f = meetingFigures([]);
    expect(f.get('env.meetings.total')).toBe(0);
    expect(f.get('env.meetings.virtual_share')).toBeNull();
  });
});

describe('indicatorFigures', () => {
  it('publishes each given value as ind.<id>', () => {
    const f = indicatorFigures([{ line: 2, id: 'data.breaches_reported', value: 3, noteDa: null, noteEn: null, sourceDa: null, sourceEn: null }]);
    expect([...f]).toEqual([['ind.data.breaches_reported', 3]]);
  });
});
