// One input CSV file as an independent unit of work: read it, validate it and fold its rows into
// the small result the figures need. A task runs the same in the main thread or in a worker
// (workers.ts); what goes in and out is plain data (structured-clone and v8.serialize safe).
// Ledger rows go to a fragment file, never back through the result.

import { DiagnosticSink } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import type { LedgerSink } from '../model/figures.ts';
import type { EmissionFactor, Employment, SupplierContract } from '../model/records.ts';
import type { ReportSettings } from '../model/settings.ts';
import type { InputFileInfo } from '../model/site.ts';
import { readCsvFile } from '../read/index.ts';
import type { CsvKind, RecordOf } from '../read/index.ts';
import { FactorTable } from '../compute/factors.ts';
import { TravelAccumulator } from '../compute/travel.ts';
import type { TravelTotals } from '../compute/travel.ts';
import { EnergyAccumulator } from '../compute/energy.ts';
import { workforceFigures } from '../compute/workforce.ts';
import { supplierFigures } from '../compute/suppliers.ts';
import type { EnergyTotals } from '../compute/energy.ts';
import { LedgerFragmentWriter } from '../publish/ledger-fragment.ts';
import type { LedgerFragment } from '../publish/ledger-fragment.ts';
import { writeEnergySourceLine, writeTravelSourceLine } from '../publish/source-data.ts';
import { emailsInChunks } from '../read/emails.ts';
import type { DataFile } from '../read/data-file.ts';
import { KNOWN_FIGURE_IDS } from '../model/registry/index.ts';

/**
 * What is done with the rows: `collect` keeps them (small files), `workforce` computes the
 * year's workforce figures from the employments (and keeps only the ids, for the output scan),
 * `suppliers` computes the supplier figures and keeps the contracts (the pages list them),
 * `travel` and `energy` fold them into totals and ledger rows,
 * `check` only validates (travel and energy without emission-factors.csv).
 */
export type Fold = 'collect' | 'workforce' | 'suppliers' | 'travel' | 'energy' | 'check';

export interface FileTask {
  readonly kind: CsvKind;
  readonly fold: Fold;
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** Relative to the data folder, forward slashes. */
  readonly path: string;
  readonly settings: ReportSettings;
  readonly year?: number;
  /** The declared indicator ids (no `ind.` prefix), sorted: indicator values, benchmarks, targets. */
  readonly declared?: readonly string[];
  /** travel and energy: the rows of emission-factors.csv. */
  readonly factors?: readonly EmissionFactor[];
}

export type FileOutput =
  | { readonly fold: 'collect'; readonly rows: readonly unknown[] }
  /** The figures of compute/workforce.ts (none when the file had errors) and the employee ids. */
  | { readonly fold: 'workforce'; readonly figures: readonly (readonly [string, number | null])[]; readonly employeeIds: readonly string[] }
  /** The figures of compute/suppliers.ts (none when the file had errors) and the contracts. */
  | { readonly fold: 'suppliers'; readonly figures: readonly (readonly [string, number | null])[]; readonly rows: readonly SupplierContract[] }
  | { readonly fold: 'travel'; readonly totals: TravelTotals }
  | { readonly fold: 'energy'; readonly totals: EnergyTotals }
  | { readonly fold: 'check' };

export interface FileResult {
  readonly info: InputFileInfo;
  /** In the order the reader and the accumulator reported them. */
  readonly diagnostics: readonly Diagnostic[];
  readonly output: FileOutput;
  /** The ledger rows, when asked for and the fold writes any. */
  readonly ledger: LedgerFragment | null;
  /** The distinct e-mail addresses in the file (read/emails.ts emailsInChunks), for the output scan. */
  readonly emails: readonly string[];
  /** A check of the file could not run (a read failure, not the data): the result stops the
   * build and is never kept in a cache, so that the next build tries again. */
  readonly checkFailed?: true;
}

/** Where a running task reports how far it got (rows handed on so far). */
export type RowProgress = (rows: number) => void;

