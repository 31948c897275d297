// What the pipeline hands to the site templates (render/) after read → compute → protect.

import type { FigureDefinition } from './registry/index.ts';
import type { YearFigures } from './figures.ts';
import type {
  Benchmark, EmissionFactor, IndicatorDeclaration, IndicatorValue, MeetingMonth, Narrative, SupplierContract, Target,
} from './records.ts';
import type { ReportSettings } from './settings.ts';
import type { Diagnostic } from './diagnostics.ts';
import type { RestatedFigure } from './published.ts';
import type { YearComparison } from './comparisons.ts';
import type { YearDerived } from './registry/frameworks.ts';

/** An input file as the manifest and the Method page list it. */
export interface InputFileInfo {
  /** Relative to the data folder, forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
  /** Data rows read (CSV files); null for report.json and Markdown. */
  readonly rows: number | null;
}

/**
 * Whether a file of the data folder (its path there, forward slashes) is one of year `year`'s:
 * in the year's folder, or at the root (report.json, emission-factors.csv, … serve every year).
 * A year's Method page lists these inputs, its data-quality statement their warnings, and
 * `npm run lock` records their checksums.
 */
export function isFileOfYear(file: string, year: number): boolean {
  return !file.includes('/') || file.startsWith(`${year}/`);
}

/** The tool that built a site, pinned (site.md "Downloads": the manifest's `tool`). */
export interface ToolInfo {
  readonly name: string;
  /** Semantic version (package.json; CHANGELOG.md). */
  readonly version: string;
  /** The git commit the tool was built from, or "unknown" outside git. */
  readonly commit: string;
  /** SHA-256 of package-lock.json, or "unknown". */
  readonly lockfileSha256: string;
  /** `process.versions.node` and `.icu` of the build. */
  readonly node: string;
  readonly icu: string;
}

export interface ReportModel {
  readonly tool: ToolInfo;
  readonly settings: ReportSettings;
  /** Every reporting year, ascending. */
  readonly years: readonly YearFigures[];
  /** Per year of `years`, the changes from the year before and progress toward the targets
   * (compute/compare.ts, on the published figures). */
  readonly comparisons: readonly YearComparison[];
  /** Per year of `years`, the facts the frameworks ask for that no figure is (scope 1 + 2 in
   * total, women ÷ men in management: compute/frameworks.ts, on the published figures). Absent:
   * none worked out (a model made by hand in a test). */
  readonly derived?: readonly YearDerived[];
  /** The newest year without a DRAFT file: the front page (null if every year is a draft). */
  readonly frontYear: number | null;
  /** kpis.md's figures plus the declared indicators. */
  readonly catalog: readonly FigureDefinition[];
  readonly declarations: readonly IndicatorDeclaration[];
  readonly benchmarks: readonly Benchmark[];
  readonly targets: readonly Target[];
  readonly narratives: readonly Narrative[];
  /** Every input file read, sorted by path. */
  readonly inputs: readonly InputFileInfo[];
  /** `SOURCE_DATE_EPOCH` as YYYY-MM-DD, when set: the only date a page may show besides the data's. */
  readonly buildDate: string | null;
  /** Warnings of the run (the dev server shows errors instead of a model). */
  readonly warnings: readonly Diagnostic[];
  /** The rows of the small input files as read, published as the source data (downloads/…/source/). */
  readonly sourceRows?: readonly SourceRows[];
  /** Figures of locked years that changed since, with the restatement that explains each (year order). */
  readonly restated?: readonly RestatedFigure[];
  /** The whole report of every non-draft year is printed to PDF (`npm run build -- --pdf`): the
   * whole-report pages link to it. Absent: no PDF, no link. */
  readonly pdfs?: boolean;
}

/**
 * The rows of one small input file as the build read them (issue 13, item 7), with its path
 * relative to the data folder. travel.csv and energy.csv are streamed instead, never held.
 */
export type SourceRows =
  | { readonly kind: 'meetings'; readonly path: string; readonly rows: readonly MeetingMonth[] }
  | { readonly kind: 'suppliers'; readonly path: string; readonly rows: readonly SupplierContract[] }
  | { readonly kind: 'indicator-values'; readonly path: string; readonly rows: readonly IndicatorValue[] }
  | { readonly kind: 'emission-factors'; readonly path: string; readonly rows: readonly EmissionFactor[] }
  | { readonly kind: 'indicator-declarations'; readonly path: string; readonly rows: readonly IndicatorDeclaration[] }
  | { readonly kind: 'benchmarks'; readonly path: string; readonly rows: readonly Benchmark[] }
  | { readonly kind: 'targets'; readonly path: string; readonly rows: readonly Target[] };
