// The search index through the store (src/pipeline/search-index.ts): Pagefind runs once per set
// of pages; the same pages take the index from the store, byte for byte; changed pages, a changed
// entry or no kept entry (the scan did not pass) make it again.

import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { Store } from '../../src/pipeline/store.ts';
import { SEARCH_FOLDER, SearchFeed, SearchIndexFailed, startSearchIndex, writeSearchIndex } from '../../src/pipeline/search-index.ts';
import type { IndexMaker } from '../../src/pipeline/search-index.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { removedAfterAll } from '../fixtures/folders/temp-folder.ts';
import * as pagefind from 'pagefind';
import { runBuild } from '../../src/pipeline/build.ts';
import { ROOT } from '../e2e/harness.ts';
import { gunzipSync } from 'node:zlib';
import { renderSite } from '../../src/render/eleventy.ts';
import { fixtureModel } from '../render/fixtures/model.ts';

const folders = removedAfterAll();
const SHM = existsSync('/dev/shm') ? '/dev/shm' : null;

/** A staging folder with a site of two pages (and a whole report, which Pagefind leaves out), and
 * a store in a fresh cache folder. */
function fixture(): { staging: string; site: string; store: Store } {
  const staging = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  folders.push(staging);
  const site = path.join(staging, 'site');
  mkdirSync(path.join(site, 'en', 'report'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<html lang="da"><main data-pagefind-body>Forside</main></html>');
  writeFileSync(path.join(site, 'en', 'index.html'), '<html lang="en"><main data-pagefind-body>Front page</main></html>');
  writeFileSync(path.join(site, 'en', 'report', 'index.html'), '<html lang="en"><main>The whole report</main></html>');
  writeFileSync(path.join(site, 'kpis.csv'), 'id,value\n');
  return { staging, site, store: new Store(path.join(staging, 'cache', 'group')) };
}

/** A stand-in for Pagefind: each index records the pages added to it, in order, and writes an
 * index naming them; `runs` counts the indexes written, `discarded` those dropped. */
function fakeIndexer(): { runs: number; discarded: number; added: string[][]; make: () => IndexMaker } {
  const counter = {
    runs: 0,
    discarded: 0,
    added: [] as string[][],
    make: (): IndexMaker => {
      const pages: string[] = [];
      counter.added.push(pages);
      let html = '';
      return {
        add: async (file, text) => {
          pages.push(file);
          html += `${file}=${text}\n`;
        },
        write: async (out) => {
          counter.runs++;
          mkdirSync(path.join(out, 'fragment'), { recursive: true });
          writeFileSync(path.join(out, 'pagefind.js'), 'export {};\n');
          writeFileSync(path.join(out, 'fragment', 'pages.pf_fragment'), Buffer.from(html));
          writeFileSync(path.join(out, 'empty.bin'), Buffer.alloc(0));
        },
        discard: async () => {
          counter.discarded++;
        },
      };
    },
  };
  return counter;
}

/** Runs an index into the site as the build does; returns the index's files and their bytes. */
async function index(f: { staging: string; site: string; store: Store | null }, indexer: ReturnType<typeof fakeIndexer>, keep = true): Promise<Map<string, string>> {
  const run = startSearchIndex(f.site, path.join(f.staging, `search-${Math.random().toString(36).slice(2)}`), f.store, new Map(), new SearchFeed(f.site, indexer.make));
  await run.done;
  rmSync(path.join(f.site, SEARCH_FOLDER), { recursive: true, force: true });
  await run.moveIn();
  if (keep) await run.keep();
  const out = path.join(f.site, SEARCH_FOLDER);
  return new Map((await listFiles(out)).map((file) => [file, readFileSync(path.join(out, file)).toString('hex')]));
}

/** The files of an index folder and their bytes. */
function filesOf(dir: string): Map<string, string> {
  return new Map(readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort().filter((f) => statSync(path.join(dir, f)).isFile()).map((f) => [f, readFileSync(path.join(dir, f)).toString('hex')]));
}

describe('SearchFeed', () => {
  it('hands the index the pages in the order of their paths, whatever order they are rendered in, as soon as those before them came', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    const feed = new SearchFeed(f.site, indexer.make);
    feed.plan(['index.html', 'en/report/index.html', 'en/index.html'], new Set());
    const read = (file: string): string => readFileSync(path.join(f.site, file), 'utf8');
    feed.page('index.html', read('index.html'));
    feed.page('en/report/index.html', read('en/report/index.html'));
    // The index is started at once; index.html waits for en/index.html, which comes before it.
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(indexer.added).toEqual([[]]);
    feed.page('en/index.html', read('en/index.html'));
    // Before the index is written: the whole report (no data-pagefind-body) is not handed on.
    await vi.waitFor(() => expect(indexer.added).toEqual([['en/index.html', 'index.html']]));
    await feed.write(path.join(f.staging, 'out'));
    expect(indexer.added).toEqual([['en/index.html', 'index.html']]);
    expect(indexer.runs).toBe(1);
    expect(readFileSync(path.join(f.staging, 'out', 'fragment', 'pages.pf_fragment'), 'utf8')).toBe(
      'en/index.html=<html lang="en"><main data-pagefind-body>Front page</main></html>\nindex.html=<html lang="da"><main data-pagefind-body>Forside</main></html>\n',
    );
  });

  it('reads the pages placed from the page cache from the site', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    const feed = new SearchFeed(f.site, indexer.make);
    feed.plan(['index.html', 'en/report/index.html', 'en/index.html'], new Set(['en/index.html', 'en/report/index.html']));
    feed.page('index.html', '<html lang="da"><main data-pagefind-body>Forside</main></html>');
    await feed.write(path.join(f.staging, 'out'));
    expect(indexer.added).toEqual([['en/index.html', 'index.html']]);
    expect(readFileSync(path.join(f.staging, 'out', 'fragment', 'pages.pf_fragment'), 'utf8')).toContain('en/index.html=<html lang="en"><main data-pagefind-body>Front page</main></html>\n');
  });

  it('makes the index again from the site\'s files when the site holds a page that was not planned before the ones handed on', async () => {
    const f = fixture();
    mkdirSync(path.join(f.site, '2024'));
    writeFileSync(path.join(f.site, '2024', 'index.html'), '<html lang="da"><main data-pagefind-body>2024</main></html>');
    const indexer = fakeIndexer();
    const feed = new SearchFeed(f.site, indexer.make);
    feed.plan(['en/index.html'], new Set());
    feed.page('en/index.html', readFileSync(path.join(f.site, 'en', 'index.html'), 'utf8'));
    await vi.waitFor(() => expect(indexer.added).toEqual([['en/index.html']]));
    await feed.write(path.join(f.staging, 'out'));
    expect(indexer.discarded).toBe(1);
    expect(indexer.added).toEqual([['en/index.html'], ['2024/index.html', 'en/index.html', 'index.html']]);
    expect(indexer.runs).toBe(1);
  });

  it('ends the index when a page cannot be added, and fails with the index\'s error', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    const failing = (): IndexMaker => {
      const made = indexer.make();
      return { ...made, add: async () => Promise.reject(new SearchIndexFailed('the search index could not be made: no room')) };
    };
    const feed = new SearchFeed(f.site, failing);
    feed.plan(['index.html', 'en/report/index.html', 'en/index.html'], new Set(['index.html', 'en/report/index.html', 'en/index.html']));
    await expect(feed.write(path.join(f.staging, 'out'))).rejects.toThrow('no room');
    expect(indexer.discarded).toBe(1);
    expect(indexer.runs).toBe(0);
  });

  it('without a plan, indexes the site\'s pages in the order of their paths', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    await new SearchFeed(f.site, indexer.make).write(path.join(f.staging, 'out'));
    expect(indexer.added).toEqual([['en/index.html', 'index.html']]);
  });

  // On tmpfs (/dev/shm) a folder lists its files in the order they were made (on ext4 in an order
  // of its own): Pagefind's own walk of the folder gave other bytes for the same pages there.
  it(`with Pagefind, makes the same bytes whatever order the pages are rendered and listed in (sites in ${SHM ?? 'the temp folder: no /dev/shm'})`, async () => {
    const base = mkdtempSync(path.join(SHM ?? tmpdir(), 'search-index-'));
    folders.push(base);
    const pages = ['index.html', 'en/index.html', 'en/report/index.html', 'da/om/index.html', 'da/tal/index.html', 'b/index.html'];
    const html = (file: string): string => `<html lang="${file.startsWith('en') ? 'en' : 'da'}"><main${file.includes('report') ? '' : ' data-pagefind-body'}><h1>${file}</h1><p>Energi og klima, ${file.length} sider om ${file}.</p></main></html>`;
    const made: Map<string, string>[] = [];
    for (const order of [pages, [...pages].reverse()]) {
      const site = mkdtempSync(path.join(base, 'site-'));
      const feed = new SearchFeed(site);
      feed.plan(pages, new Set());
      for (const file of order) {
        mkdirSync(path.dirname(path.join(site, file)), { recursive: true });
        writeFileSync(path.join(site, file), html(file));
        feed.page(file, html(file));
      }
      const fed = mkdtempSync(path.join(base, 'index-'));
      await feed.write(fed);
      made.push(filesOf(fed));
      const listed = mkdtempSync(path.join(base, 'index-'));
      await writeSearchIndex(site, listed);
      made.push(filesOf(listed));
    }
    expect([...made[0]!.keys()].filter((file) => file.startsWith('fragment/'))).toHaveLength(5);
    for (const other of made.slice(1)) expect(other).toEqual(made[0]);
  }, 30_000);
});

