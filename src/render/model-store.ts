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

interface Holder {
  [KEY]?: StoredReport;
}

function holder(): Holder {
  return globalThis as Holder;
}

export function setReportModel(model: ReportModel): void {
  holder()[KEY] = { kind: 'model', model };
}

export function setReportErrors(diagnostics: readonly Diagnostic[]): void {
  holder()[KEY] = { kind: 'errors', diagnostics };
}

export function clearReport(): void {
  holder()[KEY] = { kind: 'empty' };
}

export function getStoredReport(): StoredReport {
  return holder()[KEY] ?? { kind: 'empty' };
}

/** The model, or null when none is set (or the data had errors). */
export function getReportModel(): ReportModel | null {
  const s = getStoredReport();
  return s.kind === 'model' ? s.model : null;
}
