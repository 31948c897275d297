// views/method.ts: the Method and data page.

import { describe, expect, it } from 'vitest';
import { fixtureModel } from '../fixtures/model.ts';
import { pageOf } from './site.ts';

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
});