describe('startSearchIndex', () => {
  it('runs Pagefind once for the same pages and gives the same files from the store', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    const first = await index(f, indexer);
    expect(indexer.runs).toBe(1);
    expect([...first.keys()]).toEqual(['empty.bin', 'fragment/pages.pf_fragment', 'pagefind.js']);
    const second = await index(f, indexer);
    expect(indexer.runs).toBe(1);
    expect(second).toEqual(first);
  });

  it('makes the index again when a page changed', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    await index(f, indexer);
    writeFileSync(path.join(f.site, 'en', 'index.html'), '<html lang="en"><main data-pagefind-body>Front page, edited</main></html>');
    const again = await index(f, indexer);
    expect(indexer.runs).toBe(2);
    expect(Buffer.from(again.get('fragment/pages.pf_fragment')!, 'hex').toString('utf8')).toContain('Front page, edited');
  });

  it('does not take an entry whose bytes changed, nor keep one that was not kept', async () => {
    const f = fixture();
    const indexer = fakeIndexer();
    await index(f, indexer, false);
    await index(f, indexer);
    expect(indexer.runs).toBe(2);
    const folder = path.join(f.store.dir, 'search');
    const [entry] = readdirSync(folder);
    const bytes = readFileSync(path.join(folder, entry!));
    bytes[bytes.length - 5]! ^= 1;
    writeFileSync(path.join(folder, entry!), bytes);
    const third = await index(f, indexer);
    expect(indexer.runs).toBe(3);
    expect(Buffer.from(third.get('pagefind.js')!, 'hex').toString('utf8')).toBe('export {};\n');
  });

  it('runs Pagefind every time without a store', async () => {
    const f = { ...fixture(), store: null };
    const indexer = fakeIndexer();
    await index(f, indexer);
    await index(f, indexer);
    expect(indexer.runs).toBe(2);
  });
});

