// The content indexes of a year (frameworks.md "The pages"): one page per framework and language,
// VSME (module by module, B1 … C9), GRI (disclosure, location, omission and reason), ESRS and the
// ESG key figures. Every datapoint the registry's figures, the declared indicators and the derived
// facts answer, with the figure, its value for the year and the page that shows it, or "not
// reported" and why (suppressed, a missing file, or nothing to compute it from).

import type { Language } from '../../model/records.ts';
import { DERIVED_DEFINITIONS, ESG_KEY_FIGURES, hasDatapoints } from '../../model/registry/frameworks.ts';
import type { Datapoints, DerivedFigure } from '../../model/registry/frameworks.ts';
import { compareVsmePlaces, firstReference, vsmeConcept, vsmeLabel } from '../../model/vsme/taxonomy.ts';
import type { VsmeConcept } from '../../model/vsme/taxonomy.ts';
import type { IndexKey, UiText } from '../catalogue/index.ts';
import { INDEX_KEYS, PAGE_KEYS, unitOf } from '../catalogue/index.ts';
import { formatValue } from '../format.ts';
import { derivedAnchor, indexUrl, pageUrl, vsmeJsonUrl, vsmeXbriUrl } from '../urls.ts';
import type { Ctx } from './context.ts';
import { figureHref, labelOf, methodUrl, shared, valueWithUnit } from './context.ts';
import { pageBase } from './page.ts';
import type { ContentIndexPageView, IndexItemView, IndexRowView, IndexTableView, LinkView, YearPageBase } from './types.ts';
import type { FigureDefinition } from '../../model/registry/index.ts';

/** Why a figure is not reported in the year. */
type Why =
  | { readonly kind: 'suppressed' }
  | { readonly kind: 'not_applicable' }
  | { readonly kind: 'missing_file'; readonly files: readonly string[] };

/** A figure (or derived fact) that answers datapoints, as the year has it. */
interface Entry {
  readonly label: string;
  /** Its row on its section page (a derived fact: its definition on the Method page). */
  readonly href: string;
  /** The title of the page that shows it. */
  readonly page: string;
  readonly datapoints: Datapoints;
  /** The value with its unit when published; else null and `why`. */
  readonly value: string | null;
  readonly why: Why | null;
}

/** The year's content indexes, this one (if any) marked current. */
export function indexLinks(ctx: Ctx, current: IndexKey | null): LinkView[] {
  return INDEX_KEYS.map((k) => ({
    text: ctx.t.contentIndex.pages[k].title,
    href: indexUrl(ctx.layout, ctx.lang, ctx.year.year, k),
    current: k === current,
    lang: null,
  }));
}

/** The input files present for the year with rows (a header-only file counts as missing). */
function presentFiles(ctx: Ctx): ReadonlySet<string> {
  return new Set(ctx.model.inputs.filter((i) => i.rows !== 0).map((i) => i.path.toLowerCase()));
}

function missingFiles(ctx: Ctx, present: ReadonlySet<string>, inputs: readonly string[]): string[] {
  return inputs
    .map((f) => (f === 'emission-factors.csv' ? f : `${ctx.year.year}/${f}`))
    .filter((p) => !present.has(p));
}

function whyNotReported(status: 'suppressed' | 'not_reported', missing: readonly string[]): Why {
  if (status === 'suppressed') return { kind: 'suppressed' };
  return missing.length > 0 ? { kind: 'missing_file', files: [...new Set(missing)] } : { kind: 'not_applicable' };
}

function figureEntry(ctx: Ctx, def: FigureDefinition, present: ReadonlySet<string>): Entry {
  const r = ctx.records.get(def.id);
  const published = r !== undefined && r.status === 'ok' && r.value !== null;
  return {
    label: labelOf(def, ctx.lang),
    href: figureHref(ctx, def),
    page: ctx.t.pages[def.section].title,
    datapoints: def.datapoints,
    value: published ? valueWithUnit(r.value!, def.unit, ctx.lang, unitOf(def, ctx.lang)) : null,
    why: published ? null : whyNotReported(r?.status === 'suppressed' ? 'suppressed' : 'not_reported', missingFiles(ctx, present, def.inputs)),
  };
}