export interface RunOptions {
  /** Fragment file for the ledger rows (travel, energy); null: no ledger wanted. */
  readonly ledgerPath?: string | null;
  /** Instead of a fragment: a sink that takes the rows directly (tests, in-process callers). */
  readonly ledgerSink?: LedgerSink;
  readonly onProgress?: RowProgress;
  /** The file, opened already (openDataFile of the task's path) by the caller, who closes it. */
  readonly opened?: DataFile;
}

/** Bytes the e-mail search takes at a time (a file read whole is searched in chunks of this size). */
const EMAIL_CHUNK_BYTES = 1 << 24;

/** Rows between two progress reports. */
const PROGRESS_EVERY = 16_384;

/** Whether a benchmark or target's `metric` names a KPI: kpis.md's, or a declared indicator's. */
export function knownMetricOf(declared: ReadonlySet<string>): (id: string) => boolean {
  return (id) => KNOWN_FIGURE_IDS.has(id) || (id.startsWith('ind.') && declared.has(id.slice(4)));
}

const NULL_LEDGER: LedgerSink = { write: () => undefined };

/** The e-mail search saw other bytes than the reader did: the file changed while it was read. */
class FileChanged extends Error {}

/** What the e-mail search of a file found, on the bytes the reader read. */
type EmailSearch =
  | { readonly kind: 'found'; readonly emails: readonly string[] }
  | { readonly kind: 'failed'; readonly error: unknown }
  /** The reader never handed the file over (it could not read it: its errors stop the build). */
  | { readonly kind: 'not-searched' };

/** The distinct e-mail addresses of the open file (read/emails.ts emailsInChunks); it must see as
 * many bytes as the reader did, or the file changed while it was read. */
async function searchEmails(file: DataFile, info: InputFileInfo): Promise<EmailSearch> {
  try {
    const found = await emailsInChunks(file.chunks(EMAIL_CHUNK_BYTES));
    return found.bytes === info.bytes ? { kind: 'found', emails: found.emails } : { kind: 'failed', error: new FileChanged() };
  } catch (error) {
    return { kind: 'failed', error };
  }
}

export async function runFileTask(task: FileTask, options: RunOptions = {}): Promise<FileResult> {
  // Fail closed (issue 11): without the file's e-mail addresses the output scan cannot keep them
  // off the site, so a search that fails stops the build; it never counts as "none found". The
  // search reads the bytes the reader read, from the file the reader opened (read/data-file.ts:
  // no link on its path, O_NOFOLLOW, an ordinary file checked on the open handle), before it is
  // closed.
  // Typed as the union (not narrowed to its first value): the callback below assigns it.
  let search = { kind: 'not-searched' } as EmailSearch;
  const read = await readTask(task, options, async (file, info, sink) => {
    // A file with errors stops the build before any output is made: its addresses are not needed.
    if (!sink.hasErrors()) search = await searchEmails(file, info);
  });
  if (read.diagnostics.some((d) => d.severity === 'error')) return { ...read, emails: [] };
  if (search.kind === 'found') return { ...read, emails: search.emails };
  const error = search.kind === 'failed' ? search.error : null;
  const code = (error as NodeJS.ErrnoException | null)?.code;
  const why = error instanceof FileChanged ? ' (it changed while it was read)' : typeof code === 'string' ? ` (${code})` : '';
  const failed: Diagnostic = {
    severity: 'error',
    file: task.path,
    line: 1,
    message: `the file could not be searched for e-mail addresses${why}; the build was stopped, since the check that keeps the addresses of the input files off the site could not run. Check that the file can be read, then build again`,
  };
  return { ...read, diagnostics: [...read.diagnostics, failed], emails: [], checkFailed: true };
}

/** Runs on the open file once the reader has read it (readCsvFile's afterRead). */
type AfterRead = (file: DataFile, info: InputFileInfo, sink: DiagnosticSink) => Promise<void>;

