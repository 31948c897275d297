// The output scan with planted values (site.md "Privacy and safety rules for the output"): a CPR
// number, an e-mail address of an input CSV file and an employee_id of employees.csv, each planted
// where text reaches the pages, stop the build naming the output file, never the value, and leave
// the previous site as it was. Run through runBuild (the build's own code path) and, once, the CLI.

import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { makeDataFolder, removedAfterAll } from '../fixtures/folders/temp-folder.ts';
import type { FolderSpec } from '../fixtures/folders/temp-folder.ts';
import { besideOut, freshOutParent, runBuildCli, treeDigest } from './harness.ts';

const ORG = 'Organisation Plant';
const report = (name = ORG): string => `{ "organisation": { "name": "${name}", "accessibilityStatementUrl": "https://www.was.digst.dk/test-example" } }\n`;
const EMPLOYEES = [
  'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager',
  'KF-1023,woman,1980,danish,2020-01-01,,1,no',
  '448812,man,1975,danish,2019-03-01,,1,no',
  'E07,man,1990,danish,2021-05-01,,1,no',
  '',
].join('\n');
const SUPPLIER_HEADER = 'contract_id,supplier,contract_name,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,dpa_signed,status';
const suppliers = (supplier: string, contractName = 'Drift'): string => `${SUPPLIER_HEADER}\nK1,${supplier},${contractName},yes,yes,yes,yes,yes,yes,compliant\n`;
const TRAVEL_WITH_EMAIL = 'date,mode,distance_km,purpose\n2025-03-04,rail,120,Møde aftalt af indkob@plant.example\n';
const FACTORS = 'key,year,unit,kg_co2e,kg_co2e_rf,kwh_per_unit,source\nrail.national,2025,pkm,0.004,,,Eksempel\n';
const narrative = (text: string): FolderSpec => ({ '2025/narrative/workforce.da.md': `# Medarbejdere\n\n${text}\n` });

const base: FolderSpec = {
  'report.json': report(),
  '2025/employees.csv': EMPLOYEES,
  '2025/suppliers.csv': suppliers('Lysholm Cloud A/S'),
  '2025/travel.csv': TRAVEL_WITH_EMAIL,
  'emission-factors.csv': FACTORS,
};

const cleanup = removedAfterAll();

/** An output folder holding a previous site of the tool (two pages and its manifest). */
async function previousSite(): Promise<{ parent: string; out: string }> {
  const o = await freshOutParent('e2e-scan-');
  cleanup.push(o.parent);
  await mkdir(path.join(o.out, 'en'), { recursive: true });
  await writeFile(path.join(o.out, 'index.html'), '<p>previous</p>\n');
  await writeFile(path.join(o.out, 'en', 'index.html'), '<p>previous, en</p>\n');
  // The mark of a site this tool made (a build replaces no other folder).
  await mkdir(path.join(o.out, 'downloads'));
  await writeFile(path.join(o.out, 'downloads', 'manifest.json'), '{\n  "tool": {\n    "name": "csr-report"\n  }\n}\n');
  return o;
}

async function build(spec: FolderSpec): Promise<{ ok: boolean; lines: string[]; parent: string; out: string; before: Map<string, string> | null }> {
  const data = await makeDataFolder(spec);
  cleanup.push(data);
  const { parent, out } = await previousSite();
  const before = await treeDigest(out);
  const result = await runBuild({ dataDir: data, outDir: out, quiet: true });
  const lines = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
  return { ok: result.ok, lines, parent, out, before };
}

/** The scan lines (output paths end in .html/.json/.csv under the output folder's name). */
const scanLines = (lines: string[], kind: string): string[] => lines.filter((l) => l.includes(kind));

interface PlantCase {
  readonly name: string;
  readonly spec: FolderSpec;
  readonly kind: 'a CPR number' | 'an e-mail address' | 'an employee_id';
  /** An output file that must be named (relative to the site root). */
  readonly file: string;
  /** Strings no message may hold. */
  readonly secret: readonly string[];
}

