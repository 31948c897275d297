// views/story.ts: the front page's cards (issue 14, item 2): last year's value, the change with an
// arrow and whether that is good news for the figure, and the trend as inline SVG coordinates.
// The fixture's values, worked by hand: total emissions (location-based, lower is better) 200.75 t
// in 2023 and 165.2 t in 2024; renewable electricity (higher is better) 40 % and 62.5 %; the
// headcount (neutral) 40 in 2024 and 42 in 2025.

import { describe, expect, it } from 'vitest';
import type { HeadlineCardView } from '../../../src/render/views/types.ts';
import { pageOf } from './site.ts';

function card(url: string, id: string): HeadlineCardView {
  const c = pageOf(url, 'overview').overviewSections.flatMap((s) => s.cards).find((x) => x.figure.id === id);
  if (c === undefined) throw new Error(`no card ${id} on ${url}`);
  return c;
}

describe('a card of the front page', () => {
  it('a lower-is-better figure that fell: last year\'s value, a down arrow, "better"', () => {
    const c = card('/en/', 'env.total_location_t');
    expect([c.figure.value, c.previous, c.arrow, c.judgement, c.verdict, c.figure.change])
      .toEqual(['165.2 tonnes CO2e', '2023: 200.8 tonnes CO2e', '↓', 'good', 'better', '-17.7% from 2023']);
    expect(card('/', 'env.total_location_t').verdict).toBe('bedre');
  });

  it('a higher-is-better figure that rose: an up arrow, "better"', () => {
    const c = card('/en/', 'env.renewable_electricity_share');
    expect([c.previous, c.arrow, c.judgement, c.verdict]).toEqual(['2023: 40.0%', '↑', 'good', 'better']);
  });

  it('a neutral figure that rose: the arrow alone, no verdict', () => {
    const c = card('/en/2025/', 'hr.headcount');
    expect([c.previous, c.arrow, c.judgement, c.verdict]).toEqual(['2024: 40 persons', '↑', 'neutral', null]);
  });

  it('no change, no arrow: a figure whose year before is not reported', () => {
    const c = card('/en/', 'hr.headcount');
    expect([c.previous, c.arrow, c.verdict, c.spark]).toEqual([null, null, null, null]);
  });

  it('draws the trend from the first year with a value, and states every value in words', () => {
    const s = card('/en/', 'env.total_location_t').spark!;
    // 150 × 40, 5 of padding: 2023 at x 5 (the highest value, y 5), 2024 at x 145 (the lowest, y 35)
    expect([s.width, s.height, s.lines]).toEqual([150, 40, ['5,5 145,35']]);
    expect(s.dots).toEqual([{ x: 5, y: 5, last: false }, { x: 145, y: 35, last: true }]);
    expect(s.alt).toBe('Total emissions, location-based, 2023–2024: 2023 200.8 tonnes CO2e; 2024 165.2 tonnes CO2e');
  });
});
