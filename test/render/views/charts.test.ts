// views/charts.ts and the charts a page places: chart data, their tables, and where each is shown.

import { describe, expect, it } from 'vitest';
import { section, site } from './site.ts';

describe('charts', () => {
  it('leaves suppressed counts out of the chart data but names them in the table', () => {
    const daPage = section('/medarbejdere/');
    const gender = daPage.narrative.flatMap((s) => (s.chart === null ? [] : [s.chart])).find((c) => c.name === 'gender');
    expect(gender).toBeDefined();
    const data = JSON.parse(gender?.json ?? 'null') as { labels: string[]; datasets: { data: number[] }[] };
    expect(data.labels).toEqual(['Kvinder', 'Mænd']);
    expect(data.datasets[0]?.data).toEqual([23, 15]);
    expect(gender?.table.rows.map((r) => [r.header, r.cells[0]?.text])).toEqual([
      ['Kvinder', '23'], ['Mænd', '15'], ['Andet', 'skjult af hensyn til anonymitet'], ['Uoplyst', 'skjult af hensyn til anonymitet'],
    ]);
  });

  it('shows women and men only in the management chart', () => {
    const c = section('/en/workforce/').charts.find((x) => x.name === 'management-gender');
    expect(c?.table.rows.map((r) => r.header)).toEqual(['Women', 'Men']);
    const data = JSON.parse(c?.json ?? 'null') as { labels: string[] };
    expect(data.labels).toEqual(['Men']);
  });

  it('places each section chart once: in the narrative or after it', () => {
    const en = section('/en/workforce/');
    const inText = en.narrative.flatMap((s) => (s.chart === null ? [] : [s.chart.name]));
    expect(inText).toEqual(['origin']);
    expect(en.charts.map((c) => c.name)).toEqual(['workforce-trend', 'gender', 'management-gender', 'age']);
    expect(en.hasCharts).toBe(true);
    expect(section('/en/community/').hasCharts).toBe(false);
  });

  it('draws the emissions trend from the base year with a gap where a figure is missing', () => {
    const c = section('/en/2025/environment/').charts.find((x) => x.name === 'emissions-trend');
    expect(c?.table.head).toEqual(['Year', 'Scope 1', 'Scope 2 (location-based)', 'Scope 2 (market-based)', 'Scope 3 (travel)', 'Total (location-based)', 'Total (market-based)']);
    expect(c?.table.rows.map((r) => r.header)).toEqual(['2023', '2024', '2025']);
    const data = JSON.parse(c?.json ?? 'null') as { datasets: { label: string; data: (number | null)[] }[] };
    // scope 1 of 2025 is suppressed in the fixture: a gap
    expect(data.datasets[0]).toMatchObject({ label: 'Scope 1', data: [10.3, 9.5, null] });
  });

  it('puts the labour-market benchmark beside the origin figure', () => {
    const c = section('/en/workforce/').narrative.flatMap((s) => (s.chart === null ? [] : [s.chart]))[0];
    expect(c?.table.rows.map((r) => r.cells.map((x) => x.text))).toEqual([['25.0%', ''], ['16.4%', 'Statistics Denmark {{ 7*7 }}']]);
  });

  it('has nothing to draw without data', () => {
    const c = section('/en/2025/environment/').charts.find((x) => x.name === 'energy-carriers');
    expect(c?.json).toBeNull();
  });

  it('keeps chart JSON safe inside a script element', () => {
    for (const p of site.pages) {
      if (p.kind === 'archive' || p.kind === 'search') continue;
      for (const c of [...(p.kind === 'section' ? p.charts : []), ...p.narrative.flatMap((s) => (s.chart === null ? [] : [s.chart]))]) {
        expect(c.json ?? '').not.toMatch(/[<>&]/);
      }
    }
  });
});
