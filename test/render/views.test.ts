import { describe, expect, it } from 'vitest';
import type { PageKind, PageView, SectionPageView } from '../../src/render/views/index.ts';
import { RenderError, buildSiteView } from '../../src/render/views/index.ts';
import type { ReportModel } from '../../src/model/site.ts';
import { fixtureModel } from './fixtures/model.ts';

const NBSP = '\u00a0';
const site = buildSiteView(fixtureModel());

function page(url: string): PageView {
  const p = site.pages.find((x) => x.url === url);
  if (p === undefined) throw new Error(`no page ${url}`);
  return p;
}

/** The page at url, which must be of this kind. */
function pageOf<K extends PageKind>(url: string, kind: K): Extract<PageView, { kind: K }> {
  const p = page(url);
  if (p.kind !== kind) throw new Error(`${url} is a page of kind ${p.kind}, not ${kind}`);
  return p as Extract<PageView, { kind: K }>;
}

function section(url: string): SectionPageView {
  return pageOf(url, 'section');
}

function figure(p: SectionPageView, id: string) {
  const f = [...p.figures, ...p.indicators, ...p.headline].find((x) => x.id === id);
  if (f === undefined) throw new Error(`no figure ${id} on ${p.url}`);
  return f;
}

describe('pages and addresses', () => {
  it('makes eight pages per year and language, and an archive per language', () => {
    // 3 years × 8 pages × 2 languages + 2 archives
    expect(site.pages).toHaveLength(50);
    expect(new Set(site.pages.map((p) => p.url)).size).toBe(50);
  });

  it('puts the front year of the main language at the root, others below', () => {
    expect(page('/').kind).toBe('overview');
    expect(page('/').year).toBe(2024);
    expect(page('/medarbejdere/').lang).toBe('da');
    expect(page('/en/workforce/').year).toBe(2024);
    expect(page('/2023/klima-og-miljoe/').year).toBe(2023);
    expect(page('/en/2025/method-and-data/').kind).toBe('method');
    expect(page('/arkiv/').kind).toBe('archive');
    expect(section('/en/2023/suppliers/').section).toBe('suppliers');
    expect(section('/2023/klima-og-miljoe/').section).toBe('environment');
    expect(page('/en/archive/').kind).toBe('archive');
  });

  it('switches language to the same page', () => {
    expect(page('/2023/leverandoerer/').languages).toEqual([{ text: 'English', href: '/en/2023/suppliers/', current: false, lang: 'en' }]);
    expect(page('/en/2023/suppliers/').languages.map((l) => l.href)).toEqual(['/2023/leverandoerer/']);
    for (const p of site.pages) {
      for (const l of p.languages) {
        const target = page(l.href);
        expect(target.kind).toBe(p.kind);
        if (target.kind === 'section' && p.kind === 'section') expect(target.section).toBe(p.section);
        expect(target.year).toBe(p.year);
        expect(target.lang).toBe(l.lang);
      }
    }
  });

  it('shows the draft banner on draft years only', () => {
    expect(page('/2025/').draftBanner).not.toBeNull();
    expect(page('/').draftBanner).toBeNull();
    expect(page('/2023/').draftBanner).toBeNull();
  });

  it('lists the years in the archive, newest first', () => {
    expect(pageOf('/en/archive/', 'archive').archiveEntries.map((e) => [e.year, e.href, e.note])).toEqual([
      [2025, '/en/2025/', 'draft'], [2024, '/en/', 'current report'], [2023, '/en/2023/', null],
    ]);
  });
});