function derivedEntries(ctx: Ctx, present: ReadonlySet<string>): Entry[] {
  const figures: readonly DerivedFigure[] = ctx.model.derived?.find((d) => d.year === ctx.year.year)?.figures ?? [];
  return DERIVED_DEFINITIONS.map((def) => {
    const f = figures.find((x) => x.key === def.key);
    const published = f !== undefined && f.status === 'ok' && f.value !== null;
    const inputs = (f?.from ?? []).flatMap((id) => ctx.catalog.get(id)?.inputs ?? []);
    return {
      label: def.text[ctx.lang].label,
      href: `${methodUrl(ctx)}#${derivedAnchor(def.key)}`,
      page: ctx.t.pages.method.title,
      datapoints: def.datapoints,
      // A ratio is a plain number (0,75), without a unit word.
      value: published ? (def.unit === 'ratio' ? formatValue(f.value!, def.unit, ctx.lang) : valueWithUnit(f.value!, def.unit, ctx.lang)) : null,
      why: published ? null : whyNotReported(f?.status === 'suppressed' ? 'suppressed' : 'not_reported', missingFiles(ctx, present, inputs)),
    };
  });
}

/** Every figure of the catalogue that answers a datapoint, then the derived facts (made once per
 * year and language for the four indexes). */
function entries(ctx: Ctx): readonly Entry[] {
  return shared(ctx, 'index-entries', null, () => makeEntries(ctx));
}

function makeEntries(ctx: Ctx): Entry[] {
  const present = presentFiles(ctx);
  return [
    ...ctx.model.catalog.filter((d) => hasDatapoints(d.datapoints)).map((d) => figureEntry(ctx, d, present)),
    ...derivedEntries(ctx, present),
  ];
}

function whyText(t: UiText, why: Why): string {
  const w = t.contentIndex.why;
  return why.kind === 'suppressed' ? w.suppressed : why.kind === 'not_applicable' ? w.notApplicable : w.missingFile(why.files.join(', '));
}

function griReason(t: UiText, why: Why): string {
  const r = t.contentIndex.griReasons;
  return why.kind === 'suppressed' ? r.suppressed : why.kind === 'not_applicable' ? r.notApplicable : `${r.missingFile} (${why.files.join(', ')})`;
}

const link = (text: string, href: string | null): IndexItemView => ({ text, href });

// ---- VSME ---------------------------------------------------------------------------------

function vsmeTables(ctx: Ctx, all: readonly Entry[]): IndexTableView[] {
  const { t, lang } = ctx;
  const c = t.contentIndex;
  const answered = all
    .map((e) => ({ e, concept: e.datapoints.vsme === null ? undefined : vsmeConcept(e.datapoints.vsme) }))
    .filter((x): x is { e: Entry; concept: VsmeConcept } => x.concept !== undefined)
    // Within a paragraph, in the registry's order (scope 1 before scope 2); Array.sort is stable.
    .sort((a, b) => compareVsmePlaces(a.concept, b.concept));
  const modules: { readonly module: string; readonly rows: IndexRowView[] }[] = [];
  for (const { e, concept } of answered) {
    const module = firstReference(concept)?.module ?? '';
    let group = modules.at(-1);
    if (group === undefined || group.module !== module) {
      group = { module, rows: [] };
      modules.push(group);
    }
    const note = c.vsmeNotes[concept.name];
    group.rows.push({
      header: vsmeLabel(concept, lang),
      code: concept.name,
      cells: [
        concept.references.map((r) => link(c.paragraphRef(r.module, r.paragraph), null)),
        [link(e.label, e.href), ...(note === undefined ? [] : [link(note, null)])],
        [link(e.value ?? whyText(t, e.why!), null)],
        [link(e.page, e.href)],
      ],
    });
  }
  return modules.map((g) => ({
    id: `vsme-${g.module}`,
    caption: c.moduleHeading(g.module, c.modules[g.module] ?? g.module),
    head: [c.datapoint, c.paragraph, t.figure, t.value, c.shownOn],
    rows: g.rows,
  }));
}

