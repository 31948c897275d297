// The whole report on paper (issue 15, item 2), in Debian's chromium with the print media: no
// navigation, each part on a new page, no card, table row or chart (with its title and table)
// split, every chart drawn, no table wider than the paper (A4 less the margins: 182 mm), and no
// column heading or emission factor's key broken mid-word (chromium has no Danish hyphenation).

import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { chromium } from 'playwright-core';
import type { Browser } from 'playwright-core';
import { renderSite } from '../../src/render/eleventy.ts';
import { fixtureModel } from '../render/fixtures/model.ts';
import type { StaticServer } from './serve-static.ts';
import { serveStatic } from './serve-static.ts';

const CHROMIUM = '/usr/bin/chromium';
/** 182 mm in CSS pixels (96 per inch). */
const PAPER = Math.round((182 / 25.4) * 96);

let siteDir = '';
let server: StaticServer;
let browser: Browser;

describe.skipIf(!existsSync(CHROMIUM))(`the whole report printed (needs chromium at ${CHROMIUM})`, () => {
  beforeAll(async () => {
    siteDir = await mkdtemp(path.join(tmpdir(), 'browser-print-'));
    await renderSite(fixtureModel(), siteDir);
    server = await serveStatic(siteDir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: ['--no-sandbox', '--disable-gpu'] });
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (siteDir !== '') await rm(siteDir, { recursive: true, force: true });
  });

  for (const url of ['/rapport/', '/en/report/']) {
    it(`lays out ${url} as a document`, async () => {
      const page = await browser.newPage({ viewport: { width: PAPER, height: 1000 } });
      await page.emulateMedia({ media: 'print' });
      await page.goto(`${server.origin}${url}`, { waitUntil: 'load' });
      const layout = await page.evaluate(`(() => {
        const style = (el) => getComputedStyle(el);
        // A contract list's headings may break (its names keep their words); no other heading may.
        const headings = 'table:not(.contracts) thead th';
        return {
          navShown: [...document.querySelectorAll('header nav, .skip-link')].filter((n) => style(n).display !== 'none' && n.getClientRects().length > 0).length,
          parts: [...document.querySelectorAll('.report-part')].map((p) => style(p).breakBefore),
          unsplit: [...document.querySelectorAll('.chart, .figure-card, tr')].filter((n) => style(n).breakInside !== 'avoid').length,
          wide: [...document.querySelectorAll('table')].filter((t) => t.getBoundingClientRect().width > ${PAPER} + 1).map((t) => (t.querySelector('caption, th')?.textContent ?? '') + ' ' + Math.round(t.getBoundingClientRect().width)),
          charts: [...document.querySelectorAll('canvas[data-chart]')].map((c) => c.width > 0 && c.height > 0 && typeof Chart !== 'undefined' && Chart.getChart(c) !== undefined),
          // The words laid out on more than one line: a word runs to a space, or to a hyphen, dash,
          // dot or underscore (after which a line may break).
          brokenWords: [...document.querySelectorAll(headings + ', table.factors tbody th')].flatMap((cell) => {
            const broken = [];
            const walker = document.createTreeWalker(cell, NodeFilter.SHOW_TEXT);
            for (let text = walker.nextNode(); text !== null; text = walker.nextNode()) {
              for (const m of text.data.matchAll(/[^\\s\\-\u2010-\u2015./_]+[\\-\u2010-\u2015./_]?/g)) {
                const range = document.createRange();
                range.setStart(text, m.index);
                range.setEnd(text, m.index + m[0].length);
                const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
                if (lines.size > 1) broken.push(m[0]);
              }
            }
            return broken;
          }),
          headings: document.querySelectorAll(headings).length,
          factorKeys: document.querySelectorAll('table.factors tbody th').length,
        };
      })()`) as { navShown: number; parts: string[]; unsplit: number; wide: string[]; charts: boolean[]; brokenWords: string[]; headings: number; factorKeys: number };
      expect(layout.navShown).toBe(0);
      // Overview, the five sections, Global Compact and SDG 9, the Method summary.
      expect(layout.parts).toEqual(Array(8).fill('page'));
      expect(layout.unsplit).toBe(0);
      expect(layout.wide).toEqual([]);
      expect(layout.charts.length).toBeGreaterThan(0);
      expect(layout.charts.every((c) => c)).toBe(true);
      expect(layout.headings).toBeGreaterThan(20);
      expect(layout.factorKeys).toBeGreaterThan(0);
      expect(layout.brokenWords).toEqual([]);
      await page.close();
    }, 60_000);
  }
});