describe('figures', () => {
  it('formats values with their unit words per language', () => {
    expect(figure(section('/medarbejdere/'), 'hr.headcount').value).toBe('40 personer');
    expect(figure(section('/en/workforce/'), 'hr.headcount').value).toBe('40 persons');
    expect(figure(section('/medarbejdere/'), 'hr.gender.women_share').value).toBe(`57,5${NBSP}%`);
    expect(figure(section('/en/environment/'), 'env.total_location_t').value).toBe('165.2 tonnes CO2e');
  });

  it('shows a suppressed figure as suppressed, linked to the rule', () => {
    const f = figure(section('/medarbejdere/'), 'hr.gender.other');
    expect(f.status).toBe('suppressed');
    expect(f.value).toBe('skjult af hensyn til anonymitet');
    expect(f.statusHref).toBe('/metode-og-data/#suppression');
  });

  it('shows a figure without data as not reported', () => {
    const f = figure(section('/2023/medarbejdere/'), 'hr.headcount');
    expect(f.status).toBe('not_reported');
    expect(f.statusHref).toBe('/2023/metode-og-data/#not-reported');
  });

  it('gives the change from the year before: points for shares, per cent otherwise', () => {
    // 2025: 42 employees against 40 → +5.0 %; women 25/42 = 59.52 % against 57.5 % → +2.0 points
    expect(figure(section('/2025/medarbejdere/'), 'hr.headcount').change).toBe(`+5,0${NBSP}% i forhold til 2024`);
    expect(figure(section('/en/2025/workforce/'), 'hr.gender.women_share').change).toBe('+2.0 percentage points from 2024');
    // 2024 against 2023: 165.2 t against 200.75 t → −17.7 %
    expect(figure(section('/en/environment/'), 'env.total_location_t').change).toBe('-17.7% from 2023');
    // no 2022 folder
    expect(figure(section('/2023/klima-og-miljoe/'), 'env.total_location_t').change).toBeNull();
  });

  it('puts benchmarks beside their figure', () => {
    expect(figure(section('/en/workforce/'), 'hr.gender.women_share').benchmarks).toEqual([
      { label: 'Women in the IT sector', value: '27.5%', source: '=HYPERLINK("x")' },
    ]);
  });

  it('shows progress toward targets', () => {
    // reduce_by 50 % from 2023 (200.75 t) by 2030: 2024 has 165.2 t, a reduction of
    // 1 − 165.2/200.75 = 17.7 %; the straight path asks 50 % × 1/7 = 7.1 % in 2024: on track,
    // 17.7/50 = 35 % of the way
    const [t] = figure(section('/en/environment/'), 'env.total_location_t').targets;
    expect(t?.status).toBe('on_track');
    expect(t?.statusText).toBe('on track');
    expect(t?.requirement).toBe('reduction of 50.0% from 2023 by 2030');
    expect(t?.detail).toBe('reduction reached 17.7%, the straight path to the target asks 7.1% in 2024');
    expect(t?.progress).toBe(35);
    expect(t?.progressLabel).toBe('Progress toward the target: 35.0%');
    // at_least 75 by 2026 for the well-being score: 2024 (71.456) is its first year, so it
    // starts the path: on track, margin 0, 0 % of the way
    const [w] = figure(section('/en/workforce/'), 'ind.workforce.wellbeing_score').targets;
    expect(w?.status).toBe('on_track');
    expect(w?.detail).toBe('the straight path to the target asks 71.46 score in 2024, margin 0 score');
    expect(w?.progress).toBe(0);
    // 2025: 73, path 71.456 + (75 − 71.456) × 1/2 = 73.228: behind by 0.228
    const [w25] = figure(section('/en/2025/workforce/'), 'ind.workforce.wellbeing_score').targets;
    expect(w25?.status).toBe('behind');
    expect(w25?.detail).toBe('the straight path to the target asks 73.23 score in 2025, margin -0.23 score');
    // due this year: at least 60 % green electricity in 2024, 62.45 % reached
    const [g] = figure(section('/klima-og-miljoe/'), 'env.renewable_electricity_share').targets;
    expect(g?.status).toBe('met');
    expect(g?.statusText).toBe('nået');
    // a suppressed figure: cannot be assessed, with the reason in words
    const [m] = figure(section('/en/workforce/'), 'hr.management.women_share').targets;
    expect(m?.status).toBe('cannot_assess');
    expect(m?.detail).toBe('the figure is suppressed to protect anonymity');
    expect(m?.progress).toBeNull();
    // a target due before the year is not shown
    expect(figure(section('/en/2025/environment/'), 'env.renewable_electricity_share').targets).toEqual([]);
  });

  it('shows hand-reported indicators with unit, note and source on their section page', () => {
    const f = figure(section('/en/workforce/'), 'ind.workforce.wellbeing_score');
    expect([f.label, f.value, f.unit, f.note, f.source]).toEqual(['Well-being {% raw %}', '71.46 score', 'score', '{{ 7*7 }}', '<script>alert(1)</script>']);
    expect(section('/en/data-ethics-and-security/').indicators.map((i) => i.id)).toEqual(['ind.data.breaches_reported']);
    expect(section('/en/community/').indicators.map((i) => i.id)).toEqual(['ind.community.municipalities']);
  });
});

