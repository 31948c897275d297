// The whole report of a year on one page (issue 15): a cover, a table of contents, the overview's
// narrative and targets, every section with its narrative, headline figures, charts and tables,
// the Global Compact and SDG 9 index and the Method page's summary. Made from the same views as
// the year's own pages, with one set of chart ids for the whole page so that no id is used twice;
// the layout (layouts/report.njk) prefixes the sections' heading ids with their anchors.

import type { Diagnostic } from '../../model/diagnostics.ts';
import { formatDate, formatNumber } from '../format.ts';
import { pageUrl, reportPdfUrl } from '../urls.ts';
import { ChartIds } from './charts.ts';
import type { Ctx } from './context.ts';
import { SECTION_PAGES } from './context.ts';
import { frameworksPage } from './frameworks.ts';
import { methodPage } from './method.ts';
import { overviewPage } from './overview.ts';
import { yearPageBase } from './page.ts';
import { LONG_CONTRACT_LIST, sectionPage } from './section.ts';
import type { ContractView, LinkView, ReportPageView, ReportSectionView, SegmentView } from './types.ts';

/** A section's contracts as the whole report shows them: the list, or where it is when too long
 * (longer than LONG_CONTRACT_LIST, some 500 printed pages for a municipality's 20,000). */
function contractsPart(ctx: Ctx, contracts: readonly ContractView[] | null): Pick<ReportSectionView, 'contracts' | 'contractsElsewhere'> {
  if (contracts === null || contracts.length <= LONG_CONTRACT_LIST) return { contracts, contractsElsewhere: null };
  const { layout, lang, t, year } = ctx;
  const words = t.wholeReport.contractsElsewhere(formatNumber(contracts.length, lang), year.year);
  const link: LinkView = { text: t.pages.suppliers.title, href: pageUrl(layout, lang, year.year, 'suppliers'), current: false, lang: null };
  return { contracts: null, contractsElsewhere: { before: words.before, link, after: words.after } };
}

/** The narrative's headings one level further down: in the whole report a section's title is the h2. */
function demoted(segments: readonly SegmentView[]): SegmentView[] {
  return segments.map((s) => ({ ...s, html: s.html.replace(/<(\/?)h([2-5])\b/g, (_m: string, slash: string, n: string) => `<${slash}h${Number(n) + 1}`) }));
}

export function reportPage(ctx: Ctx): ReportPageView {
  const { model, layout, lang, t, year } = ctx;
  // The parts' narratives were checked on their own pages: their problems are reported there.
  const ignored: Diagnostic[] = [];
  const ids = new ChartIds();
  const { base } = yearPageBase(ctx, 'report', null, [], ignored, ids);
  const overview = overviewPage(ctx, ignored, ids);
  const sections = SECTION_PAGES.map((s) => {
    const page = sectionPage(ctx, s, ignored, ids);
    return {
      anchor: `part-${s}`,
      title: t.pages[s].title,
      intro: page.intro,
      narrative: demoted(page.narrative),
      headline: page.headline,
      charts: page.charts,
      figures: page.figures,
      indicators: page.indicators,
      ...contractsPart(ctx, page.contracts),
    };
  });
  const frameworks = frameworksPage(ctx, ignored, ids);
  const method = methodPage(ctx, ignored, ids).method;
  const parts = [
    { anchor: 'part-overview', title: t.pages.overview.title },
    ...sections,
    { anchor: 'part-frameworks', title: t.pages.frameworks.title },
    { anchor: 'part-method', title: t.wholeReport.methodSummary },
  ];
  const toc: LinkView[] = parts.map((p) => ({ text: p.title, href: `#${p.anchor}`, current: false, lang: null }));
  const anyChart = [...sections.flatMap((s) => [...s.charts, ...s.narrative.flatMap((n) => (n.chart === null ? [] : [n.chart]))]),
    ...overview.narrative.flatMap((n) => (n.chart === null ? [] : [n.chart]))].some((c) => c.json !== null);
  return {
    ...base,
    kind: 'report',
    search: { ...base.search, indexed: false },
    hasCharts: anyChart,
    cover: {
      period: t.wholeReport.period(year.year),
      built: model.buildDate === null ? null : formatDate(model.buildDate, lang),
      // The year's PDF, when the build prints them (never for a draft year).
      pdf: model.pdfs === true && !year.draft
        ? { text: t.wholeReport.pdfLink(year.year), href: reportPdfUrl(year.year, lang), current: false, lang: null }
        : null,
    },
    toc,
    overview: { anchor: 'part-overview', title: t.pages.overview.title, narrative: demoted(overview.narrative), targets: overview.targets },
    sections,
    frameworksPart: { anchor: 'part-frameworks', title: t.pages.frameworks.title, intro: t.frameworks.intro, groups: frameworks.frameworks },
    methodPart: {
      anchor: 'part-method',
      title: t.wholeReport.methodSummary,
      href: pageUrl(layout, lang, year.year, 'method'),
      groups: method.groups,
      factors: method.factors,
      suppression: method.suppression,
      inputs: method.inputs,
    },
  };
}
