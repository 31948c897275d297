// Locked years (site.md "Commands": `npm run lock`): a year's figures as published stay as they
// were, unless restatements.csv explains the change. Pure: the locked figures, the figures just
// computed and the restatements in; the problems and the restated figures out. The values are
// compared unrounded; the messages show them as the site does (the caller says how).

import type { Diagnostic } from '../model/diagnostics.ts';
import type { KpiRecord, KpiStatus, YearFigures } from '../model/figures.ts';
import type { LockedFigure, LockedYear, RestatedFigure, Restatement } from '../model/published.ts';
import { ENV } from '../model/registry/index.ts';
import { maskName, quoteValue } from '../read/shown.ts';

/** How a figure reads in a message (English, as the site formats it). */
export interface FigureWords {
  /** The number without its unit word (a share as a percentage). */
  number(value: number, unit: string): string;
  /** The unit word with its leading space, or '' (a share, a count). */
  unit(unit: string): string;
  readonly suppressed: string;
  readonly notReported: string;
}

export interface LockCheckInput {
  readonly locked: readonly LockedYear[];
  readonly years: readonly YearFigures[];
  readonly restatements: readonly Restatement[];
  /** Where the restatements come from (`restatements.csv`). */
  readonly restatementsFile: string;
  /** Every figure id of the report (the catalog's). */
  readonly knownIds: readonly string[];
  readonly words: FigureWords;
}

export interface LockCheckResult {
  readonly diagnostics: readonly Diagnostic[];
  /** In year order, then the figures' order in kpis.json. */
  readonly restated: readonly RestatedFigure[];
}

const NOT_REPORTED: LockedFigure = { value: null, unit: '', status: 'not_reported' };

/** True when `figure` (an id, or a prefix ending in `*`) names `id`. */
export function restatementMatches(figure: string, id: string): boolean {
  return figure.endsWith('*') ? id.startsWith(figure.slice(0, -1)) : id === figure;
}

/** How closely a restatement names a figure: an exact id first, then the longest prefix. */
function specificity(figure: string): number {
  return figure.endsWith('*') ? figure.length - 1 : Number.MAX_SAFE_INTEGER;
}

function changed(old: { value: number | null; status: KpiStatus }, now: { value: number | null; status: KpiStatus }): boolean {
  return old.status !== now.status || (old.status === 'ok' && old.value !== now.value);
}

function describeChange(old: LockedFigure, now: KpiRecord | LockedFigure, unit: string, words: FigureWords): string {
  if (old.status === 'ok' && now.status === 'ok' && old.value !== null && now.value !== null) {
    let a = words.number(old.value, unit);
    let b = words.number(now.value, unit);
    // Equal once rounded for display: name the numbers in full.
    if (a === b) {
      a = String(old.value);
      b = String(now.value);
    }
    return `from ${a} to ${b}${words.unit(unit)}`;
  }
  const one = (f: { value: number | null; status: KpiStatus }): string =>
    f.status === 'ok' && f.value !== null ? `${words.number(f.value, unit)}${words.unit(unit)}`
      : f.status === 'suppressed' ? words.suppressed : words.notReported;
  return `from ${one(old)} to ${one(now)}`;
}

export function checkLockedYears(input: LockCheckInput): LockCheckResult {
  const { restatementsFile: file, words } = input;
  const diagnostics: Diagnostic[] = [];
  const restated: RestatedFigure[] = [];

  // Every id a restatement may name: the report's, and any a locked year still holds.
  const ids = new Set(input.knownIds);
  for (const l of input.locked) for (const id of l.figures.keys()) ids.add(id);
  const usable: Restatement[] = [];
  for (const r of input.restatements) {
    const known = [...ids].some((id) => restatementMatches(r.figure, id));
    if (known) usable.push(r);
    else {
      diagnostics.push({
        severity: 'error', file, line: r.line, column: 'figure',
        message: r.figure.endsWith('*')
          ? `${quoteValue(r.figure)} matches no key figure of the report; write a figure id such as ${ENV.scope3Travel}, or a prefix ending in * such as env.*`
          : `${quoteValue(r.figure)} is not a key figure of the report; write a figure id such as ${ENV.scope3Travel}, or a prefix ending in * such as env.*`,
      });
    }
  }
  const used = new Set<Restatement>();

  const lockedYears = [...input.locked].sort((a, b) => a.year - b.year);
  for (const lock of lockedYears) {
    const figures = input.years.find((y) => y.year === lock.year);
    const now = new Map<string, KpiRecord | LockedFigure>((figures?.kpis ?? []).map((r) => [r.id, r]));
    const order = [...now.keys(), ...[...lock.figures.keys()].filter((id) => !now.has(id)).sort()];
    for (const id of order) {
      const old = lock.figures.get(id) ?? NOT_REPORTED;
      const current = now.get(id) ?? NOT_REPORTED;
      if (!changed(old, current)) continue;
      const unit = current.unit !== '' ? current.unit : old.unit;
      const matching = usable.filter((r) => r.year === lock.year && restatementMatches(r.figure, id));
      for (const r of matching) used.add(r);
      const best = matching.reduce<Restatement | null>((b, r) => (b === null || specificity(r.figure) > specificity(b.figure) ? r : b), null);
      if (best !== null) {
        restated.push({
          year: lock.year, id, unit,
          old: { value: old.value, status: old.status },
          new: { value: current.value, status: current.status },
          reasonDa: best.reasonDa, reasonEn: best.reasonEn,
        });
        continue;
      }
      diagnostics.push({
        severity: 'error', file: lock.file, line: 1,
        message: `${maskName(id)} changed ${describeChange(old, current, unit, words)} since ${lock.year} was locked; correct the data, or record the change in ${file}`,
      });
    }
  }

  const lockedSet = new Set(lockedYears.map((l) => l.year));
  for (const r of usable) {
    if (used.has(r)) continue;
    diagnostics.push({
      severity: 'warning', file, line: r.line,
      message: lockedSet.has(r.year)
        ? `no figure named by ${quoteValue(r.figure)} differs from ${r.year}/published.json, so this line restates nothing; remove it (once a restated year is locked again, its new values are the published ones)`
        : `${r.year} is not locked (there is no ${r.year}/published.json), so this line restates nothing; remove it, or lock the year with npm run lock -- ${r.year} once it is published`,
    });
  }
  return { diagnostics, restated };
}
