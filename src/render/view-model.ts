// From the ReportModel to what the templates loop over: every page of the site with its texts
// already chosen and its numbers already formatted, so that the templates hold no logic beyond
// loops and lookups. Text from the data stays plain text here; the templates escape it.

import type { ReportModel } from '../model/site.ts';
import type { KpiDefinition, KpiSection } from '../model/kpis.ts';
import type { KpiRecord, YearFigures } from '../model/figures.ts';
import type { Language, Narrative, SupplierContract } from '../model/records.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { RestatedFigure } from '../model/published.ts';
import { formatDiagnostic, sortDiagnostics } from '../model/diagnostics.ts';
import type { Change, TargetProgress } from '../compute/compare.ts';
import { changesFromPreviousYear, targetProgress } from '../compute/compare.ts';
import type { ChartName, PageKey, UiText } from './i18n.ts';
import { GC_PRINCIPLES, PAGE_KEYS, SDG9_TARGETS, SDG9_TEXTS, UI, kpiText, unitWord } from './i18n.ts';
import { formatDate, formatFactor, formatNumber, formatPoints, formatRelative, formatValue } from './format.ts';
import type { ChartData } from './charts.ts';
import { chartData, chartJson, scriptSafeJson } from './charts.ts';
import type { KpiReference, NarrativeContext } from './narrative.ts';
import { renderNarrative } from './narrative.ts';
import type { DisclosuresView } from './disclosures.ts';
import { disclosuresView } from './disclosures.ts';
import type { SiteLayout } from './urls.ts';
import {
  MANIFEST_URL, NOT_REPORTED_ANCHOR, SUMS_URL, SUPPRESSION_ANCHOR, archiveUrl, definitionAnchor,
  downloadUrls, figureAnchor, languageRoot, pageUrl,
} from './urls.ts';

// ---- the shapes the templates see -----------------------------------------------------------

export interface LinkView {
  readonly text: string;
  readonly href: string;
  readonly current: boolean;
  readonly lang: Language | null;
}

export interface BenchmarkView {
  readonly label: string;
  readonly value: string;
  readonly source: string;
}

export interface TargetView {
  readonly label: string;
  readonly requirement: string;
  readonly status: TargetProgress['status'];
  readonly statusText: string;
  readonly detail: string | null;
  /** The share of the way from the path's start to the target covered, 0–100 (a progress bar); null when not assessed. */
  readonly progress: number | null;
  /** The progress bar's accessible name. */
  readonly progressLabel: string | null;
  readonly figureHref: string;
}

export interface FigureView {
  readonly id: string;
  readonly anchor: string;
  readonly label: string;
  /** The formatted value with its unit, or the words for suppressed / not reported. */
  readonly value: string;
  readonly status: KpiRecord['status'];
  /** For suppressed and not reported figures: the rule that explains why. */
  readonly statusHref: string | null;
  readonly definitionHref: string;
  /** Where the figure is shown (its section page and row). */
  readonly href: string;
  readonly change: string | null;
  readonly benchmarks: readonly BenchmarkView[];
  readonly targets: readonly TargetView[];
  /** Hand-reported indicators only. */
  readonly unit: string;
  readonly note: string | null;
  readonly source: string | null;
  /** A figure of a locked year restated since: its value as published, now, and why. */
  readonly restated: string | null;
}

export interface CellView {
  readonly text: string;
  readonly href: string | null;
}

export interface TableView {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly CellView[] }[];
}

export interface ChartView {
  readonly name: ChartName;
  readonly id: string;
  readonly headingId: string;
  readonly title: string;
  /** Escaped for a <script type="application/json"> element; null when there is nothing to draw. */
  readonly json: string | null;
  readonly table: TableView;
}

export type SegmentView =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'chart'; readonly chart: ChartView };

export interface ContractView {
  readonly supplier: string;
  readonly contractName: string;
  readonly clauses: string;
  readonly dpa: string;
  readonly lastAudit: string;
  readonly status: string;
}

