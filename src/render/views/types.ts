// The shapes the templates see: every page of the site is one member of PageView, chosen by its
// `kind`, with only the fields its kind needs. Text from the data stays plain text here; the
// templates escape it.

import type { KpiRecord } from '../../model/figures.ts';
import type { Language } from '../../model/records.ts';
import type { TargetProgress } from '../../compute/compare.ts';
import type { ChartName, UiText } from '../catalogue/index.ts';
import type { DisclosuresView } from '../disclosures.ts';
import type { KpiSection } from '../../model/registry/index.ts';

export interface LinkView {
  readonly text: string;
  readonly href: string;
  readonly current: boolean;
  readonly lang: Language | null;
}

export interface BenchmarkView {
  readonly label: string;
  readonly value: string;
  readonly source: string;
}

export interface TargetView {
  readonly label: string;
  readonly requirement: string;
  readonly status: TargetProgress['status'];
  readonly statusText: string;
  readonly detail: string | null;
  /** The share of the way from the path's start to the target covered, 0–100 (a progress bar); null when not assessed. */
  readonly progress: number | null;
  /** The progress bar's accessible name. */
  readonly progressLabel: string | null;
  readonly figureHref: string;
}

export interface FigureView {
  readonly id: string;
  readonly anchor: string;
  readonly label: string;
  /** The formatted value with its unit, or the words for suppressed / not reported. */
  readonly value: string;
  readonly status: KpiRecord['status'];
  /** For suppressed and not reported figures: the rule that explains why. */
  readonly statusHref: string | null;
  readonly definitionHref: string;
  /** Where the figure is shown (its section page and row). */
  readonly href: string;
  readonly change: string | null;
  readonly benchmarks: readonly BenchmarkView[];
  readonly targets: readonly TargetView[];
  /** Hand-reported indicators only. */
  readonly unit: string;
  readonly note: string | null;
  readonly source: string | null;
  /** A figure of a locked year restated since: its value as published, now, and why. */
  readonly restated: string | null;
}

export interface CellView {
  readonly text: string;
  readonly href: string | null;
}

export interface TableView {
  readonly caption: string;
  readonly head: readonly string[];
  readonly rows: readonly { readonly header: string; readonly cells: readonly CellView[] }[];
}

export interface ChartView {
  readonly name: ChartName;
  readonly id: string;
  readonly headingId: string;
  readonly title: string;
  /** Escaped for a <script type="application/json"> element; null when there is nothing to draw. */
  readonly json: string | null;
  readonly table: TableView;
}

/** A part of a narrative: its HTML, or ('' before it) a chart placed in the text. */
export interface SegmentView {
  readonly html: string;
  readonly chart: ChartView | null;
}

export interface ContractView {
  readonly supplier: string;
  readonly contractName: string;
  readonly clauses: string;
  readonly dpa: string;
  readonly lastAudit: string;
  /** The last audit's date as YYYY-MM-DD, the contract list's sort key ('' without one). */
  readonly lastAuditSort: string;
  readonly status: string;
}

/** A figure as the framework index lists it: its name, linked to its row, and its value. */
export type FrameworkFigureView = Pick<FigureView, 'id' | 'label' | 'value' | 'statusHref' | 'href'>;

export interface FrameworkEntryView {
  readonly anchor: string;
  readonly heading: string;
  readonly text: string;
  readonly figures: readonly FrameworkFigureView[];
}

export interface FrameworkGroupView {
  readonly anchor: string;
  readonly heading: string;
  readonly entries: readonly FrameworkEntryView[];
}

export interface OverviewSectionView {
  readonly title: string;
  readonly href: string;
  readonly linkText: string;
  /** The section's headline figures as the front page's cards tell them (views/story.ts). */
  readonly cards: readonly HeadlineCardView[];
}

/** A small trend drawn at build time as inline SVG (views/story.ts): coordinates only. */
export interface SparkView {
  readonly width: number;
  readonly height: number;
  /** The text alternative: the figure, the years and every value (or why there is none). */
  readonly alt: string;
  /** One polyline per run of years with a value (`x,y x,y`); a year without one breaks the line. */
  readonly lines: readonly string[];
  readonly dots: readonly { readonly x: number; readonly y: number; readonly last: boolean }[];
}

/** A headline figure on the front page: this year's and last year's value, the change with its
 * arrow and whether it is good news, the trend and the figure's targets. */
