// The whole report's words in English (report-types.ts).

import type { WholeReportText } from './report-types.ts';

export const WHOLE_REPORT_EN: WholeReportText = {
  period: (year) => `1 January – 31 December ${year}`,
  periodLabel: 'Reporting period',
  builtLabel: 'Built',
  tocHeading: 'Contents',
  tocLabel: 'Table of contents',
  methodSummary: 'Method in short',
  methodSummaryIntro: 'The formulas in short, the emission factors used, the rule for small groups and the checksums of the files read. The Method page has the rest: the greenhouse gas disclosures, restatements and downloads.',
  pdfLink: (year) => `The whole report ${year} as PDF`,
  methodMore: 'The whole Method page',
  contractsElsewhere: (count, year) => ({
    before: `The ${count} contracts of ${year} are too many to print in the whole report. They are listed on the page `,
    after: ` and in the supplier data among the downloads.`,
  }),
};
