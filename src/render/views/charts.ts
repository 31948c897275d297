// A chart with its data for the browser and, for everyone, the same data as a table.

import type { ChartName } from '../catalogue/index.ts';
import type { ChartData } from '../charts.ts';
import { chartData, chartJson, scriptSafeJson } from '../charts.ts';
import { NOT_REPORTED_ANCHOR, SUPPRESSION_ANCHOR } from '../urls.ts';
import type { Ctx } from './context.ts';
import { methodUrl, shared } from './context.ts';
import type { ChartView, TableView } from './types.ts';

export class ChartIds {
  readonly #used = new Map<string, number>();
  next(name: ChartName): string {
    const n = (this.#used.get(name) ?? 0) + 1;
    this.#used.set(name, n);
    return n === 1 ? `chart-${name}` : `chart-${name}-${n}`;
  }
}

/** A chart's view; its title, data and table are made once per year and language (the section
 * page and the whole report show the same chart), its ids by `ids` for the page that shows it. */
export function chartView(ctx: Ctx, name: ChartName, ids: ChartIds): ChartView {
  const { title, json, table } = shared(ctx, 'chart', name, () => {
    const data = chartData(name, {
      lang: ctx.lang, year: ctx.year, years: ctx.model.years, baseYear: ctx.model.settings.baseYear, benchmarks: ctx.model.benchmarks,
      trends: ctx.model.comparisons.find((c) => c.year === ctx.year.year)?.trends,
    });
    return {
      title: data.title,
      json: data.categories.length === 0 ? null : scriptSafeJson(chartJson(data, ctx.lang)),
      table: chartTable(ctx, data),
    };
  });
  const id = ids.next(name);
  return { name, id, headingId: `${id}-title`, title, json, table };
}

export function chartTable(ctx: Ctx, data: ChartData): TableView {
  const { t } = ctx;
  const method = methodUrl(ctx);
  const caption = t.chartTableCaption(data.title);
  if (data.kind === 'line' || data.stacked) {
    return {
      caption,
      head: [data.categoryTitle, ...data.series.map((s) => s.label)],
      rows: data.categories.map((c, i) => ({
        header: c,
        cells: data.series.map((s) => {
          const p = s.points[i];
          return p == null ? { text: t.notReported, href: `${method}#${NOT_REPORTED_ANCHOR}` } : { text: p.text, href: null };
        }),
      })),
    };
  }
  const withNotes = data.notesTitle !== null;
  const head = [data.categoryTitle, data.axisTitle, ...(withNotes ? [data.notesTitle ?? t.source] : [])];
  const rows = data.entries.map((e) => ({
    header: e.label,
    cells: [
      e.point !== null ? { text: e.point.text, href: null }
        : e.status === 'suppressed' ? { text: t.suppressed, href: `${method}#${SUPPRESSION_ANCHOR}` }
          : { text: t.notReported, href: `${method}#${NOT_REPORTED_ANCHOR}` },
      ...(withNotes ? [{ text: e.note ?? '', href: null }] : []),
    ],
  }));
  return { caption, head, rows };
}