const CASES: readonly PlantCase[] = [
  {
    name: 'a CPR number in a narrative (written with a Markdown escape the reader cannot see through)',
    spec: { ...base, ...narrative('Se 010190\\-1234 her.') },
    kind: 'a CPR number', file: 'medarbejdere/index.html', secret: ['010190', '1234'],
  },
  {
    name: 'an e-mail address of travel.csv in a narrative',
    spec: { ...base, ...narrative('Skriv til Indkob@Plant.example for mere.') },
    kind: 'an e-mail address', file: 'medarbejdere/index.html', secret: ['indkob', 'plant.example'],
  },
  {
    name: 'an e-mail address of travel.csv in a contract name',
    spec: { ...base, '2025/suppliers.csv': suppliers('Lysholm Cloud A/S', 'Aftale via indkob@plant.example') },
    kind: 'an e-mail address', file: 'leverandoerer/index.html', secret: ['indkob', 'plant.example'],
  },
  {
    name: 'an employee_id as a supplier name',
    spec: { ...base, '2025/suppliers.csv': suppliers('KF-1023') },
    kind: 'an employee_id', file: 'leverandoerer/index.html', secret: ['KF-1023'],
  },
  {
    name: 'an employee_id in a narrative',
    spec: { ...base, ...narrative('Tak til (KF-1023) for hjælpen.') },
    kind: 'an employee_id', file: 'medarbejdere/index.html', secret: ['KF-1023'],
  },
  {
    name: 'an employee_id as an indicator note',
    spec: {
      ...base,
      'indicators.csv': 'id,section,label_da,label_en,unit\nworkforce.wellbeing,workforce,Trivsel,Well-being,score\n',
      '2025/indicators.csv': 'id,value,note,source\nworkforce.wellbeing,71,Målt af KF-1023,Survey\n',
    },
    kind: 'an employee_id', file: 'medarbejdere/index.html', secret: ['KF-1023'],
  },
];

describe('a planted private value', () => {
  it.each(CASES)('$name stops the build, naming the output file and not the value', async (c) => {
    const r = await build(c.spec);
    expect(r.ok).toBe(false);
    const found = scanLines(r.lines, `holds ${c.kind}`);
    expect(found.some((l) => l.startsWith(`${path.relative(process.cwd(), r.out)}/${c.file}:`)), r.lines.join('\n')).toBe(true);
    for (const l of r.lines) for (const s of c.secret) expect(l.toLowerCase()).not.toContain(s.toLowerCase());
    expect(await treeDigest(r.out)).toEqual(r.before);
    expect(await besideOut(r.parent)).toEqual(['site']);
  }, 60_000);
});

describe('report.json', () => {
  it('a CPR number in the organisation name stops the build at the check already, on its line, without the value', async () => {
    const r = await build({ ...base, 'report.json': report('Plant 0101901234') });
    expect(r.ok).toBe(false);
    expect(r.lines).toEqual(['report.json:1: error: "organisation.name" holds what looks like a CPR number; remove it']);
    expect(await treeDigest(r.out)).toEqual(r.before);
    expect(await besideOut(r.parent)).toEqual(['site']);
  }, 60_000);
});

describe('the search index', () => {
  it('a CPR number in a page\'s text is found in the page and in the compressed search index too', async () => {
    const r = await build({ ...base, ...narrative('Se 010190\\-1234 her.') });
    expect(r.ok).toBe(false);
    const site = path.relative(process.cwd(), r.out);
    const found = scanLines(r.lines, 'holds a CPR number');
    expect(found.some((l) => l.startsWith(`${site}/medarbejdere/index.html:`)), r.lines.join('\n')).toBe(true);
    // Pagefind's files are gzip: read compressed, the number would not be seen there.
    expect(found.some((l) => l.startsWith(`${site}/pagefind/`)), r.lines.join('\n')).toBe(true);
    for (const l of r.lines) expect(l).not.toMatch(/010190|1234/);
    expect(await treeDigest(r.out)).toEqual(r.before);
  }, 60_000);
});

describe('values that are not private', () => {
  it('the organisation’s own address in a narrative, a digits-only id and a short id build', async () => {
    const r = await build({ ...base, ...narrative('Skriv til csr@plant.example. Tallene 448812 og E07 er ikke personer her.') });
    expect(r.lines).toEqual([]);
    expect(r.ok).toBe(true);
    expect(await besideOut(r.parent)).toEqual(['site']);
  }, 60_000);
});

describe('the command line', () => {
  it('prints the finding without the value and keeps the previous site', async () => {
    const data = await makeDataFolder({ ...base, '2025/suppliers.csv': suppliers('KF-1023') });
    cleanup.push(data);
    const { parent, out } = await previousSite();
    const before = await treeDigest(out);
    const r = await runBuildCli(data, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/site\/leverandoerer\/index\.html:\d+: error: this output file holds an employee_id/);
    expect(r.stderr).not.toContain('KF-1023');
    expect(r.stdout).not.toContain('KF-1023');
    expect(r.stderr).toContain('The site was not built; the output folder was left as it was.');
    expect(await treeDigest(out)).toEqual(before);
    expect(await besideOut(parent)).toEqual(['site']);
  }, 60_000);
});
