// `npm run build -- --pdf` (issue 15, item 3): the whole report of every non-draft year and
// language printed to downloads/<year>/report-<year>-<lang>.pdf inside the same atomic build (the
// manifest and SHA256SUMS cover them): A4, tagged, with an outline, the page's title and language;
// the same bytes in another time zone. Without chromium: exit 2 with one line saying how to
// install it, and nothing written. The printing runs where Debian's chromium is installed, as the
// browser tests do; elsewhere it is reported as skipped.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';
import { ROOT, freshOutParent, runBuildCli } from './harness.ts';

const CHROMIUM = '/usr/bin/chromium';
const DATA = path.join(ROOT, 'data');
const parents: string[] = [];
afterAll(async () => {
  for (const p of parents) await removeFolder(p);
});

/** The example's years (data/2019, 2023, 2024, 2025; none a draft) in both languages. */
const FILES = [2019, 2023, 2024, 2025].flatMap((y) => ['da', 'en'].map((l) => `downloads/${y}/report-${y}-${l}.pdf`));

/** Page objects of a PDF (`/Type /Page`, not `/Pages`). */
function pageCount(pdf: string): number {
  return pdf.match(/\/Type\s*\/Page(?![a-zA-Z])/g)?.length ?? 0;
}

/** The document's title from its information dictionary (UTF-16 hex or a literal string). */
function title(pdf: string): string | null {
  const hex = /\/Title\s*<FEFF([0-9A-Fa-f]*)>/.exec(pdf);
  if (hex !== null) return Buffer.from(hex[1] ?? '', 'hex').swap16().toString('utf16le');
  return /\/Title\s*\(([^)]*)\)/.exec(pdf)?.[1] ?? null;
}

describe.skipIf(!existsSync(CHROMIUM))(`npm run build -- --pdf (needs chromium at ${CHROMIUM})`, () => {
  it('prints every year and language, A4, tagged, titled, in the manifest, the same bytes in another time zone', async () => {
    const a = await freshOutParent('e2e-pdf-');
    const b = await freshOutParent('e2e-pdf-');
    parents.push(a.parent, b.parent);
    const [ra, rb] = await Promise.all([
      runBuildCli(DATA, a.out, { TZ: 'UTC', CSR_REPORT_CACHE_DIR: 'off' }, ['--quiet', '--pdf']),
      runBuildCli(DATA, b.out, { TZ: 'Pacific/Kiritimati', CSR_REPORT_CACHE_DIR: 'off' }, ['--quiet', '--pdf']),
    ]);
    expect(ra.code, ra.stderr).toBe(0);
    expect(rb.code, rb.stderr).toBe(0);
    const manifest = await readFile(path.join(a.out, 'downloads', 'manifest.json'), 'utf8');
    const sums = await readFile(path.join(a.out, 'downloads', 'SHA256SUMS'), 'utf8');
    // The whole-report page links to its PDF.
    expect(await readFile(path.join(a.out, 'en', 'report', 'index.html'), 'utf8')).toMatch(/href="[./]*downloads\/2025\/report-2025-en\.pdf"/);
    for (const file of FILES) {
      const bytes = await readFile(path.join(a.out, file));
      const pdf = bytes.toString('latin1');
      expect(pdf.startsWith('%PDF-'), file).toBe(true);
      expect(pageCount(pdf), file).toBeGreaterThanOrEqual(8);
      // A4: 210 × 297 mm = 595.3 × 841.9 pt (chromium writes 594.96 × 841.92: whole CSS pixels).
      expect(pdf, file).toMatch(/\/MediaBox \[0 0 59[456]\.\d+ 84[12]\.\d+\]/);
      const lang = file.endsWith('-da.pdf') ? 'da' : 'en';
      const year = file.slice(10, 14);
      expect(pdf, file).toContain(`/Lang (${lang})`);
      expect(pdf, file).toContain('/StructTreeRoot');
      expect(pdf, file).toContain('/Outlines');
      const org = 'Kommunernes Fælles Indkøb af IT';
      expect(title(pdf), file).toBe(lang === 'da' ? `Hele rapporten ${year} – ${org}` : `The whole report ${year} – ${org}`);
      // No build clock: without SOURCE_DATE_EPOCH the dates are the year's last day.
      expect(pdf, file).toContain(`/CreationDate (D:${year}1231000000`);
      expect(pdf, file).not.toContain('127.0.0.1');
      const sha = createHash('sha256').update(bytes).digest('hex');
      expect(sums, file).toContain(`${sha}  ${file}`);
      expect(manifest, file).toContain(sha);
      expect((await readFile(path.join(b.out, file))).equals(bytes), `${file} differs between UTC and UTC+14`).toBe(true);
    }
  }, 600_000);
});

describe('npm run build -- --pdf without chromium', () => {
  it('exits 2 with one line saying how to install it, and writes nothing', async () => {
    const o = await freshOutParent('e2e-pdf-none-');
    parents.push(o.parent);
    const r = await runBuildCli(DATA, o.out, { CHROMIUM_PATH: '/nonexistent/chromium', CSR_REPORT_CACHE_DIR: 'off' }, ['--pdf']);
    expect(r.code).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toContain('sudo apt-get install chromium');
    expect(existsSync(o.out)).toBe(false);
  }, 60_000);
});
