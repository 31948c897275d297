// The Method page's disclosures (issue 13, item 6), in both languages, on a copy of the example
// data folder without 2025/meetings.csv: the warning of the build shows in the data-quality
// statement, beside the GHG basis, boundary, scope 3 categories, flight bands, unit conversions,
// radiative forcing, base-year policy and the reduction split; the GHG basis and policy the
// example's report.json declares, and the defaults without them; the year's restatements in the
// data-quality statement; the link to downloads/INPUTS.sha256.

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

function disclosures(lang: 'da' | 'en', year: number, of: ReportModel = model): DisclosuresView {
  const page = buildSiteView(of).pages.find((p) => p.kind === 'method' && p.lang === lang && p.year === year);
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

  it('state the GHG basis and base-year policy report.json declares, in both languages', () => {
    const en = disclosures('en', 2025);
    expect(en.ghg).toContain('Greenhouse gases: CO2, CH4, N2O (counted together as CO2e).');
    expect(en.ghg).toContain('Global warming potentials (GWP): IPCC AR6 GWP100.');
    expect(en.basePolicy).toMatch(/^The base year is 2019\. Recalculation policy: The base year is recalculated /);
    const da = disclosures('da', 2025);
    expect(da.ghg).toContain('Drivhusgasser: CO2, CH4, N2O (opgjort samlet som CO2e).');
    expect(da.ghg).toContain('Globalt opvarmningspotentiale (GWP): IPCC AR6 GWP100.');
    expect(da.basePolicy).toMatch(/^Basisåret er 2019\. Politik for genberegning: Basisåret genberegnes, /);
  });

  it('state the default GHG basis and base-year policy when report.json declares none', () => {
    const { gwpBasis: _g, gases: _s, baseYearPolicy: _p, ...settings } = model.settings;
    const plain: ReportModel = { ...model, settings };
    const en = disclosures('en', 2025, plain);
    expect(en.ghg).toEqual([expect.stringMatching(/^Emissions are reported as CO2 equivalents \(CO2e\) following the GHG Protocol\. .*100-year GWP values/)]);
    expect(en.basePolicy).toMatch(/^The base year is 2019\. Its figures are computed again on every build/);
    const da = disclosures('da', 2025, plain);
    expect(da.ghg).toEqual([expect.stringMatching(/^Udledningerne er opgjort som CO2-ækvivalenter/)]);
    expect(da.basePolicy).toMatch(/^Basisåret er 2019\. Basisårets tal beregnes igen/);
  });

  it('list the restatements of the year in the data-quality statement, in both languages', () => {
    const restated: ReportModel = {
      ...model,
      restated: [{
        year: 2025, id: 'env.scope3_travel_t', unit: 't CO2e',
        old: { value: 0.5, status: 'ok' }, new: { value: 4.3, status: 'ok' },
        reasonDa: 'En togrejse var registreret med forkert afstand', reasonEn: 'A rail journey was recorded with the wrong distance',
      }],
    };
    const en = disclosures('en', 2025, restated);
    expect(en.qualityLead).toBe('The build of the report gave these warnings and restatements for 2025:');
    expect(en.quality.filter((q) => q.includes('(env.scope3_travel_t): Restated: published as 0.5 tonnes CO2e, now 4.3 tonnes CO2e. Reason: A rail journey was recorded with the wrong distance'))).toHaveLength(1);
    const da = disclosures('da', 2025, restated);
    expect(da.quality.filter((q) => q.includes('(env.scope3_travel_t): Omregnet: offentliggjort som 0,5 ton CO2e, nu 4,3 ton CO2e. Begrundelse: En togrejse var registreret med forkert afstand'))).toHaveLength(1);
    // Another year's page lists no restatement of 2025
    expect(disclosures('en', 2024, restated).quality.some((q) => q.includes('env.scope3_travel_t'))).toBe(false);
  });

  it('appear on the built Method page in both languages', async () => {
    const site = path.join(work, 'site');
    const built = await runBuildCli(data, site, {}, ['--quiet']);
    expect(built.code, built.stderr).toBe(0);
    const enPage = path.join(site, 'en/method-and-data/index.html');
    const en = await readFile(enPage, 'utf8');
    expect(en).toContain('<h3 id="data-quality">Data quality</h3>');
    expect(en).toContain('<li>2025/meetings.csv is missing, so the figures that need it are not reported.</li>');
    expect(en).toContain('<li>1. Purchased goods and services</li>');
    expect(en).toContain('<th scope="row">500 to 3,700 km</th>');
    expect(en).toContain('kWh = MWh × 1,000 = GJ × 1,000 / 3.6.');
    expect(en).toContain('Global warming potentials (GWP): IPCC AR6 GWP100.');
    expect(en).toContain('<p>The base year is 2019. Recalculation policy: The base year is recalculated when a change in the organisation');
    // The checksums of the inputs: linked (relative to the page), with how to check them, and there.
    const href = /<li><a href="([^"]*INPUTS\.sha256)">Checksums of the input files \(INPUTS\.sha256\)<\/a><\/li>/.exec(en)?.[1];
    expect(href).toBe('../../downloads/INPUTS.sha256');
    expect(en).toContain('run sha256sum -c INPUTS.sha256 there');
    const sums = await readFile(path.resolve(path.dirname(enPage), href ?? ''), 'utf8');
    expect(sums).toMatch(/^[0-9a-f]{64}  2025\/energy\.csv$/m);
    const da = await readFile(path.join(site, 'metode-og-data/index.html'), 'utf8');
    expect(da).toContain('<h3 id="data-quality">Datakvalitet</h3>');
    expect(da).toContain('<li>2025/meetings.csv mangler, så de tal, der bygger på filen, er ikke opgjort.</li>');
    expect(da).toContain('kWh = MWh × 1.000 = GJ × 1.000 / 3,6.');
    expect(da).toContain('Globalt opvarmningspotentiale (GWP): IPCC AR6 GWP100.');
    expect(da).toContain('<p>Basisåret er 2019. Politik for genberegning: Basisåret genberegnes, når en ændring');
    expect(da).toContain('<li><a href="../downloads/INPUTS.sha256">Checksummer for inputfilerne (INPUTS.sha256)</a></li>');
  });
});
