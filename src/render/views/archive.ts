// The archive page of a language: every year, newest first (also the language's root when no
// year is published yet).

import type { ReportModel } from '../../model/site.ts';
import type { Language } from '../../model/records.ts';
import { UI } from '../catalogue/index.ts';
import type { SiteLayout } from '../urls.ts';
import { archiveUrl, languageRoot, pageUrl } from '../urls.ts';
import { pageBase } from './page.ts';
import type { ArchivePageView } from './types.ts';

export function archivePages(model: ReportModel, layout: SiteLayout, lang: Language): ArchivePageView[] {
  const t = UI[lang];
  const entries = [...model.years].reverse().map((y) => ({
    year: y.year,
    href: pageUrl(layout, lang, y.year, 'overview'),
    note: y.year === model.frontYear ? t.archive.front : y.draft ? t.archive.draft : null,
  }));
  const make = (url: string, urlIn: (l: Language) => string): ArchivePageView => ({
    ...pageBase({ lang, t, url, model, layout }, true, null, t.archive.title, urlIn),
    kind: 'archive',
    year: null,
    intro: t.archive.intro,
    archiveEntries: entries,
  });
  const pages = [make(archiveUrl(layout, lang), (l) => archiveUrl(layout, l))];
  // Without a front year (every year a draft) the language's root lists the years.
  if (model.frontYear === null) pages.push(make(languageRoot(layout, lang), (l) => languageRoot(layout, l)));
  return pages;
}
