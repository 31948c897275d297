// Where every page lives. The main language (the first of settings.languages) is at the site
// root, the others under /<lang>/; the front year's pages at the language's root, other years
// under <year>/.

import type { Language } from '../model/records.ts';
import type { IndexKey, PageKey } from './catalogue/index.ts';
import { UI } from './catalogue/index.ts';

export interface SiteLayout {
  readonly mainLanguage: Language;
  readonly frontYear: number | null;
}

export function languageRoot(layout: SiteLayout, lang: Language): string {
  return lang === layout.mainLanguage ? '/' : `/${lang}/`;
}

export function yearRoot(layout: SiteLayout, lang: Language, year: number): string {
  const root = languageRoot(layout, lang);
  return year === layout.frontYear ? root : `${root}${year}/`;
}

export function pageUrl(layout: SiteLayout, lang: Language, year: number, page: PageKey): string {
  const slug = UI[lang].pages[page].slug;
  return `${yearRoot(layout, lang, year)}${slug === '' ? '' : `${slug}/`}`;
}

/** A content index of a year (VSME, GRI, ESRS, ESG key figures): beside the year's pages. */
export function indexUrl(layout: SiteLayout, lang: Language, year: number, index: IndexKey): string {
  return `${yearRoot(layout, lang, year)}${UI[lang].contentIndex.pages[index].slug}/`;
}

/** The search page of a language (one for all years, beside the archive). */
export function searchUrl(layout: SiteLayout, lang: Language): string {
  return `${languageRoot(layout, lang)}${UI[lang].search.slug}/`;
}

export function archiveUrl(layout: SiteLayout, lang: Language): string {
  return `${languageRoot(layout, lang)}${UI[lang].archive.slug}/`;
}

/** The fragment of a figure's row on its section page and of its definition on the Method page. */
export function figureAnchor(id: string): string {
  return `fig-${id.replace(/\./g, '-')}`;
}

export function definitionAnchor(id: string): string {
  return `def-${id.replace(/\./g, '-')}`;
}

export const SUPPRESSION_ANCHOR = 'suppression';
export const NOT_REPORTED_ANCHOR = 'not-reported';

/** The fragment of a derived fact's definition on the Method page (scope 1 + 2, women ÷ men). */
export function derivedAnchor(key: string): string {
  return `def-derived-${key.replace(/_/g, '-')}`;
}

/** The whole report of a year as PDF (`npm run build -- --pdf`). */
export function reportPdfUrl(year: number, lang: Language): string {
  return `/downloads/${year}/report-${year}-${lang}.pdf`;
}

export function vsmeJsonUrl(year: number): string {
  return `/downloads/${year}/vsme.json`;
}

/** The year's inline XBRL report package (publish/vsme-ixbrl.ts xbriName). */
export function vsmeXbriUrl(year: number): string {
  return `/downloads/${year}/vsme-${year}.xbri`;
}

export function downloadUrls(year: number): { kpisJson: string; kpisCsv: string; emissionsCsv: string } {
  return {
    kpisJson: `/downloads/${year}/kpis.json`,
    kpisCsv: `/downloads/${year}/kpis.csv`,
    emissionsCsv: `/downloads/${year}/emissions.csv`,
  };
}

export const MANIFEST_URL = '/downloads/manifest.json';
export const SUMS_URL = '/downloads/SHA256SUMS';
/** Every input file's checksum by its path in the data folder (publish/manifest.ts INPUTS_SUMS_PATH). */
export const INPUTS_SUMS_URL = '/downloads/INPUTS.sha256';
