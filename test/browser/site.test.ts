// The fixture site in Debian's chromium: axe-core (WCAG 2.1 A and AA) on every page in both
// languages, charts that draw, figures that stay with JavaScript off, no request to another host,
// no CSP violation, and a language switch that lands on the same page.

import { existsSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { renderSite } from '../../src/render/eleventy.ts';
import { fixtureModel } from '../render/fixtures/model.ts';
import { writeSearchIndex } from '../../src/pipeline/search-index.ts';
import type { StaticServer } from './serve-static.ts';
import { serveStatic } from './serve-static.ts';

const CHROMIUM = '/usr/bin/chromium';
const ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

interface AxeResult {
  passes: unknown[];
  violations: { id: string; impact: string | null; help: string; nodes: { target: unknown[] }[] }[];
}

let siteDir = '';
let profileDir = '';
let profileDirNoJs = '';
let server: StaticServer;
let context: BrowserContext;
let noJs: BrowserContext;
let pages: string[] = [];
const foreign: string[] = [];
const cspErrors: string[] = [];
let axeSource = '';

const AXE_RUN = `axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })`;
/** Per chart canvas: how many pixels are not transparent. */
const CANVAS_INK = `[...document.querySelectorAll('canvas[data-chart]')].map((canvas) => {
  const ctx = canvas.getContext('2d');
  if (ctx === null || canvas.width === 0 || canvas.height === 0) return { id: canvas.id, ink: 0 };
  const data = ctx.getImageData(0, 0, canvas.width, canvas.height).data;
  let ink = 0;
  for (let i = 3; i < data.length; i += 4) if (data[i] > 0) ink++;
  return { id: canvas.id, ink };
})`;

async function htmlPages(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...await htmlPages(root, r));
    else if (e.name === 'index.html') out.push(`/${rel === '' ? '' : `${rel}/`}`);
  }
  return out.sort();
}

async function launch(dir: string, javaScriptEnabled: boolean): Promise<BrowserContext> {
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, javaScriptEnabled, viewport: { width: 1100, height: 900 },
  });
  await ctx.route('**/*', async (route) => {
    const url = route.request().url();
    if (url.startsWith(`${server.origin}/`)) await route.continue();
    else {
      foreign.push(url);
      await route.abort();
    }
  });
  return ctx;
}

async function open(ctx: BrowserContext, url: string): Promise<Page> {
  const page = await ctx.newPage();
  page.on('console', (m) => {
    if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(`${url}: ${m.text()}`);
  });
  page.on('pageerror', (e) => cspErrors.push(`${url}: ${e.message}`));
  const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
  expect(response?.status(), url).toBe(200);
  return page;
}

