// A base-year folder (inputs.md "Layout"): report.json's emissions.baseYear holding only
// travel.csv and energy.csv is complete for what it is kept for (the emissions comparison), so
// the files and texts it lacks are not warned about; any other year, or a base year holding more,
// is warned about as before.

import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { scanDataFolder } from '../../src/read/folder.ts';
import { MINIMAL_REPORT_JSON, makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function lines(spec: FolderSpec, baseYear: number | null): Promise<string[]> {
  const dir = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, 'emission-factors.csv': 'x\n', 'indicators.csv': 'x\n', ...spec });
  made.push(dir);
  const sink = new DiagnosticSink();
  await scanDataFolder(dir, ['da', 'en'], sink, baseYear);
  return sink.items.map(formatDiagnostic);
}

const BASE: FolderSpec = {
  '2019/travel.csv': 'x\n',
  '2019/energy.csv': 'x\n',
  '2019/narrative/overview.da.md': '# Overblik\n',
  '2019/narrative/overview.en.md': '# Overview\n',
  '2019/narrative/environment.da.md': '# Klima\n',
  '2019/narrative/environment.en.md': '# Environment\n',
};

describe('a base-year folder', () => {
  it('holding only travel.csv and energy.csv (and their pages\' texts) gives no warning', async () => {
    expect(await lines(BASE, 2019)).toEqual([]);
  });

  it('still needs the texts of the pages it has figures for', async () => {
    const { ['2019/narrative/environment.en.md']: _left, ...spec } = BASE;
    expect(await lines(spec, 2019)).toEqual([
      '2019/narrative/environment.en.md:1: warning: the file is missing, so the English Environment page of 2019 shows figures only, without text',
    ]);
  });

  it('is only the base year of report.json: another year like it is warned about', async () => {
    const got = await lines(BASE, 2020);
    expect(got.filter((l) => /^2019\/(employees|meetings|suppliers|indicators)\.csv:1: warning: the file is missing/.test(l))).toHaveLength(4);
    expect(got.filter((l) => l.startsWith('2019/narrative/workforce.da.md:1: warning'))).toHaveLength(1);
  });

  it('holding more than travel and energy is a year like any other', async () => {
    const got = await lines({ ...BASE, '2019/employees.csv': 'x\n' }, 2019);
    expect(got.filter((l) => /^2019\/(meetings|suppliers|indicators)\.csv:1: warning: the file is missing/.test(l))).toHaveLength(3);
  });

  it('still warns when travel.csv or energy.csv is missing', async () => {
    const { ['2019/energy.csv']: _left, ...spec } = BASE;
    expect(await lines(spec, 2019)).toEqual([
      '2019/energy.csv:1: warning: the file is missing, so the energy figures of 2019 (energy use, renewable electricity, scope 1 and 2 emissions) are not reported, nor the total emissions',
    ]);
  });
});
