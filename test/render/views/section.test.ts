// views/section.ts: the five section pages.

import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/model.ts';
import { section, site } from './site.ts';

describe('section pages', () => {
  it('are one kind, told apart by their section', () => {
    const sections = site.pages.filter((p) => p.kind === 'section' && p.lang === 'en' && p.year === 2024);
    expect(sections.map((p) => (p.kind === 'section' ? [p.section, p.url] : []))).toEqual([
      ['workforce', '/en/workforce/'],
      ['environment', '/en/environment/'],
      ['suppliers', '/en/suppliers/'],
      ['data', '/en/data-ethics-and-security/'],
      ['community', '/en/community/'],
    ]);
  });

  it('state the snapshot date on the workforce page only', () => {
    // report.json's snapshot date of the fixture is 31 December
    expect(section('/en/workforce/').intro).toBe('Workforce figures are counted on 31 December 2024.');
    expect(section('/medarbejdere/').intro).toBe('Medarbejdertal er opgjort pr. 31. december 2024.');
    expect(section('/en/environment/').intro).toBeNull();
  });

  it('list the contracts on the suppliers page only, in words', () => {
    const c = section('/en/suppliers/').contracts;
    expect(c?.map((x) => [x.supplier, x.contractName, x.clauses, x.dpa, x.lastAudit, x.status])).toEqual([
      [HOSTILE.script, HOSTILE.mustache, 'Global Compact, environment, labour, anti-corruption', 'yes', '15 March 2024', 'compliant'],
      [HOSTILE.formula, HOSTILE.raw, 'labour, anti-corruption, human rights', 'no', 'none', 'non-compliant'],
      ['Æblegården ApS', '', 'Global Compact, environment, anti-corruption', 'not applicable', '31 January 2023', 'in remediation'],
      ['Øresund IT A/S', 'Drift', 'Global Compact, labour, anti-corruption', 'yes', '1 December 2022', 'compliant'],
    ]);
    expect(section('/leverandoerer/').contracts?.[2]?.dpa).toBe('ikke relevant');
    expect(section('/en/2025/suppliers/').contracts).toEqual([]);
    expect(section('/en/workforce/').contracts).toBeNull();
  });

  it('have no headline list where the registry names none (data, community)', () => {
    expect(section('/en/community/').headline).toEqual([]);
    expect(section('/en/workforce/').headline.length).toBeGreaterThan(0);
  });
});
