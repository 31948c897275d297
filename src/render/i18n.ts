// Every text the site shows that does not come from the data, in Danish and English. Templates
// and the view model take their words from here and nowhere else.

import type { Language } from '../model/records.ts';

export { kpiText } from './kpi-texts.ts';
export type { KpiText } from './kpi-texts.ts';
export { DISCLOSURE_TEXT } from './disclosure-texts.ts';
export type { DisclosureText } from './disclosure-texts.ts';

export type PageKey = 'overview' | 'workforce' | 'environment' | 'suppliers' | 'data' | 'community' | 'frameworks' | 'method';
export const PAGE_KEYS: readonly PageKey[] = ['overview', 'workforce', 'environment', 'suppliers', 'data', 'community', 'frameworks', 'method'];

export type ChartName = 'gender' | 'management-gender' | 'age' | 'origin' | 'emissions-trend' | 'travel-modes' | 'energy-carriers' | 'supplier-clauses';
export const CHART_NAMES: readonly ChartName[] = ['gender', 'management-gender', 'age', 'origin', 'emissions-trend', 'travel-modes', 'energy-carriers', 'supplier-clauses'];

export interface PageText {
  /** Navigation and heading. */
  readonly title: string;
  /** Path segment; '' for the overview. */
  readonly slug: string;
}

export interface UiText {
  readonly languageName: string;
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
  readonly accessibilityStatement: string;
  readonly headline: string;
  readonly allFigures: string;
  readonly figure: string;
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
  };
  readonly frameworks: {
    readonly intro: string; readonly gcHeading: string; readonly sdgHeading: string; readonly principle: (n: number) => string;
    readonly target: (t: string) => string; readonly empty: string; readonly shownOn: string;
  };
  readonly method: {
    readonly intro: string; readonly formulas: string; readonly id: string; readonly formula: string;
    readonly factors: string; readonly factorKey: string; readonly factorYear: string; readonly factorValue: string;
    readonly factorUnit: string; readonly fallbackNote: (factorYear: number, year: number) => string; readonly rfNote: string;
    readonly noFactors: string; readonly suppressionTitle: string; readonly suppression: (k: number) => readonly string[];
    readonly notReportedTitle: string; readonly notReported: string; readonly rounding: string;
    readonly inputs: string; readonly path: string; readonly bytes: string; readonly rows: string; readonly sha256: string;
    readonly downloads: string; readonly downloadItems: Readonly<Record<'kpisJson' | 'kpisCsv' | 'emissionsCsv' | 'manifest' | 'sums', string>>;
    readonly builtOn: string; readonly tool: string; readonly indicatorFormula: string;
    /** The ledger's columns explained (emissions.csv, issue 13), in the ledger's order, and the source data. */
    readonly ledgerTitle: string; readonly ledgerIntro: string; readonly ledgerColumns: readonly (readonly [string, string])[];
    readonly ledgerPrivacy: string; readonly sourceTitle: string; readonly sourceIntro: string;
    readonly sectionNames: Readonly<Record<'workforce' | 'environment' | 'suppliers' | 'data' | 'community', string>>;
  };
  readonly overview: { readonly sectionsHeading: string; readonly targetsHeading: string; readonly noTargets: string; readonly readMore: (title: string) => string };
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
}

export const GC_PRINCIPLES: Readonly<Record<Language, readonly string[]>> = {
  da: [
    'Støtte og respektere beskyttelsen af internationalt anerkendte menneskerettigheder',
    'Sikre, at virksomheden ikke medvirker til krænkelser af menneskerettighederne',
    'Opretholde foreningsfrihed og effektivt anerkende retten til kollektive forhandlinger',
    'Afskaffe alle former for tvangsarbejde',
    'Effektivt afskaffe børnearbejde',
    'Afskaffe diskrimination i forbindelse med ansættelse og beskæftigelse',
    'Støtte en forebyggende tilgang til miljømæssige udfordringer',
    'Tage initiativ til at fremme større miljømæssig ansvarlighed',
    'Fremme udvikling og spredning af miljøvenlige teknologier',
    'Modarbejde alle former for korruption, herunder afpresning og bestikkelse',
  ],
  en: [
    'Support and respect the protection of internationally proclaimed human rights',
    'Make sure that the organisation is not complicit in human rights abuses',
    'Uphold the freedom of association and the effective recognition of the right to collective bargaining',
    'Eliminate all forms of forced and compulsory labour',
    'Effectively abolish child labour',
    'Eliminate discrimination in respect of employment and occupation',
    'Support a precautionary approach to environmental challenges',
    'Undertake initiatives to promote greater environmental responsibility',
    'Encourage the development and diffusion of environmentally friendly technologies',
    'Work against corruption in all its forms, including extortion and bribery',
  ],
};