export interface HeadlineCardView {
  readonly figure: FigureView;
  /** "2024: 12.3 t CO2e"; null when last year has no value. */
  readonly previous: string | null;
  /** ↑ ↓ → ; null without a change. */
  readonly arrow: string | null;
  readonly judgement: 'good' | 'bad' | 'neutral' | null;
  /** "better", "worse", …; null without a change. */
  readonly verdict: string | null;
  readonly spark: SparkView | null;
}

export interface DefinitionView {
  readonly anchor: string;
  readonly id: string;
  readonly label: string;
  readonly unit: string;
  readonly formula: string;
  /** The framework datapoints it answers, in words (`VSME: … (B3 § 30); ESRS E1-6; GRI 305-1`); null: none. */
  readonly datapoints: string | null;
}

export interface FactorView {
  readonly key: string;
  readonly factorYear: string;
  readonly value: string;
  readonly unit: string;
  readonly source: string;
  readonly note: string | null;
}

export interface RestatedView {
  readonly id: string;
  readonly label: string;
  readonly href: string;
  readonly published: string;
  readonly now: string;
  readonly reason: string;
}

export interface MethodContentView {
  readonly groups: readonly { readonly title: string; readonly definitions: readonly DefinitionView[] }[];
  readonly factors: readonly FactorView[];
  readonly suppression: readonly string[];
  readonly inputs: readonly { readonly path: string; readonly bytes: string; readonly rows: string; readonly sha256: string }[];
  readonly downloads: readonly LinkView[];
  /** The source data of the year and of the data folder's root (downloads/…/source/). */
  readonly sources: readonly LinkView[];
  /** The year's figures restated since it was locked (restatements.csv). */
  readonly restated: readonly RestatedView[];
  readonly tool: string;
  readonly buildDate: string | null;
  /** GHG basis, boundary, scope 3, flights, conversions, base year, reduction split, data quality. */
  readonly disclosures: DisclosuresView;
}

export interface ArchiveEntryView {
  readonly year: number;
  readonly href: string;
  readonly note: string | null;
}

/** What every page has: its place, its language's texts and the site's navigation. */
export interface PageBase {
  readonly url: string;
  readonly lang: Language;
  readonly year: number | null;
  readonly title: string;
  readonly documentTitle: string;
  readonly organisation: string;
  readonly organisationUrl: string | null;
  readonly accessibilityUrl: string;
  readonly t: UiText;
  readonly nav: readonly LinkView[];
  readonly years: readonly LinkView[];
  readonly languages: readonly LinkView[];
  readonly archive: LinkView;
  readonly draftBanner: string | null;
  readonly intro: string | null;
  readonly hasCharts: boolean;
  /** The search: the language's search page, the box in the header (not on the search page
   * itself), and whether this is the search page (its script and CSP; left out of the index). */
  readonly search: SearchBoxView;
  /** The organisation's identity (report.json; render/brand.ts): its logo's address, its colour's
   * style sheet's, its CSR contact and, on a year's pages, the day the year's report is
   * published in words; each null when report.json gives none. */
  readonly logoHref: string | null;
  readonly brandCssHref: string | null;
  readonly contact: string | null;
  readonly published: string | null;
}

/** A page of one year: with the narrative written for it (narratives/<year>/<lang>/<page>.md). */
export interface YearPageBase extends PageBase {
  readonly year: number;
  readonly narrative: readonly SegmentView[];
}

export interface OverviewPageView extends YearPageBase {
  readonly kind: 'overview';
  readonly overviewSections: readonly OverviewSectionView[];
  readonly targets: readonly TargetView[];
}

/** One of the five section pages (workforce, environment, suppliers, data, community). */
export interface SectionPageView extends YearPageBase {
  readonly kind: 'section';
  readonly section: KpiSection;
  readonly headline: readonly FigureView[];
  readonly charts: readonly ChartView[];
  readonly figures: readonly FigureView[];
  readonly indicators: readonly FigureView[];
  /** The suppliers page only. */
  readonly contracts: readonly ContractView[] | null;
  /** A list the site's search leaves out (views/section.ts LONG_CONTRACT_LIST): what the page says of it; else null. */
  readonly contractsNotSearched: string | null;
}