export interface FrameworkEntryView {
  readonly anchor: string;
  readonly heading: string;
  readonly text: string;
  readonly figures: readonly FigureView[];
}

export interface FrameworkGroupView {
  readonly anchor: string;
  readonly heading: string;
  readonly entries: readonly FrameworkEntryView[];
}

export interface OverviewSectionView {
  readonly title: string;
  readonly href: string;
  readonly linkText: string;
  readonly figures: readonly FigureView[];
}

export interface DefinitionView {
  readonly anchor: string;
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly formula: string;
}

export interface FactorView {
  readonly key: string;
  readonly factorYear: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly note: string | null;
}

export interface RestatedView {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly published: string;
  readonly now: string;
  readonly reason: string;
}

export interface MethodView {
  readonly groups: readonly { readonly title: string; readonly definitions: readonly DefinitionView[] }[];
  readonly factors: readonly FactorView[];
  readonly suppression: readonly string[];
  readonly inputs: readonly { readonly path: string; readonly bytes: string; readonly rows: string; readonly sha256: string }[];
  readonly downloads: readonly LinkView[];
  /** The source data of the year and of the data folder's root (downloads/…/source/). */
  readonly sources: readonly LinkView[];
  /** The year's figures restated since it was locked (restatements.csv). */
  readonly restated: readonly RestatedView[];
  readonly tool: string;
  readonly buildDate: string | null;
  /** GHG basis, boundary, scope 3, flights, conversions, base year, reduction split, data quality. */
  readonly disclosures: DisclosuresView;
}

export interface ArchiveEntryView {
  readonly year: number;
  readonly href: string;
  readonly note: string | null;
}

export type PageKind = PageKey | 'archive';

export interface PageView {
  readonly url: string;
  readonly lang: Language;
  readonly kind: PageKind;
  readonly year: number | null;
  readonly title: string;
  readonly documentTitle: string;
  readonly organisation: string;
  readonly organisationUrl: string | null;
  readonly accessibilityUrl: string;
  readonly t: UiText;
  readonly nav: readonly LinkView[];
  readonly years: readonly LinkView[];
  readonly languages: readonly LinkView[];
  readonly archive: LinkView;
  readonly draftBanner: string | null;
  readonly intro: string | null;
  readonly hasCharts: boolean;
  readonly narrative: readonly SegmentView[];
  readonly headline: readonly FigureView[];
  readonly overviewSections: readonly OverviewSectionView[];
  readonly targets: readonly TargetView[];
  readonly figures: readonly FigureView[];
  readonly indicators: readonly FigureView[];
  readonly charts: readonly ChartView[];
  readonly contracts: readonly ContractView[] | null;
  readonly frameworks: readonly FrameworkGroupView[];
  readonly method: MethodView | null;
  readonly archiveEntries: readonly ArchiveEntryView[];
}

export interface SiteView {
  readonly pages: readonly PageView[];
}

/** A narrative names a figure or chart that does not exist: the build stops with these. */
export class RenderError extends Error {
  readonly diagnostics: readonly Diagnostic[];
  constructor(diagnostics: readonly Diagnostic[]) {
    super(sortDiagnostics(diagnostics).map(formatDiagnostic).join('\n'));
    this.name = 'RenderError';
    this.diagnostics = diagnostics;
  }
}

// ---- what goes where ------------------------------------------------------------------------

const SECTION_PAGES: readonly KpiSection[] = ['workforce', 'environment', 'suppliers', 'data', 'community'];

const HEADLINE: Readonly<Record<KpiSection, readonly string[]>> = {
  workforce: ['hr.headcount', 'hr.fte', 'hr.gender.women_share', 'hr.management.women_share', 'hr.origin.non_danish_share', 'hr.hires.new_graduate_share', 'hr.turnover_rate'],
  environment: ['env.total_location_t', 'env.total_market_t', 'env.intensity_location_t_per_fte', 'env.energy_mwh', 'env.renewable_electricity_share', 'env.reduction_vs_base_location', 'env.meetings.virtual_share'],
  suppliers: ['sup.contracts', 'sup.gc_commitment_share', 'sup.dpa_coverage', 'sup.audited_share', 'sup.critical_breaches'],
  data: [],
  community: [],
};

