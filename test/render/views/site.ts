// The fixture site's views and ways to find a page of a kind or a figure on a section page.

import type { PageKind, PageView, SectionPageView } from '../../../src/render/views/index.ts';
import { buildSiteView } from '../../../src/render/views/index.ts';
import { fixtureModel } from '../fixtures/model.ts';

export const NBSP = '\u00a0';
export const site = buildSiteView(fixtureModel());

export function page(url: string): PageView {
  const p = site.pages.find((x) => x.url === url);
  if (p === undefined) throw new Error(`no page ${url}`);
  return p;
}

/** The page at url, which must be of this kind. */
export function pageOf<K extends PageKind>(url: string, kind: K): Extract<PageView, { kind: K }> {
  const p = page(url);
  if (p.kind !== kind) throw new Error(`${url} is a page of kind ${p.kind}, not ${kind}`);
  return p as Extract<PageView, { kind: K }>;
}

export function section(url: string): SectionPageView {
  return pageOf(url, 'section');
}

export function figure(p: SectionPageView, id: string) {
  const f = [...p.figures, ...p.indicators, ...p.headline].find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id} on ${p.url}`);
  return f;
}