export const SDG9_TARGETS: readonly string[] = ['9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c'];

export const SDG9_TEXTS: Readonly<Record<Language, Readonly<Record<string, string>>>> = {
  da: {
    '9.1': 'Kvalitetsinfrastruktur, der er pålidelig, bæredygtig og modstandsdygtig, med lige adgang for alle',
    '9.2': 'Inklusiv og bæredygtig industrialisering',
    '9.3': 'Små virksomheders adgang til finansielle tjenester og værdikæder',
    '9.4': 'Opgradere infrastruktur og industrier, så de bliver bæredygtige, med mere effektivt ressourceforbrug og renere teknologi',
    '9.5': 'Styrke forskning og teknologisk kapacitet og fremme innovation',
    '9.a': 'Bæredygtig infrastruktur i udviklingslande gennem finansiel, teknologisk og teknisk støtte',
    '9.b': 'Støtte teknologiudvikling, forskning og innovation i udviklingslande',
    '9.c': 'Øge adgangen til informations- og kommunikationsteknologi',
  },
  en: {
    '9.1': 'Quality, reliable, sustainable and resilient infrastructure with equitable access for all',
    '9.2': 'Inclusive and sustainable industrialisation',
    '9.3': 'Access of small enterprises to financial services and value chains',
    '9.4': 'Upgrade infrastructure and retrofit industries to make them sustainable, with resource-use efficiency and clean technologies',
    '9.5': 'Enhance research and technological capabilities and encourage innovation',
    '9.a': 'Sustainable infrastructure in developing countries through financial, technological and technical support',
    '9.b': 'Support domestic technology development, research and innovation in developing countries',
    '9.c': 'Increase access to information and communications technology',
  },
};

