// downloads/<year>/vsme.json of the example data folder (frameworks.md "The machine-readable
// VSME report"), checked against the taxonomy data shipped with the tool: every concept exists
// and is not abstract, every period matches the concept's period type, every unit its data type,
// every value kpis.json's (the derived facts: worked out from kpis.json's values), one fact for
// every published figure that answers a concept and none for a figure that is not published.
// Without organisation.identifier: no vsme.json and one warning.

import { cp, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { FIGURES } from '../../src/model/registry/index.ts';
import { vsmeConcept } from '../../src/model/vsme/taxonomy.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';
import { ROOT, freshOutParent } from './harness.ts';

interface Fact {
  value: string;
  decimals: number;
  dimensions: { concept: string; entity: string; period: string; unit: string };
}
interface KpiRow { id: string; value: number | null; status: string }

const cleanup: string[] = [];
let site = '';
let years: number[] = [];
afterAll(async () => {
  for (const d of cleanup) await removeFolder(d);
});

beforeAll(async () => {
  const o = await freshOutParent('e2e-vsme-');
  cleanup.push(o.parent);
  const result = await runBuild({ dataDir: path.join(ROOT, 'data'), outDir: o.out, quiet: true });
  expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);
  expect(result.ok).toBe(true);
  site = o.out;
  years = (await readdir(path.join(site, 'downloads'), { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name)).map((e) => Number(e.name));
}, 180_000);

async function yearFiles(y: number): Promise<{ doc: { documentInfo: { namespaces: Record<string, string>; taxonomy: string[]; documentType: string }; facts: Record<string, Fact> }; kpis: Map<string, KpiRow> }> {
  const dir = path.join(site, 'downloads', String(y));
  const doc = JSON.parse(await readFile(path.join(dir, 'vsme.json'), 'utf8'));
  const kpis = new Map((JSON.parse(await readFile(path.join(dir, 'kpis.json'), 'utf8')) as KpiRow[]).map((r) => [r.id, r]));
  return { doc, kpis };
}

/** The units of the data types (the reference README's table, by hand). */
const UNIT_OF_TYPE: Record<string, string> = {
  'dtr-types:ghgEmissionsItemType': 'utr:tCO2e',
  'dtr-types:energyItemType': 'utr:MWh',
  'dtr-types:percentItemType': 'xbrli:pure',
  'xbrli:decimalItemType': 'xbrli:pure',
};

describe('vsme.json of the example', () => {
  it('is written for every reporting year, 2019 to 2025', () => {
    expect(years.sort()).toEqual([2019, 2023, 2024, 2025]);
  });

  it('is an xBRL-JSON document against the VSME taxonomy 2026-05-01, entity the example\'s CVR number', async () => {
    for (const y of years) {
      const { doc } = await yearFiles(y);
      expect(doc.documentInfo.documentType).toBe('https://xbrl.org/2021/xbrl-json');
      expect(doc.documentInfo.taxonomy).toEqual(['https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme-all.xsd']);
      expect(doc.documentInfo.namespaces.vsme).toBe('https://xbrl.efrag.org/taxonomy/vsme/2026-05-01/vsme');
      expect(doc.documentInfo.namespaces.cvr).toBe('http://www.dcca.dk/cvr');
      for (const f of Object.values(doc.facts)) {
        expect(f.dimensions.entity).toMatch(/^cvr:\d{8}$/);
        // every prefix used is declared
        for (const q of [f.dimensions.concept, f.dimensions.entity, f.dimensions.unit]) {
          expect(doc.documentInfo.namespaces[q.slice(0, q.indexOf(':'))], q).toBeDefined();
        }
      }
    }
  });

  it('names only concepts of the taxonomy that are not abstract, with the period and unit their types take', async () => {
    for (const y of years) {
      const { doc } = await yearFiles(y);
      for (const f of Object.values(doc.facts)) {
        const c = vsmeConcept(f.dimensions.concept);
        expect(c, f.dimensions.concept).toBeDefined();
        expect(c!.abstract).toBe(false);
        expect(c!.numeric).toBe(true);
        // the example's snapshot date is 31 December: the instant is the start of 1 January
        const period = c!.periodType === 'instant' ? `${y + 1}-01-01T00:00:00` : `${y}-01-01T00:00:00/${y + 1}-01-01T00:00:00`;
        expect(f.dimensions.period, f.dimensions.concept).toBe(period);
        expect(f.dimensions.unit, f.dimensions.concept).toBe(UNIT_OF_TYPE[c!.dataType]);
        expect(f.value).toMatch(/^-?\d+(\.\d+)?$/);
      }
    }
  });

  it('has one fact per published figure that answers a concept, its value kpis.json\'s, and none for a figure not published', async () => {
    let published = 0;
    let withheld = 0;
    for (const y of years) {
      const { doc, kpis } = await yearFiles(y);
      const byConcept = new Map(Object.values(doc.facts).map((f) => [f.dimensions.concept, f]));
      for (const fig of FIGURES.filter((d) => d.datapoints.vsme !== null)) {
        const row = kpis.get(fig.id)!;
        const fact = byConcept.get(fig.datapoints.vsme!);
        if (row.status === 'ok') {
          published++;
          expect(fact, `${y} ${fig.id}`).toBeDefined();
          expect(Number(fact!.value)).toBe(row.value);
          expect(fact!.decimals).toBe(fig.unit === 'share' ? 3 : fig.unit === 't CO2e' ? 1 : 0);
        } else {
          withheld++;
          expect(fact, `${y} ${fig.id} is ${row.status}`).toBeUndefined();
        }
      }
    }
    expect(published).toBeGreaterThan(20);
    // the base year 2019 has only travel.csv and energy.csv: its workforce figures are not reported
    expect(withheld).toBeGreaterThan(0);
  });

  it('adds scope 1 + 2 from kpis.json\'s figures, and women ÷ men in management where both are published', async () => {
    for (const y of years) {
      const { doc, kpis } = await yearFiles(y);
      const fact = (name: string) => Object.values(doc.facts).find((f) => f.dimensions.concept === `vsme:${name}`);
      const v = (id: string) => (kpis.get(id)?.status === 'ok' ? kpis.get(id)!.value! : null);
      const s1 = v('env.scope1_t');
      for (const [name, s2] of [['TotalGrossLocationBasedScope1AndScope2GHGEmissions', v('env.scope2_location_t')], ['TotalGrossMarketBasedScope1AndScope2GHGEmissions', v('env.scope2_market_t')]] as const) {
        if (s1 === null || s2 === null) expect(fact(name)).toBeUndefined();
        else expect(Number(fact(name)!.value)).toBe(s1 + s2);
      }
      const women = v('hr.management.women');
      const men = v('hr.management.men');
      const ratio = fact('FemaleToMaleRatioAtManagementLevelForTheReportingPeriod');
      if (women === null || men === null || men === 0) expect(ratio).toBeUndefined();
      else expect(Number(ratio!.value)).toBe(women / men);
    }
  });

  it('is listed in the manifest and SHA256SUMS', async () => {
    const sums = await readFile(path.join(site, 'downloads', 'SHA256SUMS'), 'utf8');
    const manifest = await readFile(path.join(site, 'downloads', 'manifest.json'), 'utf8');
    for (const y of years) {
      expect(sums).toContain(`downloads/${y}/vsme.json`);
      expect(manifest).toContain(`downloads/${y}/vsme.json`);
    }
  });
});

describe('without organisation.identifier', () => {
  it('writes no vsme.json and warns once', async () => {
    const o = await freshOutParent('e2e-vsme-none-');
    cleanup.push(o.parent);
    const data = path.join(o.parent, 'data');
    await cp(path.join(ROOT, 'data'), data, { recursive: true });
    const report = JSON.parse(await readFile(path.join(data, 'report.json'), 'utf8'));
    delete report.organisation.identifier;
    await writeFile(path.join(data, 'report.json'), JSON.stringify(report, null, 2));
    const result = await runBuild({ dataDir: data, outDir: o.out, quiet: true });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([
      'report.json:1: warning: organisation.identifier is missing, so the machine-readable VSME report (downloads/<year>/vsme.json) is not published; to publish it, add the organisation\'s CVR number to "organisation": "identifier": { "scheme": "http://www.dcca.dk/cvr", "id": "12345678" }',
    ]);
    for (const y of ['2019', '2023', '2024', '2025']) {
      const names = await readdir(path.join(o.out, 'downloads', y));
      expect(names).toContain('kpis.json');
      expect(names).not.toContain('vsme.json');
    }
  }, 180_000);
});
