// Each language in its own words (issue 14, item 4): the example site's figures carry the unit
// words of their page's language, never the other's ("7,2 days" on a Danish page), the
// hand-reported indicators' notes and sources too, and the unit is not repeated beside a value
// that has it ("74 score score").

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';
import { ROOT, freshOutParent } from './harness.ts';

let parent = '';
let out = '';
let pages: { readonly file: string; readonly lang: 'da' | 'en'; readonly html: string }[] = [];

beforeAll(async () => {
  const o = await freshOutParent('e2e-languages-');
  parent = o.parent;
  out = o.out;
  const result = await runBuild({ dataDir: path.join(ROOT, 'data'), outDir: out, quiet: true });
  expect(result.ok).toBe(true);
  const files = (await listFiles(out)).filter((f) => f.endsWith('.html'));
  pages = await Promise.all(files.map(async (file) => ({
    file,
    lang: file.startsWith('en/') ? 'en' as const : 'da' as const,
    html: await readFile(path.join(out, ...file.split('/')), 'utf8'),
  })));
}, 300_000);

afterAll(async () => {
  if (parent !== '') await removeFolder(parent);
});

const text = (html: string): string => html.replace(/<[^>]*>/g, ' ').replace(/&nbsp;|\u00a0/g, ' ').replace(/\s+/g, ' ').trim();

/** The figures' value cells of a page: the tables' number cells and the cards' values. */
function values(html: string): string[] {
  const found: string[] = [];
  for (const m of html.matchAll(/<td class="num">([\s\S]*?)<\/td>/g)) found.push(text(m[1] ?? ''));
  for (const m of html.matchAll(/<span class="card-value">([\s\S]*?)<\/span>/g)) found.push(text(m[1] ?? ''));
  return found;
}

// A number followed by the other language's unit word (the example's units: persons, FTE, years,
// tonnes CO2e, days, points and their Danish words).
const ENGLISH_UNIT = /\d (persons|years|tonnes|days|points|score)\b/;
const DANISH_UNIT = /\d (personer|årsværk|år|ton|dage|point)(?![a-zæøå])/;

describe('the example site in each language', () => {
  it('shows no English unit on a Danish page and no Danish unit on an English page', () => {
    let checked = 0;
    for (const p of pages) {
      for (const v of values(p.html)) {
        if (/\d [a-zæøå]/i.test(v)) checked++;
        expect(v, `${p.file}: ${v}`).not.toMatch(p.lang === 'da' ? ENGLISH_UNIT : DANISH_UNIT);
      }
    }
    // the scan saw the units (hundreds of values with a unit word), not an empty list
    expect(checked).toBeGreaterThan(200);
  });

  it('says no number with the other language\'s unit anywhere on a page, its text alternatives included', () => {
    // the pages' text and every aria-label and alt (a trend's text alternative states its values)
    const said = (html: string): string => `${text(html)} ${[...html.matchAll(/\s(?:aria-label|alt)="([^"]*)"/g)].map((m) => m[1]).join(' ')}`;
    for (const p of pages) {
      expect(said(p.html), p.file).not.toMatch(p.lang === 'da' ? /\d (days|points)\b/ : /\d (dage|point)(?![a-zæøå])/);
    }
  });

  it('says sick leave in days per FTE in each language, once', () => {
    const da = pages.find((p) => p.file === 'medarbejdere/index.html');
    const en = pages.find((p) => p.file === 'en/workforce/index.html');
    // 2025: 7.2 sick days per FTE (data/2025/indicators.csv), the well-being score 74
    expect(values(da?.html ?? '')).toContain('7,2 dage');
    expect(values(en?.html ?? '')).toContain('7.2 days');
    expect(values(da?.html ?? '')).toContain('74 point');
    expect(values(en?.html ?? '')).toContain('74 points');
    expect(text(da?.html ?? '')).not.toMatch(/74 point point|74 score/);
    expect(text(en?.html ?? '')).not.toMatch(/74 points points|74 score/);
  });

  it('gives the indicators\' notes and sources, and the benchmarks\' sources, in the page\'s language', () => {
    const en = text(pages.find((p) => p.file === 'en/workforce/index.html')?.html ?? '');
    expect(en).toContain('Measured every other year');
    expect(en).toContain('Well-being survey');
    expect(en).toContain('Statistics Denmark');
    for (const danish of ['Måles hvert andet år', 'Trivselsmåling', 'Danmarks Statistik', 'eksempelværdi']) expect(en).not.toContain(danish);
    const da = text(pages.find((p) => p.file === 'medarbejdere/index.html')?.html ?? '');
    expect(da).toContain('Måles hvert andet år');
    expect(da).toContain('Danmarks Statistik');
    for (const english of ['Measured every other year', 'Well-being survey', 'Statistics Denmark', 'example value']) expect(da).not.toContain(english);
  });
});
