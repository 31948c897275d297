// read → validate → compute → protect: turns a data folder into the ReportModel the pages are
// rendered from, or into the complete list of problems found. Travel and energy rows stream
// through their accumulators (and into the ledger) as they are read; nothing per-row is kept
// but the employments of the year being computed.

import { DiagnosticSink } from '../model/diagnostics.ts';
import type { Diagnostic } from '../model/diagnostics.ts';
import { kpiCatalog, KNOWN_KPI_IDS } from '../model/kpis.ts';
import type { LedgerSink } from '../model/figures.ts';
import type {
  Benchmark, EmissionFactor, Employment, IndicatorDeclaration, IndicatorValue, MeetingMonth,
  Narrative, SupplierContract, Target,
} from '../model/records.ts';
import { DEFAULT_SETTINGS } from '../model/settings.ts';
import type { ReportSettings } from '../model/settings.ts';
import type { InputFileInfo, ReportModel } from '../model/site.ts';
import { readReportJson, scanDataFolder, readNarratives, checkNarrativeTags, readCsvFile } from '../read/index.ts';
import type { CsvKind, RecordOf, YearFolder } from '../read/index.ts';
import { FactorTable } from '../compute/factors.ts';
import { TravelAccumulator } from '../compute/travel.ts';
import { EnergyAccumulator } from '../compute/energy.ts';
import { computeYearRaw, finishYears } from '../compute/year.ts';
import type { RawYear } from '../compute/year.ts';
import { TOOL } from './tool.ts';

export interface PrepareOptions {
  /** Where the ledger rows of a year go (a file in the staging folder of a build). */
  readonly ledgerFor?: (year: number) => LedgerSink;
  /** `SOURCE_DATE_EPOCH`, when set (seconds). */
  readonly sourceDateEpoch?: string | undefined;
}

export type PrepareResult =
  | { readonly ok: true; readonly model: ReportModel; readonly diagnostics: readonly Diagnostic[]; readonly privateValues: PrivateValues }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

/** Values of the inputs that must never appear in the output (the scan of verify/). */
export interface PrivateValues {
  readonly employeeIds: ReadonlySet<string>;
}

const NULL_LEDGER: LedgerSink = { write: () => undefined };

/** Settings to read the other files with when report.json itself has errors. */
const FALLBACK_SETTINGS: ReportSettings = {
  ...DEFAULT_SETTINGS,
  organisation: { name: '', url: null, accessibilityStatementUrl: '' },
};

