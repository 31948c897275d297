// The supplier figures (kpis.md "Suppliers"), declared once each: unit, principles, targets,
// direction, headline, chart, input files, label and formula in Danish and English.

import type { FigureDefinition } from './types.ts';
import { ALL_GC, declareIn } from './types.ts';
import type { DatapointSpec } from './frameworks.ts';

const fig = declareIn('suppliers');
const SUPPLIERS = ['suppliers.csv'] as const;
/** The clause and commitment shares (frameworks.md: `sup.*`). */
const SUPPLY: DatapointSpec = { esrs: ['G1-2', 'S2'], gri: ['308-1', '414-1'] };

export const SUPPLIER_FIGURES: readonly FigureDefinition[] = [
  fig({
    id: 'sup.contracts', unit: 'count', gc: ALL_GC, sdg: ['9.1'], direction: 'neutral', inputs: SUPPLIERS,
    headline: true,
    da: ['Leverandørkontrakter', 'antal kontrakter i året'],
    en: ['Supplier contracts', 'number of contracts in the year'],
  }),
  fig({
    id: 'sup.gc_commitment_share', unit: 'share', gc: ALL_GC, sdg: ['9.1'], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    headline: true, chart: 'supplier-clauses',
    da: ['Kontrakter med Global Compact-forpligtelse', 'kontrakter, der binder leverandøren til Global Compact, divideret med alle kontrakter'],
    en: ['Contracts with a Global Compact commitment', 'contracts binding the supplier to the Global Compact divided by all contracts'],
  }),
  fig({
    id: 'sup.environment_clause_share', unit: 'share', gc: [7, 8, 9], sdg: ['9.4'], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    chart: 'supplier-clauses',
    da: ['Kontrakter med miljøklausul', 'kontrakter med miljøklausul divideret med alle kontrakter'],
    en: ['Contracts with an environmental clause', 'contracts with an environmental clause divided by all contracts'],
  }),
  fig({
    id: 'sup.labour_clause_share', unit: 'share', gc: [3, 4, 5, 6], sdg: [], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    chart: 'supplier-clauses',
    da: ['Kontrakter med arbejdsklausul', 'kontrakter med arbejdsklausul divideret med alle kontrakter'],
    en: ['Contracts with a labour clause', 'contracts with a labour clause divided by all contracts'],
  }),
  fig({
    id: 'sup.anticorruption_clause_share', unit: 'share', gc: [10], sdg: [], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    chart: 'supplier-clauses',
    da: ['Kontrakter med antikorruptionsklausul', 'kontrakter med antikorruptionsklausul divideret med alle kontrakter'],
    en: ['Contracts with an anti-corruption clause', 'contracts with an anti-corruption clause divided by all contracts'],
  }),
  fig({
    id: 'sup.human_rights_clause_share', unit: 'share', gc: [1, 2], sdg: [], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    chart: 'supplier-clauses',
    da: ['Kontrakter med menneskerettighedsklausul', 'kontrakter med menneskerettighedsklausul divideret med alle kontrakter'],
    en: ['Contracts with a human-rights clause', 'contracts with a human-rights clause divided by all contracts'],
  }),
  fig({
    id: 'sup.gc_commitment_spend_share', unit: 'share', gc: ALL_GC, sdg: ['9.1'], direction: 'higher', inputs: SUPPLIERS,
    datapoints: SUPPLY,
    da: ['Indkøb under Global Compact, andel af forbrug', 'årligt forbrug på kontrakter med Global Compact-forpligtelse divideret med forbruget på alle kontrakter, der angiver et forbrug'],
    en: ['Spend under the Global Compact, share', 'annual spend of contracts with a Global Compact commitment divided by the spend of all contracts that give one'],
  }),
  fig({
    id: 'sup.dpa_coverage', unit: 'share', gc: [1], sdg: ['9.c'], direction: 'higher', inputs: SUPPLIERS,
    datapoints: { gri: ['418'] },
    headline: true, chart: 'supplier-clauses',
    da: ['Databehandleraftaler', 'kontrakter, der behandler personoplysninger og har en databehandleraftale, divideret med kontrakter, der behandler personoplysninger'],
    en: ['Data-processing agreements', 'contracts that process personal data and have a data-processing agreement divided by contracts that process personal data'],
  }),
  fig({
    id: 'sup.audited_share', unit: 'share', gc: ALL_GC, sdg: [], direction: 'higher', inputs: SUPPLIERS,
    headline: true,
    da: ['Auditerede leverandører, andel', 'kontrakter med en audit inden for de 24 måneder op til opgørelsesdagen divideret med alle kontrakter'],
    en: ['Audited suppliers, share', 'contracts audited within the 24 months up to the snapshot date divided by all contracts'],
  }),
  fig({
    id: 'sup.open_findings', unit: 'count', gc: ALL_GC, sdg: [], direction: 'lower', inputs: SUPPLIERS,
    da: ['Åbne fund', 'summen af åbne fund fra audits'],
    en: ['Open findings', 'sum of open audit findings'],
  }),
  fig({
    id: 'sup.critical_breaches', unit: 'count', gc: ALL_GC, sdg: [], direction: 'lower', inputs: SUPPLIERS,
    headline: true,
    da: ['Kritiske brud', 'summen af kritiske brud'],
    en: ['Critical breaches', 'sum of critical breaches'],
  }),
  fig({
    id: 'sup.non_compliant', unit: 'count', gc: ALL_GC, sdg: [], direction: 'lower', inputs: SUPPLIERS,
    da: ['Kontrakter, der ikke overholdes', 'kontrakter med status "overholder ikke"'],
    en: ['Non-compliant contracts', 'contracts with the status "non-compliant"'],
  }),
  fig({
    id: 'sup.terminated', unit: 'count', gc: ALL_GC, sdg: [], direction: 'neutral', inputs: SUPPLIERS,
    da: ['Ophævede kontrakter', 'kontrakter med status "ophævet"'],
    en: ['Terminated contracts', 'contracts with the status "terminated"'],
  }),
];
