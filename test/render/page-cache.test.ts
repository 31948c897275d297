// The cache of rendered pages (src/render/page-cache.ts): a page is keyed by its view and by
// everything else its HTML depends on; a cached page is only used with its recorded bytes; and a
// build that takes pages from the cache gives the same site as one that renders every page,
// also after a narrative or a template input changed.

import { cp, mkdir, mkdtemp, readdir, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { PagePlan, pageFile, pageKey, renderEnvironmentKey, siteKey } from '../../src/render/page-cache.ts';
import type { PageView } from '../../src/render/views/index.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { pageStore } from '../../src/pipeline/page-store.ts';
import { codeFingerprint, Store } from '../../src/pipeline/store.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { TOOL } from '../../src/pipeline/tool.ts';
import { placeKeptSite, siteKeys } from '../../src/render/kept-site.ts';
import { fixtureModel } from './fixtures/model.ts';
import { ROOT, readTree } from '../e2e/harness.ts';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';

const temp: string[] = [];
async function tempDir(prefix: string): Promise<string> {
  const d = await mkdtemp(path.join(os.tmpdir(), prefix));
  temp.push(d);
  return d;
}
afterAll(async () => {
  for (const d of temp) await removeFolder(d);
});

/** A stand-in view: the cache only needs a url and plain data. */
function view(url: string, extra: Record<string, unknown> = {}): PageView {
  return { url, title: 'T', ...extra } as unknown as PageView;
}

describe('pageKey', () => {
  const env = 'e'.repeat(64);
  it('is the same for equal views and differs for any changed value', () => {
    expect(pageKey(env, view('/a/', { n: 1 }))).toBe(pageKey(env, view('/a/', { n: 1 })));
    expect(pageKey(env, view('/a/', { n: 1 }))).not.toBe(pageKey(env, view('/a/', { n: 2 })));
    expect(pageKey(env, view('/a/'))).not.toBe(pageKey(env, view('/b/')));
    expect(pageKey(env, view('/a/'))).not.toBe(pageKey('f'.repeat(64), view('/a/')));
  });
  it('tells apart what JSON would merge: NaN and null, -0 and 0, undefined and absent', () => {
    expect(pageKey(env, view('/a/', { n: Number.NaN }))).not.toBe(pageKey(env, view('/a/', { n: null })));
    expect(pageKey(env, view('/a/', { n: -0 }))).not.toBe(pageKey(env, view('/a/', { n: 0 })));
    expect(pageKey(env, view('/a/', { n: Number.POSITIVE_INFINITY }))).not.toBe(pageKey(env, view('/a/', { n: null })));
    expect(pageKey(env, view('/a/', { n: undefined }))).not.toBe(pageKey(env, view('/a/')));
  });
  it('keys a long list (digested once per list) by its content too', () => {
    const rows = (n: number, last: unknown): unknown[] => [...Array.from({ length: n - 1 }, (_, i) => ({ i })), { i: last }];
    const list = rows(5000, 1);
    expect(pageKey(env, view('/a/', { list }))).toBe(pageKey(env, view('/a/', { list })));
    expect(pageKey(env, view('/a/', { list: rows(5000, 1) }))).toBe(pageKey(env, view('/a/', { list })));
    expect(pageKey(env, view('/a/', { list: rows(5000, 2) }))).not.toBe(pageKey(env, view('/a/', { list })));
    expect(pageKey(env, view('/a/', { list: rows(5000, Number.NaN) }))).not.toBe(pageKey(env, view('/a/', { list: rows(5000, null) })));
    expect(pageKey(env, view('/a/', { list: rows(4999, 1) }))).not.toBe(pageKey(env, view('/a/', { list })));
  });
});

describe('siteKey', () => {
  it('changes with any value of the model, also those JSON would merge', () => {
    const env = 'e';
    expect(siteKey(env, { years: [{ v: 1 }] })).toBe(siteKey(env, { years: [{ v: 1 }] }));
    expect(siteKey(env, { years: [{ v: 1 }] })).not.toBe(siteKey(env, { years: [{ v: 2 }] }));
    expect(siteKey(env, { years: [{ v: Number.NaN }] })).not.toBe(siteKey(env, { years: [{ v: null }] }));
    expect(siteKey(env, { years: [] })).not.toBe(siteKey('f', { years: [] }));
  });
});

describe('siteKeys', () => {
  it('gives a model\'s site key, and another for another base path', async () => {
    const model = fixtureModel();
    const cache = { entries: pageStore(Store.of(await tempDir('site-keys-'), ROOT)), code: 'c' };
    const keys = siteKeys(model, cache, null);
    // The same as siteKey of the environment and the model, worked out apart.
    expect(keys.site).toBe(siteKey(keys.environment, fixtureModel()));
    expect(siteKeys(model, cache, null)).toEqual(keys);
    const under = siteKeys(model, cache, '/csr/');
    expect(under.environment).not.toBe(keys.environment);
    expect(under.site).toBe(siteKey(under.environment, fixtureModel()));
    // Other code, another environment and site; another model, another site.
    const otherCode = siteKeys(model, { ...cache, code: 'd' }, null);
    expect(otherCode.environment).not.toBe(keys.environment);
    expect(otherCode.site).not.toBe(keys.site);
    const otherModel = siteKeys({ ...model, buildDate: '2025-03-02' }, cache, null);
    expect(otherModel.environment).toBe(keys.environment);
    expect(otherModel.site).not.toBe(keys.site);
  });
});

describe('renderEnvironmentKey', () => {
  it('changes with the code and with any byte of a template', async () => {
    const dir = await tempDir('page-env-');
    await writeFile(path.join(dir, 'base.njk'), '<p>{{ x }}</p>');
    const before = renderEnvironmentKey({ code: 'c1', paths: [dir] });
    expect(renderEnvironmentKey({ code: 'c1', paths: [dir] })).toBe(before);
    expect(renderEnvironmentKey({ code: 'c2', paths: [dir] })).not.toBe(before);
    await writeFile(path.join(dir, 'base.njk'), '<p>{{ x }} </p>');
    expect(renderEnvironmentKey({ code: 'c1', paths: [dir] })).not.toBe(before);
  });
});

describe('PagePlan', () => {
  it('renders what the cache lacks, keeps it, and places it next time; a spoiled entry is rendered again', async () => {
    // The pages kept in the store of one data folder (its group folder in a cache folder).
    const cacheRoot = await tempDir('page-cache-');
    const cache = pageStore(new Store(path.join(cacheRoot, 'group')));
    const kept = path.join(cacheRoot, 'group', 'page');
    const pages = [view('/'), view('/en/'), view('/en/suppliers/')];
    const render = async (site: string, urls: ReadonlySet<string>): Promise<void> => {
      // What Eleventy would write for these pages.
      for (const url of urls) {
        const file = path.join(site, ...pageFile(url).split('/'));
        await mkdir(path.dirname(file), { recursive: true });
        await writeFile(file, `<html>${url}</html>`);
      }
    };

    const site1 = await tempDir('page-site-');
    const first = await PagePlan.place(cache, 'env', pages, site1);
    expect(first.toRender()).toEqual(new Set(['/', '/en/', '/en/suppliers/']));
    await render(site1, first.toRender());
    await first.keepRendered(site1, 'site-a');
    expect([...first.written().keys()].sort()).toEqual(['en/index.html', 'en/suppliers/index.html', 'index.html']);

    const site2 = await tempDir('page-site-');
    const second = await PagePlan.place(cache, 'env', pages, site2);
    expect(second.toRender()).toEqual(new Set());
    expect(await readTree(site2)).toEqual(await readTree(site1));
    expect(second.written()).toEqual(first.written());

    // The whole site under its key: placed at once, without the views.
    expect(await PagePlan.placeSite(cache, 'site-b', await tempDir('page-site-'))).toBeNull();
    const site5 = await tempDir('page-site-');
    const whole = await PagePlan.placeSite(cache, 'site-a', site5);
    expect(whole?.toRender()).toEqual(new Set());
    expect(await readTree(site5)).toEqual(await readTree(site1));

    // Another environment (a template changed) renders everything again.
    const site3 = await tempDir('page-site-');
    expect((await PagePlan.place(cache, 'env2', pages, site3)).toRender().size).toBe(3);

    // An entry whose bytes no longer match its record is not used.
    const entry = (await readdir(kept)).find((n) => n.endsWith('.blob'))!;
    await writeFile(path.join(kept, entry), 'tampered');
    const site4 = await tempDir('page-site-');
    const fourth = await PagePlan.place(cache, 'env', pages, site4);
    expect(fourth.toRender().size).toBe(1);
    const spoiled = [...fourth.toRender()][0]!;
    await expect(readFile(path.join(site4, ...pageFile(spoiled).split('/')))).rejects.toThrow();
    // ... and the whole site is not taken from the cache while one of its pages is spoiled.
    expect(await PagePlan.placeSite(cache, 'site-a', await tempDir('page-site-'))).toBeNull();
  });
});

describe('a build with the page cache', () => {
  let data: string;
  let cacheDir: string;
  const saved = process.env['CSR_REPORT_CACHE_DIR'];
  beforeAll(async () => {
    data = path.join(await tempDir('page-data-'), 'data');
    await cp(path.join(ROOT, 'data'), data, { recursive: true });
    cacheDir = await tempDir('page-build-cache-');
  });
  afterEach(() => {
    if (saved === undefined) delete process.env['CSR_REPORT_CACHE_DIR'];
    else process.env['CSR_REPORT_CACHE_DIR'] = saved;
  });

  async function build(cache: string): Promise<Map<string, string>> {
    process.env['CSR_REPORT_CACHE_DIR'] = cache;
    const out = path.join(await tempDir('page-out-'), 'site');
    const result = await runBuild({ dataDir: data, outDir: out, quiet: true });
    expect(result.ok).toBe(true);
    return readTree(out);
  }

  it('gives the site of a build without cache, before and after a narrative is edited', async () => {
    const cold = await build(cacheDir);
    const warm = await build(cacheDir);
    expect(warm).toEqual(cold);
    expect(warm).toEqual(await build('off'));
    const group = path.join(cacheDir, (await readdir(cacheDir)).find((n) => /^[0-9a-f]{16}$/.test(n))!);
    // Each page's HTML (its blob) and record, and the list of the site's pages under its key.
    expect((await readdir(path.join(group, 'page'))).length).toBe(2 * [...cold.keys()].filter((f) => f.endsWith('.html')).length);
    expect((await readdir(path.join(group, 'site'))).length).toBe(1);

    const narrative = path.join(data, '2025', 'narrative', 'overview.da.md');
    await writeFile(narrative, `${await readFile(narrative, 'utf8')}\n\nEn ny sætning om året.\n`);
    const edited = await build(cacheDir);
    expect(edited).toEqual(await build('off'));
    expect(edited.get('index.html')).toContain('En ny sætning om året.');
    expect(edited.get('index.html')).not.toEqual(cold.get('index.html'));
    // The English pages did not change.
    expect(edited.get('en/index.html')).toEqual(cold.get('en/index.html'));
  }, 120_000);

  it('places a kept site whole without Eleventy: every page, asset and brand file of the build', async () => {
    const built = await build(cacheDir);
    const prepared = await prepareReport(data, { memoryCache: null, cacheDir: null });
    if (!prepared.ok) throw new Error('the example has errors');
    const options = {
      basePath: null,
      pageCache: { entries: pageStore(Store.of(cacheDir, data)), code: `${TOOL.name}@${TOOL.version} ${codeFingerprint()}` },
    };
    const placed = path.join(await tempDir('page-placed-'), 'site');
    const pages = await placeKeptSite(prepared.model, placed, options);
    expect(pages).not.toBeNull();
    const tree = await readTree(placed);
    // What the build has besides the downloads, the search index and the manifest's files.
    const rendered = [...built.keys()].filter((f) => !f.startsWith('downloads/') && !f.startsWith('pagefind/'));
    expect([...tree.keys()].sort()).toEqual(rendered.sort());
    for (const f of rendered) expect(tree.get(f), f).toEqual(built.get(f));
    expect(rendered.filter((f) => f.endsWith('.html')).length).toBe(pages!.size);
    // Another base path is another site: not kept.
    expect(await placeKeptSite(prepared.model, path.join(await tempDir('page-placed-'), 'site'), { ...options, basePath: '/csr/' })).toBeNull();
  }, 120_000);
});
