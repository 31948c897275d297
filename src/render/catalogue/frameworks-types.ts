// The words of the content indexes (views/content-index.ts): one page per framework and language,
// VSME, GRI, ESRS and the ESG key figures (frameworks.md "The pages"), and the datapoints a figure's
// definition lists on the Method page.

import type { EsgKeyFigure } from '../../model/registry/frameworks.ts';

/** The content indexes, in the order their links are listed. */
export type IndexKey = 'vsme' | 'gri' | 'esrs' | 'esg';
export const INDEX_KEYS: readonly IndexKey[] = ['vsme', 'gri', 'esrs', 'esg'];

export interface IndexPageText {
  readonly title: string;
  /** Path segment under the year's root. */
  readonly slug: string;
  readonly intro: string;
}

export interface ContentIndexText {
  readonly pages: Readonly<Record<IndexKey, IndexPageText>>;
  /** The heading of the list of content indexes (Global Compact and Method pages). */
  readonly linksHeading: string;
  readonly linksIntro: string;
  /** Column headings. */
  readonly datapoint: string;
  readonly paragraph: string;
  readonly shownOn: string;
  readonly disclosure: string;
  readonly keyFigure: string;
  readonly location: string;
  readonly omission: string;
  readonly reason: string;
  /** A VSME paragraph reference: `B3 §30`. */
  readonly paragraphRef: (module: string, paragraph: string) => string;
  /** The heading of a module's table: `B3 – Energy and greenhouse gas emissions`. */
  readonly moduleHeading: (module: string, name: string) => string;
  readonly modules: Readonly<Record<string, string>>;
  /** A figure and its value in a list (`Scope 1: 12,3 ton CO2e`). */
  readonly figureValue: (label: string, value: string) => string;
  /** Why a figure is not reported. */
  readonly why: {
    readonly suppressed: string;
    readonly notApplicable: string;
    readonly missingFile: (files: string) => string;
  };
  /** GRI's reasons for omission. */
  readonly griReasons: { readonly suppressed: string; readonly notApplicable: string; readonly missingFile: string };
  readonly griTitles: Readonly<Record<string, string>>;
  readonly esrsTitles: Readonly<Record<string, string>>;
  readonly esgNames: Readonly<Record<EsgKeyFigure, string>>;
  /** A note beside a VSME datapoint (the scope 3 categories covered). */
  readonly vsmeNotes: Readonly<Record<string, string>>;
  /** Where nothing is mapped to a table. */
  readonly empty: string;
  /** The machine-readable VSME report of the year (downloads/Y/vsme.json). */
  readonly vsmeDownload: (year: number) => string;
  readonly noIdentifier: string;
  /** EFRAG's notice for the taxonomy's labels shown on the VSME index (MIT licence). */
  readonly vsmeCredit: string;
  /** The inline XBRL report package of the year (downloads/Y/vsme-Y.xbri) and its page's words. */
  readonly ixbrlDownload: (year: number) => string;
  readonly ixbrlTitle: (organisation: string, year: number) => string;
  readonly ixbrlIntro: (year: number) => string;
  readonly unit: string;
  /** The Method page: the datapoints of a figure's definition, and the derived facts' group. */
  readonly datapointsLabel: string;
  readonly derivedTitle: string;
  readonly frameworkNames: Readonly<Record<IndexKey, string>>;
}
