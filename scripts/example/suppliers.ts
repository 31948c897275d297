// The example's suppliers, declared indicators, benchmarks, targets and narratives (the
// narratives are Markdown files of their own, scripts/example-prose/).

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { SUPPLIER_STATUSES } from '../../src/read/words.ts';
import { LANGUAGES, NARRATIVE_SECTIONS } from '../../src/model/records.ts';
import { Random, type Day, day, iso, danishDotDate, danishNumber, type Cell, csvText, columnNames, encodeUtf8WithBom, YEARS } from './common.ts';
import type { ExampleFile } from './common.ts';

// ---- suppliers ----------------------------------------------------------------------------

export type Status = 'compliant' | 'remediation' | 'non_compliant' | 'terminated';

export interface Contract {
  readonly id: string;
  readonly supplier: string;
  readonly name: string;
  readonly from: number;
  /** Last year in force. */
  readonly until: number | null;
  readonly spend: number;
  readonly personalData: boolean;
  /** First year the contract binds the supplier to the Global Compact (null: never). */
  readonly gcFrom: number | null;
  readonly humanRights: boolean;
  /** First year a data-processing agreement is in place (processing contracts only). */
  readonly dpaFrom: number;
  /** Clauses a contract may hold without a Global Compact commitment. */
  readonly environmentExtra: boolean;
  readonly labourExtra: boolean;
  readonly anticorruptionExtra: boolean;
  readonly audits: readonly Day[];
  readonly statusByYear: Readonly<Record<number, readonly [Status, number, number]>>;
}

export const SUPPLIERS = [
  'Bøgeskov Systemer A/S', 'Fjordlys Data ApS', 'Kystnet IT A/S', 'Hedelund Konsulenter ApS', 'Mosegaard Hosting A/S',
  'Skovbryn Software ApS', 'Åløkke Print og Post A/S', 'Østerby Facility ApS', 'Kantinekompagniet Vest ApS', 'Lysholm Cloud A/S',
  'Ravnsborg Analyse ApS', 'Nørreå Netværk A/S', 'Sølvbjerg Licens ApS', 'Havbakke Sikkerhed A/S', 'Egelund Udvikling ApS',
  'Tjørnehøj Telekom A/S', 'Vindeby Dokumenthåndtering ApS', 'Stenholt Rådgivning I/S', 'Klitgård Hardware A/S', 'Engsø Integration ApS',
  'Birkelund Brugeroplevelse ApS', 'Mågeklint Test og Kvalitet ApS', 'Solbakke Økonomisystemer A/S', 'Grønnegade Jura ApS', 'Vesterå Backup A/S',
  'Lindholm Identitet ApS', 'Ålykke Arkiv A/S', 'Fyrrevang Support ApS', 'Kærbo Kommunikation ApS', 'Højstrup Datacenter A/S',
  'Strandvejens Rengøring ApS', 'Bakkedal Uddannelse ApS', 'Nordkyst Betaling A/S', 'Lærkevang Geodata ApS', 'Præstø Projektledelse ApS',
  'Ulvedal Borgerservice-IT A/S', 'Tranebjerg Indkøbsportal ApS', 'Asketorp Energirådgivning ApS', 'Rønnebæk Skanning A/S', 'Vibeholm Oversættelse ApS',
  'Ellemose Elektronik A/S', 'Krogager Revision I/S', 'Sandflugt Software ApS', 'Hyldebjerg Mobilitet A/S', 'Dyssegård Sikker Print ApS',
  'Ørnevej Logistik ApS', 'Bølgeby Kunstig Intelligens ApS', 'Toftlund Lønsystemer A/S', 'Kragelund Konferencer ApS', 'Stubbekøbing Datavask ApS',
  'Fælledvej Genbrug af IT ApS', 'Nyhavn Tilgængelighed ApS', 'Pilegård Cybertræning ApS', 'Kildebro Journalsystemer A/S', 'Moseby Bilordning ApS',
] as const;

export const CONTRACT_NAMES = [
  'Rammeaftale om økonomisystem til kommuner', 'Drift; support og vedligehold af fagsystem', 'Hosting af fælleskommunale løsninger',
  'Konsulentydelser; udbudsrådgivning', 'Rammeaftale om print og forsendelse', 'Facility management', 'Kantinedrift',
  'Skyplatform og lagring', 'Dataanalyse og statistik', 'Netværk og forbindelser', 'Softwarelicenser; Microsoft og Adobe',
  'Sikkerhedsovervågning (SOC)', 'Udvikling af selvbetjeningsløsninger', 'Mobiltelefoni', 'Dokument- og sagsstyring',
  'Juridisk rådgivning om udbud', 'Klientudstyr; pc og skærme', 'Integrationsplatform', 'Brugertest og brugerinddragelse',
  'Test og kvalitetssikring', 'Lønsystem; drift og udvikling', 'Backup og genetablering', 'Identitets- og adgangsstyring',
  'Digitalt arkiv', 'Servicedesk; 1. og 2. niveau', 'Kommunikationsbistand', 'Datacenter; kolokation',
] as const;

