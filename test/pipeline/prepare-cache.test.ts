// prepareReport with the file cache and worker threads (issue 6): unchanged CSVs are not read
// again, changed ones are; the results and the ledger are the same with and without the cache,
// in this thread or on workers; a corrupt cache entry is ignored.

import { readdirSync, readFileSync, statSync, writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { hashFileRemembered, MemoryCache } from '../../src/pipeline/cache.ts';
import { createHash } from 'node:crypto';
import { exampleFolder, run, writeFile, writeFolder, REPORT_JSON, FACTORS_CSV, TRAVEL_2025 } from './folder.ts';

const BOM = '\uFEFF';
const HEADER = 'source_file,line,source_quantity,source_unit,period_share,conversion,renewable_share,distance_km,round_trip,travellers,quantity,factor_key,factor_year,factor,factor_unit,factor_source,kg_co2e,scope\r\n';

function freshCache(): string {
  return mkdtempSync(path.join(tmpdir(), 'prepare-cache-'));
}

function modelOf(r: Awaited<ReturnType<typeof run>>): unknown {
  if (!r.result.ok) return r.result.diagnostics.map(formatDiagnostic);
  return { model: r.result.model, ids: [...r.result.privateValues.employeeIds].sort() };
}

describe('prepareReport: the ledger', () => {
  it('writes each travel row with the factor applied by hand, then the energy rows, in file order', async () => {
    const r = await run(exampleFolder());
    expect(r.result.ok).toBe(true);
    const lines = (r.ledgers[2025] ?? '').split('\r\n');
    expect(r.ledgers[2025]?.startsWith(BOM + HEADER)).toBe(true);
    // rail: 100 km × 2 (return) × 2 travellers = 400 pkm × 0.005; car (per km): 50 km × 0.2; bus: 10 pkm × 0.1
    expect(lines.slice(1, 4)).toEqual([
      '2025/travel.csv,2,,,,,,100,yes,2,400,rail.national,2024,0.005,pkm,test,2,3',
      '2025/travel.csv,3,,,,,,50,no,3,50,car.average,2024,0.2,km,test,10,3',
      '2025/travel.csv,4,,,,,,10,no,1,10,bus,2024,0.1,pkm,test,1,3',
    ]);
    // electricity, 1000 kWh in January, half of it with guarantees of origin: location 1000 × 0.1,
    // market 1000 × (1 − 0.5) × 0.4.
    expect(lines.slice(4, 6)).toEqual([
      '2025/energy.csv,2,1000,kWh,1,1,,,,,1000,energy.electricity,2024,0.1,kWh,test,100,2-location',
      '2025/energy.csv,2,1000,kWh,1,1,0.5,,,,500,energy.electricity.residual,2024,0.4,kWh,test,200,2-market',
    ]);
    expect(lines.at(-1)).toBe('');
    expect(r.ledgers[2024]).toBe(`${BOM}${HEADER}2024/travel.csv,2,,,,,,40,no,1,40,rail.national,2024,0.005,pkm,test,0.2,3\r\n`);
  });

  it('collects the employee ids for the output scan', async () => {
    const r = await run(exampleFolder());
    expect(r.result.ok && [...r.result.privateValues.employeeIds].sort()).toEqual(['T-1001', 'T-1002']);
  });
});

describe('prepareReport: the disk cache', () => {
  it('reads every CSV on a cold cache and none on a warm one, with the same results and ledger', async () => {
    const dir = exampleFolder();
    const cacheDir = freshCache();
    const plain = await run(dir);
    const cold = await run(dir, { cacheDir });
    const warm = await run(dir, { cacheDir });
    expect(Object.values(cold.sources).every((s) => s === 'read')).toBe(true);
    expect(warm.sources).toEqual({
      'emission-factors.csv': 'disk-cache',
      '2024/travel.csv': 'disk-cache',
      '2025/employees.csv': 'disk-cache',
      '2025/travel.csv': 'disk-cache',
      '2025/energy.csv': 'disk-cache',
    });
    expect(modelOf(cold)).toEqual(modelOf(plain));
    expect(modelOf(warm)).toEqual(modelOf(plain));
    expect(warm.ledgers).toEqual(plain.ledgers);
  });

  it('re-reads a changed CSV only; an edited Markdown file re-reads none', async () => {
    const dir = exampleFolder();
    const cacheDir = freshCache();
    await run(dir, { cacheDir });
    writeFile(dir, '2025/narrative/overview.da.md', '# Oversigt\n\nEt andet år.\n');
    const afterMarkdown = await run(dir, { cacheDir });
    expect(Object.values(afterMarkdown.sources).filter((s) => s === 'read')).toEqual([]);
    writeFile(dir, '2025/travel.csv', TRAVEL_2025.replace('2025-03-03,bus,10', '2025-03-03,bus,20'));
    const changed = await run(dir, { cacheDir });
    expect(Object.entries(changed.sources).filter(([, s]) => s === 'read').map(([f]) => f)).toEqual(['2025/travel.csv']);
    expect(changed.ledgers[2025]).toContain('2025/travel.csv,4,,,,,,20,no,1,20,bus,2024,0.1,pkm,test,2,3\r\n');
  });

  it('re-reads the travel and energy files when the factors change (they depend on them)', async () => {
    const dir = exampleFolder();
    const cacheDir = freshCache();
    await run(dir, { cacheDir });
    writeFile(dir, 'emission-factors.csv', FACTORS_CSV.replace('bus,2024,pkm,0.1', 'bus,2024,pkm,0.3'));
    const r = await run(dir, { cacheDir });
    expect(Object.entries(r.sources).filter(([, s]) => s === 'read').map(([f]) => f).sort())
      .toEqual(['2024/travel.csv', '2025/energy.csv', '2025/travel.csv', 'emission-factors.csv']);
    expect(r.sources['2025/employees.csv']).toBe('disk-cache');
    expect(r.ledgers[2025]).toContain('2025/travel.csv,4,,,,,,10,no,1,10,bus,2024,0.3,pkm,test,3,3\r\n');
  });

  it('ignores a corrupt entry or ledger fragment and reads the file again', async () => {
    const dir = exampleFolder();
    const cacheDir = freshCache();
    const first = await run(dir, { cacheDir });
    // Every file of the data folder's group: the file results' records and their ledger blobs.
    const group = path.join(cacheDir, readdirSync(cacheDir).find((n) => /^[0-9a-f]{16}$/.test(n)) ?? '');
    const files = readdirSync(group, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
    expect(files.length).toBeGreaterThan(5);
    for (const e of files) {
      const file = path.join(e.parentPath, e.name);
      const bytes = readFileSync(file);
      bytes[bytes.length - 3] = (bytes[bytes.length - 3] ?? 0) ^ 0x20;
      writeFileSync(file, bytes);
    }
    const again = await run(dir, { cacheDir });
    expect(Object.values(again.sources).every((s) => s === 'read')).toBe(true);
    expect(modelOf(again)).toEqual(modelOf(first));
    expect(again.ledgers).toEqual(first.ledgers);
  });
});

describe('prepareReport: the memory cache (live server)', () => {
  it('serves an unchanged file from memory on the next call', async () => {
    const dir = exampleFolder();
    const memoryCache = new MemoryCache();
    await run(dir, { memoryCache, ledgerFor: undefined });
    const second = await run(dir, { memoryCache, ledgerFor: undefined });
    expect(Object.values(second.sources).every((s) => s === 'memory-cache')).toBe(true);
    writeFile(dir, '2025/energy.csv', 'period_start,period_end,site,carrier,quantity,unit\n');
    const third = await run(dir, { memoryCache, ledgerFor: undefined });
    expect(third.sources['2025/energy.csv']).toBe('read');
    expect(third.sources['2025/travel.csv']).toBe('memory-cache');
  });
});

describe('prepareReport on worker threads', () => {
  it('gives the same model, ledger and diagnostics (in the same order) as one thread', async () => {
    const dir = writeFolder({
      'report.json': REPORT_JSON,
      'emission-factors.csv': FACTORS_CSV,
      '2024/travel.csv': 'date,mode,distance_km\n2024-06-01,rail,40\n2024-06-02,rail,-1\n',
      '2025/travel.csv': `${TRAVEL_2025}2025-04-01,plane,10\n2024-04-01,rail,10\n`,
      '2025/energy.csv': 'period_start,period_end,site,carrier,quantity,unit\n2025-01-01,2025-01-31,A,electricity,x,kWh\n',
      '2025/meetings.csv': 'month,physical,virtual\n2025-13,1,1\n',
    });
    const one = await run(dir, { workers: 0 });
    const two = await run(dir, { workers: 2, cacheDir: freshCache() });
    expect(one.result.ok).toBe(false);
    const lines = one.result.diagnostics.map(formatDiagnostic);
    expect(two.result.diagnostics.map(formatDiagnostic)).toEqual(lines);
    // in file order: factors, then each year's files
    const files = lines.filter((l) => l.includes(': error:')).map((l) => l.split(':')[0]);
    expect(files).toEqual(['2024/travel.csv', '2025/travel.csv', '2025/travel.csv', '2025/energy.csv', '2025/meetings.csv']);
    const good = exampleFolder();
    const a = await run(good, { workers: 0 });
    const b = await run(good, { workers: 2 });
    expect(modelOf(b)).toEqual(modelOf(a));
    expect(b.ledgers).toEqual(a.ledgers);
  }, 30_000);

  it('takes a warm year ledger from the cache, checked on a worker, with the same bytes', async () => {
    const dir = exampleFolder();
    const cacheDir = freshCache();
    const ledgerCache = freshCache();
    const plain = await run(dir, { workers: 0 });
    const cold = await run(dir, { workers: 2, cacheDir }, ledgerCache);
    const warm = await run(dir, { workers: 2, cacheDir }, ledgerCache);
    expect(cold.ledgers).toEqual(plain.ledgers);
    expect(warm.ledgers).toEqual(plain.ledgers);
    expect(Object.values(warm.sources).every((s) => s === 'disk-cache')).toBe(true);
    // The warm ledger is a copy of the cache's own file (not assembled again, not hard-linked).
    const published = (site: string): string => path.join(site, 'downloads', '2025', 'emissions.csv');
    expect(statSync(published(warm.site)).nlink).toBe(1);
    expect(statSync(published(cold.site)).nlink).toBe(1);
    // A damaged cache entry is found by the check and the ledger is assembled again, right.
    const kept = path.join(ledgerCache, 'group', 'ledger');
    const entry = readdirSync(kept).find((n) => n.endsWith('.blob') && readFileSync(path.join(kept, n), 'utf8') === plain.ledgers[2025])!;
    writeFileSync(path.join(kept, entry), plain.ledgers[2025]!.replace('400', '401'));
    const repaired = await run(dir, { workers: 2, cacheDir }, ledgerCache);
    expect(repaired.ledgers).toEqual(plain.ledgers);
  }, 30_000);
});

describe('hashFileRemembered (the live server)', () => {
  const sha = (text: string): string => createHash('sha256').update(text).digest('hex');

  it('gives the hash of the current bytes, also after a same-size edit at once', async () => {
    const file = path.join(freshCache(), 'a.csv');
    writeFileSync(file, 'month,physical\n2025-01,1\n');
    expect(await hashFileRemembered(file)).toBe(sha('month,physical\n2025-01,1\n'));
    writeFileSync(file, 'month,physical\n2025-01,2\n');
    expect(await hashFileRemembered(file)).toBe(sha('month,physical\n2025-01,2\n'));
  });

  it('hashes a settled (remembered) file again when it changes', async () => {
    const file = path.join(freshCache(), 'b.csv');
    writeFileSync(file, 'x\n');
    // Settled: changed more than two seconds ago (its change time moves only with the clock).
    await new Promise((r) => setTimeout(r, 2_100));
    expect(await hashFileRemembered(file)).toBe(sha('x\n'));
    writeFileSync(file, 'y\n');
    expect(await hashFileRemembered(file)).toBe(sha('y\n'));
  }, 10_000);
});

describe('prepareReport without a cache', () => {
  it('leaves no scratch folder behind, however many ledger files it read at once', async () => {
    const saved = process.env['TMPDIR'];
    const tmp = freshCache();
    process.env['TMPDIR'] = tmp;
    try {
      const r = await run(exampleFolder(), { workers: 0 });
      expect(r.result.ok).toBe(true);
    } finally {
      if (saved === undefined) delete process.env['TMPDIR'];
      else process.env['TMPDIR'] = saved;
    }
    expect(readdirSync(tmp).filter((n) => n.startsWith('csr-report-ledger-'))).toEqual([]);
  });
});
