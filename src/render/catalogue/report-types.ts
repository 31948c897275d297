// The words of the whole report on one page (views/report.ts): its cover, table of contents and
// the Method page's summary, one catalogue per language (report-da.ts, report-en.ts).

export interface WholeReportText {
  /** The reporting period of a year, in words. */
  readonly period: (year: number) => string;
  readonly periodLabel: string;
  /** The date the site was built (SOURCE_DATE_EPOCH), when set. */
  readonly builtLabel: string;
  readonly tocHeading: string;
  readonly tocLabel: string;
  readonly methodSummary: string;
  readonly methodSummaryIntro: string;
  /** "The whole report as PDF". */
  readonly pdfLink: (year: number) => string;
  /** The full Method page, for what the summary leaves out. */
  readonly methodMore: string;
  /** Where the contracts are, when the year has too many to print in the whole report: the words
   * before and after the link to the Suppliers page, given the count in words. */
  readonly contractsElsewhere: (count: string, year: number) => { readonly before: string; readonly after: string };
}
