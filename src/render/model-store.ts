// Hands the ReportModel from whoever computed it (the build, the dev server) to .eleventy.ts,
// which Eleventy loads on its own. Kept on globalThis under a registered symbol so that a
// config module that Eleventy re-imports (watch mode) still sees the same store.

import type { ReportModel } from '../model/site.ts';
import type { Diagnostic } from '../model/diagnostics.ts';

export type StoredReport =
  | { readonly kind: 'model'; readonly model: ReportModel }
  /** The data has errors: the dev server shows them on the page instead of the site. */
  | { readonly kind: 'errors'; readonly diagnostics: readonly Diagnostic[] }
  | { readonly kind: 'empty' };

const KEY = Symbol.for('csr-report.render.model-store');
const ONLY_KEY = Symbol.for('csr-report.render.only-pages');
const BASE_KEY = Symbol.for('csr-report.render.base-path');
const WRITTEN_KEY = Symbol.for('csr-report.render.page-written');

/** Told each page's final HTML as Eleventy writes it: the file (absolute) and the text. */
export type PageWritten = (outputPath: string, html: string) => void;

interface Holder {
  [KEY]?: StoredReport;
  [ONLY_KEY]?: ReadonlySet<string> | null;
  [BASE_KEY]?: string | null;
  [WRITTEN_KEY]?: PageWritten | null;
}

function holder(): Holder {
  return globalThis as Holder;
}

export function setReportModel(model: ReportModel): void {
  holder()[KEY] = { kind: 'model', model };
  holder()[ONLY_KEY] = null;
  holder()[BASE_KEY] = null;
}

/** Renders only the pages with these URLs (the others come from the page cache); null: all. */
export function setPagesToRender(urls: ReadonlySet<string> | null): void {
  holder()[ONLY_KEY] = urls;
}

export function getPagesToRender(): ReadonlySet<string> | null {
  return holder()[ONLY_KEY] ?? null;
}

/** The path the site is published under (`/csr/`, site-addresses.ts); null: relative addresses. */
export function setBasePath(basePath: string | null): void {
  holder()[BASE_KEY] = basePath;
}

export function getBasePath(): string | null {
  return holder()[BASE_KEY] ?? null;
}

/** Who is told each page as it is written (a build's output scan, started early); null: nobody. */
export function setPageWritten(observer: PageWritten | null): void {
  holder()[WRITTEN_KEY] = observer;
}

export function getPageWritten(): PageWritten | null {
  return holder()[WRITTEN_KEY] ?? null;
}

export function setReportErrors(diagnostics: readonly Diagnostic[]): void {
  holder()[KEY] = { kind: 'errors', diagnostics };
}

export function getStoredReport(): StoredReport {
  return holder()[KEY] ?? { kind: 'empty' };
}

// ---- the live server of `npm start` ---------------------------------------------------------
// In a normal build none of this is set and nothing changes. The dev server registers hooks
// before Eleventy loads .eleventy.ts; the config then watches the data folder and re-reads it
// before every build, and the pages show the data's current errors in a banner.

const HOOKS_KEY = Symbol.for('csr-report.render.dev-hooks');
const PROBLEMS_KEY = Symbol.for('csr-report.render.dev-problems');

/** What the dev server hands to .eleventy.ts. */
export interface DevHooks {
  /** Absolute path of the data folder, watched for changes. */
  readonly dataDir: string;
  /** Absolute path of the template folder (default: the tool's templates/). */
  readonly templatesDir?: string;
  /** Options for Eleventy's dev server (port, messages). */
  readonly serverOptions: Readonly<Record<string, unknown>>;
  /** Runs before every build (Eleventy's `eleventy.before`): re-reads the data. Never throws. */
  beforeBuild(): Promise<void>;
  /** Runs after every build (Eleventy's `eleventy.after`). Never throws. */
  afterBuild(): Promise<void>;
}

interface DevHolder {
  [HOOKS_KEY]?: DevHooks | null;
  [PROBLEMS_KEY]?: readonly Diagnostic[];
}

function devHolder(): DevHolder {
  return globalThis as DevHolder;
}

/** Registers (or, with null, removes) the hooks of the live server. */
export function registerDevHooks(hooks: DevHooks | null): void {
  devHolder()[HOOKS_KEY] = hooks;
  if (hooks === null) devHolder()[PROBLEMS_KEY] = [];
}

export function getDevHooks(): DevHooks | null {
  return devHolder()[HOOKS_KEY] ?? null;
}

/** The errors of the live server's last read of the data, shown in a banner on every page. */
export function setDevProblems(diagnostics: readonly Diagnostic[]): void {
  devHolder()[PROBLEMS_KEY] = diagnostics;
}

export function getDevProblems(): readonly Diagnostic[] {
  return devHolder()[PROBLEMS_KEY] ?? [];
}