/** The charts a section page shows (in its narrative or after it). */
export const SECTION_CHARTS: Readonly<Record<KpiSection, readonly ChartName[]>> = {
  workforce: ['gender', 'management-gender', 'age', 'origin'],
  environment: ['emissions-trend', 'travel-modes', 'energy-carriers'],
  suppliers: ['supplier-clauses'],
  data: [],
  community: [],
};

// ---- one year in one language ---------------------------------------------------------------

interface Ctx {
  readonly model: ReportModel;
  readonly layout: SiteLayout;
  readonly lang: Language;
  readonly t: UiText;
  readonly year: YearFigures;
  readonly records: ReadonlyMap<string, KpiRecord>;
  readonly catalog: ReadonlyMap<string, KpiDefinition>;
  readonly changes: ReadonlyMap<string, Change>;
  readonly progress: readonly TargetProgress[];
  /** The year's restated figures by id. */
  readonly restated: ReadonlyMap<string, RestatedFigure>;
}

function yearOfNarrative(n: Narrative): number {
  return Number(n.file.split('/')[0]);
}

function labelOf(def: KpiDefinition, lang: Language): string {
  if (def.indicator !== undefined) return lang === 'da' ? def.indicator.labelDa : def.indicator.labelEn;
  return kpiText(def.id, lang)?.label ?? def.id;
}

function isSectionOf(def: KpiDefinition, section: KpiSection): boolean {
  return def.section === section;
}

function methodUrl(ctx: Ctx): string {
  return pageUrl(ctx.layout, ctx.lang, ctx.year.year, 'method');
}

/** A figure with its unit word (a share as a percentage, a count without a word). */
function valueWithUnit(value: number, unit: string, lang: Language): string {
  const number = formatValue(value, unit, lang);
  return unit === 'share' || unit === 'count' ? number : `${number} ${unitWord(unit, lang)}`;
}

function signed(value: number, unit: string, lang: Language): string {
  if (unit === 'share') return `${formatPoints(value, lang)} ${UI[lang].points}`;
  const text = valueWithUnit(value, unit, lang);
  return value > 0 && !text.startsWith('0') ? `+${text}` : text;
}

function changeText(change: Change | undefined, t: UiText, lang: Language): string | null {
  if (change === undefined) return null;
  if (change.kind === 'points') return `${formatPoints(change.delta, lang)} ${t.points} ${t.changeFrom(change.previousYear)}`;
  if (change.relative === null) return t.notComparable;
  return `${formatRelative(change.relative, lang)} ${t.changeFrom(change.previousYear)}`;
}

function targetView(ctx: Ctx, p: TargetProgress): TargetView {
  const { t, lang } = ctx;
  const target = p.target;
  const def = ctx.catalog.get(target.metric);
  const unit = def?.unit ?? 'share';
  const base = ctx.model.settings.baseYear;
  const requirement = target.comparison === 'reduce_by'
    ? `${t.comparison.reduce_by} ${formatValue(target.value, 'share', lang)}${base === null ? '' : ` ${t.changeFrom(base)}`} ${t.dueIn(target.year)}`
    : `${t.comparison[target.comparison]} ${valueWithUnit(target.value, unit, lang)} ${t.dueIn(target.year)}`;
  // compute/compare.ts judges the target; here it is only put in words.
  const shown = (v: number): string => (target.comparison === 'reduce_by' ? formatValue(v, 'share', lang) : valueWithUnit(v, unit, lang));
  const parts: string[] = [];
  if (p.status === 'cannot_assess') {
    parts.push(t.targetUnassessed[p.reason ?? 'not_reported'](base));
  } else if (p.current !== null) {
    if (target.comparison === 'reduce_by') parts.push(`${t.reductionReached} ${shown(p.current)}`);
    if (p.path !== null) parts.push(t.targetPath(shown(p.path), ctx.year.year));
    else if (target.comparison === 'reduce_by') parts.push(`${t.reductionDue} ${shown(p.required)}`);
    if (p.margin !== null && target.comparison !== 'reduce_by') parts.push(`${t.margin} ${signed(p.margin, unit, lang)}`);
  }
  const progress = p.progress === null ? null : Math.round(p.progress * 100);
  return {
    label: lang === 'da' ? target.labelDa : target.labelEn,
    requirement,
    status: p.status,
    statusText: t.targetStatus[p.status],
    detail: parts.length === 0 ? null : parts.join(', '),
    progress,
    progressLabel: progress === null ? null : t.targetProgress(formatValue(progress / 100, 'share', lang)),
    figureHref: def === undefined ? '' : figureHref(ctx, def),
  };
}

