// The early scan of the pages (pipeline/page-scan.ts): a worker thread scans each page as Eleventy
// writes it; the build takes a page as scanned only by the SHA-256 of the very bytes scanned.

import { createHash } from 'node:crypto';
import { cp, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pageScan } from '../../src/pipeline/page-scan.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { removedAfterAll } from '../fixtures/folders/temp-folder.ts';
import { ROOT } from '../e2e/harness.ts';

const folders = removedAfterAll();
const sha256 = (text: string): string => createHash('sha256').update(Buffer.from(text, 'utf8')).digest('hex');
const secrets = { employeeIds: new Set(['KF1023']), emails: new Set(['anna@kommune.dk']) };

describe('the early page scan', () => {
  it('answers with the SHA-256 of each page it found clean, and not of a page holding a private value', async () => {
    const scan = pageScan(secrets);
    const clean = '<!doctype html><p>Medarbejdere i alt: 412</p>';
    const withId = '<!doctype html><p>Kontakt <b>KF</b>1023</p>';
    const withEmail = '<!doctype html><p>Skriv til anna@kommune.dk</p>';
    const withCpr = '<!doctype html><p>010190-1234</p>';
    // A page whose UTF-8 bytes are not its text (a lone surrogate is written as U+FFFD): its hash is of the bytes.
    const lone = '<!doctype html><p>\uD800</p>';
    for (const [i, html] of [clean, withId, withEmail, withCpr, lone].entries()) scan.page(`p${i}/index.html`, html);
    const found = await scan.finish();
    expect([...found].sort()).toEqual([sha256(clean), sha256(lone)].sort());
    expect(sha256(lone)).toBe(createHash('sha256').update(Buffer.from('<!doctype html><p>\uFFFD</p>', 'utf8')).digest('hex'));
  });

  it('starts no worker when no page is handed over, and finishes at once', async () => {
    const scan = pageScan(secrets);
    expect([...(await scan.finish())]).toEqual([]);
    await scan.stop();
  });
});

describe('a build with the early page scan', () => {
  it('still stops on a page that shows an employee id, naming the page and line', async () => {
    const data = path.join(await mkdtemp(path.join(tmpdir(), 'page-scan-data-')), 'data');
    folders.push(path.dirname(data));
    await cp(path.join(ROOT, 'data'), data, { recursive: true });
    const employees = await readFile(path.join(data, '2025', 'employees.csv'), 'utf8');
    const id = employees.split('\n')[1]!.split(',')[0]!;
    const narrative = path.join(data, '2025', 'narrative', 'community.en.md');
    await writeFile(narrative, `${await readFile(narrative, 'utf8')}\n\nAsk ${id} about it.\n`);
    const out = path.join(path.dirname(data), 'site');
    const saved = process.env['CSR_REPORT_CACHE_DIR'];
    process.env['CSR_REPORT_CACHE_DIR'] = 'off';
    try {
      const r = await runBuild({ dataDir: data, outDir: out, quiet: true });
      expect(r.ok).toBe(false);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      const found = errors.map((d) => path.relative(out, d.file).split(path.sep).join('/'));
      // The English community page of the front year and the whole report of that year, each on
      // the narrative's line, and the search index's fragment of the community page.
      expect(found.filter((f) => f.endsWith('.html')).sort()).toEqual(['en/community/index.html', 'en/report/index.html']);
      expect(found.filter((f) => !f.endsWith('.html'))).toEqual([expect.stringMatching(/^pagefind\/fragment\/en_[0-9a-f]+\.pf_fragment$/)]);
      for (const d of errors) expect(d.message).toMatch(/employee_id/);
      for (const d of errors.filter((e) => e.file.endsWith('.html'))) expect(d.line).toBeGreaterThan(1);
    } finally {
      if (saved === undefined) delete process.env['CSR_REPORT_CACHE_DIR'];
      else process.env['CSR_REPORT_CACHE_DIR'] = saved;
    }
  }, 120_000);
});
