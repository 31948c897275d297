// The overview page of a year: each section's headline figures, then every target.

import type { Diagnostic } from '../../model/diagnostics.ts';
import { pageUrl } from '../urls.ts';
import type { ChartIds } from './charts.ts';
import type { Ctx } from './context.ts';
import { SECTION_PAGES } from './context.ts';
import { targetView } from './figures.ts';
import { yearPageBase } from './page.ts';
import { headlineCards } from './story.ts';
import type { OverviewPageView } from './types.ts';

export function overviewPage(ctx: Ctx, problems: Diagnostic[], ids?: ChartIds): OverviewPageView {
  const { layout, lang, t, year } = ctx;
  const { base } = yearPageBase(ctx, 'overview', null, [], problems, ids);
  return {
    ...base,
    // The day the year's report is published (report.json publicationDates), under the title.
    intro: base.published,
    kind: 'overview',
    overviewSections: SECTION_PAGES.map((s) => ({
      title: t.pages[s].title,
      href: pageUrl(layout, lang, year.year, s),
      linkText: t.overview.readMore(t.pages[s].title),
      cards: headlineCards(ctx, s),
    })),
    targets: ctx.progress.map((p) => targetView(ctx, p)),
  };
}
