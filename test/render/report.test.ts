// The whole report on one page (issue 15, item 1): for every year and language, at <lang>/rapport/
// (Danish, the site's main language, at the root) or en/report/, under <year>/ for the years
// other than the front year; a cover, contents, every section with its narrative, headline
// figures, charts and their tables, the Global Compact and SDG 9 index and the Method page's
// summary; linked from every page of its year; no id used twice on it.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderSite } from '../../src/render/eleventy.ts';
import { fixtureModel } from './fixtures/model.ts';
import { buildSiteView } from '../../src/render/views/index.ts';
import { site } from './views/site.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'render-report-'));
  await renderSite(fixtureModel(), dir);
});
afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

const read = (file: string): Promise<string> => readFile(path.join(dir, file), 'utf8');
const h2s = (html: string): string[] => [...html.matchAll(/<h2[^>]*>([\s\S]*?)<\/h2>/g)].map((m) => (m[1] ?? '').replace(/<[^>]*>/g, '').trim());
const ids = (html: string): string[] => [...html.replace(/<script type="application\/json"[\s\S]*?<\/script>/g, '').matchAll(/\sid="([^"]*)"/g)].map((m) => m[1] ?? '');

// Worked out by hand from the catalogues' page titles (da.ts, en.ts) and report-{da,en}.ts.
const PARTS = {
  da: ['Indhold', 'Overblik', 'Medarbejdere', 'Klima og miljø', 'Leverandører', 'Datasikkerhed og -praksis', 'Samarbejde', 'Global Compact og verdensmål 9', 'Metode i kort form'],
  en: ['Contents', 'Overview', 'Workforce', 'Environment', 'Suppliers', 'Data ethics and security', 'Community', 'Global Compact and SDG 9', 'Method in short'],
};
const FILES = {
  da: ['rapport/index.html', '2023/rapport/index.html', '2025/rapport/index.html'],
  en: ['en/report/index.html', 'en/2023/report/index.html', 'en/2025/report/index.html'],
};

