// The Method page's disclosures for one year and language (issue 13, item 6): what an auditor
// needs around the figures, from what the organisation declares (report.json,
// emission-factors.csv) and from the build (the sites of energy.csv, the reduction split, the
// warnings of the run, the restated figures). Texts come from the catalogues (catalogue/); data text stays plain (escaped by
// the templates).

import type { Diagnostic } from '../model/diagnostics.ts';
import { formatDiagnostic } from '../model/diagnostics.ts';
import type { YearFigures } from '../model/figures.ts';
import type { Language } from '../model/records.ts';
import type { ReportModel } from '../model/site.ts';
import { isFileOfYear } from '../model/site.ts';
import type { DisclosureText } from './catalogue/index.ts';
import { formatNumber, formatValue } from './format.ts';
import { UI } from './catalogue/index.ts';

export interface DisclosuresView {
  readonly t: DisclosureText;
  /** The GHG basis: the default text, or the declared gases and GWP basis (report.json emissions). */
  readonly ghg: readonly string[];
  readonly radiativeForcing: string;
  readonly boundary: string;
  readonly sites: readonly string[];
  readonly scope3Excluded: readonly string[];
  readonly conversions: readonly string[];
  readonly basePolicy: string;
  /** The reduction split, sentence by sentence; empty without a base year. */
  readonly reduction: readonly string[];
  readonly qualityLead: string;
  readonly quality: readonly string[];
}

/** The warnings of the run that concern `year`: its own files' and the data folder's root files'. */
export function warningsOfYear(warnings: readonly Diagnostic[], year: number): Diagnostic[] {
  return warnings.filter((d) => d.severity === 'warning' && isFileOfYear(d.file, year));
}

function qualityLine(d: Diagnostic, t: DisclosureText): string {
  if (d.line === 1 && d.message.startsWith('the file is missing')) return t.missingFile(d.file);
  const line = formatDiagnostic(d);
  return t.messagePrefix === '' ? line : `${t.messagePrefix}: ${line}`;
}

function points(value: number, lang: Language): string {
  return `${formatNumber(value * 100, lang, 1, 1)} ${UI[lang].points}`;
}

function reductionLines(model: ReportModel, year: YearFigures, lang: Language, t: DisclosureText): string[] {
  const base = model.settings.baseYear;
  if (base === null) return [];
  const split = year.reductionSplit ?? null;
  if (split === null) return [t.noReduction];
  const lines = [t.reduction(year.year, base, formatValue(split.reduction, 'share', lang))];
  if (split.fromActivity !== null && split.fromFactors !== null) {
    lines.push(t.fromActivity(base, points(split.fromActivity, lang)), t.fromFactors(points(split.fromFactors, lang)));
  }
  if (split.atYearFactors !== null) lines.push(t.atYearFactors(year.year, base, formatValue(split.atYearFactors, 'share', lang)));
  if (split.incomparable.length > 0) lines.push(t.incomparable(split.incomparable.join(', '), base));
  return lines;
}

function ghgLines(model: ReportModel, t: DisclosureText): string[] {
  const gases = model.settings.gases ?? null;
  const gwp = model.settings.gwpBasis ?? null;
  return gases === null && gwp === null ? [t.ghg] : [t.ghgDeclared, t.gases(gases), t.gwpBasis(gwp)];
}

/**
 * `restated`: the year's restated figures as the data-quality statement lists them (the Method
 * view words them from the model's `restated` list, views/method.ts).
 */
export function disclosuresView(model: ReportModel, year: YearFigures, lang: Language, restated: readonly string[] = []): DisclosuresView {
  const t = UI[lang].disclosures;
  const sites = year.energySites ?? [];
  const fallbacks = year.factorsUsed.filter((f) => f.fallback).map((f) => t.fallback(f.key, f.factorYear, f.year));
  const quality = [...warningsOfYear(model.warnings, year.year).map((d) => qualityLine(d, t)), ...fallbacks, ...restated];
  const policy = model.settings.baseYearPolicy?.[lang] ?? null;
  return {
    t,
    ghg: ghgLines(model, t),
    radiativeForcing: t.radiativeForcing(model.settings.radiativeForcing),
    boundary: sites.length === 0 ? t.noSites(year.year) : t.boundary(year.year),
    sites,
    scope3Excluded: t.scope3Categories.map((name, i) => `${i + 1}. ${name}`).filter((_, i) => i + 1 !== 6),
    conversions: t.conversions,
    basePolicy: policy === null ? t.basePolicy(model.settings.baseYear) : t.basePolicyDeclared(model.settings.baseYear, policy),
    reduction: reductionLines(model, year, lang, t),
    qualityLead: quality.length === 0 ? t.qualityNone(year.year)
      : restated.length > 0 ? t.qualityLeadRestated(year.year) : t.qualityLead(year.year),
    quality,
  };
}