export function buildContracts(rnd: Random): Contract[] {
  const contracts: Contract[] = [];
  const serials = new Map<number, number>();
  for (let i = 0; i < SUPPLIERS.length; i++) {
    const supplier = SUPPLIERS[i] ?? '';
    const from = i < 38 ? rnd.int(2017, 2022) : rnd.weighted([[2023, 4], [2024, 6], [2025, 7]]);
    const serial = (serials.get(from) ?? 0) + rnd.int(1, 9);
    serials.set(from, serial);
    const until = i % 9 === 4 ? rnd.int(Math.max(2023, from), 2024) : null;
    const personalData = rnd.chance(0.58);
    const gcFrom = from >= 2022 ? from : rnd.weighted<number | null>([[from, 45], [2023, 12], [2024, 18], [2025, 15], [null, 10]]);
    const auditEvery = personalData ? rnd.int(1, 2) : rnd.chance(0.5) ? 2 : 0;
    const audits: Day[] = [];
    if (auditEvery > 0) {
      // new contracts are audited in their first year, older ones from the year after they began
      const firstAudit = from >= 2023 ? from : Math.max(from, 2019) + 1;
      for (let y = firstAudit; y <= 2025; y += auditEvery) audits.push(day(y, rnd.int(2, 11), rnd.int(1, 28)));
    }
    const statusByYear: Record<number, readonly [Status, number, number]> = {};
    for (const y of YEARS) {
      if (until !== null && y === until && i % 2 === 0) statusByYear[y] = ['terminated', 0, 0];
      else if (rnd.chance(0.12)) statusByYear[y] = ['remediation', rnd.int(1, 3), 0];
      else statusByYear[y] = ['compliant', rnd.chance(0.08) ? 1 : 0, 0];
    }
    contracts.push({
      id: `KFI-${from}-${String(serial).padStart(3, '0')}`,
      supplier,
      name: CONTRACT_NAMES[i % CONTRACT_NAMES.length] ?? 'Rammeaftale',
      from,
      until,
      spend: Math.round(Math.exp(Math.log(150_000) + rnd.float() * Math.log(120)) / 50) * 50,
      personalData,
      gcFrom,
      humanRights: rnd.chance(0.6),
      dpaFrom: from,
      environmentExtra: rnd.chance(0.4),
      labourExtra: rnd.chance(0.5),
      anticorruptionExtra: rnd.chance(0.25),
      audits,
      statusByYear,
    });
  }
  // two older processing contracts got their data processing agreement late (2024 and 2025)
  const late = contracts.filter((c) => c.personalData && c.from <= 2021 && c.until === null).slice(0, 2);
  late.forEach((c, k) => {
    contracts[contracts.indexOf(c)] = { ...c, dpaFrom: k === 0 ? 2025 : 2024 };
  });
  // one supplier with a critical breach in 2024, terminated in 2025
  const breach = contracts[5];
  if (breach !== undefined) {
    contracts[5] = { ...breach, until: null, statusByYear: { 2023: ['compliant', 0, 0], 2024: ['non_compliant', 2, 1], 2025: ['terminated', 1, 1] } };
  }
  return contracts;
}

export function contractsFor(contracts: readonly Contract[], year: number): Contract[] {
  return contracts
    .filter((c) => c.from <= year && (c.until === null || c.until >= year))
    .sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}


