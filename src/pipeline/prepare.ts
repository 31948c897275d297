// read → validate → compute → protect: turns a data folder into the ReportModel the pages are
// rendered from, or into the complete list of problems found. Travel and energy rows stream
// through their accumulators (and into the ledger) as they are read; an employees.csv becomes
// its year's workforce figures (and ids) in its task; nothing per-row is kept but the contracts
// the supplier pages list and the rows of the small files. Every CSV file is a file task (file-task.ts):
// tasks run on worker threads when the files are large (workers.ts), come from the cache when
// their inputs are unchanged (cache.ts, through the store), and are taken in file order, so diagnostics, figures and
// the ledger are the same whatever the scheduling.

import { mkdtemp, rm, stat } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import path from 'node:path';
import { DiagnosticSink } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { LedgerSink } from '../model/figures.ts';
import type {
  Benchmark, EmissionFactor, IndicatorDeclaration, IndicatorValue, MeetingMonth,
  Narrative, Target,
} from '../model/records.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import type { ReportSettings } from '../model/settings.ts';
import type { InputFileInfo, ReportModel, SourceRows } from '../model/site.ts';
import type { Restatement } from '../model/published.ts';
import { readReportJson, scanDataFolder, readNarratives, checkNarrativeTags } from '../read/index.ts';
import type { CsvKind, YearFolder } from '../read/index.ts';
import type { TravelTotals } from '../compute/travel.ts';
import type { EnergyTotals } from '../compute/energy.ts';
import { computeYearRaw, finishYears } from '../compute/year.ts';
import { FactorTable } from '../compute/factors.ts';
import type { RawYear } from '../compute/year.ts';
import { compareYears } from '../compute/compare.ts';
import { derivedFigures } from '../compute/frameworks.ts';
import { protectYears } from '../protect/years.ts';
import { acceptsFragments } from '../publish/write-downloads.ts';
import { cacheKey, hashFileRemembered, processCache } from './cache.ts';
import { cacheFolderFor, Store } from './store.ts';
import type { JobResult, MemoryCache, TaskJob } from './cache.ts';
import { runFileTask } from './file-task.ts';
import type { FileOutput, FileResult, FileTask, Fold } from './file-task.ts';
import { SILENT_PROGRESS } from './progress.ts';
import type { FileProgress, ProgressReporter } from './progress.ts';
import { InProcessRunner, WorkerPool } from './workers.ts';
import type { JobRunner } from './workers.ts';
import { TOOL } from './tool.ts';
import { checkLocked, readLockedYears } from './locked-years.ts';
import { reportRegistry } from '../model/registry/index.ts';

export interface PrepareOptions {
  /** Where the ledger rows of a year go (a file in the staging folder of a build). */
  readonly ledgerFor?: (year: number) => LedgerSink;
  /** `SOURCE_DATE_EPOCH`, when set (seconds). */
  readonly sourceDateEpoch?: string | undefined;
  /** The cache folder (store.ts defaultCacheDir); null or absent: no disk cache. */
  readonly cacheDir?: string | null;
  /** Results kept in this process across calls (the live server); default the process's, null: none. */
  readonly memoryCache?: MemoryCache | null;
  /** Worker threads reading files; 0: this thread. Default: one per core when the CSVs are large. */
  readonly workers?: number;
  /** Progress of long reads (stderr in a build without --quiet). */
  readonly progress?: ProgressReporter;
  /** Told, in file order, where each CSV file's result came from (tests, the benchmark). */
  readonly onFile?: (file: string, source: FileSource) => void;
  /**
   * Draft years (a DRAFT file in the year folder): read and shown (the default: npm start, check,
   * lock), or, false, left out entirely, as if the folder were not there (npm run build without
   * --drafts): nothing of them is read, warned about, listed or published.
   */
  readonly drafts?: boolean;
}

export type FileSource = 'read' | 'disk-cache' | 'memory-cache';

export type PrepareResult =
  | {
    readonly ok: true; readonly model: ReportModel; readonly diagnostics: readonly Diagnostic[]; readonly privateValues: PrivateValues;
    /** The draft years left out (options.drafts false), ascending. */
    readonly draftsLeftOut?: readonly number[];
  }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Values of the inputs that must never appear in the output (the scan of verify/). */
export interface PrivateValues {
  readonly employeeIds: ReadonlySet<string>;
  /** Every e-mail address in the input CSV files (found by the file tasks, cached with them). */
  readonly emails: ReadonlySet<string>;
}

