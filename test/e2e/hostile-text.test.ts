// Hostile text from the data folder, end to end (site.md "Privacy and safety rules"): every kind
// of hostile text (HTML and script, Nunjucks and Liquid syntax, Markdown javascript: links,
// spreadsheet formulas) in every place where data text reaches the site (supplier and contract
// names, indicator labels, units, notes and sources, benchmark and target labels and sources,
// factor sources, the organisation name, narratives) is shown as the literal text on the pages,
// never evaluated, and written neutralised into the CSV downloads. One real build (runBuild).

import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';
import type { FolderSpec } from '../fixtures/folders/temp-folder.ts';
import { freshOutParent, readTree } from './harness.ts';

/** Each kind of hostile text, as a publisher might paste it into a cell. */
const KINDS = {
  script: '<script>alert(1)</script>',
  img: '<img src=x onerror=alert(2)>',
  nunjucks: '{{ 7*7 }}',
  liquid: '{% raw %}',
  mdlink: '[klik](javascript:alert(3))',
  hyperlink: '=HYPERLINK("http://evil.example","klik")',
  sum: '+SUM(1;2)',
  minus: '-2+3',
  at: '@cmd',
} as const;
type Kind = keyof typeof KINDS;
const KIND_NAMES = Object.keys(KINDS) as Kind[];
const FORMULA_KINDS: ReadonlySet<Kind> = new Set(['hyperlink', 'sum', 'minus', 'at']);

/** The text placed in `place` for `kind`: the hostile text first (a formula must start the cell), then the place. */
const text = (kind: Kind, place: string): string => `${KINDS[kind]} ${place}`;