export function suppliersFile(contracts: readonly Contract[], year: number): { path: string; bytes: Buffer } {
  const rows = contractsFor(contracts, year).map((c) => {
    const gc = c.gcFrom !== null && c.gcFrom <= year;
    const lastAudit = c.audits.filter((d) => d.year <= year).at(-1) ?? null;
    const [status, findings, breaches] = c.statusByYear[year] ?? ['compliant', 0, 0];
    const spend = Math.round((c.spend * (1 + 0.03 * (year - 2023))) / 50) * 50;
    return {
      c, gc, lastAudit, status, findings, breaches, spend,
      dpa: c.personalData ? c.dpaFrom <= year : null,
      environment: gc || c.environmentExtra,
      labour: gc || c.labourExtra,
      anticorruption: gc || c.anticorruptionExtra,
      humanRights: gc && c.humanRights,
    };
  });
  const path = `${year}/suppliers.csv`;
  if (year === 2024) {
    // UTF-8 with BOM and semicolons; contract names holding ';' are quoted; Danish names and words.
    const yn = (b: boolean): string => (b ? 'ja' : 'nej');
    const header = columnNames('suppliers', 'da');
    const body = rows.map((r) => [
      r.c.id, r.c.supplier, r.c.name, danishNumber(r.spend, 2, true), yn(r.c.personalData), yn(r.gc), yn(r.environment), yn(r.labour),
      yn(r.anticorruption), yn(r.humanRights), r.dpa === null ? '' : yn(r.dpa), r.lastAudit === null ? '' : danishDotDate(r.lastAudit),
      r.findings, r.breaches, SUPPLIER_STATUSES.danishOf[r.status],
    ]);
    return { path, bytes: encodeUtf8WithBom(csvText(header, body, { delimiter: ';' })) };
  }
  const yn = (b: boolean): string => (b ? 'yes' : 'no');
  const header = columnNames('suppliers');
  const body = rows.map((r) => [
    r.c.id, r.c.supplier, r.c.name, r.spend, yn(r.c.personalData), yn(r.gc), yn(r.environment), yn(r.labour),
    yn(r.anticorruption), yn(r.humanRights), r.dpa === null ? '' : yn(r.dpa), r.lastAudit === null ? '' : iso(r.lastAudit),
    r.findings, r.breaches, r.status,
  ]);
  return { path, bytes: Buffer.from(csvText(header, body), 'utf8') };
}

// ---- indicators, benchmarks, targets ------------------------------------------------------

export interface Declaration {
  readonly id: string;
  readonly section: 'workforce' | 'data' | 'community';
  readonly da: string;
  readonly en: string;
  readonly unit: string;
  /** The unit in each language, for a unit the tool has no words for (days, score). */
  readonly unitWords?: readonly [da: string, en: string];
  readonly gc: string;
  readonly sdg: string;
  readonly higherIsBetter: '' | 'yes' | 'no';
  /** Value by year; a missing year is "not reported". */
  readonly values: Readonly<Record<number, number>>;
  readonly source: readonly [da: string, en: string];
  readonly note?: Readonly<Record<number, readonly [da: string, en: string]>>;
}

const DPO_LOG = ['Databeskyttelsesrådgiverens log', 'The data protection officer\'s log'] as const;
const PROJECTS = ['Projektregistrering', 'Project records'] as const;
const EVERY_OTHER_YEAR = ['Måles hvert andet år', 'Measured every other year'] as const;