describe('charts', () => {
  it('leaves suppressed counts out of the chart data but names them in the table', () => {
    const daPage = section('/medarbejdere/');
    const gender = daPage.narrative.flatMap((s) => (s.kind === 'chart' ? [s.chart] : [])).find((c) => c.name === 'gender');
    expect(gender).toBeDefined();
    const data = JSON.parse(gender?.json ?? 'null') as { labels: string[]; datasets: { data: number[] }[] };
    expect(data.labels).toEqual(['Kvinder', 'Mænd']);
    expect(data.datasets[0]?.data).toEqual([23, 15]);
    expect(gender?.table.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
      ['Kvinder', '23'], ['Mænd', '15'], ['Andet', 'skjult af hensyn til anonymitet'], ['Uoplyst', 'skjult af hensyn til anonymitet'],
    ]);
  });

  it('shows women and men only in the management chart', () => {
    const c = section('/en/workforce/').charts.find((x) => x.name === 'management-gender');
    expect(c?.table.rows.map((r) => r.header)).toEqual(['Women', 'Men']);
    const data = JSON.parse(c?.json ?? 'null') as { labels: string[] };
    expect(data.labels).toEqual(['Men']);
  });

  it('places each section chart once: in the narrative or after it', () => {
    const en = section('/en/workforce/');
    const inText = en.narrative.flatMap((s) => (s.kind === 'chart' ? [s.chart.name] : []));
    expect(inText).toEqual(['origin']);
    expect(en.charts.map((c) => c.name)).toEqual(['gender', 'management-gender', 'age']);
    expect(en.hasCharts).toBe(true);
    expect(section('/en/community/').hasCharts).toBe(false);
  });

  it('draws the emissions trend from the base year with a gap where a figure is missing', () => {
    const c = section('/en/2025/environment/').charts.find((x) => x.name === 'emissions-trend');
    expect(c?.table.head).toEqual(['Year', 'Scope 1', 'Scope 2 (location-based)', 'Scope 2 (market-based)', 'Scope 3 (travel)', 'Total (location-based)', 'Total (market-based)']);
    expect(c?.table.rows.map((r) => r.header)).toEqual(['2023', '2024', '2025']);
    const data = JSON.parse(c?.json ?? 'null') as { datasets: { label: string; data: (number | null)[] }[] };
    // scope 1 of 2025 is suppressed in the fixture: a gap
    expect(data.datasets[0]).toMatchObject({ label: 'Scope 1', data: [10.3, 9.5, null] });
  });

  it('puts the labour-market benchmark beside the origin figure', () => {
    const c = section('/en/workforce/').narrative.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []))[0];
    expect(c?.table.rows.map((r) => r.cells.map((x) => x.text))).toEqual([['25.0%', ''], ['16.4%', 'Danmarks Statistik {{ 7*7 }}']]);
  });

  it('has nothing to draw without data', () => {
    const c = section('/en/2025/environment/').charts.find((x) => x.name === 'energy-carriers');
    expect(c?.json).toBeNull();
  });

  it('keeps chart JSON safe inside a script element', () => {
    for (const p of site.pages) {
      if (p.kind === 'archive') continue;
      for (const c of [...(p.kind === 'section' ? p.charts : []), ...p.narrative.flatMap((s) => (s.kind === 'chart' ? [s.chart] : []))]) {
        expect(c.json ?? '').not.toMatch(/[<>&]/);
      }
    }
  });
});

describe('framework index and method', () => {
  it('maps figures to Global Compact principles and SDG 9 targets', () => {
    const p = pageOf('/en/global-compact-and-sdg9/', 'frameworks');
    const [gc, sdg] = p.frameworks;
    expect(gc?.entries).toHaveLength(10);
    expect(sdg?.entries.map((e) => e.heading)).toEqual(['Target 9.1', 'Target 9.2', 'Target 9.3', 'Target 9.4', 'Target 9.5', 'Target 9.a', 'Target 9.b', 'Target 9.c']);
    expect(gc?.entries[5]?.figures.map((f) => f.id)).toContain('hr.headcount');
    expect(gc?.entries[5]?.figures.map((f) => f.id)).toContain('ind.workforce.wellbeing_score');
    expect(gc?.entries[9]?.figures.map((f) => f.id)).toContain('sup.anticorruption_clause_share');
    expect(sdg?.entries[7]?.figures.map((f) => f.id)).toContain('ind.data.breaches_reported');
    expect(sdg?.entries[0]?.figures.find((f) => f.id === 'ind.community.municipalities')?.href).toBe('/en/community/#fig-ind-community-municipalities');
  });

  it('lists the factors used, noting where an earlier year stood in', () => {
    const m = pageOf('/en/2025/method-and-data/', 'method').method;
    expect(m?.factors.map((f) => [f.key, f.factorYear, f.value, f.note])).toEqual([
      ['energy.electricity', '2024', '0.118', 'No factor is published for 2025; the factor of 2024 stands in.'],
      ['flight.short_haul.economy', '2023', '0.15353', 'No factor is published for 2025; the factor of 2023 stands in. Including radiative forcing.'],
    ]);
    expect(pageOf('/metode-og-data/', 'method').method?.buildDate).toBe('1. marts 2025');
  });

  it('links every download', () => {
    expect(pageOf('/en/method-and-data/', 'method').method?.downloads.map((d) => d.href)).toEqual([
      '/downloads/2024/kpis.json', '/downloads/2024/kpis.csv', '/downloads/2024/emissions.csv', '/downloads/2024/restatements.csv',
      '/downloads/manifest.json', '/downloads/SHA256SUMS',
    ]);
  });

  it('defines every figure of the catalog, with a formula', () => {
    const m = pageOf('/en/method-and-data/', 'method').method;
    const defs = m?.groups.flatMap((g) => g.definitions) ?? [];
    expect(defs).toHaveLength(fixtureModel().catalog.length);
    for (const d of defs) expect(d.formula).not.toBe('');
  });
});

describe('narrative errors', () => {
  it('stops with the file and line of an unknown figure', () => {
    const base = fixtureModel();
    const model: ReportModel = {
      ...base,
      narratives: [...base.narratives, { file: '2023/narrative/data.en.md', section: 'data', lang: 'en', markdown: 'Line one\n{% kpi "ind.nope" %}' }],
    };
    expect(() => buildSiteView(model)).toThrow(RenderError);
    expect(() => buildSiteView(model)).toThrow(/^2023\/narrative\/data\.en\.md:2: error: .*"ind\.nope"/);
  });
});