export interface FrameworksPageView extends YearPageBase {
  readonly kind: 'frameworks';
  readonly frameworks: readonly FrameworkGroupView[];
  /** The year's content indexes (VSME, GRI, ESRS, ESG key figures). */
  readonly indexLinks: readonly LinkView[];
}

export interface MethodPageView extends YearPageBase {
  readonly kind: 'method';
  readonly method: MethodContentView;
  /** The year's content indexes (VSME, GRI, ESRS, ESG key figures). */
  readonly indexLinks: readonly LinkView[];
}

export interface ArchivePageView extends PageBase {
  readonly kind: 'archive';
  readonly year: null;
  readonly archiveEntries: readonly ArchiveEntryView[];
}

/** One entry of a cell of a content index: a text, linked where it has a place on the site. */
export interface IndexItemView {
  readonly text: string;
  readonly href: string | null;
}

/** One row of a content index: its header (a datapoint, disclosure or key figure) and the cells after it. */
export interface IndexRowView {
  readonly header: string;
  /** The datapoint's code beside the header (`vsme:…`, `305-1`), or null. */
  readonly code: string | null;
  readonly cells: readonly (readonly IndexItemView[])[];
}

export interface IndexTableView {
  readonly id: string;
  readonly caption: string;
  /** Column headings, the row headers' first. */
  readonly head: readonly string[];
  readonly rows: readonly IndexRowView[];
}

/** A content index of a year (views/content-index.ts): VSME, GRI, ESRS or the ESG key figures. */
export interface ContentIndexPageView extends YearPageBase {
  readonly kind: 'content-index';
  readonly tables: readonly IndexTableView[];
  /** Where no figure answers the framework: the words that say so; else null. */
  readonly empty: string | null;
  /** The year's content indexes (this one marked current). */
  readonly indexLinks: readonly LinkView[];
  /** The VSME index: the machine-readable report and the inline XBRL package (none elsewhere, or without an identifier). */
  readonly downloads: readonly LinkView[];
  readonly notice: string | null;
  /** The VSME index: EFRAG's notice for the taxonomy's labels; null elsewhere. */
  readonly credit: string | null;
}

/** One section of the whole report: a section page's parts, its ids prefixed with `anchor`. */
export interface ReportSectionView {
  readonly anchor: string;
  readonly title: string;
  readonly intro: string | null;
  readonly narrative: readonly SegmentView[];
  readonly headline: readonly FigureView[];
  readonly charts: readonly ChartView[];
  readonly figures: readonly FigureView[];
  readonly indicators: readonly FigureView[];
  readonly contracts: readonly ContractView[] | null;
  /** In place of the list, when the year has more contracts than the whole report prints: where they are. */
  readonly contractsElsewhere: { readonly before: string; readonly link: LinkView; readonly after: string } | null;
}

/** The whole report of a year on one page (views/report.ts): for reading, printing and the PDF. */
export interface ReportPageView extends YearPageBase {
  readonly kind: 'report';
  readonly cover: { readonly period: string; readonly built: string | null; readonly pdf: LinkView | null };
  /** The table of contents: links to the parts below. */
  readonly toc: readonly LinkView[];
  readonly overview: { readonly anchor: string; readonly title: string; readonly narrative: readonly SegmentView[]; readonly targets: readonly TargetView[] };
  readonly sections: readonly ReportSectionView[];
  readonly frameworksPart: { readonly anchor: string; readonly title: string; readonly intro: string; readonly groups: readonly FrameworkGroupView[] };
  readonly methodPart: {
    readonly anchor: string;
    readonly title: string;
    readonly href: string;
    readonly groups: MethodContentView['groups'];
    readonly factors: MethodContentView['factors'];
    readonly suppression: MethodContentView['suppression'];
    readonly inputs: MethodContentView['inputs'];
  };
}

export interface SearchBoxView {
  readonly href: string;
  readonly box: boolean;
  readonly page: boolean;
  /** Whether the page's text is in the search index: not the search page, nor a whole-report
   * page (its sections are found on their own pages, so a search lists each place once). */
  readonly indexed: boolean;
}

/** The search page of a language (views/search.ts). */
export interface SearchPageView extends PageBase {
  readonly kind: 'search';
  readonly year: null;
}

export type PageView = OverviewPageView | SectionPageView | FrameworksPageView | MethodPageView | ArchivePageView | ContentIndexPageView | ReportPageView | SearchPageView;

export type PageKind = PageView['kind'];