const DA: UiText = {
  languageName: 'Dansk',
  switchTo: 'Dansk',
  reportTitle: 'Samfundsansvar',
  skipLink: 'Gå til indholdet',
  mainNav: 'Rapportens sider',
  yearNav: 'År',
  langNav: 'Sprog',
  archive: { title: 'Arkiv', slug: 'arkiv', intro: 'Rapporterne for alle år.', front: 'aktuel rapport', draft: 'kladde' },
  draftBanner: 'Kladde: tallene for dette år er ikke endelige.',
  pages: {
    overview: { title: 'Overblik', slug: '' },
    workforce: { title: 'Medarbejdere', slug: 'medarbejdere' },
    environment: { title: 'Klima og miljø', slug: 'klima-og-miljoe' },
    suppliers: { title: 'Leverandører', slug: 'leverandoerer' },
    data: { title: 'Datasikkerhed og -praksis', slug: 'datasikkerhed' },
    community: { title: 'Samarbejde', slug: 'samarbejde' },
    frameworks: { title: 'Global Compact og verdensmål 9', slug: 'global-compact-og-sdg9' },
    method: { title: 'Metode og data', slug: 'metode-og-data' },
  },
  accessibilityStatement: 'Tilgængelighedserklæring',
  headline: 'Nøgletal',
  allFigures: 'Alle tal',
  figure: 'Nøgletal',
  value: 'Værdi',
  change: 'Ændring',
  benchmark: 'Sammenligning',
  target: 'Mål',
  source: 'Kilde',
  note: 'Note',
  unit: 'Enhed',
  label: 'Indikator',
  suppressed: 'skjult af hensyn til anonymitet',
  notReported: 'ikke opgjort',
  noChange: 'intet tal for året før',
  notComparable: 'kan ikke sammenlignes (året før var 0)',
  points: 'procentpoint',
  changeFrom: (y) => `i forhold til ${y}`,
  targetStatus: { met: 'nået', not_met: 'ikke nået', on_track: 'på rette vej', behind: 'bagud', cannot_assess: 'kan ikke vurderes' },
  targetUnassessed: {
    not_reported: () => 'tallet er ikke opgjort for året',
    suppressed: () => 'tallet er skjult af hensyn til anonymitet',
    before_base_year: (b) => `året ligger før basisåret${b === null ? '' : ` ${b}`}`,
    no_base_value: (b) => (b === null ? 'der er intet basisår at regne reduktionen fra' : `intet tal for basisåret ${b}`),
  },
  targetPath: (value, y) => `den lige vej mod målet kræver ${value} i ${y}`,
  targetProgress: (label) => `Fremskridt mod målet: ${label}`,
  comparison: { at_least: 'mindst', at_most: 'højst', reduce_by: 'reduktion på' },
  dueIn: (y) => `senest ${y}`,
  margin: 'forskel',
  reductionReached: 'opnået reduktion',
  reductionDue: 'krævet reduktion',
  indicators: 'Egne opgørelser',
  noIndicators: 'Ingen egne opgørelser for dette år.',
  charts: 'Diagrammer',
  chartTableCaption: (title) => `Tallene bag diagrammet: ${title}`,
  category: 'Kategori',
  year: 'År',
  contracts: {
    title: 'Kontrakter',
    supplier: 'Leverandør',
    contractName: 'Kontrakt',
    clauses: 'Klausuler',
    dpa: 'Databehandleraftale',
    lastAudit: 'Seneste audit',
    status: 'Status',
    empty: 'Ingen leverandørdata for dette år.',
    clauseNames: { gc: 'Global Compact', environment: 'miljø', labour: 'arbejdsforhold', anticorruption: 'antikorruption', human_rights: 'menneskerettigheder' },
    statusNames: { compliant: 'overholder', remediation: 'under afhjælpning', non_compliant: 'overholder ikke', terminated: 'ophævet' },
    yes: 'ja',
    no: 'nej',
    notApplicable: 'ikke relevant',
    noAudit: 'ingen',
  },
  frameworks: {
    intro: 'Oversigten viser, hvilke af organisationens egne tal der bidrager til FN\'s Global Compact-principper og delmålene under verdensmål 9. Tallene er organisationens bidrag, ikke de officielle SDG-indikatorer, som er nationale statistikker.',
    gcHeading: 'De ti principper i FN\'s Global Compact',
    sdgHeading: 'Verdensmål 9: Industri, innovation og infrastruktur',
    principle: (n) => `Princip ${n}`,
    target: (x) => `Delmål ${x}`,
    empty: 'Ingen af rapportens tal er knyttet hertil.',
    shownOn: 'vises på',
  },
  method: {
    intro: 'Sådan er tallene beregnet, og hvilke data og faktorer de bygger på.',
    formulas: 'Definitioner og formler',
    id: 'Id',
    formula: 'Beregning',
    factors: 'Emissionsfaktorer brugt i året',
    factorKey: 'Faktor',
    factorYear: 'Faktorens år',
    factorValue: 'kg CO2e pr. enhed',
    factorUnit: 'Enhed',
    fallbackNote: (fy, y) => `Der findes ingen faktor for ${y}; faktoren fra ${fy} er brugt.`,
    rfNote: 'Inklusive strålingspåvirkning (radiative forcing).',
    noFactors: 'Ingen emissionsfaktorer brugt i dette år.',
    suppressionTitle: 'Anonymitetsreglen',
    suppression: (k) => [
      `Antal personer fordelt på køn, køn blandt ledere, aldersgruppe og oprindelse samt antallet af nyuddannede offentliggøres kun, når de er 0 eller mindst ${k}. Et antal fra 1 til ${k - 1} skjules.`,
      'Hvis et skjult tal ville kunne regnes ud fra de offentliggjorte tal (fx fordi fordelingen summer til antal medarbejdere), skjules også det mindste andet tal i samme fordeling. Andele, der bygger på et skjult tal, skjules ligeledes.',
      'Et skjult tal vises derfor som skjult, aldrig som "under 5": et tal, der er skjult for at beskytte et andet, kan være større.',
    ],
    notReportedTitle: 'Ikke opgjort',
    notReported: 'Et tal er ikke opgjort, når de data, det bygger på, mangler for året, eller når en andel ville have 0 i nævneren.',
    rounding: 'Tal vises afrundet (halvt væk fra nul): andele som procent med én decimal; ton CO2e, årsværk og år med én decimal; ton CO2e pr. årsværk med to; MWh, km og antal som hele tal. Downloads indeholder de uafrundede tal.',
    inputs: 'Inddata',
    path: 'Fil',
    bytes: 'Bytes',
    rows: 'Rækker',
    sha256: 'SHA-256',
    downloads: 'Downloads',
    downloadItems: {
      kpisJson: 'Nøgletal som JSON',
      kpisCsv: 'Nøgletal som CSV',
      emissionsCsv: 'Beregningsgrundlag for udledninger (CSV)',
      manifest: 'Manifest med alle filer og checksummer (JSON)',
      sums: 'SHA256SUMS til sha256sum -c',
    },
    builtOn: 'Dato for opgørelsen',
    tool: 'Værktøj',
    ledgerTitle: 'Beregningsgrundlaget, kolonne for kolonne',
    ledgerIntro: 'emissions.csv har én række pr. rejse- eller energirække, der tæller med i året, og pr. emissionsfaktor, der er brugt på den (en elrække har to: lokationsbaseret og markedsbaseret). Hver række kan regnes efter ud fra sine egne kolonner:',
    ledgerColumns: [
      ['source_file', 'Inddatafilen, rækken kommer fra, i forhold til datamappen.'],
      ['line', 'Linjen i filen, hvor rækken begynder.'],
      ['source_quantity', 'Energi: mængden, som rækken angiver den.'],
      ['source_unit', 'Energi: enheden, som rækken angiver den (kWh, MWh, GJ, m3 eller l).'],
      ['period_share', 'Energi: dagene af rækkens periode inden for året divideret med periodens dage, begge endedage medregnet (1, når hele perioden ligger i året).'],
      ['conversion', 'Energi: faktorens enheder pr. enhed i rækken: 1, 1000 (MWh til kWh) eller 1000/3,6 (GJ til kWh).'],
      ['renewable_share', 'Kun markedsbaserede elrækker: andelen, der er dækket af oprindelsesgarantier (0–1); tom på alle andre rækker.'],
      ['distance_km', 'Rejser: afstanden én vej i km.'],
      ['round_trip', 'Rejser: yes, når rejsen er tur-retur (afstanden tæller to gange), ellers no.'],
      ['travellers', 'Rejser: antallet af rejsende.'],
      ['quantity', 'Det, faktoren ganges på, i faktorens enhed. Energi: source_quantity × conversion × period_share × (1 − renewable_share); rejser: distance_km × (2 ved tur-retur) × (travellers, hvis faktoren er pr. pkm).'],
      ['factor_key', 'Emissionsfaktorens nøgle (se tabellen over emissionsfaktorer).'],
      ['factor_year', 'Året for den faktorrække, der er brugt: den nyeste, der ikke er senere end rapporteringsåret.'],
      ['factor', 'kg CO2e pr. faktorenhed (for fly med strålingspåvirkning, når den er slået til).'],
      ['factor_unit', 'Enheden, faktoren gælder for: pkm, km, kWh, m3 eller l.'],
      ['factor_source', 'Publikationen, faktoren kommer fra, som emission-factors.csv angiver den.'],
      ['kg_co2e', 'quantity × factor.'],
      ['scope', '1, 2-location, 2-market eller 3. Rækkerne i hvert scope summerer til det offentliggjorte tal for scopet.'],
    ],
    ledgerPrivacy: 'Intet om personer: rejsens formål er udeladt.',
    sourceTitle: 'Kildedata',
    sourceIntro: 'Årets inddata, som de blev læst, uden noget om personer: employees.csv offentliggøres aldrig, og rejsernes formål er udeladt. Filerne har de engelske kolonnenavne, ISO-datoer og punktum som decimaltegn, og hver række begynder med inddatafilen og linjen, så alle tal for leverandører, energi, rejser og møder kan regnes efter med formlerne ovenfor.',
    indicatorFormula: 'indberettet af organisationen',
    sectionNames: { workforce: 'Medarbejdere', environment: 'Klima og miljø', suppliers: 'Leverandører', data: 'Datasikkerhed og -praksis', community: 'Samarbejde' },
  },
  overview: {
    sectionsHeading: 'Rapportens områder',
    targetsHeading: 'Mål',
    noTargets: 'Ingen mål for dette år.',
    readMore: (title) => `Læs mere: ${title}`,
  },
  charts_: {
    gender: 'Medarbejdere fordelt på køn',
    'management-gender': 'Ledere fordelt på køn',
    age: 'Medarbejdere fordelt på alder',
    origin: 'Indvandrere og efterkommere sammenlignet med arbejdsmarkedet',
    'emissions-trend': 'Udledning siden basisåret, ton CO2e',
    'travel-modes': 'Udledning fra rejser fordelt på transportform, ton CO2e',
    'energy-carriers': 'Energiforbrug fordelt på energiart, MWh',
    'supplier-clauses': 'Leverandørkontrakter med forpligtelser og klausuler',
  },
  chartLabels: {
    women: 'Kvinder', men: 'Mænd', other: 'Andet', undisclosed: 'Uoplyst',
    under30: 'Under 30 år', from30to50: '30–50 år', over50: 'Over 50 år',
    ourStaff: 'Vores medarbejdere', nonDanishShare: 'Indvandrere og efterkommere, andel',
    scope1: 'Scope 1', scope2Location: 'Scope 2 (lokationsbaseret)', scope2Market: 'Scope 2 (markedsbaseret)', scope3: 'Scope 3 (rejser)',
    totalLocation: 'I alt (lokationsbaseret)', totalMarket: 'I alt (markedsbaseret)',
    modes: { flight: 'Fly', rail: 'Tog', car: 'Bil', taxi: 'Taxi', bus: 'Bus', ferry: 'Færge' },
    carriers: { electricity: 'El', district_heating: 'Fjernvarme', natural_gas: 'Naturgas', heating_oil: 'Fyringsolie' },
    persons: 'Personer', percent: 'Procent', tonnes: 'Ton CO2e', mwh: 'MWh',
  },
  unitWords: {
    persons: 'personer', FTE: 'årsværk', share: 'andel', years: 'år', 't CO2e': 'ton CO2e', 't CO2e/FTE': 'ton CO2e pr. årsværk',
    km: 'km', MWh: 'MWh', count: 'antal',
  },
  noData: 'Ingen data.',
  snapshot: (d) => `Medarbejdertal er opgjort pr. ${d}.`,
  yearTitle: (title, y) => `${title} ${y}`,
  errorsTitle: 'Data kan ikke bygges',
  errorsIntro: 'Rapporten kan ikke bygges, før disse fejl i data er rettet:',
  restated: {
    note: (published, now, reason) => `Omregnet: offentliggjort som ${published}, nu ${now}. Begrundelse: ${reason}`,
    title: 'Omregnede nøgletal',
    intro: (y) => `Disse nøgletal for ${y} er ændret, siden året blev offentliggjort og låst. Hvert vises med værdien som offentliggjort, værdien nu og begrundelsen for omregningen.`,
    empty: (y) => `Ingen nøgletal for ${y} er omregnet, siden året blev offentliggjort.`,
    published: 'Som offentliggjort',
    now: 'Nu',
    reason: 'Begrundelse',
    download: 'Omregnede nøgletal (CSV)',
  },
};

