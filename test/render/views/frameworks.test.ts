// views/frameworks.ts: the Global Compact principles and SDG 9 targets with their figures.

import { describe, expect, it } from 'vitest';
import { pageOf } from './site.ts';

describe('framework index', () => {
  it('maps figures to Global Compact principles and SDG 9 targets', () => {
    const p = pageOf('/en/global-compact-and-sdg9/', 'frameworks');
    const [gc, sdg] = p.frameworks;
    expect(gc?.entries).toHaveLength(10);
    expect(sdg?.entries.map((e) => e.heading)).toEqual(['Target 9.1', 'Target 9.2', 'Target 9.3', 'Target 9.4', 'Target 9.5', 'Target 9.a', 'Target 9.b', 'Target 9.c']);
    expect(gc?.entries[5]?.figures.map((f) => f.id)).toContain('hr.headcount');
    expect(gc?.entries[5]?.figures.map((f) => f.id)).toContain('ind.workforce.wellbeing_score');
    expect(gc?.entries[9]?.figures.map((f) => f.id)).toContain('sup.anticorruption_clause_share');
    expect(sdg?.entries[7]?.figures.map((f) => f.id)).toContain('ind.data.breaches_reported');
    expect(sdg?.entries[0]?.figures.find((f) => f.id === 'ind.community.municipalities')?.href).toBe('/en/community/#fig-ind-community-municipalities');
  });
});
