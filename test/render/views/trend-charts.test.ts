// Multi-year trend charts with their tables (issue 14, item 2): the workforce and supplier
// headline shares over the years, and the emissions by scope stacked. Values from the fixture's
// figures (test/render/fixtures/model.ts): women 23 of 40 in 2024 (57.5 %) and 25 of 42 in 2025
// (59.5 %); 25.0 % immigrants and descendants and 10.1 % turnover both years; contracts with a
// Global Compact commitment 3 of 4 (75.0 %), data-processing agreements 2 of 3 (66.7 %), audited
// 2 of 4 (50.0 %) in 2024 and 2025; 2023 has no workforce or supplier file.

import { describe, expect, it } from 'vitest';
import type { ChartView } from '../../../src/render/views/types.ts';
import { section } from './site.ts';

function chartOn(url: string, name: string): ChartView {
  const p = section(url);
  const c = [...p.charts, ...p.narrative.flatMap((s) => (s.chart === null ? [] : [s.chart]))].find((x) => x.name === name);
  if (c === undefined) throw new Error(`no chart ${name} on ${url}`);
  return c;
}

describe('trend charts', () => {
  it('the workforce page: the headline shares by year, from the first year with one; a figure suppressed every year left out', () => {
    const c = chartOn('/en/2025/workforce/', 'workforce-trend');
    expect(c.title).toBe('Key figures over the years, %');
    expect(c.table.head).toEqual(['Year', 'Women, share', 'Immigrants and descendants, share', 'Staff turnover']);
    expect(c.table.rows.map((r) => [r.header, ...r.cells.map((x) => x.text)])).toEqual([
      ['2024', '57.5%', '25.0%', '10.1%'],
      ['2025', '59.5%', '25.0%', '10.1%'],
    ]);
    const data = JSON.parse(c.json ?? 'null') as { type: string; percent: boolean; labels: string[]; datasets: { data: number[] }[] };
    expect([data.type, data.percent, data.labels]).toEqual(['line', true, ['2024', '2025']]);
    expect(data.datasets[0]?.data).toEqual([57.5, 59.5]);
  });

  it('the suppliers page: the headline shares by year', () => {
    const c = chartOn('/en/2025/suppliers/', 'supplier-trend');
    expect(c.table.head).toEqual(['Year', 'Contracts with a Global Compact commitment', 'Data-processing agreements', 'Audited suppliers, share']);
    expect(c.table.rows.map((r) => [r.header, ...r.cells.map((x) => x.text)])).toEqual([
      ['2024', '75.0%', '66.7%', '50.0%'],
      ['2025', '75.0%', '66.7%', '50.0%'],
    ]);
    expect(chartOn('/leverandoerer/', 'supplier-trend').title).toBe('Nøgletal over årene, %');
  });

  it('the emissions by scope stacked (scope 1, 2 location-based, 3); the table keeps the totals and the market-based figures', () => {
    const c = chartOn('/en/2025/environment/', 'emissions-trend');
    const data = JSON.parse(c.json ?? 'null') as { type: string; stacked: boolean; datasets: { label: string }[] };
    expect([data.type, data.stacked]).toEqual(['bar', true]);
    expect(data.datasets.map((d) => d.label)).toEqual(['Scope 1', 'Scope 2 (location-based)', 'Scope 3 (travel)']);
    expect(c.table.head).toEqual(['Year', 'Scope 1', 'Scope 2 (location-based)', 'Scope 2 (market-based)', 'Scope 3 (travel)', 'Total (location-based)', 'Total (market-based)']);
  });
});
