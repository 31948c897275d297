// Writes the example data folder data/ of a fictional Danish public-sector IT purchasing body,
// "Kommunernes Fælles Indkøb af IT" (KFIT). Seeded and deterministic: every run writes the same
// bytes. Run with `npx tsx scripts/generate-example-data.ts [outDir]` (default: data/).
//
// Every file follows /spec/inputs.md. Some files are written the way Danish Excel writes them
// (Windows-1252 with semicolons, UTF-8 with BOM, UTF-16 "Unicode text" with tabs, CRLF) to show
// that such exports build; the rest are canonical UTF-8, comma, ISO dates, English names.
// No person-level value is real: employee ids are pseudonyms, no names, no CPR-like numbers.
// The parts live in scripts/example/ (common, workforce, activity, suppliers); the narratives in
// scripts/example-prose/.

import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { LOGO_SVG, Random, YEARS, BASE_YEAR, REPORT_JSON } from './example/common.ts';
import { buildWorkforce, employeesFile, workforceSummary } from './example/workforce.ts';
import { emissionFactorsFile, travelFile, energyFile, meetingsFile } from './example/activity.ts';
import { buildContracts, suppliersFile, declarationsFile, indicatorValuesFile, benchmarksFile, targetsFile, narrativeFiles } from './example/suppliers.ts';
import type { ExampleFile } from './example/common.ts';

export { mulberry32 } from '../src/util/seeded-random.ts';
export { encodeWindows1252 } from './example/common.ts';
export type { ExampleFile } from './example/common.ts';

// ---- writing ------------------------------------------------------------------------------

/** Every file of the example data folder, in a fixed order. */
export function exampleDataFiles(): ExampleFile[] {
  const files: ExampleFile[] = [];
  const text = (path: string, content: string): void => {
    files.push({ path, bytes: Buffer.from(content, 'utf8') });
  };
  text('report.json', `${JSON.stringify(REPORT_JSON, null, 2)}\n`);
  text('logo.svg', LOGO_SVG);
  text('emission-factors.csv', emissionFactorsFile());
  text('benchmarks.csv', benchmarksFile());
  text('targets.csv', targetsFile());
  text('indicators.csv', declarationsFile());

  // each generator has its own stream, so that changing one file does not reshuffle the others
  const workforce = buildWorkforce(new Random(20250101));
  const contracts = buildContracts(new Random(77));
  for (const year of [BASE_YEAR, ...YEARS]) {
    files.push(travelFile(new Random(1000 + year), year));
    files.push(energyFile(new Random(2000 + year), year));
    if (year === BASE_YEAR) continue;
    files.push(employeesFile(workforce, year));
    text(`${year}/meetings.csv`, meetingsFile(new Random(3000 + year), year));
    files.push(suppliersFile(contracts, year));
    text(`${year}/indicators.csv`, indicatorValuesFile(year));
  }
  for (const year of [BASE_YEAR, ...YEARS]) files.push(...narrativeFiles(year));
  return files;
}

/** The workforce aggregates the example is meant to show (for the console only). */
export function exampleSummary(): string[] {
  const workforce = buildWorkforce(new Random(20250101));
  return YEARS.map((y) => workforceSummary(workforce, y));
}

function main(): void {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const outDir = resolve(root, process.argv[2] ?? 'data');
  rmSync(outDir, { recursive: true, force: true });
  for (const file of exampleDataFiles()) {
    const target = join(outDir, file.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.bytes);
  }
  for (const line of exampleSummary()) console.log(line);
  console.log(`wrote ${outDir}`);
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