describe('the search index of a build', () => {
  it("is Pagefind's index of the site's pages taken one by one in the order of their paths", async () => {
    const base = mkdtempSync(path.join(tmpdir(), 'search-index-build-'));
    folders.push(base);
    const out = path.join(base, 'site');
    const saved = process.env['CSR_REPORT_CACHE_DIR'];
    process.env['CSR_REPORT_CACHE_DIR'] = 'off';
    try {
      const r = await runBuild({ dataDir: path.join(ROOT, 'data'), outDir: out, quiet: true });
      expect(r.ok).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['CSR_REPORT_CACHE_DIR'];
      else process.env['CSR_REPORT_CACHE_DIR'] = saved;
    }
    // Independently: Pagefind's own calls, every HTML page (the whole reports too), one at a time.
    const pages = readdirSync(out, { recursive: true, encoding: 'utf8' }).filter((f) => f.endsWith('.html')).map((f) => f.split(path.sep).join('/')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    expect(pages.length).toBeGreaterThan(50);
    const { index } = await pagefind.createIndex({ keepIndexUrl: false, writePlayground: false });
    for (const file of pages) await index!.addHTMLFile({ sourcePath: file, content: readFileSync(path.join(out, file), 'utf8') });
    const expected = path.join(base, 'expected');
    await index!.writeFiles({ outputPath: expected });
    await pagefind.close();
    // Pagefind's ready-made interfaces and highlighter are left out (the site's search page uses
    // its API only); everything else is Pagefind's, byte for byte.
    const interfaces = /^pagefind-(ui|modular-ui|component-ui)\.(js|css)$|^pagefind-highlight\.js$/;
    const made = filesOf(expected);
    expect([...made.keys()].filter((f) => interfaces.test(f)).sort()).toEqual([
      'pagefind-component-ui.css', 'pagefind-component-ui.js', 'pagefind-highlight.js',
      'pagefind-modular-ui.css', 'pagefind-modular-ui.js', 'pagefind-ui.css', 'pagefind-ui.js',
    ]);
    const published = filesOf(path.join(out, SEARCH_FOLDER));
    expect(published).toEqual(new Map([...made].filter(([f]) => !interfaces.test(f))));
    expect([...published.keys()]).toEqual(expect.arrayContaining(['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json']));
  }, 120_000);
});

describe('the search index of a long contract list', () => {
  // A year's contracts, each named by a word no other text of the site has (zqx1, zqx2, …).
  const withContracts = (n: number): ReturnType<typeof fixtureModel> => {
    const model = fixtureModel();
    return {
      ...model,
      years: model.years.map((y) => (y.year !== 2024 ? y : {
        ...y,
        contracts: Array.from({ length: n }, (_, i) => ({ ...y.contracts![2]!, line: i + 2, contractId: `K-${i + 1}`, contractName: `Rammeaftale zqx${i + 1}` })),
      })),
    };
  };
  /** The words of the index and fragments, decompressed, and the Suppliers page of 2024 in English. */
  const indexOf = async (n: number): Promise<{ index: string; page: string; da: string }> => {
    const site = mkdtempSync(path.join(tmpdir(), 'search-index-contracts-'));
    folders.push(site);
    await renderSite(withContracts(n), site);
    await writeSearchIndex(site);
    const out = path.join(site, SEARCH_FOLDER);
    const texts = (await listFiles(out)).filter((f) => /\.pf_(index|fragment)$/.test(f)).map((f) => gunzipSync(readFileSync(path.join(out, f))).toString('latin1'));
    const read = (...parts: string[]): string => readFileSync(path.join(site, ...parts, 'index.html'), 'utf8');
    return { index: texts.join('\n'), page: read('en', 'suppliers'), da: read('leverandoerer') };
  };

  it('holds a list of up to 100 contracts, and leaves a longer one out, which the page says', async () => {
    const short = await indexOf(100);
    expect(short.index).toContain('zqx100');
    expect(short.page).not.toContain('data-pagefind-ignore');
    const long = await indexOf(101);
    expect(long.index).not.toContain('zqx');
    expect(long.page).toContain('<p>The site search does not look through these 101 contracts; find a supplier with the filter box by the list.</p>');
    expect(long.page).toContain('<table class="contracts" data-pagefind-ignore data-filter-label="Filter the contracts"');
    expect(long.da).toContain('<p>Sidens søgning gennemsøger ikke de 101 kontrakter; find en leverandør med filterfeltet ved listen.</p>');
    // Every contract is still on the page.
    expect(long.page).toContain('Rammeaftale zqx101');
    // The rest of the page is searched: its note on the list, in the index.
    expect(long.index).toContain('does not look through these 101 contracts');
  }, 60_000);
});