function figureHref(ctx: Ctx, def: KpiDefinition): string {
  return `${pageUrl(ctx.layout, ctx.lang, ctx.year.year, def.section)}#${figureAnchor(def.id)}`;
}

function figureView(ctx: Ctx, def: KpiDefinition): FigureView {
  const { t, lang } = ctx;
  const r = ctx.records.get(def.id);
  const status = r?.status ?? 'not_reported';
  const method = methodUrl(ctx);
  const value = status === 'ok' && r?.value != null ? valueWithUnit(r.value, def.unit, lang)
    : status === 'suppressed' ? t.suppressed : t.notReported;
  const statusHref = status === 'ok' ? null : `${method}#${status === 'suppressed' ? SUPPRESSION_ANCHOR : NOT_REPORTED_ANCHOR}`;
  const indicator = def.indicator === undefined ? undefined
    : ctx.year.indicatorValues.find((v) => v.id === def.indicator?.id);
  return {
    id: def.id,
    anchor: figureAnchor(def.id),
    label: labelOf(def, lang),
    value,
    status,
    statusHref,
    definitionHref: `${method}#${definitionAnchor(def.id)}`,
    href: figureHref(ctx, def),
    change: changeText(ctx.changes.get(def.id), t, lang),
    benchmarks: ctx.model.benchmarks
      .filter((b) => b.metric === def.id && b.year === ctx.year.year)
      .map((b) => ({ label: lang === 'da' ? b.labelDa : b.labelEn, value: valueWithUnit(b.value, def.unit, lang), source: b.source })),
    targets: ctx.progress.filter((p) => p.target.metric === def.id).map((p) => targetView(ctx, p)),
    unit: unitWord(def.unit, lang),
    note: indicator?.note ?? null,
    source: indicator?.source ?? null,
    restated: restatedNote(ctx, def),
  };
}

/** A restated figure's value (as published, or now) with its unit, or the words for its status. */
function restatedValue(ctx: Ctx, v: RestatedFigure['old'], unit: string): string {
  if (v.status === 'ok' && v.value !== null) return valueWithUnit(v.value, unit, ctx.lang);
  return v.status === 'suppressed' ? ctx.t.suppressed : ctx.t.notReported;
}

function restatedNote(ctx: Ctx, def: KpiDefinition): string | null {
  const r = ctx.restated.get(def.id);
  if (r === undefined) return null;
  return ctx.t.restated.note(restatedValue(ctx, r.old, def.unit), restatedValue(ctx, r.new, def.unit), ctx.lang === 'da' ? r.reasonDa : r.reasonEn);
}

function headlineOf(ctx: Ctx, section: KpiSection): FigureView[] {
  const ids = new Set(HEADLINE[section]);
  const withTargets = new Set(ctx.model.targets.filter((t) => t.year >= ctx.year.year).map((t) => t.metric));
  return ctx.model.catalog
    .filter((d) => isSectionOf(d, section) && (ids.has(d.id) || withTargets.has(d.id) || (HEADLINE[section].length === 0 && d.indicator !== undefined)))
    .map((d) => figureView(ctx, d));
}

