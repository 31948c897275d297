// The whole report of every year and language printed to PDF (`npm run build -- --pdf`, issue 15):
// downloads/<year>/report-<year>-<lang>.pdf, written into the staging folder before the output
// scan, so that the manifest and its checksums cover them. Printed by Debian's chromium through
// playwright-core from the staging folder, served on 127.0.0.1 on a port of the system's choice;
// nothing is fetched from another host. A4, tagged, with an outline from the headings, the
// document's title and language from the page (<title>, <html lang>). The dates chromium writes
// into a PDF are set from SOURCE_DATE_EPOCH or else the end of the reporting year, its structure
// ids numbered in order and its file identifier taken from the file's bytes, so that the same
// data gives the same bytes.

import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { mkdir, readFile, stat, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import path from 'node:path';
import type { ReportModel } from '../model/site.ts';
import type { Language } from '../model/records.ts';
import { UI } from '../render/catalogue/index.ts';
import { pageUrl, reportPdfUrl } from '../render/urls.ts';

/** Where the build looks for chromium (Debian's package); CHROMIUM_PATH overrides it. */
export function chromiumPath(): string {
  return process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
}

/** One line for the person when chromium is missing (the build exits 2); null when it is there. */
export function chromiumProblem(executable = chromiumPath()): string | null {
  return existsSync(executable) ? null
    : `--pdf needs the chromium browser at ${executable}, which is not installed; install it with: sudo apt-get install chromium (or build without --pdf)`;
}

export interface PrintJob {
  readonly year: number;
  readonly lang: Language;
  /** The whole-report page's address on the site (`/en/2024/report/`). */
  readonly url: string;
  /** Relative to the site's root. */
  readonly file: string;
  readonly header: string;
}

/** The whole-report pages to print: every non-draft year in every language. */
export function printJobs(model: ReportModel): PrintJob[] {
  const layout = { mainLanguage: model.settings.languages[0] ?? 'da', frontYear: model.frontYear } as const;
  const jobs: PrintJob[] = [];
  for (const y of model.years) {
    if (y.draft) continue;
    for (const lang of model.settings.languages) {
      jobs.push({
        year: y.year,
        lang,
        url: pageUrl(layout, lang, y.year, 'report'),
        file: reportPdfUrl(y.year, lang).slice(1),
        header: `${model.settings.organisation.name} · ${UI[lang].reportTitle} ${y.year}`,
      });
    }
  }
  return jobs;
}

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
};

