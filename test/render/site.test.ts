// The built fixture site: every hostile text escaped in every place, no inline script, nothing
// from another host, the chrome of every page, downloads left alone, the same bytes in any zone.

import { mkdtemp, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { HtmlValidate } from 'html-validate';
import { renderSite } from '../../src/render/eleventy.ts';
import { HOSTILE, fixtureModel } from './fixtures/model.ts';

let dir = '';
let files: Map<string, string>;

async function walk(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...await walk(root, r));
    else out.push(r);
  }
  return out.sort();
}

async function readAll(root: string): Promise<Map<string, string>> {
  const map = new Map<string, string>();
  for (const f of await walk(root)) map.set(f, await readFile(path.join(root, f), 'utf8'));
  return map;
}

const html = (): [string, string][] => [...files].filter(([f]) => f.endsWith('.html'));
const withoutJsonBlocks = (s: string): string => s.replace(/(<script type="application\/json"[^>]*>)[\s\S]*?(<\/script>)/g, '$1$2');
const decode = (s: string): string => s
  .replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ')
  .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&amp;/g, '&');

beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'render-site-'));
  await mkdir(path.join(dir, 'downloads', '2024'), { recursive: true });
  await writeFile(path.join(dir, 'downloads', '2024', 'kpis.json'), '[]');
  await renderSite(fixtureModel(), dir);
  files = await readAll(dir);
});

afterAll(async () => {
  if (dir !== '') await rm(dir, { recursive: true, force: true });
});

