// The words of the Method page's disclosures (issue 13, item 6), in Danish and English: the GHG
// basis, the boundary, the scope 3 categories, the flight bands and classes, the unit
// conversions, radiative forcing, the base-year policy, the reduction split and the data-quality
// statement. Re-exported by i18n.ts, the catalogue of every text of the site.

import type { Language } from '../model/records.ts';

export interface DisclosureText {
  readonly title: string;
  readonly ghgTitle: string;
  readonly ghg: string;
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
  readonly reductionTitle: string;
  readonly reduction: (year: number, baseYear: number, total: string) => string;
  readonly fromActivity: (baseYear: number, share: string) => string;
  readonly fromFactors: (share: string) => string;
  readonly atYearFactors: (year: number, baseYear: number, share: string) => string;
  readonly incomparable: (keys: string, baseYear: number) => string;
  readonly noReduction: string;
  readonly qualityTitle: string;
  readonly qualityLead: (year: number) => string;
  readonly qualityNone: (year: number) => string;
  readonly missingFile: (file: string) => string;
  readonly fallback: (key: string, factorYear: number, year: number) => string;
  /** Before the tool's own (English) message, in Danish; '' in English. */
  readonly messagePrefix: string;
}

const CATEGORIES_DA = [
  'Indkøbte varer og tjenesteydelser', 'Kapitalgoder', 'Brændsels- og energirelaterede aktiviteter', 'Transport og distribution (opstrøms)',
  'Affald fra driften', 'Forretningsrejser', 'Medarbejdernes transport til og fra arbejde', 'Leasede aktiver (opstrøms)',
  'Transport og distribution (nedstrøms)', 'Forarbejdning af solgte produkter', 'Brug af solgte produkter', 'Bortskaffelse af solgte produkter',
  'Leasede aktiver (nedstrøms)', 'Franchises', 'Investeringer',
];

const CATEGORIES_EN = [
  'Purchased goods and services', 'Capital goods', 'Fuel- and energy-related activities', 'Upstream transportation and distribution',
  'Waste generated in operations', 'Business travel', 'Employee commuting', 'Upstream leased assets',
  'Downstream transportation and distribution', 'Processing of sold products', 'Use of sold products', 'End-of-life treatment of sold products',
  'Downstream leased assets', 'Franchises', 'Investments',
];

const DA: DisclosureText = {
  title: 'Opgørelsens grundlag',
  ghgTitle: 'Drivhusgasser og GWP',
  ghg: 'Udledningerne er opgjort som CO2-ækvivalenter (CO2e) efter GHG-protokollen. Hver emissionsfaktor i tabellen nedenfor angiver kg CO2e pr. enhed, som kilden har beregnet dem: de drivhusgasser, kilden medregner (normalt CO2, CH4 og N2O), vejet med kildens GWP-værdier over 100 år. Kilden står ved hver faktor.',
  boundaryTitle: 'Organisatorisk afgrænsning',
  boundary: (y) => `Scope 1 og 2 omfatter de lokationer, der har energiforbrug i energy.csv for ${y}:`,
  noSites: (y) => `Der er ingen energidata for ${y}, så scope 1 og 2 er ikke opgjort.`,
  scope3Title: 'Scope 3-kategorier',
  scope3Included: 'Medregnet: kategori 6, forretningsrejser (travel.csv).',
  scope3Excluded: 'Ikke medregnet:',
  scope3Categories: CATEGORIES_DA,
  flightsTitle: 'Flyrejser: afstande og rejseklasser',
  distance: 'Afstand (én vej)',
  factorKey: 'Faktor',
  bands: [
    { band: 'under 500 km', key: 'flight.domestic (indenrigs, alle klasser)' },
    { band: '500 til 3.700 km', key: 'flight.short_haul.economy, .business eller .average' },
    { band: 'over 3.700 km', key: 'flight.long_haul.economy, .premium_economy, .business, .first eller .average' },
  ],
  cabinClasses: 'Rejseklasser: economy, premium economy, business og first; uden klasse bruges gennemsnitsfaktoren (average). På kortdistance tæller premium economy som economy og first som business.',
  conversionsTitle: 'Omregning af enheder',
  conversions: [
    'kWh = MWh × 1.000 = GJ × 1.000 / 3,6.',
    'm3 (naturgas) og l (fyringsolie) ganges med en faktor i samme enhed; til energiforbruget i MWh omregnes de med faktorens kwh_per_unit.',
    'En måleperiode, der går ud over året, tæller med den andel af dagene, der ligger i året.',
    'Markedsbaseret el: den del, der er dækket af oprindelsesgarantier (vedvarende andel), tæller 0; resten ganges med residualmiksets faktor.',
  ],
  radiativeForcing: (on) => (on
    ? 'Flyrejser er opgjort med strålingspåvirkning (radiative forcing), dvs. med faktorernes kg_co2e_rf.'
    : 'Flyrejser er opgjort uden strålingspåvirkning (radiative forcing), dvs. med faktorernes kg_co2e.'),
  basePolicyTitle: 'Basisår og genberegning',
  basePolicy: (b) => (b === null
    ? 'Der er ikke angivet et basisår (report.json emissions.baseYear), så der vises ingen reduktion i forhold til et basisår.'
    : `Basisåret er ${b}. Basisårets tal beregnes igen ved hver opbygning af de data og faktorer, der ligger for ${b}; de rettes kun ved at rette disse data. Et offentliggjort og låst år, hvis tal ændres, vises som omregnet med begrundelse (restatements.csv). Reduktionen nedenfor er delt op i den del, der skyldes mindre aktivitet, og den del, der skyldes ændrede emissionsfaktorer.`),
  reductionTitle: 'Reduktion siden basisåret: aktivitet og faktorer',
  reduction: (y, b, total) => `Udledningerne (lokationsbaseret) i ${y} er ${total} lavere end i ${b}.`,
  fromActivity: (b, share) => `Heraf skyldes ${share} mindre aktivitet: årets aktivitet ganget med faktorerne fra ${b} giver denne reduktion.`,
  fromFactors: (share) => `Resten, ${share}, skyldes ændrede emissionsfaktorer.`,
  atYearFactors: (y, b, share) => `Med ${b}s aktivitet ganget med faktorerne for ${y} ville reduktionen være ${share}.`,
  incomparable: (keys, b) => `Opdelingen kan ikke beregnes, fordi disse faktorer ikke findes for begge år i samme enhed (${b} og året): ${keys}.`,
  noReduction: 'Reduktionen kan ikke opdeles for dette år (det er basisåret selv, eller et af årene mangler rejse- eller energidata).',
  qualityTitle: 'Datakvalitet',
  qualityLead: (y) => `Opbygningen af rapporten gav disse advarsler for ${y} (fil og linje; værktøjets egne meddelelser er på engelsk):`,
  qualityNone: (y) => `Opbygningen af rapporten gav ingen advarsler for ${y}.`,
  missingFile: (file) => `${file} mangler, så de tal, der bygger på filen, er ikke opgjort.`,
  fallback: (key, fy, y) => `Der findes ingen faktor for ${key} i ${y}; faktoren fra ${fy} er brugt.`,
  messagePrefix: 'Advarsel',
};