// ---- GRI and ESRS -------------------------------------------------------------------------

function griRank(code: string): [number, number] {
  const [a = '0', b = '0'] = code.split('-');
  return [Number.parseInt(a, 10), Number.parseInt(b, 10)];
}

const ESRS_STANDARD_ORDER = 'ESG';

function esrsRank(code: string): [number, number, number] {
  const m = /^([ESG])(\d+)(?:-(\d+))?$/.exec(code);
  if (m === null) return [9, 0, 0];
  return [ESRS_STANDARD_ORDER.indexOf(m[1]!), Number(m[2]), Number(m[3] ?? 0)];
}

function compareRanks(a: readonly number[], b: readonly number[]): number {
  for (let i = 0; i < a.length; i++) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    if (d !== 0) return d;
  }
  return 0;
}

/** One row per disclosure: where it is reported, what is omitted and why. */
function disclosureTable(
  ctx: Ctx, all: readonly Entry[], id: string, caption: string, codesOf: (d: Datapoints) => readonly string[],
  rank: (code: string) => number[], title: (code: string) => { header: string; code: string | null }, reason: (why: Why) => string,
): IndexTableView[] {
  const { t } = ctx;
  const c = t.contentIndex;
  const codes = [...new Set(all.flatMap((e) => codesOf(e.datapoints)))].sort((a, b) => compareRanks(rank(a), rank(b)) || (a < b ? -1 : a > b ? 1 : 0));
  if (codes.length === 0) return [];
  const rows = codes.map((code): IndexRowView => {
    const answering = all.filter((e) => codesOf(e.datapoints).includes(code));
    const reported = answering.filter((e) => e.value !== null);
    const omitted = answering.filter((e) => e.value === null);
    return {
      ...title(code),
      cells: [
        reported.map((e) => link(c.figureValue(e.label, e.value!), e.href)),
        omitted.map((e) => link(e.label, e.href)),
        omitted.map((e) => link(reason(e.why!), null)),
      ],
    };
  });
  return [{ id, caption, head: [c.disclosure, c.location, c.omission, c.reason], rows }];
}

function griTables(ctx: Ctx, all: readonly Entry[]): IndexTableView[] {
  const c = ctx.t.contentIndex;
  return disclosureTable(ctx, all, 'gri', c.pages.gri.title, (d) => d.gri, griRank,
    (code) => ({ header: c.griTitles[code] ?? `GRI ${code}`, code: c.griTitles[code] === undefined ? null : `GRI ${code}` }),
    (why) => griReason(ctx.t, why));
}

function esrsTables(ctx: Ctx, all: readonly Entry[]): IndexTableView[] {
  const c = ctx.t.contentIndex;
  return disclosureTable(ctx, all, 'esrs', c.pages.esrs.title, (d) => d.esrs, esrsRank,
    (code) => ({ header: c.esrsTitles[code] ?? `ESRS ${code}`, code: c.esrsTitles[code] === undefined ? null : `ESRS ${code}` }),
    (why) => whyText(ctx.t, why));
}

// ---- ESG key figures ----------------------------------------------------------------------

function esgTables(ctx: Ctx, all: readonly Entry[]): IndexTableView[] {
  const { t } = ctx;
  const c = t.contentIndex;
  const rows = ESG_KEY_FIGURES.flatMap((key): IndexRowView[] => {
    const answering = all.filter((e) => e.datapoints.esg.includes(key));
    if (answering.length === 0) return [];
    return [{
      header: c.esgNames[key],
      code: null,
      cells: [
        answering.map((e) => link(e.label, e.href)),
        answering.map((e) => link(e.value ?? whyText(t, e.why!), null)),
        answering.map((e) => link(e.page, e.href)),
      ],
    }];
  });
  return rows.length === 0 ? [] : [{ id: 'esg', caption: c.pages.esg.title, head: [c.keyFigure, t.figure, t.value, c.shownOn], rows }];
}