export const DECLARATIONS: readonly Declaration[] = [
  { id: 'data.breaches_reported', section: 'data', da: 'Brud på persondatasikkerheden anmeldt til Datatilsynet', en: 'Personal data breaches reported to the Danish Data Protection Agency', unit: 'count', gc: '1', sdg: '9.c', higherIsBetter: 'no', values: { 2023: 4, 2024: 2, 2025: 1 }, source: DPO_LOG },
  { id: 'data.access_requests', section: 'data', da: 'Anmodninger om indsigt', en: 'Data subject access requests', unit: 'count', gc: '1', sdg: '', higherIsBetter: '', values: { 2023: 17, 2024: 23, 2025: 29 }, source: DPO_LOG },
  { id: 'data.access_request_median_days', section: 'data', da: 'Median svartid på indsigtsanmodninger', en: 'Median response time for access requests', unit: 'days', unitWords: ['dage', 'days'], gc: '1', sdg: '', higherIsBetter: 'no', values: { 2023: 21, 2024: 16, 2025: 12.5 }, source: DPO_LOG },
  { id: 'data.security_incidents', section: 'data', da: 'Behandlede sikkerhedshændelser', en: 'Security incidents handled', unit: 'count', gc: '1 10', sdg: '9.1 9.c', higherIsBetter: 'no', values: { 2023: 31, 2024: 26, 2025: 22 }, source: ['Sikkerhedsfunktionens hændelseslog', 'The security function\'s incident log'] },
  { id: 'data.automated_decision_systems', section: 'data', da: 'Indkøbte løsninger med automatiske afgørelser, offentligt beskrevet', en: 'Procured solutions making automated decisions, publicly described', unit: 'count', gc: '1 2', sdg: '9.c', higherIsBetter: '', values: { 2023: 3, 2024: 4, 2025: 5 }, source: ['Register over algoritmer og automatiske afgørelser', 'Register of algorithms and automated decisions'] },
  { id: 'data.personal_data_sold', section: 'data', da: 'Tilfælde af salg af personoplysninger', en: 'Cases of personal data sold', unit: 'count', gc: '1', sdg: '', higherIsBetter: 'no', values: { 2023: 0, 2024: 0, 2025: 0 }, source: ['Ledelseserklæring', 'Management statement'] },
  { id: 'workforce.health_offer_uptake_share', section: 'workforce', da: 'Andel medarbejdere, der bruger sundhedstilbud', en: 'Share of staff using a health offer', unit: 'share', gc: '6', sdg: '', higherIsBetter: 'yes', values: { 2023: 0.58, 2024: 0.61, 2025: 0.66 }, source: ['HR, opgørelse fra sundhedsordningen', 'HR, count from the health scheme'] },
  // measured every second year: not reported in 2024
  { id: 'workforce.wellbeing_score', section: 'workforce', da: 'Trivselsscore (0–100)', en: 'Well-being score (0–100)', unit: 'score', unitWords: ['point', 'points'], gc: '6', sdg: '', higherIsBetter: 'yes', values: { 2023: 71, 2025: 74 }, source: ['Trivselsmåling', 'Well-being survey'], note: { 2023: EVERY_OTHER_YEAR, 2025: EVERY_OTHER_YEAR } },
  { id: 'workforce.sick_days_per_fte', section: 'workforce', da: 'Sygefravær, dage pr. årsværk', en: 'Sick leave, days per FTE', unit: 'days', unitWords: ['dage', 'days'], gc: '', sdg: '', higherIsBetter: 'no', values: { 2023: 8.4, 2024: 7.9, 2025: 7.2 }, source: ['Lønsystemets fraværsregistrering', 'Absence records of the payroll system'] },
  { id: 'community.municipalities_involved', section: 'community', da: 'Kommuner, der har deltaget i udbud og behovsafdækning', en: 'Municipalities taking part in tenders and needs assessments', unit: 'count', gc: '', sdg: '9.1 9.c', higherIsBetter: 'yes', values: { 2023: 71, 2024: 78, 2025: 84 }, source: PROJECTS },
  { id: 'community.user_tests_held', section: 'community', da: 'Brugertest med kommunale medarbejdere og borgere', en: 'User tests with municipal staff and citizens', unit: 'count', gc: '', sdg: '9.5', higherIsBetter: 'yes', values: { 2023: 19, 2024: 26, 2025: 33 }, source: PROJECTS },
  { id: 'community.citizen_panels', section: 'community', da: 'Borgerpaneler', en: 'Citizen panels', unit: 'count', gc: '', sdg: '9.c', higherIsBetter: 'yes', values: { 2023: 2, 2024: 3, 2025: 4 }, source: PROJECTS },
  { id: 'community.market_dialogue_meetings', section: 'community', da: 'Markedsdialogmøder med virksomheder', en: 'Market dialogue meetings with businesses', unit: 'count', gc: '10', sdg: '9.3', higherIsBetter: 'yes', values: { 2023: 38, 2024: 44, 2025: 47 }, source: ['Udbudsafdelingens mødelog', 'The procurement department\'s meeting log'] },
];

export function declarationsFile(): string {
  return csvText(
    // every column but the optional datapoints, which the example leaves out
    columnNames('indicator-declarations').filter((c) => c !== 'datapoints'),
    DECLARATIONS.map((d) => [d.id, d.section, d.da, d.en, d.unit, d.gc, d.sdg, d.higherIsBetter, d.unitWords?.[0] ?? '', d.unitWords?.[1] ?? '']),
  );
}

export function indicatorValuesFile(year: number): string {
  const rows: Cell[][] = [];
  for (const d of DECLARATIONS) {
    const v = d.values[year];
    if (v === undefined) continue;
    const note = d.note?.[year];
    rows.push([d.id, v, note?.[0] ?? '', note?.[1] ?? '', d.source[0], d.source[1]]);
  }
  // the texts in each language: not the older single note and source columns
  return csvText(columnNames('indicator-values').filter((c) => c !== 'note' && c !== 'source'), rows);
}

