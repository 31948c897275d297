// A CPR number in any text of report.json is an error of `npm run check` (and of the build's
// prepare step) on that value's line, naming the key and never the number: before, only the
// output scan refused it, after the whole site was built.

import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function folder(spec: FolderSpec): Promise<string> {
  const dir = await makeDataFolder(spec);
  made.push(dir);
  return dir;
}

async function read(reportJson: string): Promise<{ ok: boolean; lines: string[] }> {
  const sink = new DiagnosticSink();
  const result = await readReportJson(await folder({ 'report.json': reportJson }), sink);
  return { ok: result !== null, lines: sink.items.map(formatDiagnostic) };
}

const json = (...lines: string[]): string => `${lines.join('\n')}\n`;

describe('report.json: a CPR number in a text', () => {
  it('in organisation.name is an error on its line, without the digits', async () => {
    const { ok, lines } = await read(json(
      '{',
      '  "organisation": {',
      '    "name": "Plant 010190-1234",',
      '    "accessibilityStatementUrl": "https://www.was.digst.dk/test"',
      '  }',
      '}',
    ));
    expect(ok).toBe(false);
    expect(lines).toEqual(['report.json:3: error: "organisation.name" holds what looks like a CPR number; remove it']);
  });

  it('however typed, in any text value (an URL, a list)', async () => {
    const { ok, lines } = await read(json(
      '{',
      '  "organisation": { "name": "Plant", "accessibilityStatementUrl": "https://www.was.digst.dk/test",',
      '    "url": "https://plant.example/ansat/0101901234" },',
      '  "languages": ["da", "０１０１９０－１２３４"]',
      '}',
    ));
    expect(ok).toBe(false);
    const cpr = lines.filter((l) => l.includes('holds what looks like a CPR number'));
    expect(cpr).toEqual([
      'report.json:3: error: "organisation.url" holds what looks like a CPR number; remove it',
      'report.json:4: error: "languages[1]" holds what looks like a CPR number; remove it',
    ]);
    for (const l of lines) expect(l).not.toMatch(/0101|1234|０１/);
  });

  it('a date, a year, an URL with digits is no CPR number', async () => {
    const { ok, lines } = await read(json(
      '{',
      '  "organisation": { "name": "Plant 2025", "accessibilityStatementUrl": "https://www.was.digst.dk/test-12345" },',
      '  "snapshotDate": "09-30"',
      '}',
    ));
    expect(lines).toEqual([]);
    expect(ok).toBe(true);
  });

  it('is reported by the check (prepareReport), with the line and without the digits', async () => {
    const dir = await folder({
      'report.json': json(
        '{',
        '  "organisation": {',
        '    "name": "Plant 0101901234",',
        '    "accessibilityStatementUrl": "https://www.was.digst.dk/test"',
        '  }',
        '}',
      ),
    });
    const result = await prepareReport(dir);
    expect(result.ok).toBe(false);
    const lines = result.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic);
    expect(lines).toContain('report.json:3: error: "organisation.name" holds what looks like a CPR number; remove it');
    for (const l of result.diagnostics.map(formatDiagnostic)) expect(l).not.toContain('0101901234');
  });
});
