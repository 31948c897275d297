// The shape of the site's texts: one catalogue per language (da.ts, en.ts), each typed by UiText,
// so that the compiler checks both have every key. Every word the site, the live preview's banner
// and its withheld page show, and that does not come from the data, is in the catalogues.

import type { ContentIndexText } from './frameworks-types.ts';
import type { WholeReportText } from './report-types.ts';

export type { ContentIndexText, IndexKey, IndexPageText } from './frameworks-types.ts';
export { INDEX_KEYS } from './frameworks-types.ts';
export type { WholeReportText } from './report-types.ts';

export type PageKey = 'overview' | 'workforce' | 'environment' | 'suppliers' | 'data' | 'community' | 'frameworks' | 'method' | 'report';
/** The year's pages, in the navigation's order; the last, 'report', is the whole report on one page. */
export const PAGE_KEYS: readonly PageKey[] = ['overview', 'workforce', 'environment', 'suppliers', 'data', 'community', 'frameworks', 'method', 'report'];

export type ChartName = 'gender' | 'management-gender' | 'age' | 'origin' | 'emissions-trend' | 'travel-modes' | 'energy-carriers' | 'supplier-clauses' | 'workforce-trend' | 'supplier-trend';
export const CHART_NAMES: readonly ChartName[] = ['gender', 'management-gender', 'age', 'origin', 'emissions-trend', 'travel-modes', 'energy-carriers', 'supplier-clauses', 'workforce-trend', 'supplier-trend'];

export interface BannerWords {
  readonly heading: (count: number) => string;
  /** What the page below shows: the last good site, or nothing. */
  readonly showsGoodSite: string;
  readonly showsNoSite: string;
  /** What to do. */
  readonly fix: string;
  readonly lineWord: string;
  /** "and N more …", when the list is cut. */
  readonly more: (hidden: number) => string;
}

export type Sdg9Target = '9.1' | '9.2' | '9.3' | '9.4' | '9.5' | '9.a' | '9.b' | '9.c';
export const SDG9_TARGETS: readonly Sdg9Target[] = ['9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c'];

export interface PageText {
  /** Navigation and heading. */
  readonly title: string;
  /** Path segment; '' for the overview. */
  readonly slug: string;
}

