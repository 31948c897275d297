// The Method and data page of a year: every formula, the factors used, suppression, the inputs
// read, the restated figures, the disclosures and the downloads.

import type { ReportModel } from '../../model/site.ts';
import { isFileOfYear } from '../../model/site.ts';
import type { Language } from '../../model/records.ts';
import type { FigureDefinition } from '../../model/registry/index.ts';
import type { UiText } from '../catalogue/index.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { unitOf, unitWord } from '../catalogue/index.ts';
import { formatDate, formatFactor, formatNumber } from '../format.ts';
import { disclosuresView } from '../disclosures.ts';
import { DERIVED_DEFINITIONS } from '../../model/registry/frameworks.ts';
import { INPUTS_SUMS_URL, MANIFEST_URL, SUMS_URL, definitionAnchor, derivedAnchor, downloadUrls } from '../urls.ts';
import { datapointsText, indexLinks, vsmeDownloads } from './content-index.ts';
import type { ChartIds } from './charts.ts';
import type { Ctx } from './context.ts';
import { SECTION_PAGES, figureHref, labelOf, shared } from './context.ts';
import { restatedValue } from './figures.ts';
import { yearPageBase } from './page.ts';
import type { DefinitionView, LinkView, MethodContentView, MethodPageView } from './types.ts';
import { getOrMake } from '../../util/get-or-make.ts';

export function methodPage(ctx: Ctx, problems: Diagnostic[], ids?: ChartIds): MethodPageView {
  const { base } = yearPageBase(ctx, 'method', ctx.t.method.intro, [], problems, ids);
  return { ...base, kind: 'method', method: shared(ctx, 'method', null, () => methodView(ctx)), indexLinks: indexLinks(ctx, null) };
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

/** Every definition by section, then the derived facts: the same for every year of a language. */
type DefinitionGroups = readonly { readonly title: string; readonly definitions: readonly DefinitionView[] }[];

/** The definition groups per catalogue and language, made once for all of its years' Method pages. */
const definitionGroupsMade = new WeakMap<readonly FigureDefinition[], Map<Language, DefinitionGroups>>();

function definitionGroups(catalog: readonly FigureDefinition[], t: UiText, lang: Language): DefinitionGroups {
  return getOrMake(getOrMake(definitionGroupsMade, catalog, () => new Map()), lang, () => makeDefinitionGroups(catalog, t, lang));
}

function makeDefinitionGroups(catalog: readonly FigureDefinition[], t: UiText, lang: Language): DefinitionGroups {
  const groups: { title: string; definitions: DefinitionView[] }[] = SECTION_PAGES.map((section) => ({
    title: t.method.sectionNames[section],
    definitions: catalog.filter((d) => d.section === section).map((d) => ({
      anchor: definitionAnchor(d.id),
      id: d.id,
      label: labelOf(d, lang),
      unit: unitOf(d, lang),
      formula: d.text[lang].formula ?? t.method.indicatorFormula,
      datapoints: datapointsText(d.datapoints, t, lang),
    })),
  })).filter((g) => g.definitions.length > 0);
  // The facts the frameworks ask for that no figure is (scope 1 + 2, women ÷ men in management).
  groups.push({
    title: t.contentIndex.derivedTitle,
    definitions: DERIVED_DEFINITIONS.map((d) => ({
      anchor: derivedAnchor(d.key),
      id: d.datapoints.vsme ?? d.key,
      label: d.text[lang].label,
      unit: unitWord(d.unit, lang),
      formula: d.text[lang].formula,
      datapoints: datapointsText(d.datapoints, t, lang),
    })),
  });
  return groups;
}

function methodView(ctx: Ctx): MethodContentView {
  const { t, lang, model } = ctx;
  const groups = definitionGroups(model.catalog, t, lang);
  const factors = ctx.year.factorsUsed.map((f) => ({
    key: f.key,
    factorYear: String(f.factorYear),
    value: formatFactor(f.value, lang),
    unit: f.unit,
    source: f.source,
    note: [f.fallback ? t.method.fallbackNote(f.factorYear, f.year) : null, f.radiativeForcing ? t.method.rfNote : null]
      .filter((s): s is string => s !== null).join(' ') || null,
  }));
  const restated = [...ctx.restated.values()].map((r) => {
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
  });
  const d = downloadUrls(ctx.year.year);
  const link = (text: string, href: string): LinkView => ({ text, href, current: false, lang: null });
  return {
    groups,
    factors,
    suppression: t.method.suppression(model.settings.minCellSize),
    // The year's own inputs (its folder's and the root's); INPUTS.sha256 lists every one.
    inputs: model.inputs.filter((i) => isFileOfYear(i.path, ctx.year.year)).map((i) => ({
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
      ...((model.settings.organisation.identifier ?? null) === null ? [] : vsmeDownloads(ctx)),
      link(t.method.downloadItems.manifest, MANIFEST_URL),
      link(t.method.downloadItems.sums, SUMS_URL),
      link(t.method.downloadItems.inputs, INPUTS_SUMS_URL),
    ],
    sources: sourceLinks(model, ctx.year.year).map((s) => link(s.text, s.href)),
    restated,
    tool: `${model.tool.name} ${model.tool.version}`,
    disclosures: disclosuresView(model, ctx.year, lang,
      restated.map((r) => `${r.label} (${r.id}): ${t.restated.note(r.published, r.now, r.reason)}`)),
    buildDate: model.buildDate === null ? null : formatDate(model.buildDate, lang),
  };
}
