// A section page of a year (workforce, environment, suppliers, data, community): its headline
// figures, charts, every figure and hand-reported indicator, and on the suppliers page the
// contracts.

import type { ReportModel } from '../../model/site.ts';
import type { Diagnostic } from '../../model/diagnostics.ts';
import { headlinesOf } from '../../model/registry/index.ts';
import type { Language, SupplierContract } from '../../model/records.ts';
import { formatDate, formatNumber } from '../format.ts';
import type { ChartIds } from './charts.ts';
import type { Ctx } from './context.ts';
import { SECTION_CHARTS, isSectionOf } from './context.ts';
import { figureView, headlineOf } from './figures.ts';
import { yearPageBase } from './page.ts';
import type { ContractView, SectionPageView } from './types.ts';
import type { KpiSection } from '../../model/registry/index.ts';
import { getOrMake } from '../../util/get-or-make.ts';

export function sectionPage(ctx: Ctx, section: KpiSection, problems: Diagnostic[], ids?: ChartIds): SectionPageView {
  const { model, lang, t, year } = ctx;
  const intro = section === 'workforce' ? t.snapshot(formatDate(snapshotIso(model, year.year), lang)) : null;
  const { base, charts } = yearPageBase(ctx, section, intro, SECTION_CHARTS[section], problems, ids);
  const defs = model.catalog.filter((d) => isSectionOf(d, section));
  const contracts = section === 'suppliers' ? year.contracts ?? [] : null;
  return {
    ...base,
    kind: 'section',
    section,
    headline: headlinesOf(section).length === 0 ? [] : headlineOf(ctx, section),
    charts,
    figures: defs.filter((d) => d.indicator === undefined).map((d) => figureView(ctx, d)),
    indicators: defs.filter((d) => d.indicator !== undefined).map((d) => figureView(ctx, d)),
    contracts: contracts === null ? null : contractViews(contracts, ctx),
    contractsNotSearched: contracts !== null && contracts.length > LONG_CONTRACT_LIST
      ? t.contracts.notSearched(formatNumber(contracts.length, lang)) : null,
  };
}

/**
 * The longest contract list the site carries everywhere (about three printed pages). A year with
 * more contracts has them on its Suppliers page only, with the page's own filter box: the whole
 * report names that page instead of listing them (views/report.ts), and the site's search leaves
 * the list out, which the page says (a municipality's 20,000 contracts a year were most of the
 * search index's work and size, a fifth of a cold build; the filter box finds a supplier among
 * them at once).
 */
export const LONG_CONTRACT_LIST = 100;

function snapshotIso(model: ReportModel, year: number): string {
  const { month, day } = model.settings.snapshotDate;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** The contract rows of a year's list, per language; kept while the contracts are (the live
 * server's cache hands the same contracts to every refresh, so an edit does not remake them). */
const contractViewsByLanguage = new WeakMap<readonly SupplierContract[], Map<Language, readonly ContractView[]>>();

function contractViews(contracts: readonly SupplierContract[], ctx: Ctx): readonly ContractView[] {
  return getOrMake(getOrMake(contractViewsByLanguage, contracts, () => new Map()), ctx.lang, () => contracts.map((c) => contractView(c, ctx)));
}

function contractView(c: SupplierContract, ctx: Ctx): ContractView {
  const x = ctx.t.contracts;
  const clauses = [
    c.gcCommitment ? x.clauseNames.gc : null,
    c.environmentClause ? x.clauseNames.environment : null,
    c.labourClause ? x.clauseNames.labour : null,
    c.anticorruptionClause ? x.clauseNames.anticorruption : null,
    c.humanRightsClause ? x.clauseNames.human_rights : null,
  ].filter((s): s is string => s !== null);
  return {
    supplier: c.supplier,
    contractName: c.contractName ?? '',
    clauses: clauses.length === 0 ? x.no : clauses.join(', '),
    dpa: c.dpaSigned === true ? x.yes : c.dpaSigned === false ? x.no : c.processesPersonalData ? x.no : x.notApplicable,
    lastAudit: c.lastAuditDate === null ? x.noAudit : formatDate(c.lastAuditDate, ctx.lang),
    lastAuditSort: c.lastAuditDate ?? '',
    status: x.statusNames[c.status],
  };
}
