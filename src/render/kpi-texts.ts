// The name and the formula in words of every key figure of kpis.md, in Danish and English.
// Part of the site's text (i18n.ts re-exports it); kept apart because it is long.

import type { Language } from '../model/records.ts';

export interface KpiText {
  readonly label: string;
  readonly formula: string;
}

type Both = Readonly<Record<Language, KpiText>>;

const t = (labelDa: string, formulaDa: string, labelEn: string, formulaEn: string): Both => ({
  da: { label: labelDa, formula: formulaDa },
  en: { label: labelEn, formula: formulaEn },
});

const SNAP_DA = 'på opgørelsesdagen';
const SNAP_EN = 'on the snapshot date';

const GENDER: ReadonlyArray<readonly [string, string, string]> = [
  ['women', 'Kvinder', 'Women'],
  ['men', 'Mænd', 'Men'],
  ['other', 'Andet køn', 'Other gender'],
  ['undisclosed', 'Køn uoplyst', 'Gender undisclosed'],
];
const AGE: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['under_30', 'Under 30 år', 'Under 30', 'alder (årstal minus fødselsår) under 30', 'age (year minus birth year) below 30'],
  ['30_to_50', '30–50 år', '30 to 50', 'alder 30 til og med 50', 'age 30 to 50 inclusive'],
  ['over_50', 'Over 50 år', 'Over 50', 'alder over 50', 'age above 50'],
];
const ORIGIN: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['danish', 'Dansk oprindelse', 'Danish origin', 'af dansk oprindelse', 'of Danish origin'],
  ['immigrants', 'Indvandrere', 'Immigrants', 'indvandrere (vestlige og ikke-vestlige)', 'immigrants (western and non-western)'],
  ['descendants', 'Efterkommere', 'Descendants', 'efterkommere (vestlige og ikke-vestlige)', 'descendants (western and non-western)'],
  ['undisclosed', 'Oprindelse uoplyst', 'Origin undisclosed', 'hvis oprindelse er uoplyst', 'whose origin is undisclosed'],
];
const MODES: ReadonlyArray<readonly [string, string, string]> = [
  ['flight', 'Fly', 'Flights'],
  ['rail', 'Tog', 'Rail'],
  ['car', 'Bil', 'Car'],
  ['taxi', 'Taxi', 'Taxi'],
  ['bus', 'Bus', 'Bus'],
  ['ferry', 'Færge', 'Ferry'],
];
const CLAUSES: ReadonlyArray<readonly [string, string, string, string, string]> = [
  ['environment_clause', 'Kontrakter med miljøklausul', 'Contracts with an environmental clause', 'miljøklausul', 'an environmental clause'],
  ['labour_clause', 'Kontrakter med arbejdsklausul', 'Contracts with a labour clause', 'arbejdsklausul', 'a labour clause'],
  ['anticorruption_clause', 'Kontrakter med antikorruptionsklausul', 'Contracts with an anti-corruption clause', 'antikorruptionsklausul', 'an anti-corruption clause'],
  ['human_rights_clause', 'Kontrakter med menneskerettighedsklausul', 'Contracts with a human-rights clause', 'menneskerettighedsklausul', 'a human-rights clause'],
];

