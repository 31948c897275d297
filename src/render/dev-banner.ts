// The banner of the live server (`npm start`): the data's current errors, shown on top of every
// page of the preview while the last good site stays visible below. Plain text only: the
// templates escape it. Never part of a built site.

import type { Diagnostic } from '../model/diagnostics.ts';
import { sortDiagnostics } from '../model/diagnostics.ts';
import type { Language } from '../model/records.ts';

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
  if (lang === 'da') {
    return {
      heading: count === 1 ? 'Der er en fejl i data' : `Der er ${count} fejl i data`,
      shows: hasGoodSite
        ? 'Siden herunder er den seneste version uden fejl; dine seneste ændringer ses ikke, før fejlen er rettet.'
        : 'Rapporten kan ikke vises, før fejlen er rettet.',
      fix: 'Åbn filen, gå til linjen, ret det, der står, og gem filen. Så opdateres siden af sig selv, og denne besked forsvinder. (Beskeden vises kun i forhåndsvisningen med npm start.)',
      lineWord: 'linje',
      more: hidden > 0 ? `… og ${hidden} mere; se dem alle i terminalen, hvor npm start kører.` : null,
    };
  }
  return {
    heading: count === 1 ? 'The data has an error' : `The data has ${count} errors`,
    shows: hasGoodSite
      ? 'The page below is the last version without errors; your latest changes show once the error is fixed.'
      : 'The report cannot be shown until the error is fixed.',
    fix: 'Open the file, go to the line, change what the message says and save the file. The page then updates by itself and this message disappears. (It is only shown in the preview of npm start.)',
    lineWord: 'line',
    more: hidden > 0 ? `… and ${hidden} more; the terminal where npm start runs lists them all.` : null,
  };
}
