// views/method.ts: the Method and data page.

import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../fixtures/model.ts';
import { pageOf } from './site.ts';
import { buildSiteView } from '../../../src/render/views/index.ts';
import { isFileOfYear } from '../../../src/model/site.ts';

describe('method', () => {
  it('lists the factors used, noting where an earlier year stood in', () => {
    const m = pageOf('/en/2025/method-and-data/', 'method').method;
    expect(m?.factors.map((f) => [f.key, f.factorYear, f.value, f.note])).toEqual([
      ['energy.electricity', '2024', '0.118', 'No factor is published for 2025; the factor of 2024 stands in.'],
      ['flight.short_haul.economy', '2023', '0.15353', 'No factor is published for 2025; the factor of 2023 stands in. Including radiative forcing.'],
    ]);
    expect(pageOf('/metode-og-data/', 'method').method?.buildDate).toBe('1. marts 2025');
  });

  it('links every download', () => {
    expect(pageOf('/en/method-and-data/', 'method').method?.downloads.map((d) => d.href)).toEqual([
      '/downloads/2024/kpis.json', '/downloads/2024/kpis.csv', '/downloads/2024/emissions.csv', '/downloads/2024/restatements.csv',
      '/downloads/manifest.json', '/downloads/SHA256SUMS', '/downloads/INPUTS.sha256',
    ]);
  });

  it('defines every figure of the catalog, with a formula, and the three facts for the frameworks', () => {
    const m = pageOf('/en/method-and-data/', 'method').method;
    const defs = m?.groups.flatMap((g) => g.definitions) ?? [];
    expect(defs).toHaveLength(fixtureModel().catalog.length + 3);
    for (const d of defs) expect(d.formula).not.toBe('');
  });

  it("lists the year's own input files and the root's, not another year's; the whole report the same", () => {
    const file = (p: string, rows: number | null) => ({ path: p, bytes: 10, sha256: p.length.toString(16).padStart(64, '0'), rows });
    const inputs = [
      file('2023/employees.csv', 40), file('2023/narrative/overview.da.md', null),
      file('2024/employees.csv', 42), file('2024/published.json', null),
      file('2025/travel.csv', 7), file('benchmarks.csv', 2), file('report.json', null),
    ];
    const views = buildSiteView({ ...fixtureModel(), inputs });
    const listed = (url: string): string[] => {
      const p = views.pages.find((x) => x.url === url);
      if (p?.kind === 'method') return p.method.inputs.map((i) => i.path);
      if (p?.kind === 'report') return p.methodPart.inputs.map((i) => i.path);
      throw new Error(`no Method or report page ${url}`);
    };
    const of2023 = ['2023/employees.csv', '2023/narrative/overview.da.md', 'benchmarks.csv', 'report.json'];
    const of2024 = ['2024/employees.csv', '2024/published.json', 'benchmarks.csv', 'report.json'];
    expect(listed('/en/2023/method-and-data/')).toEqual(of2023);
    expect(listed('/2023/rapport/')).toEqual(of2023);
    expect(listed('/metode-og-data/')).toEqual(of2024);
    expect(listed('/en/report/')).toEqual(of2024);
    expect(listed('/2025/metode-og-data/')).toEqual(['2025/travel.csv', 'benchmarks.csv', 'report.json']);
  });

  it('takes a file as one of a year by its folder, the root serving every year', () => {
    expect(isFileOfYear('2024/employees.csv', 2024)).toBe(true);
    expect(isFileOfYear('2024/narrative/overview.da.md', 2024)).toBe(true);
    expect(isFileOfYear('emission-factors.csv', 2024)).toBe(true);
    expect(isFileOfYear('2023/employees.csv', 2024)).toBe(false);
    expect(isFileOfYear('20240/employees.csv', 2024)).toBe(false);
  });
});