/** The staging folder over HTTP on 127.0.0.1 (GET only, nothing outside the folder), under `basePath`. */
async function serveFolder(root: string, basePath: string): Promise<{ origin: string; close: () => Promise<void> }> {
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    const at = url.pathname.startsWith(basePath) ? `/${url.pathname.slice(basePath.length)}` : null;
    const file = at === null ? '' : path.resolve(root, `.${decodeURIComponent(at)}`);
    if (req.method !== 'GET' || (file !== root && !file.startsWith(`${root}${path.sep}`))) {
      res.writeHead(404).end();
      return;
    }
    void (async () => {
      try {
        const target = (await stat(file)).isDirectory() ? path.join(file, 'index.html') : file;
        const body = await readFile(target);
        res.writeHead(200, { 'content-type': TYPES[path.extname(target)] ?? 'application/octet-stream' }).end(body);
      } catch {
        res.writeHead(404).end();
      }
    })();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address !== null ? address.port : 0;
  return { origin: `http://127.0.0.1:${port}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** A4 less the print stylesheet's side margins (14 mm each), in CSS pixels: the page is laid out
 * (and its charts drawn) at the width it is printed at. */
const PRINT_WIDTH = Math.round(((210 - 28) / 25.4) * 96);

/**
 * The PDF's dates (CreationDate, ModDate) set to `date` and its file identifier to a hash of its
 * bytes, each in place with the same length, so that the cross-reference offsets stay right.
 */
export function normalisePdf(pdf: Buffer, date: Date): Buffer {
  let text = pdf.toString('latin1');
  const iso = date.toISOString();
  const stamp = `${iso.slice(0, 4)}${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(11, 13)}${iso.slice(14, 16)}${iso.slice(17, 19)}`;
  text = text.replace(/\(D:(\d{14})([^)]*)\)/g, (_m, _d: string, zone: string) => {
    const tail = zone.length === 0 ? '' : zone.length === 1 ? 'Z' : `+00'00'`.padEnd(zone.length, "'").slice(0, zone.length);
    return `(D:${stamp}${tail})`;
  });
  text = text.replace(/<x:xmpmeta[\s\S]*?<\/x:xmpmeta>/g, (xmp) => xmp.replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(?:\.\d+)?(?:Z|[+-]\d\d:\d\d)?/g, (d) => `${iso.slice(0, 19)}${d.slice(19).replace(/\d/g, '0')}`));
  // The tagged structure's element ids are chromium's DOM node numbers, which differ between
  // runs: numbered again in the order they first appear (same length; references follow).
  const renumbered = new Map<string, string>();
  text = text.replace(/\(node(\d{8})\)/g, (_m, n: string) => {
    let to = renumbered.get(n);
    if (to === undefined) {
      to = String(renumbered.size + 1).padStart(8, '0');
      renumbered.set(n, to);
    }
    return `(node${to})`;
  });
  const withoutId = text.replace(/\/ID\s*\[\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*\]/g, (m, a: string, b: string) => m.replace(a, '0'.repeat(a.length)).replace(b, '0'.repeat(b.length)));
  const digest = createHash('sha256').update(withoutId, 'latin1').digest('hex').toUpperCase();
  text = withoutId.replace(/\/ID\s*\[\s*<(0+)>\s*<(0+)>\s*\]/g, (m, a: string, b: string) => m.replace(`<${a}>`, `<${digest.slice(0, a.length)}>`).replace(`<${b}>`, `<${digest.slice(0, b.length)}>`));
  return Buffer.from(text, 'latin1');
}

/** The date a year's PDF carries: SOURCE_DATE_EPOCH when set, else the last day of the year. */
export function pdfDate(year: number, sourceDateEpoch: string | undefined): Date {
  if (sourceDateEpoch !== undefined && /^\d+$/.test(sourceDateEpoch.trim())) return new Date(Number(sourceDateEpoch.trim()) * 1000);
  return new Date(Date.UTC(year, 11, 31, 0, 0, 0));
}

/**
 * Prints each job's page from the site folder `siteDir` into its file there; `basePath` is the
 * path the site's addresses start with (`npm run build -- --base-path /csr/`), null: none.
 */
export async function printReports(siteDir: string, jobs: readonly PrintJob[], sourceDateEpoch: string | undefined, basePath: string | null = null): Promise<void> {
  if (jobs.length === 0) return;
  const { chromium } = await import('playwright-core');
  const root = path.resolve(siteDir);
  const base = basePath ?? '/';
  const server = await serveFolder(root, base);
  const browser = await chromium.launch({
    executablePath: chromiumPath(),
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--font-render-hinting=none'],
  });
  try {
    const context = await browser.newContext({ viewport: { width: PRINT_WIDTH, height: 1100 }, colorScheme: 'light', reducedMotion: 'reduce' });
    await context.route('**/*', async (route) => {
      if (route.request().url().startsWith(`${server.origin}/`)) await route.continue();
      else await route.abort();
    });
    for (const job of jobs) {
      const page = await context.newPage();
      await page.emulateMedia({ media: 'print', colorScheme: 'light' });
      await page.goto(`${server.origin}${base}${job.url.slice(1)}`, { waitUntil: 'load' });
      // Every chart drawn before printing (charts.js draws on load, without animation).
      await page.waitForFunction(`(() => { const c = [...document.querySelectorAll('canvas[data-chart]')]; return c.length === 0 || (typeof Chart !== 'undefined' && c.every((x) => Chart.getChart(x) !== undefined)); })()`, undefined, { timeout: 30_000 });
      // A link to another page of the site would name this printing's address (127.0.0.1): in
      // the PDF it is plain text; links inside the report (the contents) and to other sites stay.
      await page.evaluate(`(() => {
        for (const a of [...document.querySelectorAll('a[href]')]) {
          const to = new URL(a.href, location.href);
          if (to.origin !== location.origin) continue;
          if (to.pathname === location.pathname && to.hash !== '') a.setAttribute('href', to.hash);
          else a.removeAttribute('href');
        }
      })()`);
      const pdf = await page.pdf({
        format: 'A4',
        printBackground: true,
        tagged: true,
        outline: true,
        preferCSSPageSize: true,
        displayHeaderFooter: true,
        headerTemplate: `<div style="font: 8px system-ui, sans-serif; color: #444; width: 100%; padding: 0 14mm;">${escapeHtml(job.header)}</div>`,
        footerTemplate: '<div></div>',
        margin: { top: '16mm', bottom: '16mm', left: '14mm', right: '14mm' },
      });
      await page.close();
      const file = path.join(root, job.file);
      await mkdir(path.dirname(file), { recursive: true });
      await writeFile(file, normalisePdf(pdf, pdfDate(job.year, sourceDateEpoch)));
    }
    await context.close();
  } finally {
    await browser.close();
    await server.close();
  }
}
