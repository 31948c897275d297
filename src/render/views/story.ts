// The front page's cards (issue 14, item 2): a headline figure with last year's value, the
// change with an arrow and whether that is good news for it, and a small trend drawn at build
// time as inline SVG. compute/compare.ts worked out the changes, verdicts and trends; here they
// are only put in words and coordinates.

import type { TrendPoint } from '../../model/comparisons.ts';
import type { Ctx } from './context.ts';
import { unitOf } from '../catalogue/index.ts';
import { headlineFigures, shared, valueWithUnit } from './context.ts';
import { figureView } from './figures.ts';
import type { HeadlineCardView, SparkView } from './types.ts';
import type { FigureDefinition } from '../../model/registry/index.ts';

const WIDTH = 150;
const HEIGHT = 40;
const PAD = 5;
const ARROWS = { up: '↑', down: '↓', same: '→' } as const;

function round(n: number): number {
  return Math.round(n * 10) / 10;
}

/** The trend's coordinates (a year's place by its number, so that a missing year leaves its
 * space) and text alternative, from the first year with a value; null with fewer than two. */
export function sparkOf(ctx: Ctx, def: FigureDefinition, full: readonly TrendPoint[]): SparkView | null {
  const firstKnown = full.findIndex((p) => p.value !== null);
  const trend = firstKnown < 0 ? [] : full.slice(firstKnown);
  const known = trend.filter((p) => p.value !== null);
  if (known.length < 2) return null;
  const values = known.map((p) => p.value!);
  const min = Math.min(...values);
  const max = Math.max(...values);
  const from = trend[0]!.year;
  const to = trend[trend.length - 1]!.year;
  const x = (year: number): number => round(PAD + ((year - from) * (WIDTH - 2 * PAD)) / (to - from));
  const y = (v: number): number => round(max === min ? HEIGHT / 2 : HEIGHT - PAD - ((v - min) * (HEIGHT - 2 * PAD)) / (max - min));
  const lines: string[] = [];
  let run: string[] = [];
  const dots: { x: number; y: number; last: boolean }[] = [];
  for (const p of trend) {
    if (p.value === null) {
      if (run.length > 1) lines.push(run.join(' '));
      run = [];
      continue;
    }
    run.push(`${x(p.year)},${y(p.value)}`);
    dots.push({ x: x(p.year), y: y(p.value), last: p.year === to });
  }
  if (run.length > 1) lines.push(run.join(' '));
  const { t, lang } = ctx;
  const words = trend.map((p) => `${p.year} ${p.value !== null ? valueWithUnit(p.value, def.unit, lang, unitOf(def, lang)) : p.status === 'suppressed' ? t.suppressed : t.notReported}`);
  return { width: WIDTH, height: HEIGHT, alt: t.front.trendAlt(def.text[lang].label, from, to, words.join('; ')), lines, dots };
}

/** A headline figure as the front page's card tells it. */
export function headlineCard(ctx: Ctx, def: FigureDefinition): HeadlineCardView {
  const { t, lang, year } = ctx;
  const compared = ctx.model.comparisons.find((c) => c.year === year.year);
  const trend = compared?.trends.get(def.id) ?? [];
  const before = trend.find((p) => p.year === year.year - 1);
  const verdict = compared?.verdicts.get(def.id);
  return {
    figure: figureView(ctx, def),
    previous: before?.value == null ? null : t.front.previous(before.year, valueWithUnit(before.value, def.unit, lang, unitOf(def, lang))),
    arrow: verdict === undefined ? null : ARROWS[verdict.direction],
    judgement: verdict?.judgement ?? null,
    verdict: verdict === undefined ? null
      : verdict.direction === 'same' ? t.front.unchanged
        // A figure that is neither better nor worse when it moves (a headcount): the arrow alone.
        : verdict.judgement === 'good' ? t.front.better : verdict.judgement === 'bad' ? t.front.worse : null,
    spark: sparkOf(ctx, def, trend),
  };
}

/** The cards of a section's headline figures (headlineFigures, context.ts), in their order. */
export function headlineCards(ctx: Ctx, section: FigureDefinition['section']): readonly HeadlineCardView[] {
  return shared(ctx, 'cards', section, () => makeHeadlineCards(ctx, section));
}

function makeHeadlineCards(ctx: Ctx, section: FigureDefinition['section']): HeadlineCardView[] {
  return headlineFigures(ctx, section).map((d) => headlineCard(ctx, d));
}
