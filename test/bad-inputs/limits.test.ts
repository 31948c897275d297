// Issue 11, findings 12, 13 and 14: a file too large, a field too long, a NUL byte, a UTF-8 file
// read as Windows-1252 because of one stray byte, report.json nested thousands deep. Each is a
// `path:line:` diagnostic within seconds, never a hang or "Maximum call stack size exceeded".
// Expected lines worked out by hand from the files written here.

import { open } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic, sortDiagnostics } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { readCsvFile } from '../../src/read/csv-file.ts';
import { readReportJson } from '../../src/read/report-json.ts';
import { SETTINGS } from '../read/helpers.ts';
import { makeDataFolder, removeFolder, type FolderSpec } from '../fixtures/folders/temp-folder.ts';
import { BASE, REPORT_JSON } from './cases.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map(removeFolder));
});

async function folder(change: Record<string, string | Uint8Array>): Promise<string> {
  const dir = await makeDataFolder({ ...BASE, ...change } as FolderSpec);
  made.push(dir);
  return dir;
}

async function diagnostics(dir: string): Promise<string[]> {
  const result = await prepareReport(dir, { workers: 0 });
  return sortDiagnostics(result.diagnostics).map(formatDiagnostic);
}

const errorsOf = (lines: readonly string[]): string[] => lines.filter((l) => l.includes(': error: '));
const head = (line: string, words: number): string => line.split(' ').slice(0, words).join(' ');

const TRAVEL_HEADER = 'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose';
const SUPPLIERS_HEADER = 'contract_id,supplier,contract_name,annual_spend_dkk,processes_personal_data,gc_commitment,environment_clause,labour_clause,anticorruption_clause,human_rights_clause,dpa_signed,last_audit_date,open_findings,critical_breaches,status';
const SUPPLIER_ROW = (name: string): string => `K-1,${name},Drift,1000,yes,yes,yes,yes,yes,no,yes,2025-02-01,0,0,compliant`;

describe('finding 12: sizes', () => {
  it('a CSV file above the limit set in report.json is an error on its line 1, and not read', async () => {
    const row = '2025-03-04,rail,120,1,no,,,,Møde\n';
    const travel = `${TRAVEL_HEADER}\n${row.repeat(Math.ceil((1.5 * 1024 * 1024) / row.length))}`;
    const dir = await folder({
      'report.json': REPORT_JSON.replace('"numberFormat": {}', '"numberFormat": {},\n  "limits": { "maxFileSizeMB": 1 }'),
      '2025/travel.csv': travel,
    });
    const lines = errorsOf(await diagnostics(dir));
    expect(lines).toHaveLength(1);
    expect(head(lines[0] as string, 6)).toBe('2025/travel.csv:1: error: the file is 1.5');
    expect(lines[0]).toContain('more than the 1 MB a file may have');
  });

  it('a file above the default limit of 1 GB is refused at once without being read (a sparse file of 1 GB and a byte)', async () => {
    const dir = await folder({});
    const handle = await open(path.join(dir, '2025/energy.csv'), 'w');
    await handle.truncate(1024 * 1024 * 1024 + 1);
    await handle.close();
    const sink = new DiagnosticSink();
    const started = Date.now();
    const info = await readCsvFile('energy', { dataDir: dir, path: '2025/energy.csv', settings: SETTINGS, year: 2025 }, sink, () => undefined);
    expect(Date.now() - started).toBeLessThan(2_000);
    expect(info.bytes).toBe(1024 * 1024 * 1024 + 1);
    expect(sink.items.map(formatDiagnostic)).toEqual([
      '2025/energy.csv:1: error: the file is 1 GB, more than the 1 GB a file may have, so it is not read; check that it is the right export, or raise the limit in report.json: "limits": { "maxFileSizeMB": … }',
    ]);
  }, 20_000);

  it('"limits.maxFileSizeMB" must be a whole number of megabytes; an unknown key in "limits" is an error', async () => {
    const sink = new DiagnosticSink();
    const dir = await folder({ 'report.json': REPORT_JSON.replace('"numberFormat": {}', '"numberFormat": {},\n  "limits": { "maxFileSizeMB": "big", "maxRows": 3 }') });
    expect(await readReportJson(dir, sink)).toBeNull();
    expect(sink.items.map(formatDiagnostic)).toEqual([
      'report.json:11: error: unknown key "limits.maxRows". The keys allowed in "limits" are: maxFileSizeMB',
      'report.json:11: error: "limits.maxFileSizeMB" must be a whole number of megabytes from 1 to 1048576 (the default is 1024, 1 GB), not "big"',
    ]);
  });

  it('a field of 3 MB is an error on the line its row starts, within seconds', async () => {
    const dir = await folder({
      '2025/travel.csv': `${TRAVEL_HEADER}\n2025-03-04,rail,120,1,no,,,,Møde\n2025-03-05,rail,120,1,no,,,,"${'x'.repeat(3 * 1024 * 1024)}"\n`,
    });
    const started = Date.now();
    const lines = errorsOf(await diagnostics(dir));
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(lines.map((l) => head(l, 14))).toEqual(['2025/travel.csv:3: error: the row that starts on this line holds more than 1 MB']);
  }, 30_000);

  it('a single line of 40 MB without a line break is an error on line 1 within seconds', async () => {
    const dir = await folder({ '2025/meetings.csv': 'month;physical;virtual;hybrid'.repeat(40 * 1024 * 1024 / 29) });
    const started = Date.now();
    const lines = errorsOf(await diagnostics(dir));
    expect(Date.now() - started).toBeLessThan(20_000);
    expect(lines.map((l) => head(l, 14))).toEqual(['2025/meetings.csv:1: error: the row that starts on this line holds more than 1 MB']);
  }, 60_000);
});

