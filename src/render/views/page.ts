// What every page has (its place, texts and the site's navigation), and what every page of one
// year has besides (its narrative, with the charts it places, and the year's navigation).

import type { ReportModel } from '../../model/site.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import type { Language, Narrative } from '../../model/records.ts';
import type { ChartName, PageKey, UiText } from '../catalogue/index.ts';
import { PAGE_KEYS, UI } from '../catalogue/index.ts';
import { brandOf } from '../brand.ts';
import { formatDate } from '../format.ts';
import type { NarrativeContext } from '../narrative.ts';
import { renderNarrative } from '../narrative.ts';
import type { SiteLayout } from '../urls.ts';
import { archiveUrl, pageUrl, searchUrl } from '../urls.ts';
import type { Ctx } from './context.ts';
import { shared } from './context.ts';
import { ChartIds, chartView } from './charts.ts';
import { kpiReference } from './figures.ts';
import type { ChartView, LinkView, PageBase, SegmentView, YearPageBase } from './types.ts';

export interface Chrome {
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

/** The fields every page has; `urlIn` is the same page's address in another language. */
export function pageBase(c: Chrome, isArchive: boolean, year: number | null, title: string, urlIn: (lang: Language) => string): PageBase {
  const org = c.model.settings.organisation;
  return {
    url: c.url,
    lang: c.lang,
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
    archive: { text: c.t.archive.title, href: archiveUrl(c.layout, c.lang), current: isArchive, lang: null },
    draftBanner: null,
    intro: null,
    hasCharts: false,
    search: { href: searchUrl(c.layout, c.lang), box: true, page: false, indexed: true },
    ...identityOf(c, year),
  };
}

/** The organisation's logo, colour, contact and the year's publication day (report.json). */
function identityOf(c: Chrome, year: number | null): Pick<PageBase, 'logoHref' | 'brandCssHref' | 'contact' | 'published'> {
  const { settings } = c.model;
  const brand = brandOf(settings);
  const day = year === null ? undefined : settings.publicationDates?.[String(year)];
  return {
    logoHref: brand.logoHref,
    brandCssHref: brand.cssHref,
    contact: settings.organisation.contact ?? null,
    published: day === undefined ? null : c.t.identity.published(formatDate(day, c.lang)),
  };
}

function yearOfNarrative(n: Narrative): number {
  return Number(n.file.split('/')[0]);
}

function narrativeFor(model: ReportModel, year: number, lang: Language, section: PageKey): Narrative | undefined {
  return model.narratives.find((n) => n.lang === lang && n.section === section && yearOfNarrative(n) === year);
}

/**
 * The fields every page of a year has: its narrative (a problem in it goes to `problems`) and,
 * in `charts`, those of `pageCharts` the narrative did not place itself. `ids` names the charts:
 * the whole report (report.ts) passes one for all its parts, so that no id is used twice.
 */
export function yearPageBase(
  ctx: Ctx, key: PageKey, intro: string | null, pageCharts: readonly ChartName[], problems: Diagnostic[], ids = new ChartIds(),
): { readonly base: YearPageBase; readonly charts: readonly ChartView[] } {
  const { model, layout, lang, t, year } = ctx;
  const url = pageUrl(layout, lang, year.year, key);
  const title = t.yearTitle(t.pages[key].title, year.year);
  const base = pageBase({ lang, t, url, model, layout }, false, year.year, title, (l) => pageUrl(layout, l, year.year, key));

  const narrative: SegmentView[] = [];
  const placed = new Set<ChartName>();
  // Rendered once per year and language: the whole report shows the same narratives.
  const result = shared(ctx, 'narrative', key, () => {
    const n = narrativeFor(model, year.year, lang, key);
    if (n === undefined) return undefined;
    const context: NarrativeContext = { kpi: (id) => kpiReference(ctx, id) };
    return renderNarrative(n.file, n.markdown, context);
  });
  if (result !== undefined) {
    if (!result.ok) problems.push(...result.diagnostics);
    else {
      for (const s of result.segments) {
        if (s.kind === 'html') narrative.push({ html: s.html, chart: null });
        else {
          placed.add(s.name);
          narrative.push({ html: '', chart: chartView(ctx, s.name, ids) });
        }
      }
    }
  }

  const charts = pageCharts.filter((c) => !placed.has(c)).map((c) => chartView(ctx, c, ids));
  const anyChart = [...charts, ...narrative.flatMap((s) => (s.chart === null ? [] : [s.chart]))].some((c) => c.json !== null);

  const nav = PAGE_KEYS.map((k) => ({ text: t.pages[k].title, href: pageUrl(layout, lang, year.year, k), current: k === key, lang: null }));
  const years = [...model.years].reverse().map((y) => ({
    text: y.draft ? `${y.year} (${t.archive.draft})` : String(y.year),
    href: pageUrl(layout, lang, y.year, key),
    current: y.year === year.year,
    lang: null,
  }));

  return {
    base: {
      ...base,
      year: year.year,
      nav,
      years,
      draftBanner: year.draft ? t.draftBanner : null,
      intro,
      hasCharts: anyChart,
      narrative,
    },
    charts,
  };
}
