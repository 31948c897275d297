// One measurement of the benchmark (scripts/bench.ts), run in a child process of its own so that
// its peak memory is its own: `tsx scripts/bench-stage.ts <stage> <dataDir> [outDir] [pages]`.
// Prints one JSON line: { ms, rows, bytes, maxRssMb, ... }.
//   csv-parse  (a) csv-parse alone over every CSV file, one after another, the reader's options
//   reader     (b) readCsvFile with validation over every CSV file, one after another, this thread
//   figures    (c) prepareReport: reader + figures (worker threads as in a build, no cache, no ledger)
//   (e, the full build, is scripts/bench-build.mjs: run from the tool's bundle, as npm run build runs it)
//   eleventy   (d) a bare Eleventy build of `pages` pages with a one-line layout into outDir
//   serve      (f) the live server (`npm start`) on a copy of the data in outDir: after its first
//              build, an edited narrative (Markdown) is saved, and the time until the served page
//              shows the edit is measured, five times (ms: the slowest; editsMs: each)

import { createReadStream, readdirSync, statSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse';
import { DiagnosticSink } from '../src/model/diagnostics.ts';
import { readReportJson, scanDataFolder, readCsvFile } from '../src/read/index.ts';
import type { CsvKind } from '../src/read/index.ts';
import { detectDelimiter } from '../src/read/dialect.ts';
import { knownMetricOf } from '../src/pipeline/file-task.ts';

interface Measured {
  readonly ms: number;
  readonly rows: number;
  readonly bytes: number;
  readonly [extra: string]: unknown;
}

/** Every CSV file of the data folder, sorted (hidden entries skipped). */
function csvFiles(dir: string, rel = ''): string[] {
  const out: string[] = [];
  for (const name of readdirSync(path.join(dir, rel)).sort()) {
    if (name.startsWith('.')) continue;
    const r = rel === '' ? name : `${rel}/${name}`;
    if (statSync(path.join(dir, r)).isDirectory()) out.push(...csvFiles(dir, r));
    else if (name.endsWith('.csv')) out.push(r);
  }
  return out;
}

async function firstLine(file: string): Promise<string> {
  for await (const chunk of createReadStream(file, { end: 65535 }) as AsyncIterable<Buffer>) {
    const text = chunk.toString('latin1');
    return text.slice(0, text.indexOf('\n') === -1 ? undefined : text.indexOf('\n'));
  }
  return '';
}

async function csvParseAlone(dataDir: string): Promise<Measured> {
  const files = csvFiles(dataDir);
  let rows = 0;
  let bytes = 0;
  const t = performance.now();
  for (const f of files) {
    const abs = path.join(dataDir, f);
    bytes += statSync(abs).size;
    const delimiter = detectDelimiter(await firstLine(abs)) ?? ',';
    const parser = createReadStream(abs, { highWaterMark: 1 << 18 }).pipe(parse({
      delimiter, columns: false, relax_column_count: true, relax_quotes: true, skip_empty_lines: false, bom: false,
    }));
    for await (const record of parser as AsyncIterable<string[]>) if (record.length > 0) rows++;
  }
  return { ms: performance.now() - t, rows, bytes, files: files.length };
}

async function readerAlone(dataDir: string): Promise<Measured> {
  const sink = new DiagnosticSink();
  const report = await readReportJson(dataDir, sink);
  if (report === null) throw new Error('report.json has errors');
  const { settings } = report;
  const folder = await scanDataFolder(dataDir, settings.languages, sink);
  const jobs: { kind: CsvKind; file: string; year?: number }[] = [];
  const root = { emissionFactors: 'emission-factors', indicators: 'indicator-declarations', benchmarks: 'benchmarks', targets: 'targets' } as const;
  for (const [key, kind] of Object.entries(root) as [keyof typeof root, CsvKind][]) {
    const file = folder[key];
    if (file !== null) jobs.push({ kind, file });
  }
  for (const y of folder.years) {
    for (const [kind, file] of Object.entries(y.files) as [CsvKind, string][]) jobs.push({ kind, file, year: y.year });
  }
  const declared = new Set<string>();
  let rows = 0;
  let bytes = 0;
  const t = performance.now();
  for (const j of jobs) {
    const info = await readCsvFile(j.kind, {
      dataDir, path: j.file, settings,
      ...(j.year === undefined ? {} : { year: j.year }),
      declaredIndicators: declared,
      knownMetric: knownMetricOf(declared),
    }, sink, (r) => {
      if (j.kind === 'indicator-declarations') declared.add((r as { id: string }).id);
    });
    rows += info.rows ?? 0;
    bytes += info.bytes;
  }
  return { ms: performance.now() - t, rows, bytes, errors: sink.errorCount };
}

async function figures(dataDir: string): Promise<Measured> {
  const { prepareReport } = await import('../src/pipeline/prepare.ts');
  const t = performance.now();
  const r = await prepareReport(dataDir, { memoryCache: null, cacheDir: null });
  const ms = performance.now() - t;
  const inputs = r.ok ? r.model.inputs : [];
  return {
    ms, ok: r.ok,
    rows: inputs.reduce((n, i) => n + (i.rows ?? 0), 0),
    bytes: inputs.filter((i) => i.path.endsWith('.csv')).reduce((n, i) => n + i.bytes, 0),
    errors: r.diagnostics.filter((d) => d.severity === 'error').length,
  };
}

async function bareEleventy(outDir: string, pages: number): Promise<Measured> {
  const inputDir = `${outDir}-input`;
  await fs.rm(inputDir, { recursive: true, force: true });
  await fs.mkdir(path.join(inputDir, '_includes'), { recursive: true });
  await fs.writeFile(path.join(inputDir, '_includes', 'base.njk'), '<!doctype html><html lang="da"><title>{{ title }}</title><main>{{ content | safe }}</main></html>\n');
  for (let i = 0; i < pages; i++) {
    await fs.writeFile(path.join(inputDir, `page-${i}.md`), `---\nlayout: base.njk\ntitle: Side ${i}\npermalink: /p/${i}/index.html\n---\nSide ${i}.\n`);
  }
  const t = performance.now();
  const { default: Eleventy } = await import('@11ty/eleventy');
  const configPath = `${inputDir}.config.mjs`;
  await fs.writeFile(configPath, 'export default function () {}\n');
  const eleventy = new Eleventy(inputDir, outDir, { quietMode: true, configPath });
  await eleventy.write();
  const ms = performance.now() - t;
  await fs.rm(inputDir, { recursive: true, force: true });
  await fs.rm(configPath, { force: true });
  return { ms, rows: 0, bytes: 0, pages };
}

/** A copy of the data folder to edit: the narratives copied, every other file hard-linked. */
async function editableCopy(dataDir: string, copy: string): Promise<void> {
  await fs.rm(copy, { recursive: true, force: true });
  const walk = async (rel: string): Promise<void> => {
    await fs.mkdir(path.join(copy, rel), { recursive: true });
    for (const e of await fs.readdir(path.join(dataDir, rel), { withFileTypes: true })) {
      const r = path.join(rel, e.name);
      if (e.isDirectory()) await walk(r);
      else if (e.name.endsWith('.md')) await fs.copyFile(path.join(dataDir, r), path.join(copy, r));
      else await fs.link(path.join(dataDir, r), path.join(copy, r)).catch(() => fs.copyFile(path.join(dataDir, r), path.join(copy, r)));
    }
  };
  await walk('.');
}

async function liveEdit(dataDir: string, workDir: string): Promise<Measured> {
  const { startDevServer } = await import('../src/pipeline/serve.ts');
  const copy = path.join(workDir, 'data');
  await editableCopy(dataDir, copy);
  const years = (await fs.readdir(copy)).filter((n) => /^\d{4}$/.test(n)).sort().reverse();
  let year = '';
  for (const y of years) {
    if (statSync(path.join(copy, y, 'narrative', 'overview.da.md'), { throwIfNoEntry: false })) {
      year = y;
      break;
    }
  }
  if (year === '') {
    // A data folder without narratives (the generated large one): the newest year gets one.
    year = years[0] ?? '';
    if (year === '') throw new Error('the data folder has no year folder');
    await fs.mkdir(path.join(copy, year, 'narrative'), { recursive: true });
    await fs.writeFile(path.join(copy, year, 'narrative', 'overview.da.md'), '# Året\n\nEn tekst om året.\n');
  }
  const file = path.join(copy, year, 'narrative', 'overview.da.md');
  const server = await startDevServer({
    dataDir: copy, outDir: path.join(workDir, 'site'), port: 0, quiet: true,
    cacheDir: path.join(workDir, 'cache'), write: () => undefined,
  });
  try {
    while (server.builds === 0) await new Promise((r) => setTimeout(r, 20));
    // The file watcher starts after the first build; an edit before it is ready is not seen.
    await new Promise((r) => setTimeout(r, 1500));
    const original = await fs.readFile(file, 'utf8');
    // The year's overview is the front page when it is the newest published year.
    const urls = [server.url, `${server.url}${year}/`];
    const editsMs: number[] = [];
    for (let i = 1; i <= 5; i++) {
      const marker = `Benchmark edit ${i} ${Date.now()}`;
      await fs.writeFile(file, `${original}\n\n${marker}\n`);
      const t = performance.now();
      for (;;) {
        const pages = await Promise.all(urls.map((u) => fetch(u).then((r) => r.text()).catch(() => '')));
        if (pages.some((p) => p.includes(marker))) break;
        if (performance.now() - t > 60_000) throw new Error('the edit did not show within 60 s');
        await new Promise((r) => setTimeout(r, 5));
      }
      editsMs.push(performance.now() - t);
      // Let the server settle (its reload of the browser) before the next edit.
      await new Promise((r) => setTimeout(r, 300));
    }
    return { ms: Math.max(...editsMs), rows: 0, bytes: 0, editsMs: editsMs.map((m) => Math.round(m)) };
  } finally {
    await server.close();
  }
}

async function main(): Promise<void> {
  const [stage, dataDirArg, outDir = '', pagesArg = '0'] = process.argv.slice(2);
  const dataDir = path.resolve(dataDirArg ?? 'data');
  let m: Measured;
  switch (stage) {
    case 'csv-parse': m = await csvParseAlone(dataDir); break;
    case 'reader': m = await readerAlone(dataDir); break;
    case 'figures': m = await figures(dataDir); break;
    case 'serve': m = await liveEdit(dataDir, path.resolve(outDir)); break;
    case 'eleventy': m = await bareEleventy(path.resolve(outDir), Number(pagesArg)); break;
    default: throw new Error(`unknown stage ${stage ?? ''}`);
  }
  const maxRssMb = process.resourceUsage().maxRSS / 1024;
  process.stdout.write(`${JSON.stringify({ stage, ...m, maxRssMb })}\n`);
}

await main();
