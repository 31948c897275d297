// The search page of a language (issue 15, item 4): one for all years, at /soeg/ and /en/search/
// (the catalogue's slugs). assets/search.js asks the build's Pagefind index; without JavaScript
// the page says what to do instead. Left out of the index itself.

import type { ReportModel } from '../../model/site.ts';
import type { Language } from '../../model/records.ts';
import { UI } from '../catalogue/index.ts';
import type { SiteLayout } from '../urls.ts';
import { searchUrl } from '../urls.ts';
import { pageBase } from './page.ts';
import type { SearchPageView } from './types.ts';

export function searchPage(model: ReportModel, layout: SiteLayout, lang: Language): SearchPageView {
  const t = UI[lang];
  const url = searchUrl(layout, lang);
  const base = pageBase({ lang, t, url, model, layout }, false, null, t.search.title, (l) => searchUrl(layout, l));
  return { ...base, kind: 'search', year: null, intro: t.search.intro, search: { href: url, box: false, page: true, indexed: false } };
}
