// The data of the eight charts (site.md "The site"): one table of numbers per chart, from which
// both the HTML table and the JSON that assets/charts.js draws are made, so the two always agree.
// A suppressed figure is left out of both; a figure that is not reported is a gap.

import type { Language } from '../model/records.ts';
import { ENERGY_CARRIERS, TRAVEL_MODES } from '../model/records.ts';
import type { KpiRecord, YearFigures } from '../model/figures.ts';
import type { Benchmark } from '../model/records.ts';
import type { ChartName } from './catalogue/index.ts';
import { UI } from './catalogue/index.ts';
import { figuresInChart, headlinesOf } from '../model/registry/index.ts';
import type { TrendPoint } from '../model/comparisons.ts';
import type { FigureChart } from '../model/registry/index.ts';
import { chartNumber, formatValue, localeOf } from './format.ts';

/** One plotted number: the value drawn and the text shown for it (table cell and direct label). */
export interface ChartPoint {
  readonly y: number;
  readonly text: string;
}

export interface ChartSeries {
  readonly label: string;
  /** One per category; null = no number (not reported). */
  readonly points: readonly (ChartPoint | null)[];
}

/** A row of a bar chart's table, in category order: drawn (point) or left out (status). */
export interface TableEntry {
  readonly label: string;
  readonly point: ChartPoint | null;
  readonly status: 'ok' | 'suppressed' | 'not_reported';
  readonly note: string | null;
}

export interface ChartData {
  readonly name: ChartName;
  readonly title: string;
  readonly kind: 'bar' | 'line';
  /** The x axis is a time axis of years (emissions-trend). */
  readonly timeAxis: boolean;
  /** Values are percentages. */
  readonly percent: boolean;
  readonly axisTitle: string;
  readonly categoryTitle: string;
  readonly categories: readonly string[];
  readonly series: readonly ChartSeries[];
  /** Bar charts: every category in order, drawn or not (the table lists them all). */
  readonly entries: readonly TableEntry[];
  /** Title of the extra column of notes (a benchmark's source), when there is one. */
  readonly notesTitle: string | null;
  /** Bars stacked per category (the emissions by scope): the table lists a row per category. */
  readonly stacked: boolean;
  /** The series drawn, by index (the table shows every series); null: all. */
  readonly plotted: readonly number[] | null;
}

export interface ChartInputs {
  readonly lang: Language;
  readonly year: YearFigures;
  /** Every reporting year, ascending (for the trend). */
  readonly years: readonly YearFigures[];
  readonly baseYear: number | null;
  readonly benchmarks: readonly Benchmark[];
  /** Every figure's values in the years up to this one (compute/compare.ts); absent: read from `years`. */
  readonly trends?: ReadonlyMap<string, readonly TrendPoint[]>;
}

function record(y: YearFigures, id: string): KpiRecord | undefined {
  return y.kpis.find((r) => r.id === id);
}

function point(r: KpiRecord | undefined, lang: Language): ChartPoint | null {
  if (r === undefined || r.status !== 'ok' || r.value === null) return null;
  return { y: chartNumber(r.value, r.unit), text: formatValue(r.value, r.unit, lang) };
}

/** A bar chart of single figures: a category per id; suppressed and not reported ones omitted. */
function barOfIds(
  inputs: ChartInputs,
  name: ChartName,
  items: ReadonlyArray<readonly [string, string]>,
  axisTitle: string,
  percent: boolean,
): ChartData {
  const entries = items.map(([id, label]): TableEntry => {
    const r = record(inputs.year, id);
    const p = point(r, inputs.lang);
    return { label, point: p, status: p !== null ? 'ok' : r?.status === 'suppressed' ? 'suppressed' : 'not_reported', note: null };
  });
  return barChart(inputs.lang, name, axisTitle, percent, entries, null);
}

