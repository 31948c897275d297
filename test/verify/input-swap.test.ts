// The e-mail search of an input file takes the bytes the reader read, from the file the reader
// opened (read/data-file.ts openDataFile): a FIFO (which would hang the build) or a link (which
// would read outside the data folder) in its place is refused at once, and a file swapped after
// the reader closed it is not opened again, so neither can hang the build nor be read.

import { execFileSync } from 'node:child_process';
import { constants, promises as fs } from 'node:fs';
import path from 'node:path';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { runFileTask } from '../../src/pipeline/file-task.ts';
import { SETTINGS } from '../read/helpers.ts';
import { MINIMAL_REPORT_JSON, makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';

// After the reader has read the file (and closed it), `swap.after` runs: the attacker's move.
const swap = vi.hoisted(() => ({ after: null as null | (() => Promise<void>) }));
vi.mock('../../src/read/index.ts', async (original) => {
  const real = await original<typeof import('../../src/read/index.ts')>();
  return {
    ...real,
    readCsvFile: async (...args: Parameters<typeof real.readCsvFile>) => {
      const info = await real.readCsvFile(...args);
      if (swap.after !== null) await swap.after();
      return info;
    },
  };
});

const MEETINGS = 'month,physical,virtual\n2025-01,3,4\n';
const temp: string[] = [];
const fifos: string[] = [];
afterAll(async () => {
  // A reader left blocked on a FIFO (the bug) is released, so that the test process can end.
  for (const f of fifos) {
    try {
      const h = await fs.open(f, constants.O_WRONLY | constants.O_NONBLOCK);
      await h.close();
    } catch {
      // no reader waits on it
    }
  }
  for (const d of temp) await removeFolder(d);
});

/** Settles within `ms`, or rejects with "timed out" (a hang). */
function within<T>(ms: number, p: Promise<T>): Promise<T> {
  return Promise.race([p, new Promise<T>((_, reject) => setTimeout(() => reject(new Error('timed out')), ms))]);
}

async function folder(): Promise<string> {
  const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': MEETINGS });
  temp.push(data);
  return data;
}

async function makeFifo(file: string): Promise<void> {
  await fs.rm(file);
  execFileSync('mkfifo', [file]);
  fifos.push(file);
}

async function makeLink(file: string): Promise<void> {
  const outside = await makeDataFolder({ 'secret.csv': 'x\nhemmelig@example.dk\n' });
  temp.push(outside);
  await fs.rm(file);
  await fs.symlink(path.join(outside, 'secret.csv'), file);
}

describe('the file task (reader and e-mail search) refuses what is not an ordinary file of the data folder', () => {
  const task = (data: string) => ({ kind: 'meetings' as const, fold: 'collect' as const, dataDir: data, path: '2025/meetings.csv', settings: SETTINGS, year: 2025 });
  const refused = async (data: string): Promise<void> => {
    const result = await within(2000, runFileTask(task(data)));
    expect(result.diagnostics.filter((d) => d.severity === 'error').length).toBeGreaterThan(0);
    expect(result.emails).toEqual([]);
    expect(JSON.stringify(result)).not.toContain('hemmelig');
  };

  it('a FIFO in place of the file: refused at once, no hang', async () => {
    const data = await folder();
    await makeFifo(path.join(data, '2025', 'meetings.csv'));
    await refused(data);
  });

  it('a link in place of the file: refused, nothing outside the data folder is read', async () => {
    const data = await folder();
    await makeLink(path.join(data, '2025', 'meetings.csv'));
    await refused(data);
  });

  it('a link among the folders of its path: refused', async () => {
    const data = await folder();
    const outside = await makeDataFolder({ 'meetings.csv': 'month,physical,virtual\n2025-01,3,4\nhemmelig@example.dk,1,1\n' });
    temp.push(outside);
    await fs.rm(path.join(data, '2025'), { recursive: true });
    await fs.symlink(outside, path.join(data, '2025'));
    await refused(data);
  });

  it('still finds the addresses of an ordinary file', async () => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': 'month,physical,virtual,note\n2025-01,3,4,Kontakt@Kommune.dk\n' });
    temp.push(data);
    const result = await runFileTask(task(data));
    expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(result.emails).toEqual(['kontakt@kommune.dk']);
  });
});

describe('a file swapped after the reader read it', () => {
  const task = (data: string) => ({ kind: 'meetings' as const, fold: 'collect' as const, dataDir: data, path: '2025/meetings.csv', settings: SETTINGS, year: 2025 });

  it.each([
    ['a FIFO', makeFifo],
    ['a link', makeLink],
    ['another ordinary file', async (file: string) => {
      await fs.rm(file);
      await fs.writeFile(file, 'month\nhemmelig@example.dk\n');
    }],
  ] as const)('for %s: is not opened again; the file task searched the bytes the reader read, quickly', async (_what, make) => {
    const data = await makeDataFolder({ 'report.json': MINIMAL_REPORT_JSON, '2025/meetings.csv': 'month,physical,virtual,note\n2025-01,3,4,kontakt@kommune.dk\n' });
    temp.push(data);
    swap.after = () => make(path.join(data, '2025', 'meetings.csv'));
    try {
      const result = await within(3000, runFileTask(task(data)));
      expect(result.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
      expect(result.checkFailed).toBeUndefined();
      expect(result.emails).toEqual(['kontakt@kommune.dk']);
    } finally {
      swap.after = null;
    }
  });
});