describe.skipIf(!existsSync(CHROMIUM))('the site in a browser', () => {
  beforeAll(async () => {
    siteDir = await mkdtemp(path.join(tmpdir(), 'browser-site-'));
    profileDir = await mkdtemp(path.join(tmpdir(), 'browser-profile-'));
    profileDirNoJs = await mkdtemp(path.join(tmpdir(), 'browser-profile-nojs-'));
    await renderSite(fixtureModel(), siteDir);
    await writeSearchIndex(siteDir);
    pages = await htmlPages(siteDir);
    axeSource = await readFile(path.join(process.cwd(), 'node_modules/axe-core/axe.min.js'), 'utf8');
    server = await serveStatic(siteDir);
    context = await launch(profileDir, true);
    noJs = await launch(profileDirNoJs, false);
  });

  afterAll(async () => {
    await context?.close();
    await noJs?.close();
    await server?.close();
    for (const d of [siteDir, profileDir, profileDirNoJs]) if (d !== '') await rm(d, { recursive: true, force: true });
  });

  it('finds every page of the fixture, the content indexes included', () => {
    // 3 years × (9 pages, the whole report included + 4 content indexes: VSME, GRI, ESRS, ESG) × 2 languages + 2 archives
    // + 2 search pages
    expect(pages.length).toBe(82);
    expect(pages).toContain('/soeg/');
    expect(pages).toContain('/en/search/');
    expect(pages).toContain('/en/vsme-index/');
    expect(pages).toContain('/2023/gri-indeks/');
  });

  // One test per language and colour scheme, so that each stays well inside the time limit on a
  // busy machine. The dark scheme (site.css's prefers-color-scheme block) is emulated by the page.
  const danish = (u: string): boolean => !u.startsWith('/en/');
  const english = (u: string): boolean => u.startsWith('/en/');
  it.each([['Danish', 'light', danish], ['English', 'light', english], ['Danish', 'dark', danish], ['English', 'dark', english]] as const)(
    'passes axe-core (WCAG 2.1 A and AA) on every %s page in the %s scheme, and every chart draws',
    async (_name, scheme, isOfLanguage) => {
      const problems: string[] = [];
      let charts = 0;
      const page = await context.newPage();
      await page.emulateMedia({ colorScheme: scheme });
      page.on('console', (m) => {
        if (/Content Security Policy|Refused to/i.test(m.text())) cspErrors.push(`${page.url()}: ${m.text()}`);
      });
      page.on('pageerror', (e) => cspErrors.push(`${page.url()}: ${e.message}`));
      for (const url of pages.filter(isOfLanguage)) {
        const response = await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
        expect(response?.status(), url).toBe(200);
        await page.evaluate(axeSource);
        // Browser-side code as strings: the project's TypeScript has no DOM types.
        const result = await page.evaluate<AxeResult>(AXE_RUN);
        if (result.passes.length < 10) problems.push(`${url}: axe checked almost nothing`);
        for (const v of result.violations) problems.push(`${url}: ${v.id} (${v.impact}) ${v.help} at ${JSON.stringify(v.nodes.map((n) => n.target))}`);
        const drawn = await page.evaluate<{ id: string; ink: number }[]>(CANVAS_INK);
        for (const d of drawn) {
          charts++;
          if (d.ink < 500) problems.push(`${url}: chart ${d.id} is blank`);
        }
      }
      await page.close();
      expect(problems).toEqual([]);
      expect(charts).toBeGreaterThan(10);
      expect(cspErrors).toEqual([]);
    },
    // About 75 s each on a quiet machine; twice that when other work shares the two cores.
    240_000,
  );

  it('shows the dark scheme when the reader asks for it: dark page, light text, charts redrawn in it', async () => {
    const page = await open(context, '/en/workforce/');
    const colours = `(() => { const b = getComputedStyle(document.body);
      const chart = Chart.getChart(document.querySelector('canvas[data-chart]'));
      return { bg: b.backgroundColor, text: b.color, ticks: chart.options.scales.y.ticks.color }; })()`;
    const light = await page.evaluate<{ bg: string; text: string; ticks: string }>(colours);
    // site.css: --bg #ffffff, --text #1a1a1a; dark: --bg #121417, --text #e8eaed.
    expect(light.bg).toBe('rgb(255, 255, 255)');
    expect(light.text).toBe('rgb(26, 26, 26)');
    expect(light.ticks).toBe('#1a1a1a');
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.waitForTimeout(200);
    const dark = await page.evaluate<{ bg: string; text: string; ticks: string }>(colours);
    expect(dark.bg).toBe('rgb(18, 20, 23)');
    expect(dark.text).toBe('rgb(232, 234, 237)');
    // Redrawn in the dark scheme's --chart-text.
    expect(dark.ticks).toBe('#e8eaed');
    await page.close();
  });

  it('moves through a chart\'s points with the arrow keys and says each in its live region, in the page\'s language', async () => {
    for (const [url, words] of [['/en/workforce/', 'point 2 of'], ['/medarbejdere/', 'punkt 2 af']] as const) {
      const page = await open(context, url);
      const canvas = page.locator('canvas[data-chart]').first();
      const id = await canvas.getAttribute('id');
      await canvas.focus();
      expect(await page.evaluate<string>(`getComputedStyle(document.activeElement).outlineStyle`), url).toBe('solid');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
      const live = page.locator(`#${id}-live`);
      expect(await live.getAttribute('aria-live')).toBe('polite');
      // The table beside the chart: the second row with a value is the second point.
      const rows = await page.evaluate<string[][]>(`[...document.querySelectorAll('#${id}-table tbody tr')].map((r) => [...r.children].map((c) => c.textContent.trim()))`);
      const drawn = rows.filter((r) => /\d/.test(r[1] ?? ''));
      expect(drawn.length, url).toBeGreaterThanOrEqual(2);
      const text = (await live.textContent()) ?? '';
      expect(text, url).toBe(`${drawn[1]![0]}: ${drawn[1]![1]} (${words} ${drawn.length})`);
      await page.keyboard.press('End');
      expect(await live.textContent(), url).toBe(`${drawn.at(-1)![0]}: ${drawn.at(-1)![1]} (${words.replace('2', String(drawn.length))} ${drawn.length})`);
      await page.close();
    }
  });

  it('finds a figure by its name in the page\'s language, from the box in the header, and says what to do without JavaScript', async () => {
    for (const [from, query, lang, expected] of [
      ['/en/workforce/', 'turnover', 'en', 'Staff turnover'],
      ['/medarbejdere/', 'personaleomsætning', 'da', 'Personaleomsætning'],
    ] as const) {
      const page = await open(context, from);
      await page.fill('#site-search', query);
      await page.press('#site-search', 'Enter');
      await page.waitForSelector('#search-results li a', { timeout: 20_000 });
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      const status = (await page.textContent('#search-status')) ?? '';
      expect(status, from).toContain(query);
      const hrefs = await page.evaluate<string[]>(`[...document.querySelectorAll('#search-results li a')].map((a) => new URL(a.href).pathname)`);
      const texts = await page.evaluate<string>(`document.getElementById('search-results').innerText`);
      // Results in the page's language only: English pages under /en/, Danish ones not.
      for (const h of hrefs) expect(lang === 'en' ? h.startsWith('/en/') : !h.startsWith('/en/'), `${from}: ${h}`).toBe(true);
      expect(texts.toLowerCase(), from).toContain(expected.toLowerCase());
      // The workforce page of the newest year is among them; no whole-report page is (it repeats the sections).
      expect(hrefs, from).toContain(from);
      for (const h of hrefs) expect(h, from).not.toMatch(/\/(rapport|report)\/$/);
      await page.close();
    }
    // A figure's id (the Method page lists it).
    const byId = await open(context, '/en/search/?q=hr.turnover_rate');
    await byId.waitForSelector('#search-results li a', { timeout: 20_000 });
    const hrefs = await byId.evaluate<string[]>(`[...document.querySelectorAll('#search-results li a')].map((a) => new URL(a.href).pathname)`);
    expect(hrefs).toContain('/en/method-and-data/');
    await byId.close();
    const off = await open(noJs, '/soeg/');
    expect(await off.evaluate<string>('document.body.innerText')).toContain('Søgningen kræver JavaScript');
    await off.close();
  });

  it('never scrolls sideways and cuts no table, at 390 and 1280 pixels wide', async () => {
    const problems: string[] = [];
    const page = await context.newPage();
    const check = `(() => {
      const out = [];
      if (document.documentElement.scrollWidth > window.innerWidth) out.push('page ' + document.documentElement.scrollWidth + ' px wide');
      for (const t of document.querySelectorAll('table')) {
        const wrap = t.closest('.table-wrap');
        const right = t.getBoundingClientRect().right;
        const scrolls = wrap !== null && getComputedStyle(wrap).overflowX === 'auto';
        if (right > window.innerWidth + 1 && !scrolls) out.push('table ' + (t.id || t.className) + ' cut');
      }
      return out;
    })()`;
    for (const url of pages) {
      for (const width of [390, 1280]) {
        await page.setViewportSize({ width, height: 900 });
        await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
        for (const p of await page.evaluate<string[]>(check)) problems.push(`${url} at ${width}: ${p}`);
      }
    }
    await page.close();
    expect(problems).toEqual([]);
  }, 150_000);

  it('keeps every figure of the charts on the page with JavaScript off', async () => {
    for (const url of ['/medarbejdere/', '/en/workforce/', '/en/environment/', '/leverandoerer/', '/', '/en/2025/environment/']) {
      const page = await open(noJs, url);
      const blocks = await page.evaluate<string[]>(`[...document.querySelectorAll('script[type="application/json"]')].map((s) => s.textContent ?? '')`);
      const text = await page.evaluate<string>('document.body.innerText');
      expect(blocks.length, url).toBeGreaterThan(0);
      for (const b of blocks) {
        const d = JSON.parse(b) as { labels: string[]; datasets: { label: string; text: (string | null)[] }[] };
        for (const l of d.labels) expect(text, url).toContain(l);
        for (const s of d.datasets) for (const t of s.text) if (t !== null) expect(text, url).toContain(t);
      }
      const canvasesShown = await page.evaluate<number>(`document.querySelectorAll('table.figures td.num').length`);
      if (url !== '/') expect(canvasesShown, url).toBeGreaterThan(0);
      await page.close();
    }
  });

  it('switches language to the same page', async () => {
    for (const [from, to, lang] of [['/2023/leverandoerer/', '/en/2023/suppliers/', 'en'], ['/en/method-and-data/', '/metode-og-data/', 'da'], ['/en/archive/', '/arkiv/', 'da']] as const) {
      const page = await open(context, from);
      await page.locator('nav.lang-switch a').first().click();
      await page.waitForLoadState('load');
      // the site's links are relative and name a page by its index.html (render/site-addresses.ts)
      expect(new URL(page.url()).pathname).toBe(`${to}index.html`);
      expect(await page.getAttribute('html', 'lang')).toBe(lang);
      await page.close();
    }
  });

  it('asks nothing of another host', () => {
    expect(foreign).toEqual([]);
    expect(server.requests.filter((r) => r.startsWith('/assets/vendor/'))).toContain('/assets/vendor/chart.umd.min.js');
  });
});
