// The search index through the store (src/pipeline/search-index.ts): Pagefind runs once per set
// of pages; the same pages take the index from the store, byte for byte; changed pages, a changed
// entry or no kept entry (the scan did not pass) make it again.

import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { Store } from '../../src/pipeline/store.ts';
import { SEARCH_FOLDER, startSearchIndex } from '../../src/pipeline/search-index.ts';
import { listFiles } from '../../src/util/list-files.ts';
import { removedAfterAll } from '../fixtures/folders/temp-folder.ts';

const folders = removedAfterAll();

/** A staging folder with a site of two pages, and a store in a fresh cache folder. */
function fixture(): { staging: string; site: string; store: Store } {
  const staging = mkdtempSync(path.join(tmpdir(), 'search-index-'));
  folders.push(staging);
  const site = path.join(staging, 'site');
  mkdirSync(path.join(site, 'en'), { recursive: true });
  writeFileSync(path.join(site, 'index.html'), '<html lang="da"><main>Forside</main></html>');
  writeFileSync(path.join(site, 'en', 'index.html'), '<html lang="en"><main>Front page</main></html>');
  writeFileSync(path.join(site, 'kpis.csv'), 'id,value\n');
  return { staging, site, store: new Store(path.join(staging, 'cache', 'group')) };
}

/** A stand-in for Pagefind: writes an index naming the pages it read, and counts its runs. */
function fakeIndexer(): { runs: number; make: (site: string, out: string) => Promise<void> } {
  const counter = {
    runs: 0,
    make: async (site: string, out: string): Promise<void> => {
      counter.runs++;
      const pages = (await listFiles(site)).filter((f) => f.endsWith('.html'));
      mkdirSync(path.join(out, 'fragment'), { recursive: true });
      writeFileSync(path.join(out, 'pagefind.js'), 'export {};\n');
      writeFileSync(path.join(out, 'fragment', 'pages.pf_fragment'), Buffer.from(pages.map((p) => `${p}=${readFileSync(path.join(site, p), 'utf8')}`).join('\n')));
      writeFileSync(path.join(out, 'empty.bin'), Buffer.alloc(0));
    },
  };
  return counter;
}

/** Runs an index into the site as the build does; returns the index's files and their bytes. */
async function index(f: { staging: string; site: string; store: Store | null }, indexer: ReturnType<typeof fakeIndexer>, keep = true): Promise<Map<string, string>> {
  const run = startSearchIndex(f.site, path.join(f.staging, `search-${Math.random().toString(36).slice(2)}`), f.store, new Map(), indexer.make);
  await run.done;
  rmSync(path.join(f.site, SEARCH_FOLDER), { recursive: true, force: true });
  await run.moveIn();
  if (keep) await run.keep();
  const out = path.join(f.site, SEARCH_FOLDER);
  return new Map((await listFiles(out)).map((file) => [file, readFileSync(path.join(out, file)).toString('hex')]));
}

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
    writeFileSync(path.join(f.site, 'en', 'index.html'), '<html lang="en"><main>Front page, edited</main></html>');
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