/** A CSV field, quoted the RFC 4180 way. */
const field = (v: string): string => (/[",\n\r]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
const csv = (rows: readonly (readonly string[])[]): string => `${rows.map((r) => r.map(field).join(',')).join('\n')}\n`;

const FACTOR_KEYS = ['car.petrol', 'car.diesel', 'car.electric', 'car.hybrid', 'car.average', 'rail.national', 'rail.international', 'bus', 'taxi'] as const;
const TRAVEL: Record<(typeof FACTOR_KEYS)[number], readonly string[]> = {
  'car.petrol': ['car', 'petrol', ''], 'car.diesel': ['car', 'diesel', ''], 'car.electric': ['car', 'electric', ''],
  'car.hybrid': ['car', 'hybrid', ''], 'car.average': ['car', '', ''], 'rail.national': ['rail', '', 'national'],
  'rail.international': ['rail', '', 'international'], bus: ['bus', '', ''], taxi: ['taxi', '', ''],
};

const NARRATIVE_KINDS = KIND_NAMES.filter((k) => k !== 'liquid');

const ORGANISATION = KIND_NAMES.map((k) => KINDS[k]).join(' ') + ' organisation';

function hostileFolder(): FolderSpec {
  const spec: Record<string, string> = {};
  spec['report.json'] = `${JSON.stringify({
    organisation: { name: ORGANISATION, accessibilityStatementUrl: 'https://www.was.digst.dk/test-example' },
    emissions: { radiativeForcing: true },
  }, null, 2)}\n`;
  spec['indicators.csv'] = csv([
    ['id', 'section', 'label_da', 'label_en', 'unit', 'higher_is_better'],
    ...KIND_NAMES.map((k, i) => [`data.hostile_${k}`, i % 2 === 0 ? 'data' : 'community', text(k, 'label_da'), text(k, 'label_en'), text(k, 'unit'), 'yes']),
  ]);
  spec['2025/indicators.csv'] = csv([
    ['id', 'value', 'note', 'source'],
    ...KIND_NAMES.map((k, i) => [`data.hostile_${k}`, String(i + 1), text(k, 'note'), text(k, 'source')]),
  ]);
  spec['benchmarks.csv'] = csv([
    ['metric', 'year', 'value', 'label_da', 'label_en', 'source'],
    ...KIND_NAMES.map((k) => [`ind.data.hostile_${k}`, '2025', '3', text(k, 'benchmark_label_da'), text(k, 'benchmark_label_en'), text(k, 'benchmark_source')]),
  ]);
  spec['targets.csv'] = csv([
    ['metric', 'year', 'value', 'comparison', 'label_da', 'label_en'],
    ...KIND_NAMES.map((k) => [`ind.data.hostile_${k}`, '2030', '5', 'at_least', text(k, 'target_label_da'), text(k, 'target_label_en')]),
  ]);
  spec['emission-factors.csv'] = csv([
    ['key', 'year', 'unit', 'kg_co2e', 'kg_co2e_rf', 'kwh_per_unit', 'source'],
    ...FACTOR_KEYS.map((key, i) => [key, '2025', key.startsWith('car') || key === 'taxi' ? 'km' : 'pkm', '0.1', '', '', text(KIND_NAMES[i]!, 'factor_source')]),
  ]);
  spec['2025/travel.csv'] = csv([
    ['date', 'mode', 'distance_km', 'fuel', 'rail_scope', 'purpose'],
    ...FACTOR_KEYS.map((key) => ['2025-03-04', TRAVEL[key][0]!, '100', TRAVEL[key][1]!, TRAVEL[key][2]!, '']),
  ]);
  spec['2025/suppliers.csv'] = csv([
    ['contract_id', 'supplier', 'contract_name', 'processes_personal_data', 'gc_commitment', 'environment_clause', 'labour_clause', 'anticorruption_clause', 'dpa_signed', 'status'],
    ...KIND_NAMES.map((k, i) => [`K-${i}`, text(k, 'supplier'), text(k, 'contract_name'), 'yes', 'yes', 'no', 'yes', 'yes', 'yes', 'compliant']),
  ]);
  // One narrative per kind (sections × languages), the kind on a line of its own. A tag that is
  // not kpi or chart stops the build (tested below), so the Liquid kind is left out here.
  const sections = ['overview', 'workforce', 'environment', 'suppliers', 'data', 'community'];
  NARRATIVE_KINDS.forEach((k, i) => {
    const file = `2025/narrative/${sections[i % sections.length]!}.${i < sections.length ? 'da' : 'en'}.md`;
    spec[file] = `# Afsnit\n\n${text(k, 'narrative')}\n`;
  });
  return spec;
}

const PLACES = [
  'supplier', 'contract_name', 'label_da', 'label_en', 'unit', 'note', 'source',
  'benchmark_label_da', 'benchmark_label_en', 'benchmark_source', 'target_label_da', 'target_label_en',
  'factor_source', 'narrative',
] as const;

let data = '';
let parent = '';
let site = new Map<string, string>();
let buildLines: string[] = [];

/** Page text as a reader sees it: no tags, entities decoded, spaces collapsed. */
function visibleText(html: string): string {
  return html
    .replace(/<script\b[^>]*>[\s\S]*?<\/script>/g, ' ')
    .replace(/<[^>]*>/g, ' ')
    .replace(/&#x([0-9a-f]+);/gi, (_, h: string) => String.fromCodePoint(parseInt(h, 16)))
    .replace(/&#(\d+);/g, (_, d: string) => String.fromCodePoint(Number(d)))
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
}

/** The markup of a page outside its embedded JSON data blocks. */
const markup = (html: string): string => html.replace(/(<script type="application\/json"[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');

const pages = (): [string, string][] => [...site].filter(([f]) => f.endsWith('.html'));
let allText = '';

beforeAll(async () => {
  data = await makeDataFolder(hostileFolder());
  const o = await freshOutParent('e2e-hostile-');
  parent = o.parent;
  const result = await runBuild({ dataDir: data, outDir: o.out, quiet: true });
  buildLines = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}: ${d.message}`);
  expect(buildLines).toEqual([]);
  expect(result.ok).toBe(true);
  site = await readTree(o.out);
  allText = pages().map(([, h]) => visibleText(h)).join('\n');
}, 120_000);

afterAll(async () => {
  if (data !== '') await removeFolder(data);
  if (parent !== '') await removeFolder(parent);
});

describe('hostile text on the pages', () => {
  const cases = PLACES.flatMap((place) => (place === 'narrative' ? NARRATIVE_KINDS : KIND_NAMES).map((kind) => ({ place, kind })));
  it.each(cases)('$kind in $place shows as its literal text', ({ place, kind }) => {
    // Narratives are Markdown: there a javascript: link loses its link and keeps its words.
    if (place === 'narrative' && kind === 'mdlink') expect(allText).toContain('klik narrative');
    else expect(allText).toContain(text(kind, place));
    if (kind === 'nunjucks') expect(allText).not.toContain(`49 ${place}`);
  });

  it.each(KIND_NAMES)('%s in the organisation name shows as its literal text', (kind) => {
    expect(allText).toContain(ORGANISATION);
    expect(allText).toContain(KINDS[kind]);
  });

  it('is never markup: no script, image, event handler or javascript: link made from the data', () => {
    for (const [file, html] of pages()) {
      const m = markup(html);
      expect(m, file).not.toContain('<script>');
      expect(m, file).not.toContain('<img');
      expect(m, file).not.toMatch(/<[^>]*\sonerror\s*=/i);
      expect(m, file).not.toMatch(/href\s*=\s*["']?\s*javascript:/i);
      expect(visibleText(m), file).not.toMatch(/\b49 (supplier|contract_name|label_|unit|note|source|benchmark|target|factor|narrative|organisation)/);
    }
  });

  it('is never raw in the embedded chart data either', () => {
    for (const [file, html] of pages()) {
      for (const block of html.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)) {
        expect(block[1], file).not.toMatch(/[<>]/);
      }
    }
  });
});

describe('Liquid and Nunjucks tags in a narrative', () => {
  it('stop the build with the file and line, rather than run', async () => {
    const folder = await makeDataFolder({
      'report.json': '{ "organisation": { "name": "X", "accessibilityStatementUrl": "https://www.was.digst.dk/x" } }\n',
      '2025/narrative/workforce.da.md': `# Medarbejdere\n\nTekst\n${text('liquid', 'narrative')} {% endraw %}\n`,
    });
    const o = await freshOutParent('e2e-hostile-');
    try {
      const result = await runBuild({ dataDir: folder, outDir: o.out, quiet: true });
      expect(result.ok).toBe(false);
      const errors = result.diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line}`);
      expect(errors[0]).toBe('2025/narrative/workforce.da.md:4');
    } finally {
      await removeFolder(folder);
      await removeFolder(o.parent);
    }
  });
});

describe('hostile text in the downloads', () => {
  const kpis = (): Record<string, string>[] => parse(site.get('downloads/2025/kpis.csv') ?? '', { bom: true, columns: true }) as Record<string, string>[];

  it.each(KIND_NAMES)('%s as an indicator unit is neutralised in kpis.csv when it is a formula', (kind) => {
    const row = kpis().find((r) => r['id'] === `ind.data.hostile_${kind}`);
    expect(row).toBeDefined();
    const written = text(kind, 'unit');
    expect(row!['unit']).toBe(FORMULA_KINDS.has(kind) ? `'${written}` : written);
  });

  it('no CSV download has a text cell a spreadsheet would run', () => {
    const csvFiles = [...site.keys()].filter((f) => f.endsWith('.csv'));
    expect(csvFiles.length).toBeGreaterThan(1);
    for (const f of csvFiles) {
      const rows = parse(site.get(f) ?? '', { bom: true, relax_column_count: true }) as string[][];
      for (const row of rows) for (const cell of row) {
        // A number may start with a minus sign; text may not start with a formula character.
        if (/^-?\d+(\.\d+)?$/.test(cell)) continue;
        expect(cell, `${f}: ${cell}`).not.toMatch(/^[=+\-@\t\r]/);
      }
    }
  });

  it('keeps the text as written in kpis.json (JSON is not a spreadsheet)', () => {
    const json = JSON.parse(site.get('downloads/2025/kpis.json') ?? '[]') as { id: string; unit: string }[];
    expect(json.find((r) => r.id === 'ind.data.hostile_hyperlink')?.unit).toBe(text('hyperlink', 'unit'));
  });
});

