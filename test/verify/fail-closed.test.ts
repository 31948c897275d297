// Fail closed (issue 11, finding 16): when the e-mail search of an input file fails, the output
// scan would not know that file's addresses; the build must stop with an error naming the file,
// not go on as if the file held none.

import { afterAll, describe, expect, it, vi } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { prepareReport } from '../../src/pipeline/prepare.ts';
import { runFileTask } from '../../src/pipeline/file-task.ts';
import { SETTINGS } from '../read/helpers.ts';
import { MINIMAL_REPORT_JSON, makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

// The e-mail search of the file fails, as a read error would make it (the reader itself
// succeeds), while `search.fails` is set; with `search.shorter`, it sees a byte fewer than the
// reader did, as when the file is cut short between the reader's pass and the search's (a file
// over 32 MiB is read in passes from its handle; a smaller one is read once, whole).
const search = vi.hoisted(() => ({ fails: true, shorter: false }));
vi.mock('../../src/read/emails.ts', async (original) => {
  const real = await original<typeof import('../../src/read/emails.ts')>();
  return {
    ...real,
    emailsInChunks: async (...args: Parameters<typeof real.emailsInChunks>): ReturnType<typeof real.emailsInChunks> => {
      if (search.fails) throw Object.assign(new Error('EIO: i/o error, read'), { code: 'EIO' });
      const found = await real.emailsInChunks(...args);
      return search.shorter ? { ...found, bytes: found.bytes - 1 } : found;
    },
  };
});

const MEETINGS = 'month,physical,virtual\n2025-01,3,4\n';
const SEARCH_FAILED = 'error: the file could not be searched for e-mail addresses (EIO); the build was stopped, since the check that keeps the addresses of the input files off the site could not run. Check that the file can be read, then build again';

const temp: string[] = [];
afterAll(async () => {
  for (const d of temp) await removeFolder(d);
});

describe('the e-mail search of an input file fails', () => {
  it('makes the file task report an error on line 1 of that file', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': MEETINGS });
    temp.push(data);
    const result = await runFileTask({ kind: 'meetings', fold: 'collect', dataDir: data, path: '2025/meetings.csv', settings: SETTINGS, year: 2025 });
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([`2025/meetings.csv:1: ${SEARCH_FAILED}`]);
    expect(result.diagnostics.map(formatDiagnostic).join('\n')).not.toContain(data); // no absolute path
  });

  it('stops the preparation of the report, naming the file', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': MEETINGS });
    temp.push(data);
    const prepared = await prepareReport(data, { workers: 0, memoryCache: null, cacheDir: null });
    expect(prepared.ok).toBe(false);
    expect(prepared.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([`2025/meetings.csv:1: ${SEARCH_FAILED}`]);
  });

  it('is not kept in the cache: once the file can be searched again, the next build goes through', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': MEETINGS });
    const cacheDir = await makeDataFolder({});
    temp.push(data, cacheDir);
    try {
      expect((await prepareReport(data, { workers: 0, memoryCache: null, cacheDir })).ok).toBe(false);
      search.fails = false;
      const again = await prepareReport(data, { workers: 0, memoryCache: null, cacheDir });
      expect(again.diagnostics.filter((d) => d.severity === 'error').map(formatDiagnostic)).toEqual([]);
      expect(again.ok).toBe(true);
    } finally {
      search.fails = true;
    }
  });

  it('says so when the search saw other bytes than the reader (the file changed while it was read)', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': MEETINGS });
    temp.push(data);
    search.fails = false;
    search.shorter = true;
    try {
      const result = await runFileTask({ kind: 'meetings', fold: 'collect', dataDir: data, path: '2025/meetings.csv', settings: SETTINGS, year: 2025 });
      expect(result.diagnostics.map(formatDiagnostic)).toEqual([
        '2025/meetings.csv:1: error: the file could not be searched for e-mail addresses (it changed while it was read); the build was stopped, since the check that keeps the addresses of the input files off the site could not run. Check that the file can be read, then build again',
      ]);
      expect(result.checkFailed).toBe(true);
      expect(result.emails).toEqual([]);
    } finally {
      search.fails = true;
      search.shorter = false;
    }
  });

  it('is not run on a file the reader refused: its errors stop the build, nothing more is read of it', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': 'month,physical,virtual\n2025-13,3,4\n' });
    temp.push(data);
    const result = await runFileTask({ kind: 'meetings', fold: 'collect', dataDir: data, path: '2025/meetings.csv', settings: SETTINGS, year: 2025 });
    const lines = result.diagnostics.map(formatDiagnostic);
    expect(lines.length).toBe(1);
    expect(lines[0]).toMatch(/^2025\/meetings\.csv:2: error: /);
  });
});