function barChart(lang: Language, name: ChartName, axisTitle: string, percent: boolean, entries: readonly TableEntry[], notesTitle: string | null): ChartData {
  const t = UI[lang];
  const drawn = entries.filter((e) => e.point !== null);
  return {
    name, title: t.charts_[name], kind: 'bar', timeAxis: false, percent, axisTitle, categoryTitle: t.category,
    categories: drawn.map((e) => e.label),
    series: drawn.length === 0 ? [] : [{ label: axisTitle, points: drawn.map((e) => e.point) }],
    entries, notesTitle, stacked: false, plotted: null,
  };
}

/** The figures a chart plots (the registry's, in its order), each with its label on the chart. */
function chartItems(chart: FigureChart, labels: readonly string[]): ReadonlyArray<readonly [string, string]> {
  const figures = figuresInChart(chart);
  if (figures.length !== labels.length) throw new Error(`chart ${chart}: ${figures.length} figures, ${labels.length} labels`);
  return figures.map((d, i) => [d.id, labels[i]!] as const);
}

function originChart(inputs: ChartInputs): ChartData {
  const { lang } = inputs;
  const t = UI[lang];
  const [ownId = ''] = figuresInChart('origin').map((d) => d.id);
  const own = record(inputs.year, ownId);
  const ownPoint = point(own, lang);
  const entries: TableEntry[] = [{
    label: t.chartLabels.ourStaff, point: ownPoint,
    status: ownPoint !== null ? 'ok' : own?.status === 'suppressed' ? 'suppressed' : 'not_reported', note: null,
  }];
  for (const b of inputs.benchmarks) {
    if (b.metric !== ownId || b.year !== inputs.year.year) continue;
    entries.push({
      label: lang === 'da' ? b.labelDa : b.labelEn,
      point: { y: chartNumber(b.value, 'share'), text: formatValue(b.value, 'share', lang) },
      status: 'ok',
      note: lang === 'da' ? b.sourceDa : b.sourceEn,
    });
  }
  return barChart(lang, 'origin', t.chartLabels.nonDanishShare, true, entries, entries.length > 1 ? t.source : null);
}

/** The emissions by scope since the base year: scope 1, 2 (location-based) and 3 stacked per
 * year; the table adds scope 2 market-based and both totals. */
function trendChart(inputs: ChartInputs): ChartData {
  const { lang } = inputs;
  const t = UI[lang];
  const first = inputs.baseYear ?? inputs.years[0]?.year ?? inputs.year.year;
  const years = inputs.years.filter((y) => y.year >= first && y.year <= inputs.year.year);
  const c = t.chartLabels;
  const series = chartItems('emissions-trend', [c.scope1, c.scope2Location, c.scope2Market, c.scope3, c.totalLocation, c.totalMarket]);
  const built = series.map(([id, l]) => ({ label: l, points: years.map((y) => point(record(y, id), lang)) }));
  const drawn = built.filter((s) => s.points.some((p) => p !== null));
  const stackedLabels = [c.scope1, c.scope2Location, c.scope3];
  const plotted = drawn.flatMap((s, i) => (stackedLabels.includes(s.label) ? [i] : []));
  return {
    name: 'emissions-trend', title: t.charts_['emissions-trend'], kind: 'bar', timeAxis: false, percent: false,
    axisTitle: t.chartLabels.tonnes, categoryTitle: t.year,
    categories: drawn.length === 0 ? [] : years.map((y) => String(y.year)),
    series: drawn, entries: [], notesTitle: null, stacked: true, plotted,
  };
}

/** A section's headline shares over the years (from compute's trends), from the first year
 * with a value; a figure with none in any year is left out. */
