// The banner of the live server (`npm start`): the data's current errors, shown on top of every
// page of the preview while the last good site stays visible below. Plain text only: the
// templates escape it; its words are in the catalogues (catalogue/). Never part of a built site.

import type { Diagnostic } from '../model/diagnostics.ts';
import { sortDiagnostics } from '../model/diagnostics.ts';
import type { Language } from '../model/records.ts';
import { UI } from './catalogue/index.ts';

/** At most this many problems on the page; the terminal has them all. */
export const BANNER_LIMIT = 20;

export interface BannerProblem {
  /** Relative to the data folder, as in the terminal. */
  readonly file: string;
  readonly line: number;
  /** `column fte: "1,5" is more than 1 …`: what is wrong and what to write instead. */
  readonly text: string;
}

export interface BannerText {
  readonly heading: string;
  /** What the page below shows. */
  readonly shows: string;
  /** What to do. */
  readonly fix: string;
  readonly lineWord: string;
  /** "and N more …", when the list is cut. */
  readonly more: string | null;
}

export interface DevBanner {
  readonly problems: readonly BannerProblem[];
  readonly da: BannerText;
  readonly en: BannerText;
}

/** The banner for the errors of the last read (warnings stay in the terminal); null when none. */
export function devBanner(diagnostics: readonly Diagnostic[], hasGoodSite: boolean): DevBanner | null {
  const errors = sortDiagnostics(diagnostics).filter((d) => d.severity === 'error');
  if (errors.length === 0) return null;
  const shown = errors.slice(0, BANNER_LIMIT);
  const hidden = errors.length - shown.length;
  return {
    problems: shown.map((d) => ({
      file: d.file,
      line: d.line,
      text: d.column === undefined ? d.message : `column ${d.column}: ${d.message}`,
    })),
    da: bannerText('da', errors.length, hidden, hasGoodSite),
    en: bannerText('en', errors.length, hidden, hasGoodSite),
  };
}

function bannerText(lang: Language, count: number, hidden: number, hasGoodSite: boolean): BannerText {
  const w = UI[lang].banner;
  return {
    heading: w.heading(count),
    shows: hasGoodSite ? w.showsGoodSite : w.showsNoSite,
    fix: w.fix,
    lineWord: w.lineWord,
    more: hidden > 0 ? w.more(hidden) : null,
  };
}