// ---- The page -----------------------------------------------------------------------------

function indexPageBase(ctx: Ctx, key: IndexKey): YearPageBase {
  const { model, layout, lang, t, year } = ctx;
  const url = indexUrl(layout, lang, year.year, key);
  const title = t.yearTitle(t.contentIndex.pages[key].title, year.year);
  const base = pageBase({ lang, t, url, model, layout }, false, year.year, title, (l: Language) => indexUrl(layout, l, year.year, key));
  return {
    ...base,
    year: year.year,
    nav: PAGE_KEYS.map((k) => ({ text: t.pages[k].title, href: pageUrl(layout, lang, year.year, k), current: false, lang: null })),
    years: [...model.years].reverse().map((y) => ({
      text: y.draft ? `${y.year} (${t.archive.draft})` : String(y.year),
      href: indexUrl(layout, lang, y.year, key),
      current: y.year === year.year,
      lang: null,
    })),
    draftBanner: year.draft ? t.draftBanner : null,
    intro: t.contentIndex.pages[key].intro,
    hasCharts: false,
    narrative: [],
  };
}

const TABLES: Readonly<Record<IndexKey, (ctx: Ctx, all: readonly Entry[]) => IndexTableView[]>> = {
  vsme: vsmeTables,
  gri: griTables,
  esrs: esrsTables,
  esg: esgTables,
};

export function contentIndexPage(ctx: Ctx, key: IndexKey): ContentIndexPageView {
  const tables = TABLES[key](ctx, entries(ctx));
  const c = ctx.t.contentIndex;
  const hasIdentifier = (ctx.model.settings.organisation.identifier ?? null) !== null;
  return {
    ...indexPageBase(ctx, key),
    kind: 'content-index',
    tables,
    empty: tables.length === 0 ? c.empty : null,
    indexLinks: indexLinks(ctx, key),
    downloads: key === 'vsme' && hasIdentifier ? vsmeDownloads(ctx) : [],
    notice: key === 'vsme' && !hasIdentifier ? c.noIdentifier : null,
    credit: key === 'vsme' ? c.vsmeCredit : null,
  };
}

/** The year's machine-readable VSME report and its inline XBRL package (with an identifier). */
export function vsmeDownloads(ctx: Ctx): LinkView[] {
  const c = ctx.t.contentIndex;
  const y = ctx.year.year;
  return [
    { text: c.vsmeDownload(y), href: vsmeJsonUrl(y), current: false, lang: null },
    { text: c.ixbrlDownload(y), href: vsmeXbriUrl(y), current: false, lang: null },
  ];
}

/** A figure's datapoints in words, for its definition on the Method page; null when it has none. */
export function datapointsText(d: Datapoints, t: UiText, lang: Language): string | null {
  const c = t.contentIndex;
  const parts: string[] = [];
  const concept = d.vsme === null ? undefined : vsmeConcept(d.vsme);
  if (concept !== undefined) {
    const ref = firstReference(concept);
    parts.push(`${c.frameworkNames.vsme}: ${vsmeLabel(concept, lang)} (${concept.name}${ref === null ? '' : `, ${c.paragraphRef(ref.module, ref.paragraph)}`})`);
  }
  if (d.esrs.length > 0) parts.push(`${c.frameworkNames.esrs} ${d.esrs.join(', ')}`);
  if (d.gri.length > 0) parts.push(`${c.frameworkNames.gri} ${d.gri.join(', ')}`);
  if (d.esg.length > 0) parts.push(`${c.frameworkNames.esg}: ${d.esg.map((k) => c.esgNames[k]).join(', ')}`);
  return parts.length === 0 ? null : parts.join('; ');
}