function build(): Map<string, Both> {
  const m = new Map<string, Both>();
  m.set('hr.headcount', t('Medarbejdere', `antal forskellige medarbejder-id'er i ansættelse ${SNAP_DA}`, 'Headcount', `number of distinct employee ids employed ${SNAP_EN}`));
  m.set('hr.headcount_average', t('Gennemsnitligt antal medarbejdere', 'gennemsnit over årets 12 månedsultimoer af antallet af forskellige medarbejdere i ansættelse den dag', 'Average headcount', 'mean over the 12 month-ends of the year of the distinct employees employed that day'));
  m.set('hr.fte', t('Årsværk', `summen af årsværk for ansættelser ${SNAP_DA}`, 'Full-time equivalents', `sum of the FTE of employments active ${SNAP_EN}`));
  m.set('hr.fte_average', t('Gennemsnitlige årsværk', 'gennemsnit over årets 12 månedsultimoer af summen af årsværk i ansættelse den dag', 'Average full-time equivalents', 'mean over the 12 month-ends of the year of the sum of FTE employed that day'));
  for (const [k, da, en] of GENDER) {
    m.set(`hr.gender.${k}`, t(da, `antal medarbejdere ${SNAP_DA} med dette køn`, en, `employees ${SNAP_EN} of this gender`));
    m.set(`hr.gender.${k}_share`, t(`${da}, andel`, `${da.toLowerCase()} divideret med antal medarbejdere`, `${en}, share`, `${en.toLowerCase()} divided by the headcount`));
  }
  m.set('hr.management.headcount', t('Ledere', `medarbejdere med ledelsesansvar ${SNAP_DA}`, 'Managers', `employees with management responsibility ${SNAP_EN}`));
  m.set('hr.management.women', t('Kvindelige ledere', `ledere ${SNAP_DA}, der er kvinder`, 'Women managers', `managers ${SNAP_EN} who are women`));
  m.set('hr.management.men', t('Mandlige ledere', `ledere ${SNAP_DA}, der er mænd`, 'Men managers', `managers ${SNAP_EN} who are men`));
  m.set('hr.management.women_share', t('Kvinder blandt ledere, andel', 'kvindelige ledere divideret med antal ledere', 'Women among managers, share', 'women managers divided by the number of managers'));
  m.set('hr.management.men_share', t('Mænd blandt ledere, andel', 'mandlige ledere divideret med antal ledere', 'Men among managers, share', 'men managers divided by the number of managers'));
  for (const [k, da, en, fda, fen] of AGE) {
    m.set(`hr.age.${k}`, t(da, `medarbejdere ${SNAP_DA} med ${fda}`, en, `employees ${SNAP_EN} with ${fen}`));
    m.set(`hr.age.${k}_share`, t(`${da}, andel`, `${da.toLowerCase()} divideret med antal medarbejdere`, `${en}, share`, `${en.toLowerCase()} divided by the headcount`));
  }
  m.set('hr.age.median', t('Medianalder', `medianen af alder (årstal minus fødselsår) ${SNAP_DA}; ved et lige antal gennemsnittet af de to midterste`, 'Median age', `median of age (year minus birth year) ${SNAP_EN}; for an even number the mean of the middle two`));
  for (const [k, da, en, fda, fen] of ORIGIN) {
    m.set(`hr.origin.${k}`, t(da, `medarbejdere ${SNAP_DA} ${fda}`, en, `employees ${SNAP_EN} ${fen}`));
    m.set(`hr.origin.${k}_share`, t(`${da}, andel`, `${da.toLowerCase()} divideret med antal medarbejdere`, `${en}, share`, `${en.toLowerCase()} divided by the headcount`));
  }
  m.set('hr.origin.western', t('Vestlig oprindelse', `indvandrere og efterkommere ${SNAP_DA} med vestlig oprindelse`, 'Western origin', `immigrants and descendants ${SNAP_EN} of western origin`));
  m.set('hr.origin.non_western', t('Ikke-vestlig oprindelse', `indvandrere og efterkommere ${SNAP_DA} med ikke-vestlig oprindelse`, 'Non-western origin', `immigrants and descendants ${SNAP_EN} of non-western origin`));
  m.set('hr.origin.non_danish_share', t('Indvandrere og efterkommere, andel', '(indvandrere + efterkommere) divideret med (antal medarbejdere − oprindelse uoplyst); det tal, der holdes op mod arbejdsmarkedet', 'Immigrants and descendants, share', '(immigrants + descendants) divided by (headcount − origin undisclosed); the figure held against the labour market'));
  m.set('hr.hires', t('Nyansættelser', 'ansættelser med ansættelsesdato i året (en person ansat to gange tæller to gange)', 'Hires', 'employments with a hire date in the year (a person hired twice counts twice)'));
  m.set('hr.hires.new_graduates', t('Nyuddannede blandt nyansatte', 'nyansættelser med en dimissionsdato, der ikke ligger efter ansættelsen og højst 24 måneder før den', 'New graduates among hires', 'hires with a graduation date not after the hire date and at most 24 months before it'));
  m.set('hr.hires.new_graduate_share', t('Nyuddannede blandt nyansatte, andel', 'nyuddannede divideret med nyansættelser', 'New graduates among hires, share', 'new graduates divided by hires'));
  m.set('hr.leavers', t('Fratrædelser', 'ansættelser med fratrædelsesdato i året', 'Leavers', 'employments with an end date in the year'));
  m.set('hr.turnover_rate', t('Personaleomsætning', 'fratrædelser divideret med gennemsnitligt antal medarbejdere', 'Staff turnover', 'leavers divided by the average headcount'));

  m.set('env.scope1_t', t('Scope 1', 'naturgas og fyringsolie gange deres emissionsfaktorer', 'Scope 1', 'natural gas and heating oil times their emission factors'));
  m.set('env.scope2_location_t', t('Scope 2, lokationsbaseret', 'el gange den gennemsnitlige elfaktor plus fjernvarme gange dens faktor', 'Scope 2, location-based', 'electricity times the average grid factor plus district heating times its factor'));
  m.set('env.scope2_market_t', t('Scope 2, markedsbaseret', 'el, der ikke er dækket af oprindelsesgarantier, gange residualfaktoren plus fjernvarme gange dens faktor', 'Scope 2, market-based', 'electricity not covered by guarantees of origin times the residual-mix factor plus district heating times its factor'));
  m.set('env.scope3_travel_t', t('Scope 3, forretningsrejser', 'alle rejser: afstand × 2 ved retur × rejsende (ved faktorer pr. personkm) × faktor (GHG-protokollen, scope 3 kategori 6)', 'Scope 3, business travel', 'all journeys: distance × 2 for a return trip × travellers (for per-passenger-km factors) × factor (GHG Protocol scope 3, category 6)'));
  for (const [k, da, en] of MODES) {
    m.set(`env.travel.${k}_t`, t(`${da}, udledning`, `udledning fra rejser med ${da.toLowerCase()}`, `${en}, emissions`, `emissions of journeys by ${en.toLowerCase()}`));
    m.set(`env.travel.${k}_km`, t(`${da}, personkilometer`, 'afstand × 2 ved retur × rejsende', `${en}, passenger-km`, 'distance × 2 for a return trip × travellers'));
  }
  m.set('env.total_location_t', t('Samlet udledning, lokationsbaseret', 'scope 1 + scope 2 lokationsbaseret + scope 3 rejser; ikke opgjort uden rejse- eller energidata', 'Total emissions, location-based', 'scope 1 + scope 2 location-based + scope 3 travel; not reported without travel or energy data'));
  m.set('env.total_market_t', t('Samlet udledning, markedsbaseret', 'scope 1 + scope 2 markedsbaseret + scope 3 rejser; ikke opgjort uden rejse- eller energidata', 'Total emissions, market-based', 'scope 1 + scope 2 market-based + scope 3 travel; not reported without travel or energy data'));
  m.set('env.intensity_location_t_per_fte', t('Udledning pr. årsværk', 'samlet lokationsbaseret udledning divideret med gennemsnitlige årsværk', 'Emissions per FTE', 'total location-based emissions divided by the average FTE'));
  m.set('env.energy_mwh', t('Energiforbrug', 'alle energiaflæsninger i MWh, med den del af perioden, der ligger i året', 'Energy use', 'all energy readings in MWh, counting the part of each period that lies in the year'));
  m.set('env.electricity_mwh', t('Elforbrug', 'elaflæsninger i MWh', 'Electricity', 'electricity readings in MWh'));
  m.set('env.district_heating_mwh', t('Fjernvarme', 'fjernvarmeaflæsninger i MWh', 'District heating', 'district-heating readings in MWh'));
  m.set('env.renewable_electricity_share', t('Vedvarende el, andel', 'summen af el × andel dækket af oprindelsesgarantier divideret med samlet el', 'Renewable electricity, share', 'sum of electricity × share covered by guarantees of origin divided by total electricity'));
  m.set('env.meetings.total', t('Møder i alt', 'fysiske + virtuelle + hybride møder', 'Meetings in total', 'physical + virtual + hybrid meetings'));
  m.set('env.meetings.virtual_share', t('Virtuelle møder, andel', 'virtuelle møder divideret med møder i alt', 'Virtual meetings, share', 'virtual meetings divided by all meetings'));
  m.set('env.meetings.hybrid_share', t('Hybride møder, andel', 'hybride møder divideret med møder i alt', 'Hybrid meetings, share', 'hybrid meetings divided by all meetings'));
  m.set('env.reduction_vs_base_location', t('Reduktion siden basisåret', '1 − samlet lokationsbaseret udledning i året divideret med den i basisåret (negativ, når udledningen er steget)', 'Reduction since the base year', '1 − total location-based emissions of the year divided by those of the base year (negative when emissions grew)'));

  m.set('sup.contracts', t('Leverandørkontrakter', 'antal kontrakter i året', 'Supplier contracts', 'number of contracts in the year'));
  m.set('sup.gc_commitment_share', t('Kontrakter med Global Compact-forpligtelse', 'kontrakter, der binder leverandøren til Global Compact, divideret med alle kontrakter', 'Contracts with a Global Compact commitment', 'contracts binding the supplier to the Global Compact divided by all contracts'));
  for (const [k, da, en, fda, fen] of CLAUSES) {
    m.set(`sup.${k}_share`, t(da, `kontrakter med ${fda} divideret med alle kontrakter`, en, `contracts with ${fen} divided by all contracts`));
  }
  m.set('sup.gc_commitment_spend_share', t('Indkøb under Global Compact, andel af forbrug', 'årligt forbrug på kontrakter med Global Compact-forpligtelse divideret med forbruget på alle kontrakter, der angiver et forbrug', 'Spend under the Global Compact, share', 'annual spend of contracts with a Global Compact commitment divided by the spend of all contracts that give one'));
  m.set('sup.dpa_coverage', t('Databehandleraftaler', 'kontrakter, der behandler personoplysninger og har en databehandleraftale, divideret med kontrakter, der behandler personoplysninger', 'Data-processing agreements', 'contracts that process personal data and have a data-processing agreement divided by contracts that process personal data'));
  m.set('sup.audited_share', t('Auditerede leverandører, andel', 'kontrakter med en audit inden for de 24 måneder op til opgørelsesdagen divideret med alle kontrakter', 'Audited suppliers, share', 'contracts audited within the 24 months up to the snapshot date divided by all contracts'));
  m.set('sup.open_findings', t('Åbne fund', 'summen af åbne fund fra audits', 'Open findings', 'sum of open audit findings'));
  m.set('sup.critical_breaches', t('Kritiske brud', 'summen af kritiske brud', 'Critical breaches', 'sum of critical breaches'));
  m.set('sup.non_compliant', t('Kontrakter, der ikke overholdes', 'kontrakter med status "overholder ikke"', 'Non-compliant contracts', 'contracts with the status "non-compliant"'));
  m.set('sup.terminated', t('Ophævede kontrakter', 'kontrakter med status "ophævet"', 'Terminated contracts', 'contracts with the status "terminated"'));
  return m;
}

const TEXTS: ReadonlyMap<string, Both> = build();

/** The text of a figure of kpis.md; undefined for `ind.*` (their labels come from the data). */
export function kpiText(id: string, lang: Language): KpiText | undefined {
  return TEXTS.get(id)?.[lang];
}
