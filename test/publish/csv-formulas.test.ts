// Downloads cannot become formulas (issue 11, finding 10): every CSV the example build writes,
// with an indicator unit made to attack a spreadsheet, opens in a spreadsheet that splits on a
// comma, a semicolon or a tab without a cell that starts with =, +, -, @, a tab or a carriage
// return, unless the cell is a number.

import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';

const ROOT = path.resolve(import.meta.dirname, '..', '..');
const ATTACK = "count;=cmd|' /C calc'!A0;";

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await removeFolder(d);
});

async function csvFiles(dir: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await fs.readdir(path.join(dir, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await csvFiles(dir, r)));
    else if (e.name.endsWith('.csv')) out.push(r);
  }
  return out.sort();
}

/** A cell a spreadsheet would run as a formula: a formula start that is not a plain number. */
const isFormula = (cell: string): boolean => /^[=+\-@\t\r]/.test(cell) && !/^-?\d+(\.\d+)?$/.test(cell);

describe('every CSV of the example build, with an indicator unit that attacks a spreadsheet', () => {
  let site = '';
  let files: string[] = [];
  beforeAll(async () => {
    const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'csv-formulas-'));
    temp.push(parent);
    const data = path.join(parent, 'data');
    await fs.cp(path.join(ROOT, 'data'), data, { recursive: true });
    const declarations = await fs.readFile(path.join(data, 'indicators.csv'), 'utf8');
    // data.breaches_reported's unit `count` becomes the attack (quoted: it holds no comma, but a reader splitting on ; would cut it).
    const attacked = declarations.replace(/^(data\.breaches_reported,data,[^,]*,[^,]*,)count,/m, `$1"${ATTACK}",`);
    expect(attacked).not.toBe(declarations);
    await fs.writeFile(path.join(data, 'indicators.csv'), attacked);
    site = path.join(parent, 'site');
    const result = await runBuild({ dataDir: data, outDir: site, quiet: true });
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    files = await csvFiles(site);
  }, 240_000);

  it('writes kpis.csv and emissions.csv, and the attack reaches kpis.csv', async () => {
    expect(files).toContain('downloads/2025/kpis.csv');
    expect(files).toContain('downloads/2025/emissions.csv');
    const kpis = await fs.readFile(path.join(site, 'downloads', '2025', 'kpis.csv'), 'utf8');
    // Quoted for its semicolons, and a quote put before the = after one (worked out by hand).
    expect(kpis).toContain(`,"count;'=cmd|' /C calc'!A0;'",`);
  });

  it.each([',', ';', '\t'])('has no formula cell when split on %j', async (delimiter) => {
    for (const file of files) {
      const text = await fs.readFile(path.join(site, file), 'utf8');
      const rows = parse(text, { delimiter, bom: true, relax_quotes: true, relax_column_count: true }) as string[][];
      const formulas = rows.flat().filter(isFormula);
      expect({ file, formulas }).toEqual({ file, formulas: [] });
    }
  });
});