const EN: DisclosureText = {
  title: 'Basis of the inventory',
  ghgTitle: 'Greenhouse gases and GWP',
  ghg: 'Emissions are reported as CO2 equivalents (CO2e) following the GHG Protocol. Each emission factor in the table below gives kg CO2e per unit as its source computed it: the greenhouse gases the source includes (usually CO2, CH4 and N2O), weighted with the source\'s 100-year GWP values. The source is named beside each factor.',
  boundaryTitle: 'Organisational boundary',
  boundary: (y) => `Scopes 1 and 2 cover the sites with energy use in energy.csv for ${y}:`,
  noSites: (y) => `There is no energy data for ${y}, so scopes 1 and 2 are not reported.`,
  scope3Title: 'Scope 3 categories',
  scope3Included: 'Included: category 6, business travel (travel.csv).',
  scope3Excluded: 'Not included:',
  scope3Categories: CATEGORIES_EN,
  flightsTitle: 'Flights: distance bands and cabin classes',
  distance: 'Distance (one way)',
  factorKey: 'Factor',
  bands: [
    { band: 'below 500 km', key: 'flight.domestic (domestic, every class)' },
    { band: '500 to 3,700 km', key: 'flight.short_haul.economy, .business or .average' },
    { band: 'above 3,700 km', key: 'flight.long_haul.economy, .premium_economy, .business, .first or .average' },
  ],
  cabinClasses: 'Cabin classes: economy, premium economy, business and first; without a class the average factor is used. On short haul, premium economy counts as economy and first as business.',
  conversionsTitle: 'Unit conversions',
  conversions: [
    'kWh = MWh × 1,000 = GJ × 1,000 / 3.6.',
    'm3 (natural gas) and l (heating oil) are multiplied by a factor in the same unit; for energy use in MWh they are converted with the factor\'s kwh_per_unit.',
    'A meter period that extends beyond the year counts with the share of its days inside the year.',
    'Market-based electricity: the part covered by guarantees of origin (the renewable share) counts 0; the rest is multiplied by the residual mix factor.',
  ],
  radiativeForcing: (on) => (on
    ? 'Flights are counted with radiative forcing, that is with the factors\' kg_co2e_rf.'
    : 'Flights are counted without radiative forcing, that is with the factors\' kg_co2e.'),
  basePolicyTitle: 'Base year and recalculation',
  basePolicy: (b) => (b === null
    ? 'No base year is set (report.json emissions.baseYear), so no reduction against a base year is shown.'
    : `The base year is ${b}. Its figures are computed again on every build from the data and factors held for ${b}; they change only when that data is corrected. A published and locked year whose figures change is shown as restated, with the reason (restatements.csv). The reduction below is split into the part due to less activity and the part due to changed emission factors.`),
  reductionTitle: 'Reduction since the base year: activity and factors',
  reduction: (y, b, total) => `Emissions (location-based) in ${y} are ${total} lower than in ${b}.`,
  fromActivity: (b, share) => `Of this, ${share} is due to less activity: this year's activity at the factors of ${b} gives this reduction.`,
  fromFactors: (share) => `The rest, ${share}, is due to changed emission factors.`,
  atYearFactors: (y, b, share) => `With the activity of ${b} at the factors of ${y}, the reduction would be ${share}.`,
  incomparable: (keys, b) => `The split cannot be computed because these factors do not exist for both years in the same unit (${b} and this year): ${keys}.`,
  noReduction: 'The reduction cannot be split for this year (it is the base year itself, or either year lacks travel or energy data).',
  qualityTitle: 'Data quality',
  qualityLead: (y) => `The build of the report gave these warnings for ${y} (file and line):`,
  qualityNone: (y) => `The build of the report gave no warnings for ${y}.`,
  missingFile: (file) => `${file} is missing, so the figures that need it are not reported.`,
  fallback: (key, fy, y) => `No factor for ${key} is published for ${y}; the factor of ${fy} stands in.`,
  messagePrefix: '',
};

export const DISCLOSURE_TEXT: Readonly<Record<Language, DisclosureText>> = { da: DA, en: EN };
