// Writes docs/figures.md from the registry of figures (src/model/registry/): every key figure with
// its id, unit, label and formula in English and Danish, input files, Global Compact principles,
// SDG 9 targets, privacy rule and framework datapoints; the derived facts, the privacy relations
// and the emission-factor keys. Run with `npm run docs`; `npm run docs -- --check` only says
// whether docs/figures.md is up to date (exit 1 when not). test/docs/figures-doc.test.ts fails
// when the file is out of date.

import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FIGURES, HR, RELATIONS } from '../src/model/registry/index.ts';
import type { FigureDefinition, KpiSection } from '../src/model/registry/index.ts';
import { DERIVED_DEFINITIONS, ESG_KEY_FIGURES } from '../src/model/registry/frameworks.ts';
import type { Datapoints } from '../src/model/registry/frameworks.ts';
import { FACTOR_KEYS } from '../src/model/kpis.ts';

export const FIGURES_DOC = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'docs', 'figures.md');

const SECTIONS: readonly { section: KpiSection; title: string; danish: string; from: string }[] = [
  { section: 'workforce', title: 'Workforce', danish: 'Medarbejdere', from: 'employees.csv' },
  { section: 'environment', title: 'Environment', danish: 'Klima og miljø', from: 'travel.csv, energy.csv, meetings.csv and emission-factors.csv' },
  { section: 'suppliers', title: 'Suppliers', danish: 'Leverandører', from: 'suppliers.csv' },
];

const DIRECTION: Record<FigureDefinition['direction'], string> = {
  higher: 'higher is better',
  lower: 'lower is better',
  neutral: 'neither (no good or bad direction)',
};

/** A table cell: no line breaks, `|` escaped. */
function cell(text: string): string {
  return text.replace(/\r?\n/g, ' ').replace(/\|/g, '\\|');
}

function list(items: readonly string[], none = '—'): string {
  return items.length === 0 ? none : items.join(', ');
}

/** GitHub's anchor of a heading (the link test computes the same). */
export function anchorOf(heading: string): string {
  return heading
    .toLowerCase()
    .replace(/`/g, '')
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '')
    .replace(/ /g, '-');
}

function figureHeading(d: FigureDefinition): string {
  return `\`${d.id}\` — ${d.text.en.label}`;
}

function linkTo(d: FigureDefinition): string {
  return `[\`${d.id}\`](#${anchorOf(figureHeading(d))})`;
}

function datapointText(p: Datapoints): string {
  const parts: string[] = [];
  if (p.vsme !== null) parts.push(`VSME \`${p.vsme}\``);
  if (p.esrs.length > 0) parts.push(`ESRS ${p.esrs.join(', ')}`);
  if (p.gri.length > 0) parts.push(`GRI ${p.gri.join(', ')}`);
  if (p.esg.length > 0) parts.push(`ESG key figure ${p.esg.map((e) => `\`${e}\``).join(', ')}`);
  return parts.length === 0 ? 'none' : parts.join('; ');
}

function relationsOf(id: string): string[] {
  return RELATIONS.filter((r) => r.plus.includes(id) || r.minus.includes(id)).map((r) => r.name);
}

function privacyText(d: FigureDefinition): string {
  if (d.protectedCount) {
    const relations = relationsOf(d.id);
    const rel = relations.length === 0 ? '' : `; guarded by relation${relations.length === 1 ? '' : 's'} ${relations.join(', ')} (secondary suppression)`;
    return `a count of people: suppressed when from 1 to k − 1${rel}`;
  }
  if (d.suppressedWith.length > 0) {
    return `suppressed when ${d.suppressedWith.map((s) => `\`${s}\``).join(' or ')} is suppressed`;
  }
  if (d.id === HR.medianAge) return 'suppressed when `hr.headcount` is below k (0 included)';
  if (d.section === 'workforce') return 'a total: never suppressed';
  return 'not about people: never suppressed';
}

function shownText(d: FigureDefinition): string {
  const parts: string[] = [];
  if (d.headline) parts.push('a headline figure of its page and the Overview');
  if (d.chart !== null) parts.push(`plotted in the chart \`${d.chart}\``);
  parts.push('its section page, the Method page, `kpis.json` and `kpis.csv`');
  return parts.join('; ');
}

