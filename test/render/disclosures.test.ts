// The Method page's disclosures (issue 13, item 6), in both languages, on a copy of the example
// data folder without 2025/meetings.csv: the warning of the build shows in the data-quality
// statement, beside the GHG basis, boundary, scope 3 categories, flight bands, unit conversions,
// radiative forcing, base-year policy and the reduction split.

import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ReportModel } from '../../src/model/site.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { PROJECT_ROOT } from '../../src/pipeline/tool.ts';
import type { DisclosuresView } from '../../src/render/disclosures.ts';
import { buildSiteView } from '../../src/render/views/index.ts';
import { runBuildCli } from '../e2e/harness.ts';

let work = '';
let data = '';
let model: ReportModel;

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'disclosures-'));
  data = path.join(work, 'data');
  await cp(path.join(PROJECT_ROOT, 'data'), data, { recursive: true });
  await rm(path.join(data, '2025/meetings.csv'));
  const prepared = await prepareReport(data, { cacheDir: null, memoryCache: null, workers: 0 });
  if (!prepared.ok) throw new Error(prepared.diagnostics.map((d) => d.message).join('\n'));
  model = prepared.model;
});

afterAll(async () => {
  await rm(work, { recursive: true, force: true });
});

function disclosures(lang: 'da' | 'en', year: number): DisclosuresView {
  const page = buildSiteView(model).pages.find((p) => p.kind === 'method' && p.lang === lang && p.year === year);
  const d = page?.kind === 'method' ? page.method.disclosures : undefined;
  if (d === undefined) throw new Error(`no method page for ${lang} ${year}`);
  return d;
}

describe('the Method page\'s disclosures', () => {
  it('state the missing 2025/meetings.csv and the factor of 2024 standing in, in English and Danish', () => {
    const en = disclosures('en', 2025);
    expect(en.qualityLead).toBe('The build of the report gave these warnings for 2025 (file and line):');
    expect(en.quality).toContain('2025/meetings.csv is missing, so the figures that need it are not reported.');
    expect(en.quality).toContain('No factor for energy.electricity.residual is published for 2025; the factor of 2024 stands in.');
    const da = disclosures('da', 2025);
    expect(da.quality).toContain('2025/meetings.csv mangler, så de tal, der bygger på filen, er ikke opgjort.');
    expect(da.quality).toContain('Der findes ingen faktor for energy.electricity.residual i 2025; faktoren fra 2024 er brugt.');
    // 2024 has its meetings.csv: no such line there
    expect(disclosures('en', 2024).quality.some((q) => q.includes('meetings.csv'))).toBe(false);
  });

  it('name the sites of energy.csv, the scope 3 categories left out, and the radiative-forcing choice', () => {
    const en = disclosures('en', 2025);
    expect(en.sites).toEqual(['Aarhus C, Åboulevarden', 'København, Vesterbrogade', 'Odense, kontorfællesskab']);
    expect(en.scope3Excluded).toHaveLength(14);
    expect(en.scope3Excluded[0]).toBe('1. Purchased goods and services');
    expect(en.scope3Excluded).not.toContain('6. Business travel');
    expect(en.scope3Excluded[13]).toBe('15. Investments');
    expect(en.radiativeForcing).toBe('Flights are counted with radiative forcing, that is with the factors\' kg_co2e_rf.');
    expect(disclosures('da', 2025).scope3Excluded[5]).toBe('7. Medarbejdernes transport til og fra arbejde');
  });

  it('split 2025\'s reduction since 2019 into activity and factors (48.1 % = 32.3 + 15.8 points; 32.1 % at 2025\'s factors)', () => {
    expect(disclosures('en', 2025).reduction).toEqual([
      'Emissions (location-based) in 2025 are 48.1% lower than in 2019.',
      'Of this, 32.3 percentage points is due to less activity: this year\'s activity at the factors of 2019 gives this reduction.',
      'The rest, 15.8 percentage points, is due to changed emission factors.',
      'With the activity of 2019 at the factors of 2025, the reduction would be 32.1%.',
    ]);
    expect(disclosures('da', 2025).reduction).toEqual([
      'Udledningerne (lokationsbaseret) i 2025 er 48,1\u00a0% lavere end i 2019.', // a no-break space before %
      'Heraf skyldes 32,3 procentpoint mindre aktivitet: årets aktivitet ganget med faktorerne fra 2019 giver denne reduktion.',
      'Resten, 15,8 procentpoint, skyldes ændrede emissionsfaktorer.',
      'Med 2019s aktivitet ganget med faktorerne for 2025 ville reduktionen være 32,1\u00a0%.',
    ]);
    expect(disclosures('en', 2019).reduction).toEqual([
      'The reduction cannot be split for this year (it is the base year itself, or either year lacks travel or energy data).',
    ]);
  });

  it('appear on the built Method page in both languages', async () => {
    const site = path.join(work, 'site');
    const built = await runBuildCli(data, site, {}, ['--quiet']);
    expect(built.code, built.stderr).toBe(0);
    const en = await readFile(path.join(site, 'en/2025/method-and-data/index.html'), 'utf8').catch(async () => readFile(path.join(site, 'en/method-and-data/index.html'), 'utf8'));
    expect(en).toContain('<h3 id="data-quality">Data quality</h3>');
    expect(en).toContain('<li>2025/meetings.csv is missing, so the figures that need it are not reported.</li>');
    expect(en).toContain('<li>1. Purchased goods and services</li>');
    expect(en).toContain('<th scope="row">500 to 3,700 km</th>');
    expect(en).toContain('kWh = MWh × 1,000 = GJ × 1,000 / 3.6.');
    const da = await readFile(path.join(site, 'metode-og-data/index.html'), 'utf8');
    expect(da).toContain('<h3 id="data-quality">Datakvalitet</h3>');
    expect(da).toContain('<li>2025/meetings.csv mangler, så de tal, der bygger på filen, er ikke opgjort.</li>');
    expect(da).toContain('kWh = MWh × 1.000 = GJ × 1.000 / 3,6.');
  });
});
