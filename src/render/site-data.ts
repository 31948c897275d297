// The global data .eleventy.ts gives the templates: the pages of the site, or a page of errors.

import type { ReportModel } from '../model/site.ts';
import type { PageView } from './views/index.ts';
import { buildSiteView } from './views/index.ts';
import { getDevProblems, getPagesToRender, getStoredReport } from './model-store.ts';
import type { DevBanner } from './dev-banner.ts';
import { devBanner } from './dev-banner.ts';
import type { ErrorPageView } from './views/errors.ts';
import { errorPages } from './views/errors.ts';

export interface SiteData {
  readonly pages: readonly PageView[];
  readonly errorPages: readonly ErrorPageView[];
  /** The live server's banner of data errors (null in a build, and when the data has none). */
  readonly banner: DevBanner | null;
}

const views = new WeakMap<ReportModel, SiteData>();

/** What the templates render now: the stored model's pages (built once per model; those the
 * page cache holds left out), or its errors; under the live server, with the banner of the
 * data's current errors. */
export function currentSiteData(): SiteData {
  const stored = getStoredReport();
  switch (stored.kind) {
    case 'model': {
      const only = getPagesToRender();
      // Every page from the page cache: no view is made.
      if (only !== null && only.size === 0) return { pages: [], errorPages: [], banner: devBanner(getDevProblems(), true) };
      let data = views.get(stored.model);
      if (data === undefined) {
        data = { pages: buildSiteView(stored.model).pages, errorPages: [], banner: null };
        views.set(stored.model, data);
      }
      const pages = only === null ? data.pages : data.pages.filter((p) => only.has(p.url));
      return { ...data, pages, banner: devBanner(getDevProblems(), true) };
    }
    case 'errors':
      return { pages: [], errorPages: errorPages(stored.diagnostics), banner: devBanner(stored.diagnostics, false) };
    case 'empty':
      throw new Error('no report model: the site is built by `npm run build` or served by `npm start`, which read the data first');
  }
}