const EN: UiText = {
  languageName: 'English',
  switchTo: 'English',
  reportTitle: 'Corporate social responsibility',
  skipLink: 'Skip to content',
  mainNav: 'Report pages',
  yearNav: 'Years',
  langNav: 'Language',
  archive: { title: 'Archive', slug: 'archive', intro: 'The reports of every year.', front: 'current report', draft: 'draft' },
  draftBanner: 'Draft: the figures for this year are not final.',
  pages: {
    overview: { title: 'Overview', slug: '' },
    workforce: { title: 'Workforce', slug: 'workforce' },
    environment: { title: 'Environment', slug: 'environment' },
    suppliers: { title: 'Suppliers', slug: 'suppliers' },
    data: { title: 'Data ethics and security', slug: 'data-ethics-and-security' },
    community: { title: 'Community', slug: 'community' },
    frameworks: { title: 'Global Compact and SDG 9', slug: 'global-compact-and-sdg9' },
    method: { title: 'Method and data', slug: 'method-and-data' },
  },
  accessibilityStatement: 'Tilgængelighedserklæring (accessibility statement)',
  headline: 'Key figures',
  allFigures: 'All figures',
  figure: 'Figure',
  value: 'Value',
  change: 'Change',
  benchmark: 'Benchmark',
  target: 'Target',
  source: 'Source',
  note: 'Note',
  unit: 'Unit',
  label: 'Indicator',
  suppressed: 'suppressed to protect anonymity',
  notReported: 'not reported',
  noChange: 'no figure for the year before',
  notComparable: 'not comparable (the year before was 0)',
  points: 'percentage points',
  changeFrom: (y) => `from ${y}`,
  targetStatus: { met: 'met', not_met: 'not met', on_track: 'on track', behind: 'behind', cannot_assess: 'cannot be assessed' },
  targetUnassessed: {
    not_reported: () => 'the figure is not reported for the year',
    suppressed: () => 'the figure is suppressed to protect anonymity',
    before_base_year: (b) => `the year lies before the base year${b === null ? '' : ` ${b}`}`,
    no_base_value: (b) => (b === null ? 'there is no base year to reduce from' : `no figure for the base year ${b}`),
  },
  targetPath: (value, y) => `the straight path to the target asks ${value} in ${y}`,
  targetProgress: (label) => `Progress toward the target: ${label}`,
  comparison: { at_least: 'at least', at_most: 'at most', reduce_by: 'reduction of' },
  dueIn: (y) => `by ${y}`,
  margin: 'margin',
  reductionReached: 'reduction reached',
  reductionDue: 'reduction due',
  indicators: 'Reported by the organisation',
  noIndicators: 'No figures reported by the organisation for this year.',
  charts: 'Charts',
  chartTableCaption: (title) => `The figures behind the chart: ${title}`,
  category: 'Category',
  year: 'Year',
  contracts: {
    title: 'Contracts',
    supplier: 'Supplier',
    contractName: 'Contract',
    clauses: 'Clauses',
    dpa: 'Data-processing agreement',
    lastAudit: 'Last audit',
    status: 'Status',
    empty: 'No supplier data for this year.',
    clauseNames: { gc: 'Global Compact', environment: 'environment', labour: 'labour', anticorruption: 'anti-corruption', human_rights: 'human rights' },
    statusNames: { compliant: 'compliant', remediation: 'in remediation', non_compliant: 'non-compliant', terminated: 'terminated' },
    yes: 'yes',
    no: 'no',
    notApplicable: 'not applicable',
    noAudit: 'none',
  },
  frameworks: {
    intro: 'This index shows which of the organisation\'s own figures contribute to the principles of the UN Global Compact and the targets of Sustainable Development Goal 9. They are the organisation\'s contributions, not the official SDG indicators, which are national statistics.',
    gcHeading: 'The ten principles of the UN Global Compact',
    sdgHeading: 'SDG 9: Industry, innovation and infrastructure',
    principle: (n) => `Principle ${n}`,
    target: (x) => `Target ${x}`,
    empty: 'No figure of this report is mapped here.',
    shownOn: 'shown on',
  },
  method: {
    intro: 'How the figures are computed, and the data and factors they rest on.',
    formulas: 'Definitions and formulas',
    id: 'Id',
    formula: 'Computation',
    factors: 'Emission factors used in the year',
    factorKey: 'Factor',
    factorYear: 'Factor year',
    factorValue: 'kg CO2e per unit',
    factorUnit: 'Unit',
    fallbackNote: (fy, y) => `No factor is published for ${y}; the factor of ${fy} stands in.`,
    rfNote: 'Including radiative forcing.',
    noFactors: 'No emission factors used in this year.',
    suppressionTitle: 'The anonymity rule',
    suppression: (k) => [
      `Counts of people by gender, by gender in management, by age band and by origin, and the number of new graduates, are published only when they are 0 or at least ${k}. A count from 1 to ${k - 1} is suppressed.`,
      'Where a suppressed count could be worked out from the published ones (because a breakdown adds up to the headcount, say), the smallest other count of that breakdown is suppressed too. Shares computed from a suppressed count are suppressed as well.',
      'A suppressed figure is therefore shown as suppressed, never as "below 5": a count suppressed to protect another may be larger.',
    ],
    notReportedTitle: 'Not reported',
    notReported: 'A figure is not reported when the data it needs is missing for the year, or when a share would divide by 0.',
    rounding: 'Figures are shown rounded (half away from zero): shares as percentages with one decimal; tonnes CO2e, FTE and years with one decimal; tonnes CO2e per FTE with two; MWh, km and counts as whole numbers. The downloads hold the unrounded values.',
    inputs: 'Input files',
    path: 'File',
    bytes: 'Bytes',
    rows: 'Rows',
    sha256: 'SHA-256',
    downloads: 'Downloads',
    downloadItems: {
      kpisJson: 'Key figures as JSON',
      kpisCsv: 'Key figures as CSV',
      emissionsCsv: 'Emissions calculation ledger (CSV)',
      manifest: 'Manifest of every file with checksums (JSON)',
      sums: 'SHA256SUMS for sha256sum -c',
    },
    builtOn: 'Date of the report',
    tool: 'Tool',
    ledgerTitle: 'The calculation ledger, column by column',
    ledgerIntro: 'emissions.csv has one row per travel or energy row that counted in the year and per emission factor applied to it (an electricity row has two: location-based and market-based). Each row can be recomputed from its own columns:',
    ledgerColumns: [
      ['source_file', 'The input file the row comes from, relative to the data folder.'],
      ['line', 'The line of that file where the row starts.'],
      ['source_quantity', 'Energy: the quantity as the row gives it.'],
      ['source_unit', 'Energy: the unit as the row gives it (kWh, MWh, GJ, m3 or l).'],
      ['period_share', 'Energy: the days of the row’s period inside the year divided by the days of the period, both ends included (1 when the whole period lies in the year).'],
      ['conversion', 'Energy: units of the factor per unit of the row: 1, 1000 (MWh to kWh) or 1000/3.6 (GJ to kWh).'],
      ['renewable_share', 'Market-based electricity rows only: the share covered by guarantees of origin (0–1); empty on every other row.'],
      ['distance_km', 'Travel: the one-way distance in km.'],
      ['round_trip', 'Travel: yes when the journey is a return trip (the distance counts twice), else no.'],
      ['travellers', 'Travel: the number of travellers.'],
      ['quantity', 'What the factor is applied to, in the factor’s unit. Energy: source_quantity × conversion × period_share × (1 − renewable_share); travel: distance_km × (2 if round_trip) × (travellers if the factor is per pkm).'],
      ['factor_key', 'The emission factor’s key (see the table of emission factors).'],
      ['factor_year', 'The year of the factor row used: the newest not after the reporting year.'],
      ['factor', 'kg CO2e per unit of the factor (for flights with radiative forcing when it is on).'],
      ['factor_unit', 'The unit the factor applies to: pkm, km, kWh, m3 or l.'],
      ['factor_source', 'The publication the factor comes from, as emission-factors.csv gives it.'],
      ['kg_co2e', 'quantity × factor.'],
      ['scope', '1, 2-location, 2-market or 3. The rows of each scope add up to the published figure of that scope.'],
    ],
    ledgerPrivacy: 'Nothing about a person: the purpose of a journey is left out.',
    sourceTitle: 'Source data',
    sourceIntro: 'The year’s inputs as the build read them, without anything about a person: employees.csv is never published and the purpose of a journey is left out. The files have the English column names, ISO dates and point decimals, and every row begins with its input file and line, so that every supplier, energy, travel and meeting figure can be recomputed from them by the formulas above.',
    indicatorFormula: 'reported by the organisation',
    sectionNames: { workforce: 'Workforce', environment: 'Environment', suppliers: 'Suppliers', data: 'Data ethics and security', community: 'Community' },
  },
  overview: {
    sectionsHeading: 'Areas of the report',
    targetsHeading: 'Targets',
    noTargets: 'No targets for this year.',
    readMore: (title) => `Read more: ${title}`,
  },
  charts_: {
    gender: 'Employees by gender',
    'management-gender': 'Managers by gender',
    age: 'Employees by age',
    origin: 'Immigrants and descendants compared with the labour market',
    'emissions-trend': 'Emissions since the base year, tonnes CO2e',
    'travel-modes': 'Travel emissions by mode of transport, tonnes CO2e',
    'energy-carriers': 'Energy use by carrier, MWh',
    'supplier-clauses': 'Supplier contracts with commitments and clauses',
  },
  chartLabels: {
    women: 'Women', men: 'Men', other: 'Other', undisclosed: 'Undisclosed',
    under30: 'Under 30', from30to50: '30 to 50', over50: 'Over 50',
    ourStaff: 'Our staff', nonDanishShare: 'Immigrants and descendants, share',
    scope1: 'Scope 1', scope2Location: 'Scope 2 (location-based)', scope2Market: 'Scope 2 (market-based)', scope3: 'Scope 3 (travel)',
    totalLocation: 'Total (location-based)', totalMarket: 'Total (market-based)',
    modes: { flight: 'Flights', rail: 'Rail', car: 'Car', taxi: 'Taxi', bus: 'Bus', ferry: 'Ferry' },
    carriers: { electricity: 'Electricity', district_heating: 'District heating', natural_gas: 'Natural gas', heating_oil: 'Heating oil' },
    persons: 'Persons', percent: 'Per cent', tonnes: 'Tonnes CO2e', mwh: 'MWh',
  },
  unitWords: {
    persons: 'persons', FTE: 'FTE', share: 'share', years: 'years', 't CO2e': 'tonnes CO2e', 't CO2e/FTE': 'tonnes CO2e per FTE',
    km: 'km', MWh: 'MWh', count: 'count',
  },
  noData: 'No data.',
  snapshot: (d) => `Workforce figures are counted on ${d}.`,
  yearTitle: (title, y) => `${title} ${y}`,
  errorsTitle: 'The data cannot be built',
  errorsIntro: 'The report cannot be built until these errors in the data are fixed:',
  restated: {
    note: (published, now, reason) => `Restated: published as ${published}, now ${now}. Reason: ${reason}`,
    title: 'Restated figures',
    intro: (y) => `These figures of ${y} have changed since the year was published and locked. Each is shown with its value as published, its value now and the reason it was restated.`,
    empty: (y) => `No figure of ${y} has been restated since the year was published.`,
    published: 'As published',
    now: 'Now',
    reason: 'Reason',
    download: 'Restated figures (CSV)',
  },
};

export const UI: Readonly<Record<Language, UiText>> = { da: DA, en: EN };

/** The unit as a reader sees it: kpis.md's unit words translated; a declared unit as written. */
export function unitWord(unit: string, lang: Language): string {
  return UI[lang].unitWords[unit] ?? unit;
}