function headlineTrendChart(inputs: ChartInputs, name: 'workforce-trend' | 'supplier-trend', section: 'workforce' | 'suppliers'): ChartData {
  const { lang } = inputs;
  const t = UI[lang];
  const figures = headlinesOf(section).filter((d) => d.unit === 'share');
  const trendOf = (id: string): readonly { year: number; r: KpiRecord | undefined }[] => {
    const given = inputs.trends?.get(id);
    if (given !== undefined) return given.map((p) => ({ year: p.year, r: p.value === null ? undefined : { id, year: p.year, value: p.value, unit: 'share', status: 'ok' } }));
    return inputs.years.filter((y) => y.year <= inputs.year.year).map((y) => ({ year: y.year, r: record(y, id) }));
  };
  const rows = figures.map((d) => ({ label: d.text[lang].label, points: trendOf(d.id) }));
  const years = [...new Set(rows.flatMap((s) => s.points.filter((p) => point(p.r, lang) !== null).map((p) => p.year)))].sort((a, b) => a - b);
  const from = years[0];
  const shown = from === undefined ? [] : [...new Set(rows.flatMap((s) => s.points.map((p) => p.year)))].filter((y) => y >= from).sort((a, b) => a - b);
  const series = rows
    .map((s) => ({ label: s.label, points: shown.map((y) => point(s.points.find((p) => p.year === y)?.r, lang)) }))
    .filter((s) => s.points.some((p) => p !== null));
  return {
    name, title: t.charts_[name], kind: 'line', timeAxis: false, percent: true,
    axisTitle: t.chartLabels.percent, categoryTitle: t.year,
    categories: series.length === 0 ? [] : shown.map(String),
    series, entries: [], notesTitle: null, stacked: false, plotted: null,
  };
}

function energyChart(inputs: ChartInputs): ChartData {
  const { lang } = inputs;
  const mwh = inputs.year.energyByCarrierMwh;
  const entries = ENERGY_CARRIERS.map((c): TableEntry => {
    const label = UI[lang].chartLabels.carriers[c];
    return mwh === null
      ? { label, point: null, status: 'not_reported', note: null }
      : { label, point: { y: chartNumber(mwh[c], 'MWh'), text: formatValue(mwh[c], 'MWh', lang) }, status: 'ok', note: null };
  });
  return barChart(lang, 'energy-carriers', UI[lang].chartLabels.mwh, false, entries, null);
}

/** The data of one chart for one year and language. */
export function chartData(name: ChartName, inputs: ChartInputs): ChartData {
  const { lang } = inputs;
  const c = UI[lang].chartLabels;
  switch (name) {
    case 'gender':
      return barOfIds(inputs, name, chartItems(name, [c.women, c.men, c.other, c.undisclosed]), c.persons, false);
    case 'management-gender':
      return barOfIds(inputs, name, chartItems(name, [c.women, c.men]), c.persons, false);
    case 'age':
      return barOfIds(inputs, name, chartItems(name, [c.under30, c.from30to50, c.over50]), c.persons, false);
    case 'origin':
      return originChart(inputs);
    case 'emissions-trend':
      return trendChart(inputs);
    case 'travel-modes':
      return barOfIds(inputs, name, chartItems(name, TRAVEL_MODES.map((m) => c.modes[m])), c.tonnes, false);
    case 'energy-carriers':
      return energyChart(inputs);
    case 'supplier-clauses':
      return barOfIds(inputs, name, figuresInChart(name).map((d) => [d.id, d.text[lang].label] as const), c.percent, true);
    case 'workforce-trend':
      return headlineTrendChart(inputs, name, 'workforce');
    case 'supplier-trend':
      return headlineTrendChart(inputs, name, 'suppliers');
  }
}

/** What assets/charts.js reads from the page: numbers and their display texts only. */
export function chartJson(data: ChartData, lang: Language): unknown {
  return {
    type: data.kind,
    locale: localeOf(lang),
    time: data.timeAxis,
    percent: data.percent,
    stacked: data.stacked,
    axisTitle: data.axisTitle,
    labels: data.categories,
    datasets: data.series.filter((_, i) => data.plotted === null || data.plotted.includes(i)).map((s) => ({
      label: s.label,
      data: s.points.map((p) => (p === null ? null : p.y)),
      text: s.points.map((p) => (p === null ? null : p.text)),
    })),
  };
}

/** JSON that may stand inside a <script> element: no `<`, `>`, `&` or line separators. */
export function scriptSafeJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}
