// From the ReportModel to what the templates loop over: every page of the site, one member of
// PageView per page (types.ts), made by the module of its kind, with its texts already chosen and
// its numbers already formatted, so that the templates hold no logic beyond loops and lookups.

import type { ReportModel } from '../../model/site.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { formatDiagnostic, sortDiagnostics } from '../../model/diagnostics.ts';
import type { PageKey } from '../catalogue/index.ts';
import { INDEX_KEYS, PAGE_KEYS, UI } from '../catalogue/index.ts';
import type { SiteLayout } from '../urls.ts';
import type { Ctx } from './context.ts';
import { archivePages } from './archive.ts';
import { searchPage } from './search.ts';
import { contentIndexPage } from './content-index.ts';
import { frameworksPage } from './frameworks.ts';
import { methodPage } from './method.ts';
import { overviewPage } from './overview.ts';
import { reportPage } from './report.ts';
import { sectionPage } from './section.ts';
import type { PageView } from './types.ts';
import type { KpiSection } from '../../model/registry/index.ts';

export type * from './types.ts';

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

function yearPage(ctx: Ctx, key: PageKey, problems: Diagnostic[]): PageView {
  switch (key) {
    case 'overview': return overviewPage(ctx, problems);
    case 'frameworks': return frameworksPage(ctx, problems);
    case 'method': return methodPage(ctx, problems);
    case 'report': return reportPage(ctx);
    default: return sectionPage(ctx, key satisfies KpiSection, problems);
  }
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
      const compared = model.comparisons.find((c) => c.year === year.year);
      const ctx: Ctx = {
        model, layout, lang, t: UI[lang], year,
        records: new Map(year.kpis.map((r) => [r.id, r])),
        catalog,
        changes: compared?.changes ?? new Map(),
        progress: compared?.progress ?? [],
        restated: new Map((model.restated ?? []).filter((r) => r.year === year.year).map((r) => [r.id, r])),
      };
      for (const key of PAGE_KEYS) pages.push(yearPage(ctx, key, problems));
      for (const key of INDEX_KEYS) pages.push(contentIndexPage(ctx, key));
    }
    pages.push(...archivePages(model, layout, lang));
    pages.push(searchPage(model, layout, lang));
  }
  if (problems.length > 0) throw new RenderError(problems);
  return { pages };
}