function figureBlock(d: FigureDefinition): string[] {
  return [
    `### ${figureHeading(d)}`,
    '',
    '| | |',
    '|---|---|',
    `| Danish name | ${cell(d.text.da.label)} |`,
    `| unit | ${cell(d.unit)} |`,
    `| formula | ${cell(d.text.en.formula ?? 'reported by hand')} |`,
    `| formel (dansk) | ${cell(d.text.da.formula ?? 'indberettet manuelt')} |`,
    `| computed from | ${list(d.inputs.map((f) => `\`${f}\``))}; without it the figure is *not reported* |`,
    `| Global Compact principles | ${list(d.gc.map(String))} |`,
    `| SDG 9 targets | ${list(d.sdg)} |`,
    `| direction | ${DIRECTION[d.direction]} |`,
    `| privacy | ${privacyText(d)} |`,
    `| framework datapoints | ${datapointText(d.datapoints)} |`,
    `| shown on | ${shownText(d)} |`,
    '',
  ];
}

/** The whole of docs/figures.md. */
export function figuresMarkdown(): string {
  const out: string[] = [
    '# Key figures',
    '',
    '<!-- Generated by `npm run docs` (scripts/generate-docs.ts) from the registry of figures,',
    '     src/model/registry/. Do not edit by hand: change the registry and run `npm run docs`. -->',
    '',
    'Every figure the report publishes, as the tool computes it: its id, unit, name and formula in',
    'English and Danish, the input files it needs, the ten principles of the UN Global Compact (GC',
    '1–10) and the targets of SDG 9 it is mapped to, when it is suppressed to protect people, and the',
    'datapoints of VSME, ESRS, GRI and the Danish ESG key figures it answers. The ids are a public',
    'interface: `kpis.json`, `kpis.csv`, narratives (`{% kpi "id" %}`), `benchmarks.csv` and',
    '`targets.csv` name figures by them, and they never change meaning.',
    '',
    'This page is generated from the same registry the tool computes and renders with, so it always',
    'says what the tool does. The site\'s *Method and data* page (*Metode og data*) gives the same',
    'definitions for each year, with the emission factors that year used.',
    '',
    '## Contents',
    '',
    '- [Conventions](#conventions)',
    ...SECTIONS.map((s) => `- [${s.title}](#${anchorOf(s.title)}) (${FIGURES.filter((d) => d.section === s.section).length} figures)`),
    '- [Hand-reported indicators](#hand-reported-indicators)',
    '- [Facts derived for the frameworks](#facts-derived-for-the-frameworks)',
    '- [Privacy: suppression of small counts](#privacy-suppression-of-small-counts)',
    '- [Emission-factor keys](#emission-factor-keys)',
    '- [By Global Compact principle and SDG 9 target](#by-global-compact-principle-and-sdg-9-target)',
    '',
    '## Conventions',
    '',
    '- **Y** is the reporting year (the year folder\'s name). **S**, the *snapshot date*, is the day of',
    '  Y given by `snapshotDate` in report.json (default 31 December). A *month-end* is the last day',
    '  of each of the 12 months of Y.',
    '- An employment is *active on* a day D when `hire_date` ≤ D and `end_date` is empty or ≥ D.',
    '  A person\'s age is Y − `birth_year`.',
    '- Shares are fractions (0.4 is 40 %), computed from unrounded numbers. A share whose',
    '  denominator is 0 is *not reported*, never 0. `hr.turnover_rate` can pass 1, and',
    '  `env.reduction_vs_base_location` is negative when emissions grew.',
    '- A figure whose input file is missing (or has a header line and no rows) for a year is *not',
    '  reported* that year.',
    '- Rounding is for display only (half away from zero): shares as percentages with one decimal;',
    '  t CO2e, FTE and years with one decimal; t CO2e/FTE with two; MWh, km and counts whole. The',
    '  downloads hold the unrounded values.',
    '- "N months before/after" is calendar arithmetic that stays in the month (29 February 2024 + 24',
    '  months = 28 February 2026).',
    '- Emissions are kg CO2e summed over the input rows, then divided by 1,000 to give tonnes. For',
    '  each factor key and year Y the tool uses the row of `emission-factors.csv` with that key and',
    '  the latest `year` not after Y (the Method page says when that is an earlier year). Flights use',
    '  `kg_co2e_rf` (with radiative forcing) unless report.json sets `emissions.radiativeForcing` to',
    '  false. A travel row gives kg CO2e = `distance_km` × (2 for a return trip) × (`travellers` when',
    '  the factor is per passenger-km) × factor. An energy row counts the share of its days (both ends',
    '  included) that lie in Y; MWh and GJ are converted to kWh (× 1000, × 1000/3.6), and gas (m3)',
    '  and oil (l) use the factor of their own unit and its `kwh_per_unit` for the energy totals.',
    '  Market-based electricity uses `energy.electricity.residual` for the part not covered by',
    '  guarantees of origin (`renewable_share`); the covered part counts 0.',
    '- *Direction* says whether a rise is good news; the Overview\'s arrows and the targets read it.',
    '- *k* is `privacy.minCellSize` in report.json (5 by default); see [Privacy](#privacy-suppression-of-small-counts).',
    '',
  ];
  for (const s of SECTIONS) {
    const figures = FIGURES.filter((d) => d.section === s.section);
    out.push(`## ${s.title}`, '', `The *${s.danish}* page; computed from ${s.from}.`, '');
    out.push('| id | unit | figure | Danish |', '|---|---|---|---|');
    for (const d of figures) {
      out.push(`| ${linkTo(d)} | ${cell(d.unit)} | ${cell(d.text.en.label)} | ${cell(d.text.da.label)} |`);
    }
    out.push('');
    for (const d of figures) out.push(...figureBlock(d));
  }
  out.push(
    '## Hand-reported indicators',
    '',
    'The figures no system exports (data-protection work, security incidents, health offers,',
    'involvement of municipalities and citizens) are declared by the organisation in',
    '`indicators.csv` and given a value per year in `<year>/indicators.csv` (see',
    '[the data folder](data-folder.md#hand-reported-indicators)). Each is published as',
    '`ind.<id>` with the declared unit, section, labels, principles, SDG 9 targets, direction and',
    'datapoints, and the value given for the year; a year without a value is *not reported*. They',
    'are never suppressed: they are not counts of people computed by the tool.',
    '',
    '## Facts derived for the frameworks',
    '',
    'Facts that a framework asks for and no figure above is; worked out from published figures for',
    'the framework pages and `downloads/Y/vsme.json`. A suppressed or not-reported fact gives none.',
    '',
    '| fact | unit | definition | Danish | datapoints |',
    '|---|---|---|---|---|',
    ...DERIVED_DEFINITIONS.map((d) => `| ${cell(d.text.en.label)} | ${cell(d.unit)} | ${cell(d.text.en.formula)} | ${cell(d.text.da.label)}: ${cell(d.text.da.formula)} | ${datapointText(d.datapoints)} |`),
    '',
    'The ESG key figures (ESG-hoved- og nøgletal) that a datapoint may name, in their publication\'s',
    `order: ${ESG_KEY_FIGURES.map((e) => `\`${e}\``).join(', ')}.`,
    '',
    '## Privacy: suppression of small counts',
    '',
    'A count of people by gender, by gender in management, by age band and by origin, and the number',
    'of new graduates hired, is published only when it is 0 or at least k (`privacy.minCellSize`, 5',
    'by default). A count from 1 to k − 1 is *suppressed*: published as `value: null, status:',
    '"suppressed"`, shown on the pages as suppressed with a link to this rule, never as "<5", and left',
    'out of the charts and their data.',
    '',
    'So that a suppressed count cannot be worked out from the others, these relations are guarded:',
    '',
    '| relation | what adds up |',
    '|---|---|',
    ...RELATIONS.map((r) => {
      const sum = [...r.plus.map((p) => `\`${p}\``), ...r.minus.map((m) => `− \`${m}\``)].join(' + ').replace(/\+ −/g, '−');
      return `| ${r.name} | ${r.total === null ? `${sum} = 0` : `${sum} = \`${r.total}\``} |`;
    }),
    '',
    '`hr.management.rest`, the managers of other or undisclosed gender, is never published, but is',
    'guarded like a count because it is the difference of published figures.',
    '',
    '*Secondary suppression*: in passes over R1 to R6, repeated until nothing changes, a relation in',
    'which exactly one count is suppressed has its smallest other published count suppressed too',
    '(zeros included; on a tie, the first in the order above). Then every share or other figure',
    'computed from a suppressed count is suppressed. `hr.age.median` is suppressed when',
    '`hr.headcount` is below k. Totals (`hr.headcount`, `hr.headcount_average`, `hr.fte`,',
    '`hr.fte_average`, `hr.hires`, `hr.leavers`, `hr.management.headcount`) are never suppressed.',
    'This is the minimum cell size with secondary suppression that statistics offices use.',
    '',
    '## Emission-factor keys',
    '',
    'The keys `emission-factors.csv` may hold (another key is a warning and is ignored):',
    '',
    ...[...FACTOR_KEYS].map((k) => `- \`${k}\``),
    '',
    'A travel row takes its key from its `mode`: a flight under 500 km is `flight.domestic`; from 500',
    'to 3,700 km `flight.short_haul.` and its class (`economy`, `business` or `average` when the class',
    'is empty; premium economy counts as economy, first as business); over 3,700 km',
    '`flight.long_haul.` and its class (`economy`, `premium_economy`, `business`, `first`, `average`);',
    'rail `rail.national` or `rail.international`; a car `car.` and its fuel (`average` when empty);',
    'taxi, bus and ferry their own key. An energy row takes `energy.` and its carrier;',
    'market-based electricity also `energy.electricity.residual`.',
    '',
    '## By Global Compact principle and SDG 9 target',
    '',
    '| principle or target | figures |',
    '|---|---|',
  );
  for (let p = 1; p <= 10; p++) {
    const ids = FIGURES.filter((d) => d.gc.includes(p)).map(linkTo);
    out.push(`| GC ${p} | ${list(ids)} |`);
  }
  const targets = [...new Set(FIGURES.flatMap((d) => d.sdg))].sort();
  for (const t of targets) {
    out.push(`| SDG ${t} | ${list(FIGURES.filter((d) => d.sdg.includes(t)).map(linkTo))} |`);
  }
  out.push('');
  return out.join('\n');
}

function main(): void {
  const text = figuresMarkdown();
  if (process.argv.includes('--check')) {
    let current = '';
    try {
      current = readFileSync(FIGURES_DOC, 'utf8');
    } catch {
      // missing: out of date
    }
    if (current !== text) {
      process.stderr.write('docs/figures.md is out of date: run npm run docs\n');
      process.exitCode = 1;
    }
    return;
  }
  writeFileSync(FIGURES_DOC, text);
  process.stderr.write(`wrote ${join('docs', 'figures.md')}\n`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