describe('finding 13: NUL bytes and a stray byte', () => {
  it('a NUL byte in a supplier name is an error on its line, in a CSV file', async () => {
    const dir = await folder({ '2025/suppliers.csv': `${SUPPLIERS_HEADER}\n${SUPPLIER_ROW('Leverandør\u0000 A/S')}\n` });
    const lines = errorsOf(await diagnostics(dir));
    expect(lines).toEqual([
      '2025/suppliers.csv:2: error: this line holds a NUL character (a zero byte), which a text file never holds: the file is damaged or not a text export; export it again from the source system or save it again as CSV',
    ]);
  });

  it('a NUL byte in a UTF-16 file is an error on its line', async () => {
    const text = `\ufeff${TRAVEL_HEADER.replaceAll(',', '\t')}\n2025-03-04\trail\t120\t1\tno\t\t\t\tM\u0000de\n`;
    const dir = await folder({ '2025/travel.csv': Buffer.from(text, 'utf16le') });
    const lines = errorsOf(await diagnostics(dir));
    expect(lines.map((l) => head(l, 8))).toEqual(['2025/travel.csv:2: error: this line holds a NUL character']);
  });

  it('a NUL byte in a narrative and in report.json is an error on its line', async () => {
    const dir = await folder({
      '2025/narrative/overview.da.md': '# Overblik\n\nKvinder: {% kpi "hr.gender.women_share" %}.\nEn \u0000 her.\n',
      'report.json': REPORT_JSON.replace('"numberFormat": {}', '"numberFormat": {}\u0000'),
    });
    const lines = errorsOf(await diagnostics(dir));
    expect(lines.map((l) => head(l, 8))).toEqual([
      '2025/narrative/overview.da.md:4: error: this line holds a NUL character',
      'report.json:10: error: this line holds a NUL character',
    ]);
  });

  it('a UTF-8 file with one Windows-1252 byte: a warning on the first line that shows Ã¥, Ã¸ or Ã¦, saying what to do', async () => {
    const utf8 = Buffer.from(`${SUPPLIERS_HEADER}\n${SUPPLIER_ROW('Grøn Drift')}\n`, 'utf8');
    const stray = Buffer.from(`${SUPPLIER_ROW('Mærsk').replace('K-1', 'K-2')}\n`, 'latin1'); // æ as the one byte 0xE6
    const withByte = Buffer.concat([utf8, stray]);
    const dir = await folder({ '2025/suppliers.csv': withByte });
    const lines = await diagnostics(dir);
    expect(errorsOf(lines)).toEqual([]);
    expect(lines.filter((l) => l.startsWith('2025/suppliers.csv'))).toEqual([
      '2025/suppliers.csv:2: warning: this line holds letters such as "Ã¥", "Ã¸" or "Ã¦": the file looks like UTF-8 text with a stray byte that is not UTF-8, so it was read as Windows-1252 and æ, ø and å come out wrong; save the file again as UTF-8 ("CSV UTF-8 (kommasepareret)" in Excel)',
    ]);
  });

  it('a Windows-1252 file as Danish Excel writes it gets no such warning', async () => {
    const dir = await folder({ '2025/suppliers.csv': Buffer.from(`${SUPPLIERS_HEADER}\n${SUPPLIER_ROW('Grøn Æble Å')}\n`, 'latin1') });
    const lines = await diagnostics(dir);
    expect(lines.filter((l) => l.startsWith('2025/suppliers.csv'))).toEqual([]);
  });
});

describe('finding 14: report.json nested 5,000 deep', () => {
  it('is an error on the line where the nesting passes the limit, not a crash', async () => {
    const deep = `${'['.repeat(5000)}${']'.repeat(5000)}`;
    const report = REPORT_JSON.replace('"numberFormat": {}', `"numberFormat": {},\n  "x":\n${deep}`);
    const dir = await folder({ 'report.json': report });
    const sink = new DiagnosticSink();
    expect(await readReportJson(dir, sink)).toBeNull();
    expect(sink.items.map(formatDiagnostic)).toEqual([
      'report.json:12: error: objects and lists are nested more than 64 deep here; report.json needs only three levels, so check its braces { } and brackets [ ]',
    ]);
  });

  it('the nesting is counted outside text values only', async () => {
    const report = REPORT_JSON.replace('"Testorganisation"', `"Test ${'['.repeat(100)}"`);
    const dir = await folder({ 'report.json': report });
    const sink = new DiagnosticSink();
    const read = await readReportJson(dir, sink);
    expect(sink.items.map(formatDiagnostic)).toEqual([]);
    expect(read?.settings.organisation.name).toBe(`Test ${'['.repeat(100)}`);
  });
});

describe('finding 14: a narrative nested deeper than markdown-it goes', () => {
  it('is a warning on the line where the nesting reaches the limit, saying what is lost', async () => {
    const dir = await folder({ '2025/narrative/overview.da.md': `# Overblik\n\nKvinder: {% kpi "hr.gender.women_share" %}.\n\n${'- '.repeat(120)}skjult\n` });
    const lines = (await diagnostics(dir)).filter((l) => l.startsWith('2025/narrative/overview.da.md'));
    expect(lines).toEqual([
      '2025/narrative/overview.da.md:5: warning: lists or quotes are nested 100 levels deep here, more than a page can show; what lies deeper is left out, so write it with fewer levels',
    ]);
  });

  it('an ordinary nested list gets no warning', async () => {
    const dir = await folder({ '2025/narrative/overview.da.md': '# Overblik\n\n- a\n  - b\n    - c\n\n> citat\n' });
    const lines = (await diagnostics(dir)).filter((l) => l.startsWith('2025/narrative/overview.da.md'));
    expect(lines).toEqual([]);
  });
});
