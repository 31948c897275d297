// The live server of `npm start`, for real: Eleventy's dev server on a free port, a data folder
// in a temporary directory, pages fetched over HTTP while the files are edited. The figures are
// worked by hand: env.meetings.virtual_share = virtual / (physical + virtual + hybrid).

import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { MemoryCache } from '../../src/pipeline/cache.ts';
import type { FileSource } from '../../src/pipeline/prepare.ts';
import { startDevServer } from '../../src/pipeline/serve.ts';
import type { DevServer } from '../../src/pipeline/serve.ts';

const REPORT_JSON = `{
  "organisation": { "name": "Test Org", "accessibilityStatementUrl": "https://example.org/a11y" },
  "languages": ["en"]
}
`;

/** Fetches `url` until `test` holds for the page, or fails after `ms`. */
async function waitForPage(url: string, test: (html: string) => boolean, ms = 20_000): Promise<string> {
  const until = Date.now() + ms;
  let last = '';
  for (;;) {
    const response = await fetch(url).catch(() => null);
    if (response !== null) last = await response.text();
    if (test(last)) return last;
    if (Date.now() > until) throw new Error(`the page ${url} did not change as expected within ${ms} ms; it shows:\n${last.slice(0, 3000)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('npm start: the live server', () => {
  let dir = '';
  let out = '';
  /** A copy of templates/ the server renders from: the test edits the copy, never the checkout's. */
  let templates = '';
  let server: DevServer | null = null;
  const reads: string[] = [];
  /** Every result of 2024/meetings.csv, read or cached: one per read of the data folder. */
  let refreshes = 0;
  const terminal: string[] = [];
  const file = (rel: string): string => path.join(dir, ...rel.split('/'));
  const readsOf = (rel: string): number => reads.filter((r) => r === rel).length;

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-data-'));
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-out-'));
    templates = path.join(await fs.mkdtemp(path.join(os.tmpdir(), 'serve-templates-')), 'templates');
    await fs.cp(path.join(import.meta.dirname, '..', '..', 'templates'), templates, { recursive: true });
    await fs.mkdir(path.join(dir, '2024'));
    await fs.mkdir(path.join(dir, '2025', 'narrative'), { recursive: true });
    await fs.writeFile(file('report.json'), REPORT_JSON);
    await fs.writeFile(file('2024/meetings.csv'), 'month,physical,virtual\n2024-01,2,2\n');
    // Broken from the start: month 13 does not exist.
    await fs.writeFile(file('2025/meetings.csv'), 'month,physical,virtual\n2025-13,3,1\n');
    await fs.writeFile(file('2025/narrative/overview.en.md'), '# Our year\n\nVirtual share: {% kpi "env.meetings.virtual_share" %}.\n');
    server = await startDevServer({
      dataDir: dir,
      outDir: out,
      templatesDir: templates,
      port: 0,
      quiet: true,
      cacheDir: null,
      memoryCache: new MemoryCache(),
      onFile: (f: string, source: FileSource) => {
        if (source === 'read') reads.push(f);
        if (f === '2024/meetings.csv') refreshes++;
      },
      write: (text: string) => { terminal.push(text); },
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(out, { recursive: true, force: true });
    if (templates !== '') await fs.rm(path.dirname(templates), { recursive: true, force: true });
  });

  it('shows the error page while there never was a good read, and the site once the file is fixed', async () => {
    const root = server!.url;
    const first = await waitForPage(root, (h) => h.includes('class="dev-banner"'));
    expect(first).toContain('<code>2025/meetings.csv</code>, line 2:');
    expect(first).toContain('The report cannot be shown until the error is fixed.');
    expect(terminal.join('')).toMatch(/^2025\/meetings\.csv:2: error: column month: /m);

    await fs.writeFile(file('2025/meetings.csv'), 'month,physical,virtual\n2025-01,3,1\n');
    // 1 virtual of 4 meetings
    const fixed = await waitForPage(root, (h) => h.includes('Virtual share: <a class="kpi"'));
    expect(fixed).toContain('>25.0%</a>');
    expect(fixed).not.toContain('dev-banner');
    expect(terminal.join('')).toContain('The errors are fixed');
  }, 60_000);

  it('re-reads a changed CSV and not an unchanged one', async () => {
    const root = server!.url;
    const before = { y2024: readsOf('2024/meetings.csv'), y2025: readsOf('2025/meetings.csv') };
    await fs.writeFile(file('2025/meetings.csv'), 'month,physical,virtual\n2025-01,1,3\n');
    // 3 virtual of 4 meetings
    await waitForPage(root, (h) => h.includes('>75.0%</a>'));
    expect(readsOf('2025/meetings.csv')).toBe(before.y2025 + 1);
    expect(readsOf('2024/meetings.csv')).toBe(before.y2024);
    expect(before.y2024).toBe(1);
    // The data is read once per build, not once per page or twice per build.
    // (eleventy.after may come a moment after the pages are on disk)
    await vi.waitFor(() => expect(refreshes).toBe(server!.builds), { timeout: 5_000 });
  }, 60_000);

  it('keeps the last good site under a banner while a CSV is broken, and clears it when fixed', async () => {
    const root = server!.url;
    await fs.writeFile(file('2025/meetings.csv'), 'month,physical,virtual\n2025-01,1,3\n2025-02,x,1\n');
    const broken = await waitForPage(root, (h) => h.includes('class="dev-banner"'));
    expect(broken).toContain('<code>2025/meetings.csv</code>, line 3: <span lang="en">column physical: ');
    expect(broken).toContain('The page below is the last version without errors');
    expect(broken).toContain('>75.0%</a>');
    // The banner is on every page, not only the front page.
    const method = await waitForPage(`${root}method-and-data/`, (h) => h.includes('class="dev-banner"'));
    expect(method).toContain('<code>2025/meetings.csv</code>, line 3');

    // 3 + 1 virtual of 1 + 3 + 1 + 1 meetings = 4 / 6
    await fs.writeFile(file('2025/meetings.csv'), 'month,physical,virtual\n2025-01,1,3\n2025-02,1,1\n');
    const fixed = await waitForPage(root, (h) => h.includes('>66.7%</a>'));
    expect(fixed).not.toContain('dev-banner');
  }, 60_000);

  it('shows an edited narrative and report.json without a restart', async () => {
    const root = server!.url;
    await fs.writeFile(file('2025/narrative/overview.en.md'), '# Our year\n\nEdited text, share {% kpi "env.meetings.virtual_share" %}.\n');
    await waitForPage(root, (h) => h.includes('Edited text, share <a class="kpi"'));
    await fs.writeFile(file('report.json'), REPORT_JSON.replace('Test Org', 'Renamed Org'));
    await waitForPage(root, (h) => h.includes('Renamed Org'));
  }, 60_000);

  it('renders again only the pages an edit changes; a template edit renders them all', async () => {
    const root = server!.url;
    const page = (rel: string): string => path.join(out, ...rel.split('/'), 'index.html');
    const mtime = async (rel: string): Promise<bigint> => (await fs.stat(page(rel), { bigint: true })).mtimeNs;
    // The build of the test before has finished writing.
    await vi.waitFor(() => expect(refreshes).toBe(server!.builds), { timeout: 5_000 });
    await new Promise((r) => setTimeout(r, 500));
    const front = await mtime('');
    const workforce = await mtime('workforce');
    await fs.writeFile(file('2025/narrative/overview.en.md'), '# Our year\n\nOnly the overview changes, share {% kpi "env.meetings.virtual_share" %}.\n');
    await waitForPage(root, (h) => h.includes('Only the overview changes, share'));
    await vi.waitFor(() => expect(refreshes).toBe(server!.builds), { timeout: 5_000 });
    expect(await mtime('')).not.toBe(front);
    // The workforce page shows nothing of the overview's narrative: it was not written again.
    // (The method page was: it lists the narrative among the input files, with its checksum.)
    expect(await mtime('workforce')).toBe(workforce);
    expect(await fs.readFile(page('workforce'), 'utf8')).toContain('<html');

    // A template is part of every page: all are rendered again, from the server's copy of the
    // templates (the checkout's own are never touched).
    const base = path.join(templates, '_includes', 'base.njk');
    await fs.appendFile(base, '<!-- edited -->\n');
    await vi.waitFor(async () => expect(await mtime('workforce')).not.toBe(workforce), { timeout: 20_000, interval: 100 });
    expect(await fs.readFile(page('workforce'), 'utf8')).toContain('<!-- edited -->');
  }, 60_000);

  it('serves kpis.json of each year, and a note where only a build makes the download', async () => {
    const root = server!.url;
    const kpis = JSON.parse(await (await fetch(`${root}downloads/2025/kpis.json`)).text()) as Array<{ id: string; value: number | null }>;
    expect(kpis.find((k) => k.id === 'env.meetings.virtual_share')?.value).toBeCloseTo(4 / 6, 12);
    expect(await (await fetch(`${root}downloads/SHA256SUMS`)).text()).toMatch(/npm run build/);
  }, 30_000);

  it('shows an edit while its downloads are written, and says so in the terminal when they cannot be', async () => {
    const root = server!.url;
    // A file where the year's download folder goes: the downloads cannot be written.
    const year = path.join(out, 'downloads', '2025');
    // The last build has ended (its downloads written).
    await vi.waitFor(() => expect(refreshes).toBe(server!.builds), { timeout: 5_000 });
    await fs.rm(year, { recursive: true, force: true });
    await fs.writeFile(year, 'in the way\n');
    await fs.writeFile(file('2025/narrative/overview.en.md'), '# Our year\n\nDownloads in the way, share {% kpi "env.meetings.virtual_share" %}.\n');
    await waitForPage(root, (h) => h.includes('Downloads in the way, share'));
    await vi.waitFor(() => expect(terminal.join('')).toMatch(/^\.:1: error: the preview could not write its downloads: /m), { timeout: 10_000 });
    // Out of the way, the next save writes them again.
    await fs.rm(year);
    await fs.writeFile(file('2025/narrative/overview.en.md'), '# Our year\n\nDownloads back, share {% kpi "env.meetings.virtual_share" %}.\n');
    await waitForPage(root, (h) => h.includes('Downloads back, share'));
    await vi.waitFor(async () => expect((await fetch(`${root}downloads/2025/kpis.json`)).status).toBe(200), { timeout: 10_000 });
  }, 60_000);
});
