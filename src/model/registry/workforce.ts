// The workforce figures (kpis.md "Workforce"), declared once each: unit, principles, targets,
// direction, headline, chart, input files, label and formula in Danish and English. Also the
// privacy relations R1–R6 between the counts of people (kpis.md "Privacy").

import type { FigureDefinition } from './types.ts';
import { declareIn } from './types.ts';
import type { DatapointSpec } from './frameworks.ts';

/** The ids other modules name (compute, protect, messages); every other id is used only by the
 * module that computes it and through the registry. */
export const HR = {
  headcount: 'hr.headcount',
  fteAverage: 'hr.fte_average',
  womenShare: 'hr.gender.women_share',
  managementHeadcount: 'hr.management.headcount',
  managementWomen: 'hr.management.women',
  managementMen: 'hr.management.men',
  medianAge: 'hr.age.median',
  /** Managers of other or undisclosed gender: never published (not a figure), but a count of
   * people that the privacy relation R5 needs. */
  managementRest: 'hr.management.rest',
} as const;

const fig = declareIn('workforce');
const EMPLOYEES = ['employees.csv'] as const;
/** The age figures (frameworks.md: `hr.age.*`). */
const AGE: DatapointSpec = { esrs: ['S1-9'], gri: ['405-1'] };

export const WORKFORCE_FIGURES: readonly FigureDefinition[] = [
  fig({
    id: HR.headcount, unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:NumberOfEmployees', esrs: ['S1-6'], gri: ['2-7'] },
    headline: true,
    da: ['Medarbejdere', "antal forskellige medarbejder-id'er i ansættelse på opgørelsesdagen"],
    en: ['Headcount', 'number of distinct employee ids employed on the snapshot date'],
  }),
  fig({
    id: 'hr.headcount_average', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    da: ['Gennemsnitligt antal medarbejdere', 'gennemsnit over årets 12 månedsultimoer af antallet af forskellige medarbejdere i ansættelse den dag'],
    en: ['Average headcount', 'mean over the 12 month-ends of the year of the distinct employees employed that day'],
  }),
  fig({
    id: 'hr.fte', unit: 'FTE', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { esrs: ['S1-6'], gri: ['2-7'], esg: ['fte'] },
    headline: true,
    da: ['Årsværk', 'summen af årsværk for ansættelser på opgørelsesdagen'],
    en: ['Full-time equivalents', 'sum of the FTE of employments active on the snapshot date'],
  }),
  fig({
    id: HR.fteAverage, unit: 'FTE', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    da: ['Gennemsnitlige årsværk', 'gennemsnit over årets 12 månedsultimoer af summen af årsværk i ansættelse den dag'],
    en: ['Average full-time equivalents', 'mean over the 12 month-ends of the year of the sum of FTE employed that day'],
  }),
  fig({
    id: 'hr.gender.women', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:NumberOfFemaleEmployees', esrs: ['S1-6'], gri: ['2-7', '405-1'] },
    protectedCount: true, chart: 'gender',
    da: ['Kvinder', 'antal medarbejdere på opgørelsesdagen med dette køn'],
    en: ['Women', 'employees on the snapshot date of this gender'],
  }),
  fig({
    id: 'hr.gender.men', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:NumberOfMaleEmployees', esrs: ['S1-6'], gri: ['2-7', '405-1'] },
    protectedCount: true, chart: 'gender',
    da: ['Mænd', 'antal medarbejdere på opgørelsesdagen med dette køn'],
    en: ['Men', 'employees on the snapshot date of this gender'],
  }),
  fig({
    id: 'hr.gender.other', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:NumberOfOtherGenderEmployees', esrs: ['S1-6'], gri: ['2-7', '405-1'] },
    protectedCount: true, chart: 'gender',
    da: ['Andet køn', 'antal medarbejdere på opgørelsesdagen med dette køn'],
    en: ['Other gender', 'employees on the snapshot date of this gender'],
  }),
  fig({
    id: 'hr.gender.undisclosed', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:NumberOfNonReportedGenderEmployees', esrs: ['S1-6'], gri: ['2-7', '405-1'] },
    protectedCount: true, chart: 'gender',
    da: ['Køn uoplyst', 'antal medarbejdere på opgørelsesdagen med dette køn'],
    en: ['Gender undisclosed', 'employees on the snapshot date of this gender'],
  }),
  fig({
    id: HR.womenShare, unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { esrs: ['S1-6'], gri: ['405-1'], esg: ['gender_diversity'] },
    suppressedWith: ['hr.gender.women'], headline: true,
    da: ['Kvinder, andel', 'kvinder divideret med antal medarbejdere'],
    en: ['Women, share', 'women divided by the headcount'],
  }),
  fig({
    id: 'hr.gender.men_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.gender.men'],
    da: ['Mænd, andel', 'mænd divideret med antal medarbejdere'],
    en: ['Men, share', 'men divided by the headcount'],
  }),
  fig({
    id: 'hr.gender.other_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.gender.other'],
    da: ['Andet køn, andel', 'andet køn divideret med antal medarbejdere'],
    en: ['Other gender, share', 'other gender divided by the headcount'],
  }),
  fig({
    id: 'hr.gender.undisclosed_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.gender.undisclosed'],
    da: ['Køn uoplyst, andel', 'køn uoplyst divideret med antal medarbejdere'],
    en: ['Gender undisclosed, share', 'gender undisclosed divided by the headcount'],
  }),
  fig({
    id: HR.managementHeadcount, unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    da: ['Ledere', 'medarbejdere med ledelsesansvar på opgørelsesdagen'],
    en: ['Managers', 'employees with management responsibility on the snapshot date'],
  }),
  fig({
    id: HR.managementWomen, unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true, chart: 'management-gender',
    da: ['Kvindelige ledere', 'ledere på opgørelsesdagen, der er kvinder'],
    en: ['Women managers', 'managers on the snapshot date who are women'],
  }),
  fig({
    id: HR.managementMen, unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true, chart: 'management-gender',
    da: ['Mandlige ledere', 'ledere på opgørelsesdagen, der er mænd'],
    en: ['Men managers', 'managers on the snapshot date who are men'],
  }),
  fig({
    id: 'hr.management.women_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { esrs: ['S1-9'], gri: ['405-1'], esg: ['gender_diversity_management'] },
    suppressedWith: ['hr.management.women'], headline: true,
    da: ['Kvinder blandt ledere, andel', 'kvindelige ledere divideret med antal ledere'],
    en: ['Women among managers, share', 'women managers divided by the number of managers'],
  }),
  fig({
    id: 'hr.management.men_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.management.men'],
    da: ['Mænd blandt ledere, andel', 'mandlige ledere divideret med antal ledere'],
    en: ['Men among managers, share', 'men managers divided by the number of managers'],
  }),
  fig({
    id: 'hr.age.under_30', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    protectedCount: true, chart: 'age',
    da: ['Under 30 år', 'medarbejdere på opgørelsesdagen med alder (årstal minus fødselsår) under 30'],
    en: ['Under 30', 'employees on the snapshot date with age (year minus birth year) below 30'],
  }),
  fig({
    id: 'hr.age.30_to_50', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    protectedCount: true, chart: 'age',
    da: ['30–50 år', 'medarbejdere på opgørelsesdagen med alder 30 til og med 50'],
    en: ['30 to 50', 'employees on the snapshot date with age 30 to 50 inclusive'],
  }),
  fig({
    id: 'hr.age.over_50', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    protectedCount: true, chart: 'age',
    da: ['Over 50 år', 'medarbejdere på opgørelsesdagen med alder over 50'],
    en: ['Over 50', 'employees on the snapshot date with age above 50'],
  }),
  fig({
    id: 'hr.age.under_30_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    suppressedWith: ['hr.age.under_30'],
    da: ['Under 30 år, andel', 'under 30 år divideret med antal medarbejdere'],
    en: ['Under 30, share', 'under 30 divided by the headcount'],
  }),
  fig({
    id: 'hr.age.30_to_50_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    suppressedWith: ['hr.age.30_to_50'],
    da: ['30–50 år, andel', '30–50 år divideret med antal medarbejdere'],
    en: ['30 to 50, share', '30 to 50 divided by the headcount'],
  }),
  fig({
    id: 'hr.age.over_50_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    suppressedWith: ['hr.age.over_50'],
    da: ['Over 50 år, andel', 'over 50 år divideret med antal medarbejdere'],
    en: ['Over 50, share', 'over 50 divided by the headcount'],
  }),
  fig({
    id: HR.medianAge, unit: 'years', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: AGE,
    da: ['Medianalder', 'medianen af alder (årstal minus fødselsår) på opgørelsesdagen; ved et lige antal gennemsnittet af de to midterste'],
    en: ['Median age', 'median of age (year minus birth year) on the snapshot date; for an even number the mean of the middle two'],
  }),
  fig({
    id: 'hr.origin.danish', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Dansk oprindelse', 'medarbejdere på opgørelsesdagen af dansk oprindelse'],
    en: ['Danish origin', 'employees on the snapshot date of Danish origin'],
  }),
  fig({
    id: 'hr.origin.immigrants', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Indvandrere', 'medarbejdere på opgørelsesdagen indvandrere (vestlige og ikke-vestlige)'],
    en: ['Immigrants', 'employees on the snapshot date immigrants (western and non-western)'],
  }),
  fig({
    id: 'hr.origin.descendants', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Efterkommere', 'medarbejdere på opgørelsesdagen efterkommere (vestlige og ikke-vestlige)'],
    en: ['Descendants', 'employees on the snapshot date descendants (western and non-western)'],
  }),
  fig({
    id: 'hr.origin.undisclosed', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Oprindelse uoplyst', 'medarbejdere på opgørelsesdagen hvis oprindelse er uoplyst'],
    en: ['Origin undisclosed', 'employees on the snapshot date whose origin is undisclosed'],
  }),
  fig({
    id: 'hr.origin.western', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Vestlig oprindelse', 'indvandrere og efterkommere på opgørelsesdagen med vestlig oprindelse'],
    en: ['Western origin', 'immigrants and descendants on the snapshot date of western origin'],
  }),
  fig({
    id: 'hr.origin.non_western', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Ikke-vestlig oprindelse', 'indvandrere og efterkommere på opgørelsesdagen med ikke-vestlig oprindelse'],
    en: ['Non-western origin', 'immigrants and descendants on the snapshot date of non-western origin'],
  }),
  fig({
    id: 'hr.origin.danish_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.origin.danish'],
    da: ['Dansk oprindelse, andel', 'dansk oprindelse divideret med antal medarbejdere'],
    en: ['Danish origin, share', 'danish origin divided by the headcount'],
  }),
  fig({
    id: 'hr.origin.immigrants_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.origin.immigrants'],
    da: ['Indvandrere, andel', 'indvandrere divideret med antal medarbejdere'],
    en: ['Immigrants, share', 'immigrants divided by the headcount'],
  }),
  fig({
    id: 'hr.origin.descendants_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.origin.descendants'],
    da: ['Efterkommere, andel', 'efterkommere divideret med antal medarbejdere'],
    en: ['Descendants, share', 'descendants divided by the headcount'],
  }),
  fig({
    id: 'hr.origin.undisclosed_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.origin.undisclosed'],
    da: ['Oprindelse uoplyst, andel', 'oprindelse uoplyst divideret med antal medarbejdere'],
    en: ['Origin undisclosed, share', 'origin undisclosed divided by the headcount'],
  }),
  fig({
    id: 'hr.origin.non_danish_share', unit: 'share', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    suppressedWith: ['hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'], headline: true, chart: 'origin',
    da: ['Indvandrere og efterkommere, andel', '(indvandrere + efterkommere) divideret med (antal medarbejdere − oprindelse uoplyst); det tal, der holdes op mod arbejdsmarkedet'],
    en: ['Immigrants and descendants, share', '(immigrants + descendants) divided by (headcount − origin undisclosed); the figure held against the labour market'],
  }),
  fig({
    id: 'hr.hires', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { esrs: ['S1-6'], gri: ['401-1'] },
    da: ['Nyansættelser', 'ansættelser med ansættelsesdato i året (en person ansat to gange tæller to gange)'],
    en: ['Hires', 'employments with a hire date in the year (a person hired twice counts twice)'],
  }),
  fig({
    id: 'hr.hires.new_graduates', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    protectedCount: true,
    da: ['Nyuddannede blandt nyansatte', 'nyansættelser med en dimissionsdato, der ikke ligger efter ansættelsen og højst 24 måneder før den'],
    en: ['New graduates among hires', 'hires with a graduation date not after the hire date and at most 24 months before it'],
  }),
  fig({
    id: 'hr.hires.new_graduate_share', unit: 'share', gc: [6], sdg: [], direction: 'higher', inputs: EMPLOYEES,
    suppressedWith: ['hr.hires.new_graduates'], headline: true,
    da: ['Nyuddannede blandt nyansatte, andel', 'nyuddannede divideret med nyansættelser'],
    en: ['New graduates among hires, share', 'new graduates divided by hires'],
  }),
  fig({
    id: 'hr.leavers', unit: 'persons', gc: [6], sdg: [], direction: 'neutral', inputs: EMPLOYEES,
    datapoints: { esrs: ['S1-6'], gri: ['401-1'] },
    da: ['Fratrædelser', 'ansættelser med fratrædelsesdato i året'],
    en: ['Leavers', 'employments with an end date in the year'],
  }),
  fig({
    id: 'hr.turnover_rate', unit: 'share', gc: [3, 6], sdg: [], direction: 'lower', inputs: EMPLOYEES,
    datapoints: { vsme: 'vsme:EmployeeTurnoverRate', esrs: ['S1-6'], gri: ['401-1'], esg: ['employee_turnover'] },
    headline: true,
    da: ['Personaleomsætning', 'fratrædelser divideret med gennemsnitligt antal medarbejdere'],
    en: ['Staff turnover', 'leavers divided by the average headcount'],
  }),
];