function kpiReference(ctx: Ctx, id: string): KpiReference | undefined {
  const def = ctx.catalog.get(id);
  if (def === undefined) return undefined;
  const r = ctx.records.get(id);
  const method = methodUrl(ctx);
  if (r !== undefined && r.status === 'ok' && r.value !== null) {
    return { text: formatValue(r.value, def.unit, ctx.lang), href: `${method}#${definitionAnchor(id)}`, status: 'ok' };
  }
  if (r?.status === 'suppressed') return { text: ctx.t.suppressed, href: `${method}#${SUPPRESSION_ANCHOR}`, status: 'suppressed' };
  return { text: ctx.t.notReported, href: `${method}#${NOT_REPORTED_ANCHOR}`, status: 'not_reported' };
}

class ChartIds {
  readonly #used = new Map<string, number>();
  next(name: ChartName): string {
    const n = (this.#used.get(name) ?? 0) + 1;
    this.#used.set(name, n);
    return n === 1 ? `chart-${name}` : `chart-${name}-${n}`;
  }
}

function chartView(ctx: Ctx, name: ChartName, ids: ChartIds): ChartView {
  const data = chartData(name, {
    lang: ctx.lang, year: ctx.year, years: ctx.model.years, baseYear: ctx.model.settings.baseYear, benchmarks: ctx.model.benchmarks,
  });
  const id = ids.next(name);
  return {
    name, id, headingId: `${id}-title`, title: data.title,
    json: data.categories.length === 0 ? null : scriptSafeJson(chartJson(data, ctx.lang)),
    table: chartTable(ctx, data),
  };
}

function chartTable(ctx: Ctx, data: ChartData): TableView {
  const { t } = ctx;
  const method = methodUrl(ctx);
  const caption = t.chartTableCaption(data.title);
  if (data.kind === 'line') {
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

/** The contract rows of a year's list, per language; kept while the contracts are (the live
 * server's cache hands the same contracts to every refresh, so an edit does not remake them). */
const contractViewsByLanguage = new WeakMap<readonly SupplierContract[], Map<Language, readonly ContractView[]>>();

function contractViews(contracts: readonly SupplierContract[], ctx: Ctx): readonly ContractView[] {
  let byLanguage = contractViewsByLanguage.get(contracts);
  if (byLanguage === undefined) {
    byLanguage = new Map();
    contractViewsByLanguage.set(contracts, byLanguage);
  }
  let views = byLanguage.get(ctx.lang);
  if (views === undefined) {
    views = contracts.map((c) => contractView(c, ctx));
    byLanguage.set(ctx.lang, views);
  }
  return views;
}

function contractView(c: SupplierContract, ctx: Ctx): ContractView {
  const x = ctx.t.contracts;
  const clauses = [
    c.gcCommitment ? x.clauseNames.gc : null,
    c.environmentClause ? x.clauseNames.environment : null,
    c.labourClause ? x.clauseNames.labour : null,
    c.anticorruptionClause ? x.clauseNames.anticorruption : null,
    c.humanRightsClause ? x.clauseNames.human_rights : null,
  ].filter((s): s is string => s !== null);
  return {
    supplier: c.supplier,
    contractName: c.contractName ?? '',
    clauses: clauses.length === 0 ? x.no : clauses.join(', '),
    dpa: c.dpaSigned === true ? x.yes : c.dpaSigned === false ? x.no : c.processesPersonalData ? x.no : x.notApplicable,
    lastAudit: c.lastAuditDate === null ? x.noAudit : formatDate(c.lastAuditDate, ctx.lang),
    status: x.statusNames[c.status],
  };
}

function frameworkGroups(ctx: Ctx): FrameworkGroupView[] {
  const { t, lang } = ctx;
  const gc = GC_PRINCIPLES[lang].map((text, i) => ({
    anchor: `gc-${i + 1}`,
    heading: t.frameworks.principle(i + 1),
    text,
    figures: ctx.model.catalog.filter((d) => d.gc.includes(i + 1)).map((d) => figureView(ctx, d)),
  }));
  const sdg = SDG9_TARGETS.map((target) => ({
    anchor: `sdg-${target.replace('.', '-')}`,
    heading: t.frameworks.target(target),
    text: SDG9_TEXTS[lang][target] ?? '',
    figures: ctx.model.catalog.filter((d) => d.sdg.includes(target)).map((d) => figureView(ctx, d)),
  }));
  return [
    { anchor: 'global-compact', heading: t.frameworks.gcHeading, entries: gc },
    { anchor: 'sdg9', heading: t.frameworks.sdgHeading, entries: sdg },
  ];
}

/** The year's inputs published as source data, then the root's (publish/source-data.ts); never employees.csv. */
const YEAR_SOURCES = ['suppliers.csv', 'energy.csv', 'meetings.csv', 'indicators.csv', 'travel.csv'];
const ROOT_SOURCES = ['emission-factors.csv', 'indicators.csv', 'benchmarks.csv', 'targets.csv'];

function sourceLinks(model: ReportModel, year: number): { readonly text: string; readonly href: string }[] {
  const read = new Set(model.inputs.map((i) => i.path.toLowerCase()));
  return [
    ...YEAR_SOURCES.filter((n) => read.has(`${year}/${n}`)).map((n) => ({ text: `${year}/${n}`, href: `/downloads/${year}/source/${n}` })),
    ...ROOT_SOURCES.filter((n) => read.has(n)).map((n) => ({ text: n, href: `/downloads/source/${n}` })),
  ];
}

function methodView(ctx: Ctx): MethodView {
  const { t, lang, model } = ctx;
  const groups = SECTION_PAGES.map((section) => ({
    title: t.method.sectionNames[section],
    definitions: model.catalog.filter((d) => d.section === section).map((d) => ({
      anchor: definitionAnchor(d.id),
      id: d.id,
      label: labelOf(d, lang),
      unit: unitWord(d.unit, lang),
      formula: d.indicator !== undefined ? t.method.indicatorFormula : (kpiText(d.id, lang)?.formula ?? ''),
    })),
  })).filter((g) => g.definitions.length > 0);
  const factors = ctx.year.factorsUsed.map((f) => ({
    key: f.key,
    factorYear: String(f.factorYear),
    value: formatFactor(f.value, lang),
    unit: f.unit,
    source: f.source,
    note: [f.fallback ? t.method.fallbackNote(f.factorYear, f.year) : null, f.radiativeForcing ? t.method.rfNote : null]
      .filter((s): s is string => s !== null).join(' ') || null,
  }));
  const d = downloadUrls(ctx.year.year);
  const link = (text: string, href: string): LinkView => ({ text, href, current: false, lang: null });
  return {
    groups,
    factors,
    suppression: t.method.suppression(model.settings.minCellSize),
    inputs: model.inputs.map((i) => ({
      path: i.path,
      bytes: formatNumber(i.bytes, lang),
      rows: i.rows === null ? '' : formatNumber(i.rows, lang),
      sha256: i.sha256,
    })),
    downloads: [
      link(`${t.method.downloadItems.kpisJson} (${ctx.year.year})`, d.kpisJson),
      link(`${t.method.downloadItems.kpisCsv} (${ctx.year.year})`, d.kpisCsv),
      link(`${t.method.downloadItems.emissionsCsv} (${ctx.year.year})`, d.emissionsCsv),
      link(`${t.restated.download} (${ctx.year.year})`, `/downloads/${ctx.year.year}/restatements.csv`),
      link(t.method.downloadItems.manifest, MANIFEST_URL),
      link(t.method.downloadItems.sums, SUMS_URL),
    ],
    sources: sourceLinks(model, ctx.year.year).map((s) => link(s.text, s.href)),
    restated: [...ctx.restated.values()].map((r) => {
      const def = ctx.catalog.get(r.id);
      const unit = def?.unit ?? r.unit;
      return {
        id: r.id,
        label: def === undefined ? r.id : labelOf(def, lang),
        href: def === undefined ? '' : figureHref(ctx, def),
        published: restatedValue(ctx, r.old, unit),
        now: restatedValue(ctx, r.new, unit),
        reason: lang === 'da' ? r.reasonDa : r.reasonEn,
      };
    }),
    tool: `${model.tool.name} ${model.tool.version}`,
    disclosures: disclosuresView(model, ctx.year, lang),
    buildDate: model.buildDate === null ? null : formatDate(model.buildDate, lang),
  };
}

// ---- pages ----------------------------------------------------------------------------------

interface Chrome {
  readonly lang: Language;
  readonly t: UiText;
  readonly url: string;
  readonly model: ReportModel;
  readonly layout: SiteLayout;
}

function languageLinks(c: Chrome, urlIn: (lang: Language) => string): LinkView[] {
  return c.model.settings.languages
    .filter((l) => l !== c.lang)
    .map((l) => ({ text: UI[l].switchTo, href: urlIn(l), current: false, lang: l }));
}

function emptyPage(c: Chrome, kind: PageKind, year: number | null, title: string, urlIn: (lang: Language) => string): PageView {
  const org = c.model.settings.organisation;
  return {
    url: c.url,
    lang: c.lang,
    kind,
    year,
    title,
    documentTitle: `${title} – ${org.name}`,
    organisation: org.name,
    organisationUrl: org.url,
    accessibilityUrl: org.accessibilityStatementUrl,
    t: c.t,
    nav: [],
    years: [],
    languages: languageLinks(c, urlIn),
    archive: { text: c.t.archive.title, href: archiveUrl(c.layout, c.lang), current: kind === 'archive', lang: null },
    draftBanner: null,
    intro: null,
    hasCharts: false,
    narrative: [],
    headline: [],
    overviewSections: [],
    targets: [],
    figures: [],
    indicators: [],
    charts: [],
    contracts: null,
    frameworks: [],
    method: null,
    archiveEntries: [],
  };
}

function narrativeFor(model: ReportModel, year: number, lang: Language, section: PageKey): Narrative | undefined {
  return model.narratives.find((n) => n.lang === lang && n.section === section && yearOfNarrative(n) === year);
}

function yearPage(ctx: Ctx, key: PageKey, problems: Diagnostic[]): PageView {
  const { model, layout, lang, t, year } = ctx;
  const url = pageUrl(layout, lang, year.year, key);
  const title = t.yearTitle(t.pages[key].title, year.year);
  const base = emptyPage({ lang, t, url, model, layout }, key, year.year, title, (l) => pageUrl(layout, l, year.year, key));
  const ids = new ChartIds();

  const narrative: SegmentView[] = [];
  const placed = new Set<ChartName>();
  const n = narrativeFor(model, year.year, lang, key);
  if (n !== undefined) {
    const context: NarrativeContext = { kpi: (id) => kpiReference(ctx, id) };
    const result = renderNarrative(n.file, n.markdown, context);
    if (!result.ok) problems.push(...result.diagnostics);
    else {
      for (const s of result.segments) {
        if (s.kind === 'html') narrative.push(s);
        else {
          placed.add(s.name);
          narrative.push({ kind: 'chart', chart: chartView(ctx, s.name, ids) });
        }
      }
    }
  }

  const section: KpiSection | null = (SECTION_PAGES as readonly string[]).includes(key) ? key as KpiSection : null;
  const charts = section === null ? [] : SECTION_CHARTS[section].filter((c) => !placed.has(c)).map((c) => chartView(ctx, c, ids));
  const anyChart = [...charts, ...narrative.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []))].some((c) => c.json !== null);

  const nav = PAGE_KEYS.map((k) => ({ text: t.pages[k].title, href: pageUrl(layout, lang, year.year, k), current: k === key, lang: null }));
  const years = [...model.years].reverse().map((y) => ({
    text: y.draft ? `${y.year} (${t.archive.draft})` : String(y.year),
    href: pageUrl(layout, lang, y.year, key),
    current: y.year === year.year,
    lang: null,
  }));

  const page: PageView = {
    ...base,
    nav,
    years,
    draftBanner: year.draft ? t.draftBanner : null,
    intro: key === 'workforce' ? t.snapshot(formatDate(snapshotIso(model, year.year), lang))
      : key === 'frameworks' ? t.frameworks.intro
        : key === 'method' ? t.method.intro : null,
    hasCharts: anyChart,
    narrative,
    charts,
  };

  switch (key) {
    case 'overview':
      return {
        ...page,
        overviewSections: SECTION_PAGES.map((s) => ({
          title: t.pages[s].title,
          href: pageUrl(layout, lang, year.year, s),
          linkText: t.overview.readMore(t.pages[s].title),
          figures: headlineOf(ctx, s),
        })),
        targets: ctx.progress.map((p) => targetView(ctx, p)),
      };
    case 'frameworks':
      return { ...page, frameworks: frameworkGroups(ctx) };
    case 'method':
      return { ...page, method: methodView(ctx) };
    default: {
      const s = key as KpiSection;
      const defs = model.catalog.filter((d) => isSectionOf(d, s));
      return {
        ...page,
        headline: HEADLINE[s].length === 0 ? [] : headlineOf(ctx, s),
        figures: defs.filter((d) => d.indicator === undefined).map((d) => figureView(ctx, d)),
        indicators: defs.filter((d) => d.indicator !== undefined).map((d) => figureView(ctx, d)),
        contracts: s === 'suppliers' ? contractViews(year.contracts ?? [], ctx) : null,
      };
    }
  }
}

function snapshotIso(model: ReportModel, year: number): string {
  const { month, day } = model.settings.snapshotDate;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

function archivePages(model: ReportModel, layout: SiteLayout, lang: Language): PageView[] {
  const t = UI[lang];
  const entries = [...model.years].reverse().map((y) => ({
    year: y.year,
    href: pageUrl(layout, lang, y.year, 'overview'),
    note: y.year === model.frontYear ? t.archive.front : y.draft ? t.archive.draft : null,
  }));
  const make = (url: string, urlIn: (l: Language) => string): PageView => ({
    ...emptyPage({ lang, t, url, model, layout }, 'archive', null, t.archive.title, urlIn),
    intro: t.archive.intro,
    archiveEntries: entries,
  });
  const pages = [make(archiveUrl(layout, lang), (l) => archiveUrl(layout, l))];
  // Without a front year (every year a draft) the language's root lists the years.
  if (model.frontYear === null) pages.push(make(languageRoot(layout, lang), (l) => languageRoot(layout, l)));
  return pages;
}

/** Every page of the site. Throws RenderError when a narrative names an unknown figure or chart. */
export function buildSiteView(model: ReportModel): SiteView {
  const mainLanguage = model.settings.languages[0] ?? 'da';
  const layout: SiteLayout = { mainLanguage, frontYear: model.frontYear };
  const catalog = new Map(model.catalog.map((d) => [d.id, d]));
  const problems: Diagnostic[] = [];
  const pages: PageView[] = [];
  for (const lang of model.settings.languages) {
    for (const year of model.years) {
      const previous = model.years.find((y) => y.year === year.year - 1);
      const ctx: Ctx = {
        model, layout, lang, t: UI[lang], year,
        records: new Map(year.kpis.map((r) => [r.id, r])),
        catalog,
        changes: changesFromPreviousYear(year, previous),
        progress: targetProgress(year.year, model.years, model.targets, model.settings.baseYear),
        restated: new Map((model.restated ?? []).filter((r) => r.year === year.year).map((r) => [r.id, r])),
      };
      for (const key of PAGE_KEYS) pages.push(yearPage(ctx, key, problems));
    }
    pages.push(...archivePages(model, layout, lang));
  }
  if (problems.length > 0) throw new RenderError(problems);
  return { pages };
}