export function benchmarksFile(): string {
  const rows: Cell[][] = [];
  const series = (metric: string, values: Record<number, number>, da: string, en: string, source: readonly [string, string]): void => {
    for (const y of YEARS) {
      const v = values[y];
      if (v !== undefined) rows.push([metric, y, v, da, en, source[0], source[1]]);
    }
  };
  series('hr.gender.women_share', { 2023: 0.31, 2024: 0.31, 2025: 0.32 }, 'Kvinder blandt beskæftigede med en IT-uddannelse', 'Women among employed people with an ICT education', ['Danmarks Statistik og Eurostat (eksempelværdi)', 'Statistics Denmark and Eurostat (example value)']);
  series('hr.origin.non_danish_share', { 2023: 0.152, 2024: 0.158, 2025: 0.163 }, 'Indvandrere og efterkommere blandt lønmodtagere', 'Immigrants and descendants among employees', ['Danmarks Statistik, RAS (eksempelværdi)', 'Statistics Denmark, register-based labour force statistics (example value)']);
  series('hr.management.women_share', { 2023: 0.33, 2024: 0.34, 2025: 0.35 }, 'Kvinder i ledelse, kommuner og regioner', 'Women in management, municipalities and regions', ['KL og Danmarks Statistik (eksempelværdi)', 'Local Government Denmark and Statistics Denmark (example value)']);
  series('hr.turnover_rate', { 2023: 0.15, 2024: 0.14, 2025: 0.14 }, 'Personaleomsætning i den kommunale sektor', 'Staff turnover in the municipal sector', ['KRL, Kommunernes og Regionernes Løndatakontor (eksempelværdi)', 'KRL, the pay data office of the municipalities and regions (example value)']);
  series('hr.age.under_30_share', { 2023: 0.2, 2024: 0.2, 2025: 0.19 }, 'Beskæftigede under 30 år', 'Employed people under 30', ['Danmarks Statistik, AKU (eksempelværdi)', 'Statistics Denmark, Labour Force Survey (example value)']);
  series('ind.workforce.sick_days_per_fte', { 2023: 9.8, 2024: 9.6, 2025: 9.5 }, 'Sygefravær i kommunerne, dage pr. årsværk', 'Sick leave in municipalities, days per FTE', ['KRL, fraværsstatistik (eksempelværdi)', 'KRL, absence statistics (example value)']);
  return csvText(columnNames('benchmarks').filter((c) => c !== 'source' && c !== 'label'), rows);
}

export function targetsFile(): string {
  return csvText(columnNames('targets').filter((c) => c !== 'label'), [
    ['env.total_location_t', 2030, 0.5, 'reduce_by', 'Halvering af udledningen i forhold til 2019', 'Halve emissions compared with 2019'],
    ['env.renewable_electricity_share', 2025, 1, 'at_least', 'Al el dækket af oprindelsesgarantier', 'All electricity covered by guarantees of origin'],
    ['env.meetings.virtual_share', 2026, 0.5, 'at_least', 'Mindst halvdelen af møderne virtuelle', 'At least half of all meetings virtual'],
    ['sup.gc_commitment_share', 2026, 1, 'at_least', 'Global Compact i alle kontrakter', 'Global Compact in every contract'],
    ['sup.dpa_coverage', 2025, 1, 'at_least', 'Databehandleraftale med alle databehandlere', 'A data processing agreement with every processor'],
    ['hr.management.women_share', 2028, 0.45, 'at_least', 'Mindst 45 % kvinder i ledelsen', 'At least 45% women in management'],
    ['hr.hires.new_graduate_share', 2026, 0.25, 'at_least', 'Hver fjerde nyansatte er nyuddannet', 'One in four hires a recent graduate'],
    ['ind.workforce.sick_days_per_fte', 2026, 7, 'at_most', 'Højst 7 sygedage pr. årsværk', 'At most 7 sick days per FTE'],
  ]);
}

// ---- narratives -------------------------------------------------------------------------
// The texts are Markdown files of their own, scripts/example-prose/<year>/<section>.<lang>.md,
// copied as they are: 2025 every section; 2023 and 2024 every section, short; the base year 2019
// its overview and environment pages.

export const PROSE_DIR = join(dirname(fileURLToPath(import.meta.url)), '..', 'example-prose');

/** The narratives of `year`, in section order, Danish then English. */
export function narrativeFiles(year: number): ExampleFile[] {
  const files: ExampleFile[] = [];
  const dir = join(PROSE_DIR, String(year));
  const present = new Set(existsSync(dir) ? readdirSync(dir) : []);
  for (const section of NARRATIVE_SECTIONS) {
    for (const lang of LANGUAGES) {
      const name = `${section}.${lang}.md`;
      if (present.has(name)) files.push({ path: `${year}/narrative/${name}`, bytes: readFileSync(join(dir, name)) });
    }
  }
  return files;
}
