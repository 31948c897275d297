// The whole report's words in Danish (report-types.ts).

import type { WholeReportText } from './report-types.ts';

export const WHOLE_REPORT_DA: WholeReportText = {
  period: (year) => `1. januar–31. december ${year}`,
  periodLabel: 'Rapporteringsperiode',
  builtLabel: 'Dannet',
  tocHeading: 'Indhold',
  tocLabel: 'Indholdsfortegnelse',
  methodSummary: 'Metode i kort form',
  methodSummaryIntro: 'Formlerne i kort form, de anvendte emissionsfaktorer, reglen for små grupper og kontrolsummerne for de læste filer. Metodesiden har resten: oplysninger om drivhusgasopgørelsen, rettelser og downloads.',
  pdfLink: (year) => `Hele rapporten ${year} som PDF`,
  methodMore: 'Hele metodesiden',
  contractsElsewhere: (count, year) => ({
    before: `De ${count} kontrakter fra ${year} er for mange til at blive trykt i hele rapporten. De står på siden `,
    after: ` og i leverandørdata blandt downloads.`,
  }),
};