export async function prepareReport(dataDir: string, options: PrepareOptions = {}): Promise<PrepareResult> {
  const sink = new DiagnosticSink();
  const inputs: InputFileInfo[] = [];
  const report = await readReportJson(dataDir, sink);
  if (report) inputs.push(report.info);
  const settings = report?.settings ?? FALLBACK_SETTINGS;

  const folder = await scanDataFolder(dataDir, settings.languages, sink);
  const read = async <K extends CsvKind>(kind: K, relPath: string, onRow: (r: RecordOf[K]) => void, extra: { year?: number; declaredIndicators?: ReadonlySet<string>; knownMetric?: (id: string) => boolean } = {}): Promise<void> => {
    inputs.push(await readCsvFile(kind, { dataDir, path: relPath, settings, ...extra }, sink, onRow));
  };
  const collect = async <K extends CsvKind>(kind: K, relPath: string | null, extra: { year?: number; declaredIndicators?: ReadonlySet<string>; knownMetric?: (id: string) => boolean } = {}): Promise<RecordOf[K][] | null> => {
    if (relPath === null) return null;
    const rows: RecordOf[K][] = [];
    await read(kind, relPath, (r) => rows.push(r), extra);
    return rows;
  };

  // Root files: factors, indicator declarations, then what refers to KPI ids.
  const factors: EmissionFactor[] = (await collect('emission-factors', folder.emissionFactors)) ?? [];
  const declarations: IndicatorDeclaration[] = (await collect('indicator-declarations', folder.indicators)) ?? [];
  const declared = new Set(declarations.map((d) => d.id));
  const knownMetric = (id: string): boolean => KNOWN_KPI_IDS.has(id) || (id.startsWith('ind.') && declared.has(id.slice(4)));
  const benchmarks: Benchmark[] = (await collect('benchmarks', folder.benchmarks, { knownMetric })) ?? [];
  const targets: Target[] = (await collect('targets', folder.targets, { knownMetric })) ?? [];
  const catalog = kpiCatalog(declarations);
  const knownKpi = (id: string): boolean => catalog.some((d) => d.id === id);
  const factorTable = new FactorTable(factors, settings.radiativeForcing);

  const raws: RawYear[] = [];
  const narratives: Narrative[] = [];
  const employeeIds = new Set<string>();
  for (const year of folder.years) {
    raws.push(await prepareYear(year));
    const read = await readNarratives(dataDir, year, settings.languages, sink);
    for (const n of read.narratives) {
      checkNarrativeTags(n, knownKpi, sink);
      narratives.push(n);
    }
    inputs.push(...read.infos);
  }

  async function prepareYear(y: YearFolder): Promise<RawYear> {
    const { year, files } = y;
    const ledger = options.ledgerFor?.(year) ?? NULL_LEDGER;
    const employees: Employment[] | null = await collect('employees', files.employees ?? null, { year });
    for (const e of employees ?? []) employeeIds.add(e.employeeId);
    // Without emission-factors.csv (an error of its own, on its line 1) the rows are still
    // checked, but not matched to factors: one error for the missing file, not one per key.
    const noFactors = folder.emissionFactors === null;
    let travel = null;
    if (files.travel !== undefined && noFactors) await read('travel', files.travel, () => undefined, { year });
    else if (files.travel !== undefined) {
      const acc = new TravelAccumulator({ year, file: files.travel, factors: factorTable, ledger, sink });
      await read('travel', files.travel, (j) => acc.add(j), { year });
      travel = acc.result();
    }
    let energy = null;
    if (files.energy !== undefined && noFactors) await read('energy', files.energy, () => undefined, { year });
    else if (files.energy !== undefined) {
      const acc = new EnergyAccumulator({ year, file: files.energy, factors: factorTable, ledger, sink });
      await read('energy', files.energy, (r) => acc.add(r), { year });
      energy = acc.result();
    }
    const meetings: MeetingMonth[] | null = await collect('meetings', files.meetings ?? null, { year });
    const suppliers: SupplierContract[] | null = await collect('suppliers', files.suppliers ?? null, { year });
    const indicatorValues: IndicatorValue[] | null = await collect('indicator-values', files['indicator-values'] ?? null, { year, declaredIndicators: declared });
    return computeYearRaw({ year, draft: y.draft, employees, travel, energy, meetings, suppliers, indicatorValues }, settings);
  }

  if (sink.hasErrors() || !report) return { ok: false, diagnostics: sink.items };

  const years = finishYears(raws, settings, catalog);
  const published = years.filter((y) => !y.draft);
  const model: ReportModel = {
    tool: TOOL,
    settings,
    years,
    frontYear: published.length > 0 ? published[published.length - 1]!.year : null,
    catalog,
    declarations,
    benchmarks,
    targets,
    narratives,
    inputs: [...inputs].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)),
    buildDate: buildDateFrom(options.sourceDateEpoch),
    warnings: sink.items.filter((d) => d.severity === 'warning'),
  };
  return { ok: true, model, diagnostics: sink.items, privateValues: { employeeIds } };
}

/** `SOURCE_DATE_EPOCH` (seconds since 1970, UTC) as YYYY-MM-DD; null when unset or not a number. */
export function buildDateFrom(epoch: string | undefined): string | null {
  if (epoch === undefined || !/^\d+$/.test(epoch.trim())) return null;
  return new Date(Number(epoch.trim()) * 1000).toISOString().slice(0, 10);
}