/** A relation between counts of people: `total = plus₁ + plus₂ + …` (R6: `plus = minus`). */
export interface Relation {
  readonly name: string;
  /** The published total the members add up to; null for R6, which balances two sides. */
  readonly total: string | null;
  /** Left-hand side, in kpis.md's order (the order that breaks ties between equal candidates). */
  readonly plus: readonly string[];
  /** For R6: the side that is subtracted (`immigrants + descendants = western + non_western`). */
  readonly minus: readonly string[];
}

/** kpis.md "Privacy" R1–R6, in the order suppression reads them. */
export const RELATIONS: readonly Relation[] = [
  {
    name: 'R1',
    total: HR.headcount,
    plus: ['hr.gender.women', 'hr.gender.men', 'hr.gender.other', 'hr.gender.undisclosed'],
    minus: [],
  },
  {
    name: 'R2',
    total: HR.headcount,
    plus: ['hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50'],
    minus: [],
  },
  {
    name: 'R3',
    total: HR.headcount,
    plus: ['hr.origin.danish', 'hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed'],
    minus: [],
  },
  {
    name: 'R4',
    total: HR.headcount,
    plus: ['hr.origin.danish', 'hr.origin.undisclosed', 'hr.origin.western', 'hr.origin.non_western'],
    minus: [],
  },
  {
    name: 'R5',
    total: HR.managementHeadcount,
    plus: [HR.managementWomen, HR.managementMen, HR.managementRest],
    minus: [],
  },
  {
    name: 'R6',
    total: null,
    plus: ['hr.origin.immigrants', 'hr.origin.descendants'],
    minus: ['hr.origin.western', 'hr.origin.non_western'],
  },
];