async function readTask(task: FileTask, options: RunOptions, afterRead: AfterRead): Promise<Omit<FileResult, 'emails'>> {
  const sink = new DiagnosticSink();
  const declared = new Set(task.declared ?? []);
  const extra = {
    ...(task.year === undefined ? {} : { year: task.year }),
    ...(task.kind === 'indicator-values' ? { declaredIndicators: declared } : {}),
    ...(task.kind === 'benchmarks' || task.kind === 'targets' ? { knownMetric: knownMetricOf(declared) } : {}),
  };
  let rows = 0;
  const counted = <T>(onRow: (r: T) => void): ((r: T) => void) => {
    const report = options.onProgress;
    if (report === undefined) return onRow;
    return (r) => {
      onRow(r);
      if (++rows % PROGRESS_EVERY === 0) report(rows);
    };
  };
  const read = <K extends CsvKind>(onRow: (r: RecordOf[K]) => void): Promise<InputFileInfo> =>
    readCsvFile(task.kind as K, {
      dataDir: task.dataDir, path: task.path, settings: task.settings, ...extra, afterRead: (file, info) => afterRead(file, info, sink),
      ...(options.opened === undefined ? {} : { opened: options.opened }),
    }, sink, counted(onRow));

  if (task.fold === 'collect') {
    const collected: unknown[] = [];
    const info = await read((r) => collected.push(r));
    return { info, diagnostics: sink.items, output: { fold: 'collect', rows: collected }, ledger: null };
  }
  if (task.fold === 'workforce') {
    const employments: Employment[] = [];
    const info = await read<'employees'>((r) => employments.push(r));
    // The rows of a file with errors are incomplete; the build stops on the errors anyway.
    const figures = sink.hasErrors() ? [] : [...workforceFigures(employments, task.year ?? 0, task.settings)];
    const employeeIds = [...new Set(employments.map((e) => e.employeeId))];
    return { info, diagnostics: sink.items, output: { fold: 'workforce', figures, employeeIds }, ledger: null };
  }
  if (task.fold === 'suppliers') {
    const rows: SupplierContract[] = [];
    const info = await read<'suppliers'>((r) => rows.push(r));
    const figures = sink.hasErrors() ? [] : [...supplierFigures(rows, task.year ?? 0, task.settings)];
    return { info, diagnostics: sink.items, output: { fold: 'suppliers', figures, rows }, ledger: null };
  }
  if (task.fold === 'check') {
    const info = await read(() => undefined);
    return { info, diagnostics: sink.items, output: { fold: 'check' }, ledger: null };
  }

  // The fragment also takes the rows as read: the source data of downloads/<year>/source/.
  const fragment = options.ledgerPath
    ? new LedgerFragmentWriter(options.ledgerPath, task.fold === 'travel' ? 'travel.csv' : 'energy.csv') : null;
  const ledger = fragment ?? options.ledgerSink ?? NULL_LEDGER;
  try {
    const accOptions = {
      year: task.year ?? 0,
      file: task.path,
      factors: new FactorTable(task.factors ?? [], task.settings.radiativeForcing),
      ledger,
      sink,
    };
    if (task.fold === 'travel') {
      const acc = new TravelAccumulator(accOptions);
      const sourceRows = fragment?.sourceRows;
      const info = await read<'travel'>(sourceRows === undefined ? (j) => acc.add(j) : (j) => {
        acc.add(j);
        writeTravelSourceLine(task.path, j, sourceRows);
      });
      return { info, diagnostics: sink.items, output: { fold: 'travel', totals: acc.result() }, ledger: fragment?.close() ?? null };
    }
    const acc = new EnergyAccumulator(accOptions);
    const sourceRows = fragment?.sourceRows;
    const info = await read<'energy'>(sourceRows === undefined ? (r) => acc.add(r) : (r) => {
      acc.add(r);
      writeEnergySourceLine(task.path, r, sourceRows);
    });
    return { info, diagnostics: sink.items, output: { fold: 'energy', totals: acc.result() }, ledger: fragment?.close() ?? null };
  } catch (error) {
    try {
      fragment?.close();
    } catch {
      // already closed
    }
    throw error;
  }
}