export interface UiText {
  /** The language switch's words, in the target language ("Dansk", "English"). */
  readonly switchTo: string;
  readonly reportTitle: string;
  readonly skipLink: string;
  readonly mainNav: string;
  readonly yearNav: string;
  readonly langNav: string;
  readonly archive: { readonly title: string; readonly slug: string; readonly intro: string; readonly front: string; readonly draft: string };
  readonly draftBanner: string;
  readonly pages: Readonly<Record<PageKey, PageText>>;
  /** The footer's link to the accessibility statement: its name under Danish law (the web
   * accessibility act), in Danish on every page, marked lang="da". */
  readonly accessibilityStatement: string;
  readonly headline: string;
  readonly allFigures: string;
  readonly figure: string;
  /** After it on the English pages: the statement's Danish name, marked lang="da"; empty in Danish. */
  readonly accessibilityStatementDanish: string;
  /** The organisation's identity in the header and footer (report.json). */
  readonly identity: { readonly contact: string; readonly published: (date: string) => string };
  readonly value: string;
  readonly change: string;
  readonly benchmark: string;
  readonly target: string;
  readonly source: string;
  readonly note: string;
  readonly unit: string;
  readonly label: string;
  readonly suppressed: string;
  readonly notReported: string;
  readonly noChange: string;
  readonly notComparable: string;
  readonly points: string;
  readonly changeFrom: (year: number) => string;
  /** No change because this year's figure is suppressed or not reported: the year before's value. */
  readonly changeSuppressedNow: (previousYear: number, previous: string) => string;
  readonly changeNotReportedNow: (previousYear: number, previous: string) => string;
  /** No change because the year before's figure is suppressed or not reported. */
  readonly changeSuppressedBefore: (previousYear: number) => string;
  readonly changeNotReportedBefore: (previousYear: number) => string;
  readonly targetStatus: {
    readonly met: string; readonly not_met: string; readonly on_track: string; readonly behind: string; readonly cannot_assess: string;
  };
  /** Why a target cannot be assessed (the base year given). */
  readonly targetUnassessed: Readonly<Record<'not_reported' | 'suppressed' | 'before_base_year' | 'no_base_value', (baseYear: number | null) => string>>;
  /** Before the due year: the straight path's value for the year (`value` formatted). */
  readonly targetPath: (value: string, year: number) => string;
  /** The accessible name of a target's progress bar. */
  readonly targetProgress: (label: string) => string;
  readonly comparison: { readonly at_least: string; readonly at_most: string; readonly reduce_by: string };
  readonly dueIn: (year: number) => string;
  readonly margin: string;
  readonly reductionReached: string;
  readonly reductionDue: string;
  readonly indicators: string;
  readonly noIndicators: string;
  readonly charts: string;
  readonly chartTableCaption: (title: string) => string;
  readonly category: string;
  readonly year: string;
  readonly contracts: {
    readonly title: string; readonly supplier: string; readonly contractName: string; readonly clauses: string;
    readonly dpa: string; readonly lastAudit: string; readonly status: string; readonly empty: string;
    readonly clauseNames: Readonly<Record<'gc' | 'environment' | 'labour' | 'anticorruption' | 'human_rights', string>>;
    readonly statusNames: Readonly<Record<'compliant' | 'remediation' | 'non_compliant' | 'terminated', string>>;
    readonly yes: string; readonly no: string; readonly notApplicable: string; readonly noAudit: string;
    /** Said by a list the site's search leaves out (more than 100 contracts). */
    readonly notSearched: (count: string) => string;
  };
  readonly frameworks: {
    readonly intro: string; readonly gcHeading: string; readonly sdgHeading: string; readonly principle: (n: number) => string;
    readonly target: (t: string) => string; readonly empty: string;
  };
  readonly method: {
    readonly intro: string; readonly formulas: string;
    readonly factors: string; readonly factorKey: string; readonly factorYear: string; readonly factorValue: string;
    readonly factorUnit: string; readonly fallbackNote: (factorYear: number, year: number) => string; readonly rfNote: string;
    readonly noFactors: string; readonly suppressionTitle: string; readonly suppression: (k: number) => readonly string[];
    readonly notReportedTitle: string; readonly notReported: string; readonly rounding: string;
    readonly inputs: string; readonly path: string; readonly bytes: string; readonly rows: string; readonly sha256: string;
    /** Which input files the year's table lists (its folder's and the root's), and where the rest are. */
    readonly inputsScope: (year: number) => string;
    readonly downloads: string; readonly downloadItems: Readonly<Record<'kpisJson' | 'kpisCsv' | 'emissionsCsv' | 'manifest' | 'sums' | 'inputs', string>>;
    /** How to check the data folder's exports against downloads/INPUTS.sha256 (after the downloads). */
    readonly inputsCheck: string;
    readonly builtOn: string; readonly tool: string; readonly indicatorFormula: string;
    /** The ledger's columns explained (emissions.csv, issue 13), in the ledger's order, and the source data. */
    readonly ledgerTitle: string; readonly ledgerIntro: string; readonly ledgerColumns: readonly (readonly [string, string])[];
    readonly ledgerPrivacy: string; readonly sourceTitle: string; readonly sourceIntro: string;
    readonly sectionNames: Readonly<Record<'workforce' | 'environment' | 'suppliers' | 'data' | 'community', string>>;
  };
  readonly overview: { readonly targetsHeading: string; readonly noTargets: string; readonly readMore: (title: string) => string };
  /** The front page's cards (issue 14, item 2): last year's value, the change's arrow and verdict, the trend. */
  readonly front: {
    /** "2024: 12.3 t CO2e" */
    readonly previous: (year: number, value: string) => string;
    readonly previousLabel: string;
    readonly better: string;
    readonly worse: string;
    readonly unchanged: string;
    /** The trend drawing's text alternative: the figure's name, the years and every value. */
    readonly trendAlt: (label: string, from: number, to: number, values: string) => string;
    readonly targetsOfFigure: string;
    /** The in-page contents list of long pages. */
    readonly contents: string;
    /** The menu button of a phone's narrow screen. */
    readonly menu: string;
    /** The contract list's filter and sort (assets/contracts.js). */
    readonly filterContracts: string;
    readonly sortBy: (column: string) => string;
    readonly contractsShown: (shown: string, all: string) => string;
  };
  readonly charts_: Readonly<Record<ChartName, string>>;
  readonly chartLabels: {
    readonly women: string; readonly men: string; readonly other: string; readonly undisclosed: string;
    readonly under30: string; readonly from30to50: string; readonly over50: string;
    readonly ourStaff: string; readonly nonDanishShare: string;
    readonly scope1: string; readonly scope2Location: string; readonly scope2Market: string; readonly scope3: string;
    readonly totalLocation: string; readonly totalMarket: string;
    readonly modes: Readonly<Record<'flight' | 'rail' | 'car' | 'taxi' | 'bus' | 'ferry', string>>;
    readonly carriers: Readonly<Record<'electricity' | 'district_heating' | 'natural_gas' | 'heating_oil', string>>;
    readonly persons: string; readonly percent: string; readonly tonnes: string; readonly mwh: string;
  };
  readonly unitWords: Readonly<Record<string, string>>;
  readonly noData: string;
  /** A chart from the keyboard (assets/charts.js): the hint, a point's place ({n} and {total}
   * replaced in the browser) and the word for a point without a value. */
  readonly chartKeys: { readonly hint: string; readonly position: string; readonly noValue: string };
  /** The search (views/search.ts, assets/search.js): {n} and {q} replaced in the browser. */
  readonly search: {
    readonly title: string; readonly slug: string; readonly label: string; readonly button: string;
    readonly intro: string; readonly noScript: string;
    readonly noResults: string; readonly oneResult: string; readonly results: string; readonly failed: string;
  };
  readonly snapshot: (date: string) => string;
  readonly yearTitle: (title: string, year: number) => string;
  readonly errorsTitle: string;
  readonly errorsIntro: string;
  /** Figures of a locked year that changed since it was published (restatements.csv). */
  readonly restated: {
    readonly note: (published: string, now: string, reason: string) => string;
    readonly title: string; readonly intro: (year: number) => string; readonly empty: (year: number) => string;
    readonly published: string; readonly now: string; readonly reason: string; readonly download: string;
  };
  /** The ten principles of the UN Global Compact, 1 to 10. */
  readonly gcPrinciples: readonly string[];
  /** The targets of SDG 9 in words. */
  readonly sdg9: Readonly<Record<Sdg9Target, string>>;
  /** The Method page's disclosures (views/method.ts, disclosures.ts). */
  readonly disclosures: DisclosureText;
  /** The live server's banner of data errors (dev-banner.ts). */
  readonly banner: BannerWords;
  /** The live server's page shown instead of one the output scan refuses (pipeline/serve-http.ts). */
  readonly withheld: {
    readonly title: string; readonly heading: string;
    /** What the preview did and what to do; `command` is the build command's HTML. */
    readonly explain: (command: string) => string;
  };
  /** The content indexes of the frameworks (frameworks-types.ts). */
  readonly contentIndex: ContentIndexText;
  /** The whole report on one page (report-types.ts). */
  readonly wholeReport: WholeReportText;
}