describe('the built site', () => {
  it('writes every page and the assets, and leaves downloads alone', () => {
    // 3 years × (9 pages, the whole report included + 4 content indexes) × 2 languages + 2 archives
    // + 2 search pages
    expect(html()).toHaveLength(82);
    expect(files.has('index.html')).toBe(true);
    expect(files.has('en/workforce/index.html')).toBe(true);
    expect(files.has('assets/vendor/chart.umd.min.js')).toBe(true);
    expect(files.has('assets/vendor/chartjs-adapter-luxon.umd.min.js')).toBe(true);
    expect(files.has('assets/vendor/luxon.min.js')).toBe(true);
    expect(files.has('assets/charts.js')).toBe(true);
    expect(files.get('downloads/2024/kpis.json')).toBe('[]');
  });

  it('never lets a hostile text through as markup', () => {
    for (const [f, text] of html()) {
      const markup = withoutJsonBlocks(text);
      expect(markup, f).not.toContain(HOSTILE.script);
      expect(markup, f).not.toContain('<img');
      expect(markup, f).not.toContain('<script>');
      expect(markup.toLowerCase(), f).not.toContain('javascript:');
      expect(markup, f).not.toMatch(/<[^>]*onerror/);
      // Nunjucks never saw the data: {{ 7*7 }} did not become 49
      expect(decode(markup), f).not.toMatch(/(Drift|Danmarks Statistik|DESNZ) 49/);
    }
  });

  it('shows every hostile text literally where it belongs', () => {
    const suppliers = decode(files.get('leverandoerer/index.html') ?? '');
    for (const s of [HOSTILE.script, HOSTILE.mustache, HOSTILE.raw, HOSTILE.formula]) expect(suppliers).toContain(s);
    const workforce = decode(files.get('en/workforce/index.html') ?? '');
    // indicator label, note and source; benchmark label and source; target label
    for (const s of ['Well-being {% raw %}', HOSTILE.mustache, HOSTILE.script, `Labour market ${HOSTILE.script}`, `Well-being ${HOSTILE.img}`]) {
      expect(workforce).toContain(s);
    }
    const data = decode(files.get('datasikkerhed/index.html') ?? '');
    expect(data).toContain(HOSTILE.img);
    expect(data).toContain(HOSTILE.formula);
    const method = decode(files.get('en/method-and-data/index.html') ?? '');
    expect(method).toContain(`Energinet ${HOSTILE.img}`);
    expect(method).toContain(`DESNZ ${HOSTILE.mustache}`);
    const narrative = decode(files.get('medarbejdere/index.html') ?? '');
    expect(narrative).toContain(`Rå HTML: ${HOSTILE.script} og ${HOSTILE.img}, skabeloner ${HOSTILE.mustache} og ${HOSTILE.raw}.`);
    expect(narrative).toContain('Klik her og hjem');
  });

  it('escapes hostile text inside the chart data too', () => {
    const page = files.get('en/workforce/index.html') ?? '';
    const blocks = [...page.matchAll(/<script type="application\/json"[^>]*>([\s\S]*?)<\/script>/g)].map((m) => m[1] ?? '');
    expect(blocks.length).toBeGreaterThan(0);
    for (const b of blocks) expect(b).not.toMatch(/[<>]/);
    const origin = blocks.map((b) => JSON.parse(b) as { labels: string[] }).find((d) => d.labels.includes(`Labour market ${HOSTILE.script}`));
    expect(origin).toBeDefined();
  });

  it('runs no inline script and loads nothing from another host', () => {
    for (const [f, text] of html()) {
      for (const m of text.matchAll(/<script\b([^>]*)>/g)) {
        const attrs = m[1] ?? '';
        expect(/\bsrc="(?:\.\.\/)*assets\//.test(attrs) || attrs.includes('type="application/json"'), `${f}: <script${attrs}>`).toBe(true);
      }
      for (const m of text.matchAll(/<(?:link|script|img|iframe|source)\b[^>]*\b(?:src|href)="([^"]*)"/g)) {
        // relative to the page: no scheme, no host, not from the server's root (site-addresses.ts)
        expect(m[1], f).toMatch(/^(?![a-z][a-z0-9+.-]*:)(?!\/)/i);
      }
      // Only the search page runs WebAssembly (Pagefind's): 'wasm-unsafe-eval' there and nowhere else.
      const search = f === 'soeg/index.html' || f === 'en/search/index.html';
      expect(text, f).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self'${search ? " 'wasm-unsafe-eval'" : ''};`);
      expect(text, f).toContain("form-action 'self'\">");
      expect(text, f).not.toMatch(/\sstyle="/);
      expect(text, f).not.toMatch(/\son[a-z]+="/);
    }
  });

  it('has a search page per language with its script, and a search box on every other page', () => {
    let wholeReports = 0;
    for (const [f, text] of html()) {
      const search = f === 'soeg/index.html' || f === 'en/search/index.html';
      // The whole report is left out of the index: its sections are found on their own pages.
      const wholeReport = /^(en\/)?(\d{4}\/)?(rapport|report)\/index\.html$/.test(f);
      expect(text.includes('assets/search.js'), f).toBe(search);
      expect(text.includes('<main id="main" tabindex="-1" data-pagefind-body>'), f).toBe(!search && !wholeReport);
      if (wholeReport) wholeReports++;
      expect(text.includes('id="site-search"'), f).toBe(!search);
    }
    expect(wholeReports).toBeGreaterThanOrEqual(2);
    expect(files.get('rapport/index.html')).toContain('<main id="main" tabindex="-1">');
    expect(files.get('en/workforce/index.html')).toContain('<main id="main" tabindex="-1" data-pagefind-body>');
    expect(files.get('en/workforce/index.html')).toContain('<form class="search-box" role="search" action="../search/index.html" method="get">');
    expect(files.get('medarbejdere/index.html')).toContain('<form class="search-box" role="search" action="../soeg/index.html" method="get">');
    expect(files.get('soeg/index.html')).toContain('<noscript><p class="search-noscript">Søgningen kræver JavaScript');
  });

  it('loads the chart scripts only on pages with charts', () => {
    expect(files.get('en/workforce/index.html')).toContain('<script src="../../assets/vendor/chart.umd.min.js" defer></script>');
    expect(files.get('en/community/index.html')).not.toContain('<script');
    expect(files.get('en/archive/index.html')).not.toContain('<script');
  });

  it('gives every page its language, a skip link and the accessibility statement', () => {
    for (const [f, text] of html()) {
      const lang = f.startsWith('en/') ? 'en' : 'da';
      expect(text, f).toContain(`<html lang="${lang}">`);
      expect(text, f).toContain('<a class="skip-link" href="#main">');
      expect(text, f).toContain('<main id="main"');
      // English pages name it in English, with its Danish name (the one Danish law gives it)
      expect(text, f).toContain(lang === 'da'
        ? '<a href="https://www.was.digst.dk/fkit-example" lang="da">Tilgængelighedserklæring</a>'
        : '<a href="https://www.was.digst.dk/fkit-example">Accessibility statement (<span lang="da">Tilgængelighedserklæring</span>)</a>');
      expect(text, f).toMatch(/<link rel="stylesheet" href="(?:\.\.\/)*assets\/print\.css" media="print">/);
    }
  });

  it('links every page to the same page in the other language', () => {
    expect(files.get('2023/leverandoerer/index.html')).toContain('<a href="../../en/2023/suppliers/index.html" lang="en" hreflang="en">English</a>');
    expect(files.get('en/2023/suppliers/index.html')).toContain('<a href="../../../2023/leverandoerer/index.html" lang="da" hreflang="da">Dansk</a>');
  });

  it('lists the contracts on the suppliers page', () => {
    const text = decode(files.get('en/suppliers/index.html') ?? '').replace(/\s+/g, ' ');
    expect(text).toContain('Øresund IT A/S Drift Global Compact, labour, anti-corruption yes 1 December 2022 compliant');
    expect(text).toContain('Æblegården ApS Global Compact, environment, anti-corruption not applicable 31 January 2023 in remediation');
  });

  it('is valid HTML (html-validate, recommended rules)', async () => {
    const validator = new HtmlValidate({ extends: ['html-validate:recommended'] });
    const problems: string[] = [];
    for (const [f, text] of html()) {
      const report = await validator.validateString(text, f);
      for (const r of report.results) for (const m of r.messages) problems.push(`${f}:${m.line}: ${m.ruleId}: ${m.message}`);
    }
    expect(problems).toEqual([]);
  });

  it('names every page before it renders, then hands over each page as written', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'render-site-plan-'));
    try {
      const told: string[] = [];
      let planned: readonly string[] = [];
      let placed: ReadonlySet<string> | null = null;
      const written = new Map<string, string>();
      await renderSite(fixtureModel(), other, {
        onPagesPlanned: (pages, already) => {
          told.push('planned');
          planned = pages;
          placed = already;
        },
        onPageWritten: (file, text) => {
          told.push('written');
          written.set(file, text);
        },
      });
      const pages = html().map(([f]) => f);
      expect(told[0]).toBe('planned');
      expect(told.filter((t) => t === 'planned')).toHaveLength(1);
      expect([...planned].sort()).toEqual(pages);
      // No page cache: nothing was placed, every page was rendered and handed over as written.
      expect([...(placed ?? ['not told'])]).toEqual([]);
      expect([...written.keys()].sort()).toEqual(pages);
      for (const [f, text] of written) expect(text, f).toBe(await readFile(path.join(other, f), 'utf8'));
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });

  it('writes the same bytes in any time zone', async () => {
    const other = await mkdtemp(path.join(tmpdir(), 'render-site-tz-'));
    const saved = process.env.TZ;
    try {
      process.env.TZ = 'Pacific/Kiritimati';
      await renderSite(fixtureModel(), other);
      const again = await readAll(other);
      expect([...again.keys()]).toEqual([...files.keys()].filter((f) => !f.startsWith('downloads/')));
      for (const [f, text] of again) expect(text, f).toBe(files.get(f));
    } finally {
      if (saved === undefined) delete process.env.TZ; else process.env.TZ = saved;
      await rm(other, { recursive: true, force: true });
    }
  });
});
