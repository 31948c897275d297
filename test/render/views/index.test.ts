// views/index.ts and page.ts: every page of the site, its address, language links, navigation and
// draft banner; a narrative naming an unknown figure stops the build.

import { describe, expect, it } from 'vitest';
import type { ReportModel } from '../../../src/model/site.ts';
import { RenderError, buildSiteView } from '../../../src/render/views/index.ts';
import { fixtureModel } from '../fixtures/model.ts';
import { page, section, site } from './site.ts';

describe('pages and addresses', () => {
  it('makes nine pages (the whole report the ninth) and four content indexes per year and language, and an archive and a search page per language', () => {
    // 3 years × (9 pages, the whole report included + 4 content indexes) × 2 languages + 2 archives + 2 search pages
    expect(site.pages).toHaveLength(82);
    expect(new Set(site.pages.map((p) => p.url)).size).toBe(82);
    expect(page('/soeg/').kind).toBe('search');
    expect(page('/soeg/').lang).toBe('da');
    expect(page('/en/search/').kind).toBe('search');
    expect(page('/en/search/').lang).toBe('en');
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
