// The framework index of a year: each Global Compact principle and SDG 9 target with the figures
// that report on it.

import type { Diagnostic } from '../../model/diagnostics.ts';
import { SDG9_TARGETS } from '../catalogue/index.ts';
import type { ChartIds } from './charts.ts';
import type { Ctx } from './context.ts';
import { shared } from './context.ts';
import { indexLinks } from './content-index.ts';
import { figureView } from './figures.ts';
import { yearPageBase } from './page.ts';
import type { FrameworkFigureView, FrameworkGroupView, FrameworksPageView } from './types.ts';
import type { FigureDefinition } from '../../model/registry/index.ts';

export function frameworksPage(ctx: Ctx, problems: Diagnostic[], ids?: ChartIds): FrameworksPageView {
  const { base } = yearPageBase(ctx, 'frameworks', ctx.t.frameworks.intro, [], problems, ids);
  return { ...base, kind: 'frameworks', frameworks: shared(ctx, 'frameworks', null, () => frameworkGroups(ctx)), indexLinks: indexLinks(ctx, null) };
}

/** The groups of the index (made once per year and language: the whole report shows them too). */
function frameworkGroups(ctx: Ctx): FrameworkGroupView[] {
  const { t } = ctx;
  const gc = t.gcPrinciples.map((text, i) => ({
    anchor: `gc-${i + 1}`,
    heading: t.frameworks.principle(i + 1),
    text,
    figures: ctx.model.catalog.filter((d) => d.gc.includes(i + 1)).map((d) => listed(ctx, d)),
  }));
  const sdg = SDG9_TARGETS.map((target) => ({
    anchor: `sdg-${target.replace('.', '-')}`,
    heading: t.frameworks.target(target),
    text: t.sdg9[target],
    figures: ctx.model.catalog.filter((d) => d.sdg.includes(target)).map((d) => listed(ctx, d)),
  }));
  return [
    { anchor: 'global-compact', heading: t.frameworks.gcHeading, entries: gc },
    { anchor: 'sdg9', heading: t.frameworks.sdgHeading, entries: sdg },
  ];
}

/** What the index shows of a figure (one object per figure, however many principles it serves). */
function listed(ctx: Ctx, def: FigureDefinition): FrameworkFigureView {
  return shared(ctx, 'framework-figure', def, () => {
    const { id, label, value, statusHref, href } = figureView(ctx, def);
    return { id, label, value, statusHref, href };
  });
}