export interface DisclosureText {
  readonly title: string;
  readonly ghgTitle: string;
  readonly ghg: string;
  /** When report.json declares the gases or the GWP basis: the lead, then the two lines. */
  readonly ghgDeclared: string;
  readonly gases: (declared: string | null) => string;
  readonly gwpBasis: (declared: string | null) => string;
  readonly boundaryTitle: string;
  readonly boundary: (year: number) => string;
  readonly noSites: (year: number) => string;
  readonly scope3Title: string;
  readonly scope3Included: string;
  readonly scope3Excluded: string;
  /** The 15 categories of the GHG Protocol scope 3 standard, 1 to 15. */
  readonly scope3Categories: readonly string[];
  readonly flightsTitle: string;
  readonly distance: string;
  readonly factorKey: string;
  readonly bands: readonly { readonly band: string; readonly key: string }[];
  readonly cabinClasses: string;
  readonly conversionsTitle: string;
  readonly conversions: readonly string[];
  readonly radiativeForcing: (on: boolean) => string;
  readonly basePolicyTitle: string;
  readonly basePolicy: (baseYear: number | null) => string;
  /** The policy report.json declares (emissions.baseYearPolicy), after the base year. */
  readonly basePolicyDeclared: (baseYear: number | null, policy: string) => string;
  readonly reductionTitle: string;
  readonly reduction: (year: number, baseYear: number, total: string) => string;
  readonly fromActivity: (baseYear: number, share: string) => string;
  readonly fromFactors: (share: string) => string;
  readonly atYearFactors: (year: number, baseYear: number, share: string) => string;
  readonly incomparable: (keys: string, baseYear: number) => string;
  readonly noReduction: string;
  readonly qualityTitle: string;
  readonly qualityLead: (year: number) => string;
  /** The lead when the year has restated figures (besides any warnings). */
  readonly qualityLeadRestated: (year: number) => string;
  readonly qualityNone: (year: number) => string;
  readonly missingFile: (file: string) => string;
  readonly fallback: (key: string, factorYear: number, year: number) => string;
  /** Before the tool's own (English) message, in Danish; '' in English. */
  readonly messagePrefix: string;
}