/** Settings to read the other files with when report.json itself has errors. */
const FALLBACK_SETTINGS: ReportSettings = {
  ...DEFAULT_SETTINGS,
  organisation: { name: '', url: null, accessibilityStatementUrl: '' },
};

const HEADER_ONLY = 'the file has a header but no rows; its figures are not reported';

/** Below this many bytes of CSV, starting worker threads costs more than it saves. */
export const PARALLEL_FROM_BYTES = 8 * 1024 * 1024;

interface Sourced {
  readonly result: FileResult;
  readonly source: FileSource;
  /** The ledger fragment is scratch: delete it once appended. */
  readonly scratchLedger: boolean;
}

export async function prepareReport(dataDir: string, options: PrepareOptions = {}): Promise<PrepareResult> {
  const sink = new DiagnosticSink();
  const inputs: InputFileInfo[] = [];
  const report = await readReportJson(dataDir, sink);
  if (report) inputs.push(report.info);
  const settings = report?.settings ?? FALLBACK_SETTINGS;
  // The logo is an input like the others (published, so in the manifest and INPUTS.sha256).
  const logo = settings.organisation.logo;
  if (logo !== undefined && logo !== null) inputs.push({ path: logo.path, bytes: Buffer.byteLength(logo.base64, 'base64'), sha256: logo.sha256, rows: null });
  // A draft year left out is not part of this run: what the scan said about it is dropped too.
  const scanned = new DiagnosticSink();
  const wholeFolder = await scanDataFolder(dataDir, settings.languages, scanned, settings.baseYear, settings.organisation.logo?.path ?? null);
  const draftsLeftOut = options.drafts === false ? wholeFolder.years.filter((y) => y.draft).map((y) => y.year) : [];
  const leftOut = (file: string): boolean => draftsLeftOut.some((y) => file === String(y) || file.startsWith(`${y}/`));
  sink.addAll(scanned.items.filter((d) => !leftOut(d.file)));
  const folder = draftsLeftOut.length === 0 ? wholeFolder : { ...wholeFolder, years: wholeFolder.years.filter((y) => !draftsLeftOut.includes(y.year)) };

  const needLedger = options.ledgerFor !== undefined;
  const memory = options.memoryCache === undefined ? processCache : options.memoryCache;
  const cacheDir = options.cacheDir ? cacheFolderFor(options.cacheDir, dataDir) : null;
  const progress = options.progress ?? SILENT_PROGRESS;
  const usedKeys = new Set<string>();
  /** The folder of scratch ledger fragments, made once (by the first job that needs it). */
  const scratch: { dir: Promise<string> | null } = { dir: null };
  let scratchCount = 0;
  const runner = await chooseRunner(dataDir, folder, options.workers);
  // The narratives are read while the CSV files are; what they say is reported after each year's
  // files, in the same order as if they were read then.
  const narrativeReads = new Map(folder.years.map((y) => {
    const said = new DiagnosticSink();
    const read = readNarratives(dataDir, y, settings.languages, said);
    read.catch(() => undefined); // awaited in its turn; a failure is thrown there
    return [y.year, { said, read }] as const;
  }));
  /** Tasks whose ledger rows go straight to a plain LedgerSink run here, one after another. */
  let direct: Promise<unknown> = Promise.resolve();

  const submit = (task: FileTask): Promise<Sourced> => {
    const ledgerSink = needLedger && task.year !== undefined && (task.fold === 'travel' || task.fold === 'energy')
      ? options.ledgerFor?.(task.year) : undefined;
    if (ledgerSink !== undefined && !acceptsFragments(ledgerSink)) {
      const run = direct.then(async (): Promise<Sourced> =>
        ({ result: await runFileTask(task, { ledgerSink }), source: 'read', scratchLedger: false }));
      direct = run.catch(() => undefined);
      return run;
    }
    return submitJob(task);
  };

  // Without results in memory to look up, the file is hashed where its job runs (a worker); with
  // them (the live server), here, and not again while its size, inode and times stay the same.
  const hashHere = memory !== null && memory.size > 0;
  // Without a cache (no folder, no memory layer), no key is made: the file is not hashed for one.
  const keyed = cacheDir !== null || memory !== null;
  const submitJob = async (task: FileTask): Promise<Sourced> => {
    const jobNeedsLedger = needLedger && (task.fold === 'travel' || task.fold === 'energy');
    let key: string | null | undefined = keyed ? undefined : null;
    if (hashHere) {
      try {
        key = cacheKey(task, await hashFileRemembered(path.join(dataDir, ...task.path.split('/'))));
      } catch {
        key = null; // unreadable: the reader says why
      }
      if (key !== null) usedKeys.add(key);
      const remembered = key === null || memory === null ? null : memory.get(key, jobNeedsLedger);
      if (remembered !== null) return { result: remembered, source: 'memory-cache', scratchLedger: false };
    }
    let scratchLedgerPath: string | null = null;
    if (jobNeedsLedger && cacheDir === null) {
      scratch.dir ??= mkdtemp(path.join(tmpdir(), 'csr-report-ledger-'));
      scratchLedgerPath = path.join(await scratch.dir, `${scratchCount++}.ledger`);
    }
    const job: TaskJob = { task, key, cacheDir, needLedger: jobNeedsLedger, scratchLedgerPath };
    let shown: FileProgress | null = null;
    const done: JobResult = await runner.run(job, (rows) => {
      shown ??= progress.start(task.path);
      shown.rows(rows);
    });
    (shown as FileProgress | null)?.done(done.result.info.rows ?? 0);
    if (done.key !== null) usedKeys.add(done.key);
    if (done.key !== null && memory !== null && done.result.checkFailed !== true) {
      memory.set(done.key, done.result.ledger !== null && !done.ledgerCached ? { ...done.result, ledger: null } : done.result);
    }
    return {
      result: done.result,
      source: done.hit ? 'disk-cache' : 'read',
      scratchLedger: done.result.ledger !== null && !done.ledgerCached,
    };
  };

  const base = { dataDir, settings };
  const task = (kind: CsvKind, fold: Fold, relPath: string, extra: Partial<FileTask> = {}): FileTask =>
    ({ ...base, kind, fold, path: relPath, ...extra });
  const emails = new Set<string>();
  const take = (s: Sourced): FileResult => {
    options.onFile?.(s.result.info.path, s.source);
    inputs.push(s.result.info);
    for (const e of s.result.emails) emails.add(e);
    sink.addAll(s.result.diagnostics);
    return s.result;
  };
  const rowsOf = <T>(r: FileResult): T[] => (r.output.fold === 'collect' ? (r.output.rows as T[]) : []);

  const raws: RawYear[] = [];
  const narratives: Narrative[] = [];
  const employeeIds = new Set<string>();
  let declarations: IndicatorDeclaration[] = [];
  let benchmarks: Benchmark[] = [];
  let targets: Target[] = [];
  let restatements: Restatement[] = [];
  /** The rows of emission-factors.csv (the reduction split values one year's activity at another's). */
  let factorRows: readonly EmissionFactor[] = [];
  /** The small files' rows as read, for the source data downloads (publish/source-data.ts). */
  const sourceRows: SourceRows[] = [];
  let complete = false;
  const sealed: Promise<void>[] = [];
  try {
    // Root files: factors and indicator declarations first (the other files depend on them).
    const factorsRun = folder.emissionFactors === null ? null : submit(task('emission-factors', 'collect', folder.emissionFactors));
    const declarationsRun = folder.indicators === null ? null : submit(task('indicator-declarations', 'collect', folder.indicators));
    const factors: EmissionFactor[] = factorsRun === null ? [] : rowsOf(take(await factorsRun));
    factorRows = factors;
    declarations = declarationsRun === null ? [] : rowsOf(take(await declarationsRun));
    if (folder.emissionFactors !== null) sourceRows.push({ kind: 'emission-factors', path: folder.emissionFactors, rows: factors });
    if (folder.indicators !== null) sourceRows.push({ kind: 'indicator-declarations', path: folder.indicators, rows: declarations });
    const declared = [...new Set(declarations.map((d) => d.id))].sort();

    // Everything else at once, in file order; results are taken in the same order.
    const benchmarksRun = folder.benchmarks === null ? null : submit(task('benchmarks', 'collect', folder.benchmarks, { declared }));
    const targetsRun = folder.targets === null ? null : submit(task('targets', 'collect', folder.targets, { declared }));
    const restatementsRun = folder.restatements === null ? null : submit(task('restatements', 'collect', folder.restatements));
    const noFactors = folder.emissionFactors === null;
    const yearRuns = folder.years.map((y) => {
      const { year, files } = y;
      const at = <K extends CsvKind>(kind: K, file: string | undefined, fold: Fold, extra: Partial<FileTask> = {}): Promise<Sourced> | null =>
        file === undefined ? null : submit(task(kind, fold, file, { year, ...extra }));
      // Without emission-factors.csv (an error of its own, on its line 1) the rows are still
      // checked, but not matched to factors: one error for the missing file, not one per key.
      return {
        y,
        employees: at('employees', files.employees, 'workforce'),
        travel: at('travel', files.travel, noFactors ? 'check' : 'travel', { factors }),
        energy: at('energy', files.energy, noFactors ? 'check' : 'energy', { factors }),
        meetings: at('meetings', files.meetings, 'collect'),
        suppliers: at('suppliers', files.suppliers, 'suppliers'),
        indicatorValues: at('indicator-values', files['indicator-values'], 'collect', { declared }),
      };
    });
    benchmarks = benchmarksRun === null ? [] : rowsOf(take(await benchmarksRun));
    targets = targetsRun === null ? [] : rowsOf(take(await targetsRun));
    if (folder.benchmarks !== null) sourceRows.push({ kind: 'benchmarks', path: folder.benchmarks, rows: benchmarks });
    if (folder.targets !== null) sourceRows.push({ kind: 'targets', path: folder.targets, rows: targets });
    restatements = restatementsRun === null ? [] : rowsOf(take(await restatementsRun));
    const catalog = reportRegistry(declarations);
    const knownKpi = (id: string): boolean => catalog.some((d) => d.id === id);

    // Each year is taken off the list: its results are not kept while later years are read.
    for (let run = yearRuns.shift(); run !== undefined; run = yearRuns.shift()) {
      raws.push(await finishYear(run.y, run));
      const narrativeRead = narrativeReads.get(run.y.year)!;
      const read = await narrativeRead.read;
      sink.addAll(narrativeRead.said.items);
      for (const n of read.narratives) {
        checkNarrativeTags(n, knownKpi, sink);
        narratives.push(n);
      }
      inputs.push(...read.infos);
    }
    complete = true;
  } finally {
    await Promise.all(sealed);
    await runner.close();
    progress.close();
    const made = await scratch.dir?.catch(() => null);
    if (made) await rm(made, { recursive: true, force: true });
    if (complete && cacheDir !== null) await new Store(cacheDir).prune('file', usedKeys);
  }

  async function finishYear(y: YearFolder, runs: Record<'employees' | 'travel' | 'energy' | 'meetings' | 'suppliers' | 'indicatorValues', Promise<Sourced> | null>): Promise<RawYear> {
    // A year file with a header and no rows counts as missing (inputs.md "Layout"): its figures
    // are not reported, never 0, and it says so; it is still an input of the build.
    const got = async (p: Promise<Sourced> | null): Promise<Sourced | null> => {
      const s = p === null ? null : await p;
      if (s === null || s.result.info.rows !== 0 || s.result.diagnostics.some((d) => d.severity === 'error')) return s;
      take(s);
      sink.warning(s.result.info.path, 1, HEADER_ONLY);
      if (s.scratchLedger && s.result.ledger !== null) await rm(s.result.ledger.path, { force: true });
      return null;
    };
    const ledger = options.ledgerFor?.(y.year);
    /** The output of a file task, when the file is there and was folded this way. */
    const outputOf = async <F extends FileOutput['fold']>(p: Promise<Sourced> | null, fold: F): Promise<Extract<FileOutput, { fold: F }> | null> => {
      const s = await got(p);
      if (s === null) return null;
      const { output } = take(s);
      return output.fold === fold ? (output as Extract<FileOutput, { fold: F }>) : null;
    };
    const staff = await outputOf(runs.employees, 'workforce');
    for (const id of staff?.employeeIds ?? []) employeeIds.add(id);
    const workforce = staff === null ? null : new Map(staff.figures);
    const flows = async (p: Promise<Sourced> | null): Promise<FileResult | null> => {
      const s = await got(p);
      if (s === null) return null;
      const r = take(s);
      if (r.ledger !== null && ledger !== undefined && acceptsFragments(ledger)) {
        await ledger.appendFragment(r.ledger, s.scratchLedger ? 'scratch' : s.source === 'read' ? 'fresh' : 'cached');
        if (s.scratchLedger) await rm(r.ledger.path, { force: true });
      }
      return r;
    };
    const travelResult = await flows(runs.travel);
    const travel: TravelTotals | null = travelResult?.output.fold === 'travel' ? travelResult.output.totals : null;
    const energyResult = await flows(runs.energy);
    const energy: EnergyTotals | null = energyResult?.output.fold === 'energy' ? energyResult.output.totals : null;
    // The year's ledger is complete: its check in the cache runs (where the jobs run) while later
    // years are read; awaited before the runner closes.
    if (ledger !== undefined && acceptsFragments(ledger)) sealed.push(ledger.seal((file) => runner.hashFile(file)));
    const collected = async <T>(p: Promise<Sourced> | null): Promise<T[] | null> => {
      const s = await got(p);
      return s === null ? null : rowsOf<T>(take(s));
    };
    const meetings = await collected<MeetingMonth>(runs.meetings);
    const contracts = await outputOf(runs.suppliers, 'suppliers');
    const suppliers = contracts === null ? null : { contracts: contracts.rows, values: new Map(contracts.figures) };
    const indicatorValues = await collected<IndicatorValue>(runs.indicatorValues);
    const { files } = y;
    if (meetings !== null && files.meetings !== undefined) sourceRows.push({ kind: 'meetings', path: files.meetings, rows: meetings });
    if (contracts !== null && files.suppliers !== undefined) sourceRows.push({ kind: 'suppliers', path: files.suppliers, rows: contracts.rows });
    if (indicatorValues !== null && files['indicator-values'] !== undefined) {
      sourceRows.push({ kind: 'indicator-values', path: files['indicator-values'], rows: indicatorValues });
    }
    return computeYearRaw({ year: y.year, draft: y.draft, workforce, travel, energy, meetings, suppliers, indicatorValues });
  }

  // Locked years (YEAR/published.json): their figures are checked once the figures are computed.
  const locked = await readLockedYears(dataDir, folder.years, sink, inputs);
  if (sink.hasErrors() || !report) return { ok: false, diagnostics: sink.items };

  const catalog = reportRegistry(declarations);
  // compute (the reduction against the base year), then protect (the privacy rule).
  const years = protectYears(finishYears(raws, settings, new FactorTable(factorRows, settings.radiativeForcing)), catalog, settings.minCellSize);
  const restated = checkLocked(locked, years, restatements, catalog, sink);
  if (sink.hasErrors()) return { ok: false, diagnostics: sink.items };
  const published = years.filter((y) => !y.draft);
  const model: ReportModel = {
    tool: TOOL,
    settings,
    years,
    comparisons: compareYears(years, targets, settings.baseYear, catalog),
    derived: years.map((y) => ({ year: y.year, figures: derivedFigures(y.kpis) })),
    frontYear: published.length > 0 ? published[published.length - 1]!.year : null,
    catalog,
    declarations,
    benchmarks,
    targets,
    narratives,
    inputs: [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    buildDate: buildDateFrom(options.sourceDateEpoch),
    restated,
    warnings: sink.items.filter((d) => d.severity === 'warning'),
    sourceRows,
  };
  // The CSR contact of report.json is published on purpose, in every footer (issue 14, item 1):
  // the same address in an input file does not stop the build. It is a role's address, never a
  // person's (read/report-identity.ts refuses those).
  const contact = settings.organisation.contact;
  if (contact != null) emails.delete(contact.toLowerCase());
  return { ok: true, model, diagnostics: sink.items, privateValues: { employeeIds, emails }, draftsLeftOut };
}

/** In this thread for small folders (or when asked), else a pool of worker threads. */
async function chooseRunner(dataDir: string, folder: { readonly years: readonly YearFolder[] }, workers: number | undefined): Promise<JobRunner> {
  if (workers === 0) return new InProcessRunner();
  if (workers !== undefined) return new WorkerPool(workers);
  const sizes = await Promise.all(folder.years.flatMap((y) => Object.values(y.files)).map(async (file) =>
    (await stat(path.join(dataDir, ...file.split('/'))).catch(() => null))?.size ?? 0));
  const bytes = sizes.reduce((sum, size) => sum + size, 0);
  return bytes < PARALLEL_FROM_BYTES ? new InProcessRunner() : new WorkerPool(availableParallelism());
}

/** `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) as YYYY-MM-DD; null when unset or not a number. */
export function buildDateFrom(epoch: string | undefined): string | null {
  if (epoch === undefined || !/^\d+$/.test(epoch.trim())) return null;
  return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10);
}