describe('the whole report on one page', () => {
  for (const lang of ['da', 'en'] as const) {
    it(`holds every part in ${lang} for every year, with the year's title`, async () => {
      for (const file of FILES[lang]) {
        const html = await read(file);
        expect(h2s(html)).toEqual(PARTS[lang]);
        expect(html).toContain(`<html lang="${lang}">`);
      }
      const front = await read(FILES[lang][0] ?? '');
      expect(front).toContain(lang === 'da' ? '<h1>Hele rapporten 2024</h1>' : '<h1>The whole report 2024</h1>');
      expect(front).toContain(lang === 'da' ? '1. januar–31. december 2024' : '1 January – 31 December 2024');
    });
  }

  it('holds the sections\' narratives, headline figures, charts with their tables, the indexes and the Method summary', async () => {
    const html = await read('en/report/index.html');
    // The workforce narrative of 2024 (fixture) with its chart, and the overview's (none in English).
    expect(html).toContain('Women were');
    // Every chart of the five sections (workforce 4, environment 3, suppliers 1 at least), each with its table.
    for (const name of ['gender', 'management-gender', 'age', 'origin', 'emissions-trend', 'travel-modes', 'energy-carriers', 'supplier-clauses']) {
      expect(html).toContain(`id="chart-${name}-table"`);
    }
    const charts = html.match(/<figure class="chart"/g)?.length ?? 0;
    expect(charts).toBeGreaterThanOrEqual(8);
    expect(html.match(/<table class="chart-table"/g)).toHaveLength(charts);
    expect(html).toContain('class="headline"');
    // Global Compact's ten principles and SDG 9's eight targets.
    expect(html.match(/<dt id="gc-\d+"/g)).toHaveLength(10);
    expect(html.match(/<dt id="sdg-9-[0-9a-c]"/g)).toHaveLength(8);
    // The Method summary: the inputs' checksums (fixture: a×64, b×64), the suppression rule with k = 5.
    expect(html).toContain('a'.repeat(64));
    expect(html).toContain('b'.repeat(64));
    expect(html).toContain('id="part-method-suppression"');
  });

  it('uses no id twice, though a chart is placed by the overview and by its section', async () => {
    // The Danish overview of 2024 places emissions-trend, as the environment section does.
    const html = await read('rapport/index.html');
    expect(html).toContain('id="chart-emissions-trend"');
    expect(html).toContain('id="chart-emissions-trend-2"');
    const all = ids(html);
    expect(all.filter((id, i) => all.indexOf(id) !== i)).toEqual([]);
  });

  it('links to the year\'s PDF only when the build prints them, never for a draft year', () => {
    const cover = (view: ReturnType<typeof buildSiteView>, url: string) => {
      const p = view.pages.find((x) => x.url === url);
      if (p?.kind !== 'report') throw new Error(`no whole report at ${url}`);
      return p.cover.pdf;
    };
    const withPdfs = buildSiteView({ ...fixtureModel(), pdfs: true });
    expect(cover(withPdfs, '/en/report/')).toEqual({ text: 'The whole report 2024 as PDF', href: '/downloads/2024/report-2024-en.pdf', current: false, lang: null });
    expect(cover(withPdfs, '/2023/rapport/')?.href).toBe('/downloads/2023/report-2023-da.pdf');
    expect(cover(withPdfs, '/en/2025/report/')).toBeNull();
    expect(cover(site, '/en/report/')).toBeNull();
  });

  it('lists a year\'s contracts up to 100, and names the Suppliers page in place of a longer list', async () => {
    const suppliers = (view: ReturnType<typeof buildSiteView>, url: string) => {
      const p = view.pages.find((x) => x.url === url);
      if (p?.kind !== 'report') throw new Error(`no whole report at ${url}`);
      const s = p.sections.find((x) => x.anchor === 'part-suppliers');
      if (s === undefined) throw new Error('no suppliers part');
      return s;
    };
    // The fixture's 4 contracts of 2024 are listed.
    expect(suppliers(site, '/en/report/').contracts?.map((c) => c.contractName)).toHaveLength(4);
    expect(suppliers(site, '/en/report/').contractsElsewhere).toBeNull();
    const model = fixtureModel();
    const many = (n: number) => ({
      ...model,
      years: model.years.map((y) => (y.year !== 2024 ? y : {
        ...y,
        contracts: Array.from({ length: n }, (_, i) => ({ ...y.contracts![3]!, line: i + 2, contractId: `K-${i + 1}` })),
      })),
    });
    // 100 are listed; 1,234 are not, and the page says where they are, in each language.
    expect(suppliers(buildSiteView(many(100)), '/en/report/').contracts).toHaveLength(100);
    expect(suppliers(buildSiteView(many(101)), '/en/report/').contracts).toBeNull();
    const en = suppliers(buildSiteView(many(1234)), '/en/report/');
    expect(en.contracts).toBeNull();
    expect(en.contractsElsewhere).toEqual({
      before: 'The 1,234 contracts of 2024 are too many to print in the whole report. They are listed on the page ',
      link: { text: 'Suppliers', href: '/en/suppliers/', current: false, lang: null },
      after: ' and in the supplier data among the downloads.',
    });
    const da = suppliers(buildSiteView(many(1234)), '/rapport/');
    expect(da.contractsElsewhere?.before).toBe('De 1.234 kontrakter fra 2024 er for mange til at blive trykt i hele rapporten. De står på siden ');
    expect(da.contractsElsewhere?.link.href).toBe('/leverandoerer/');
    // Rendered: the heading, the sentence with its link, no table.
    const other = await mkdtemp(path.join(tmpdir(), 'render-report-many-'));
    try {
      await renderSite(many(1234), other);
      const html = await readFile(path.join(other, 'en', 'report', 'index.html'), 'utf8');
      const part = html.slice(html.indexOf('id="part-suppliers"'), html.indexOf('id="part-data"'));
      expect(part).toContain('<h3 id="part-suppliers-contracts">Contracts</h3>\n<p>The 1,234 contracts of 2024 are too many to print in the whole report. They are listed on the page <a href="../suppliers/index.html">Suppliers</a> and in the supplier data among the downloads.</p>');
      expect(part).not.toContain('<table>\n<thead><tr><th scope="col">Supplier</th>');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('says on its cover the day the year\'s report is published, when report.json gives it', async () => {
    const model = fixtureModel();
    const dated = { ...model, settings: { ...model.settings, publicationDates: { '2024': '2025-03-31' } } };
    const other = await mkdtemp(path.join(tmpdir(), 'render-report-dated-'));
    try {
      await renderSite(dated, other);
      const cover = (await readFile(path.join(other, 'en/report/index.html'), 'utf8')).split('<nav class="report-toc"')[0] ?? '';
      expect(cover).toContain('<p class="cover-published">Published 31 March 2025</p>');
      expect(await read('en/report/index.html')).not.toContain('cover-published');
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('is linked from every page of its year', () => {
    const expected = new Map([['da', '/rapport/'], ['en', '/en/report/']]);
    const ofYear = site.pages.filter((p) => p.year === 2024);
    expect(ofYear.length).toBeGreaterThan(20);
    for (const p of ofYear) expect(p.nav.map((n) => n.href)).toContain(expected.get(p.lang));
  });
});
