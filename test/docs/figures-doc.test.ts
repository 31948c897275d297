// docs/figures.md is generated from the registry of figures (npm run docs); this test fails when
// the file is not what the registry gives today, so the user documentation cannot drift from the
// tool. The rows checked by hand below are kpis.md's, copied by hand, not the generator's output.

import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIGURES_DOC, figuresMarkdown } from '../../scripts/generate-docs.ts';

const doc = readFileSync(FIGURES_DOC, 'utf8');

/** The lines of the block of one figure, from its heading to the next heading. */
function block(id: string): string {
  const start = doc.indexOf(`### \`${id}\` — `);
  expect(start, `no section for ${id}`).toBeGreaterThanOrEqual(0);
  const end = doc.indexOf('\n### ', start + 1);
  return doc.slice(start, end < 0 ? undefined : end);
}

describe('docs/figures.md', () => {
  it('is what npm run docs writes from the registry today (run npm run docs when this fails)', () => {
    expect(doc === figuresMarkdown(), 'docs/figures.md is out of date: run npm run docs').toBe(true);
  });

  it('gives each figure its unit, principles, targets, privacy rule and datapoints (checked by hand against kpis.md and frameworks.md)', () => {
    const headcount = block('hr.headcount');
    expect(headcount).toContain('| unit | persons |');
    expect(headcount).toContain('| Global Compact principles | 6 |');
    expect(headcount).toContain('| privacy | a total: never suppressed |');
    expect(headcount).toContain('VSME `vsme:NumberOfEmployees`; ESRS S1-6; GRI 2-7');
    expect(headcount).toContain('| Danish name | Medarbejdere |');

    const scope1 = block('env.scope1_t');
    expect(scope1).toContain('| unit | t CO2e |');
    expect(scope1).toContain('| Global Compact principles | 7, 8 |');
    expect(scope1).toContain('| SDG 9 targets | 9.4 |');
    expect(scope1).toContain('VSME `vsme:GrossScope1GreenhouseGasEmissions`; ESRS E1-6; GRI 305-1; ESG key figure `co2e_scope1`');

    const other = block('hr.gender.other');
    expect(other).toContain('suppressed when from 1 to k − 1; guarded by relation R1');
    expect(block('hr.origin.immigrants')).toContain('relations R3, R6');
    expect(block('hr.age.median')).toContain('suppressed when `hr.headcount` is below k');

    const dpa = block('sup.dpa_coverage');
    expect(dpa).toContain('| Global Compact principles | 1 |');
    expect(dpa).toContain('| SDG 9 targets | 9.c |');
    expect(dpa).toContain('GRI 418');
  });

  it('lists every figure of kpis.md once (80: 40 workforce, 27 environment, 13 suppliers)', () => {
    const headings = doc.split('\n').filter((l) => /^### `[a-z]/.test(l));
    expect(headings).toHaveLength(80);
    expect(headings.filter((h) => h.startsWith('### `hr.'))).toHaveLength(40);
    expect(headings.filter((h) => h.startsWith('### `env.'))).toHaveLength(27);
    expect(headings.filter((h) => h.startsWith('### `sup.'))).toHaveLength(13);
  });
});
