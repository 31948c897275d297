// The cache at rest (issue 11, finding 8 and 9): node_modules/.cache/csr-report holds no employee
// id, e-mail address or CPR number in clear, in any byte of any file (also inside the v8
// serialised results); its folders are private (0700) and its files 0600; rendered pages are
// kept only from a build whose output scan passed; no published file shares storage with a cache
// file (a hard link would let a change of the cache change the published site); and the cache is
// pruned (a size cap, and data folders unused for a number of builds).

import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, statSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runBuild } from '../../src/pipeline/build.ts';
import { cacheFolderFor, cacheSecret, codeFingerprint, storeKey, Store } from '../../src/pipeline/store.ts';
import { pruneCache } from '../../src/pipeline/store-prune.ts';
import { scanVerdicts } from '../../src/pipeline/scan-cache.ts';
import { writeFolder, REPORT_JSON, FACTORS_CSV, ENERGY_2025 } from './folder.ts';

const IDS = ['KX-40417', 'KX-40418', 'KX-40419', 'KX-40420', 'KX-40421', 'KX-40422'];
const EMAIL = 'anna.jensen@testkommunen.dk';
const CPR = '0101901234';

const EMPLOYEES = [
  'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department',
  ...IDS.map((id, i) => `${id},${i % 2 === 0 ? 'woman' : 'man'},${1970 + i},danish,2010-01-01,,1,no,,`),
  '',
].join('\n');

/** The e-mail address sits in a column that is never published (a trip's purpose). */
const TRAVEL = [
  'date,mode,distance_km,travellers,round_trip,cabin_class,fuel,rail_scope,purpose',
  `2025-03-01,rail,100,2,yes,,,,Møde med ${EMAIL}`,
  '2025-03-02,car,50,3,no,,,,Kursus',
  '',
].join('\n');

function dataFolder(extra: Record<string, string> = {}): string {
  return writeFolder({
    'report.json': REPORT_JSON,
    'emission-factors.csv': FACTORS_CSV,
    '2024/travel.csv': 'date,mode,distance_km\n2024-06-01,rail,40\n',
    '2025/travel.csv': TRAVEL,
    '2025/energy.csv': ENERGY_2025,
    '2025/employees.csv': EMPLOYEES,
    '2025/narrative/overview.da.md': '# Oversigt\n\nEt år med tog.\n',
    ...extra,
  });
}

let cacheRoot = '';
let before: string | undefined;
beforeEach(() => {
  before = process.env['CSR_REPORT_CACHE_DIR'];
  cacheRoot = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-')), 'csr-report');
  process.env['CSR_REPORT_CACHE_DIR'] = cacheRoot;
});
afterEach(() => {
  if (before === undefined) delete process.env['CSR_REPORT_CACHE_DIR'];
  else process.env['CSR_REPORT_CACHE_DIR'] = before;
});

async function build(dataDir: string, outDir = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-out-')), 'site')): Promise<{ ok: boolean; outDir: string; messages: string[] }> {
  const r = await runBuild({ dataDir, outDir, quiet: true });
  return { ok: r.ok, outDir, messages: r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: ${d.message}`) };
}

/** Every file and folder under `dir` (absolute paths), folders first. */
function walk(dir: string): { files: string[]; dirs: string[] } {
  const files: string[] = [];
  const dirs: string[] = [dir];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) {
      const sub = walk(full);
      files.push(...sub.files);
      dirs.push(...sub.dirs);
    } else files.push(full);
  }
  return { files, dirs };
}

/** The byte forms a value can take in a file: UTF-8 (and Latin-1, the same for ASCII) and UTF-16 (v8 two-byte strings). */
function forms(value: string): Buffer[] {
  return [Buffer.from(value, 'utf8'), Buffer.from(value, 'utf16le'), Buffer.from(value.toUpperCase(), 'utf8')];
}

/** The files under the cache root holding any of the values in any form, with the value. */
function filesHolding(values: readonly string[]): string[] {
  const found: string[] = [];
  for (const file of walk(cacheRoot).files) {
    const bytes = readFileSync(file);
    for (const v of values) if (forms(v).some((f) => bytes.includes(f))) found.push(`${path.relative(cacheRoot, file)}: ${v}`);
  }
  return found;
}

describe('the cache holds no personal value in clear', () => {
  it('after a build with employee ids and an e-mail address, no byte of any cache file holds one', async () => {
    const dir = dataFolder();
    const first = await build(dir);
    expect(first.messages.filter((m) => m.includes(': error: '))).toEqual([]);
    expect(first.ok).toBe(true);
    const second = await build(dir);
    expect(second.ok).toBe(true);
    // The cache was used: there is something in it to look at.
    expect(walk(cacheRoot).files.length).toBeGreaterThan(10);
    expect(filesHolding([...IDS, EMAIL])).toEqual([]);
  });

  it('after a build refused for a CPR number in a supplier name, no cache file holds the number', async () => {
    const dir = dataFolder({
      '2025/suppliers.csv': [
        'supplier_name,cvr,contract_id,category,contract_start,contract_end,amount_dkk,local,sme,social_clause,environmental_criteria',
        `Tømrer ${CPR},,K-1,services,2025-01-01,2025-12-31,1000,yes,yes,no,no`,
        '',
      ].join('\n'),
    });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(walk(cacheRoot).files.length).toBeGreaterThan(0);
    expect(filesHolding([CPR, `${CPR.slice(0, 6)}-${CPR.slice(6)}`, ...IDS])).toEqual([]);
  });

  it('the scan verdicts are keyed by a secret of the cache: their key cannot be recomputed from guessed values', async () => {
    const site = mkdtempSync(path.join(tmpdir(), 'cache-at-rest-site-'));
    writeFileSync(path.join(site, 'a.html'), 'abc');
    const secrets = { employeeIds: new Set(['E1001']), emails: new Set(['a@b.dk']) };
    const storeA = Store.of(cacheRoot, '/data/a');
    await (await scanVerdicts(site, secrets, storeA)).remember();
    // The verdicts are one entry of kind `scan`, named by its key.
    const verdictsIn = (store: Store): string[] => readdirSync(path.join(store.dir, 'scan'));
    const [stored] = verdictsIn(storeA);
    expect(verdictsIn(storeA)).toHaveLength(1);
    // What anyone could compute from the tool's sources and a guess of the values (worked out by hand:
    // the fingerprint, then each id and each address, each followed by a NUL, the lists parted by a NUL).
    const guessed = createHash('sha256').update(codeFingerprint()).update('\0').update('E1001').update('\0').update('\0').update('a@b.dk').update('\0').digest('hex');
    expect(stored).not.toBe(storeKey('scan', guessed));
    expect(stored).not.toBe(guessed);
    expect(readFileSync(path.join(storeA.dir, 'scan', stored!)).includes('E1001')).toBe(false);
    // Another cache (another random key) records another key for the same values.
    const otherRoot = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-')), 'csr-report');
    const storeB = Store.of(otherRoot, '/data/a');
    await (await scanVerdicts(site, secrets, storeB)).remember();
    expect(verdictsIn(storeB)).toHaveLength(1);
    expect(verdictsIn(storeB)[0]).not.toBe(stored);
    // The same cache knows its own verdicts again.
    expect([...(await scanVerdicts(site, secrets, storeA)).clean]).toEqual(['a.html']);
  });
});

describe('the cache is private', () => {
  it('its folders are 0700 and its files 0600, whatever the umask', async () => {
    const umask = process.umask(0o022);
    try {
      const r = await build(dataFolder());
      expect(r.ok).toBe(true);
    } finally {
      process.umask(umask);
    }
    const { files, dirs } = walk(cacheRoot);
    expect(files.length).toBeGreaterThan(10);
    expect(dirs.filter((d) => (statSync(d).mode & 0o777) !== 0o700).map((d) => path.relative(cacheRoot, d))).toEqual([]);
    expect(files.filter((f) => (statSync(f).mode & 0o777) !== 0o600).map((f) => path.relative(cacheRoot, f))).toEqual([]);
  });

  it('a cache folder an older version made readable by all is made private again', async () => {
    mkdirSync(cacheRoot, { recursive: true, mode: 0o755 });
    const r = await build(dataFolder());
    expect(r.ok).toBe(true);
    expect(statSync(cacheRoot).mode & 0o777).toBe(0o700);
  });

  it('its key file is 32 random bytes, mode 0600, different from one cache to the next', async () => {
    await build(dataFolder());
    const key = path.join(cacheRoot, 'key');
    expect(statSync(key).mode & 0o777).toBe(0o600);
    expect(readFileSync(key).length).toBe(32);
    const other = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-')), 'csr-report');
    expect((await cacheSecret(other)).equals(readFileSync(key))).toBe(false);
    expect((await cacheSecret(cacheRoot)).equals(readFileSync(key))).toBe(true);
  });
});

describe('pages are kept only from a build whose output scan passed', () => {
  it('a build refused by the output scan (an employee id in a narrative) leaves no page in the cache', async () => {
    const dir = dataFolder({ '2025/narrative/overview.da.md': `# Oversigt\n\nTak til ${IDS[0]} for turen.\n` });
    const r = await build(dir);
    expect(r.ok).toBe(false);
    expect(r.messages.some((m) => m.includes('employee'))).toBe(true);
    const pages = path.join(cacheFolderFor(cacheRoot, dir), 'page');
    expect(existsSync(pages) ? readdirSync(pages) : []).toEqual([]);
    // The file results were kept (the cache was in use): only the pages are missing.
    expect(readdirSync(path.join(cacheFolderFor(cacheRoot, dir), 'file')).length).toBeGreaterThan(0);
    expect(filesHolding(IDS)).toEqual([]);
  });
});

describe('no published file shares storage with the cache', () => {
  it('every published file has one link, after a cold and after a warm build', async () => {
    const dir = dataFolder();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-out-')), 'site');
    for (let i = 0; i < 2; i++) {
      const r = await build(dir, out);
      expect(r.ok).toBe(true);
      const linked = walk(out).files.filter((f) => statSync(f).nlink !== 1).map((f) => path.relative(out, f));
      expect(linked).toEqual([]);
    }
  });

  it('overwriting every cache file in place leaves the published ledger and pages as they were', async () => {
    const dir = dataFolder();
    const out = path.join(mkdtempSync(path.join(tmpdir(), 'cache-at-rest-out-')), 'site');
    await build(dir, out);
    await build(dir, out);
    const published = walk(out).files;
    const bytes = new Map(published.map((f) => [f, readFileSync(f)]));
    expect(bytes.get(path.join(out, 'downloads', '2025', 'emissions.csv'))?.toString('utf8')).toContain('\r\n2025/travel.csv,2,');
    // writeFileSync on an existing file truncates and rewrites the same inode: a hard-linked
    // published file would change with it.
    for (const f of walk(cacheRoot).files) writeFileSync(f, 'changed by someone');
    for (const f of published) expect(readFileSync(f).equals(bytes.get(f)!), path.relative(out, f)).toBe(true);
  });
});

describe('pruneCache', () => {
  // A data folder's group as the store lays it out: one folder, a folder per kind.
  const group = (root: string, name: string, bytes: number): void => {
    mkdirSync(path.join(root, name, 'file'), { recursive: true });
    writeFileSync(path.join(root, name, 'file', 'x'), Buffer.alloc(bytes));
    mkdirSync(path.join(root, name, 'page'), { recursive: true });
    writeFileSync(path.join(root, name, 'page', 'p.blob'), Buffer.alloc(bytes));
    mkdirSync(path.join(root, name, 'scan'), { recursive: true });
    writeFileSync(path.join(root, name, 'scan', 's'), '{}');
  };
  const groups = (root: string): string[] => [...new Set(readdirSync(root).filter((n) => /^[0-9a-f]{16}/.test(n)).map((n) => n.slice(0, 16)))].sort();
  const a = 'a'.repeat(16);
  const b = 'b'.repeat(16);
  const c = 'c'.repeat(16);

  it('removes the data folders least recently built first until the cache is under its size cap, never the current one', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-prune-'));
    group(root, a, 1000);
    group(root, b, 1000);
    group(root, c, 1000);
    // Built in the order a, b, c (each 2,000 bytes and a small scan file).
    await pruneCache(root, a, { maxBytes: 1e9, maxIdleBuilds: 100 });
    await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 100 });
    await pruneCache(root, c, { maxBytes: 1e9, maxIdleBuilds: 100 });
    expect(groups(root)).toEqual([a, b, c]);
    // A cap of 5,000 bytes holds two groups (2 × 2,002), not three: a, the oldest, goes.
    await pruneCache(root, c, { maxBytes: 5000, maxIdleBuilds: 100 });
    expect(groups(root)).toEqual([b, c]);
    // A cap below one group still keeps the current one.
    await pruneCache(root, b, { maxBytes: 10, maxIdleBuilds: 100 });
    expect(groups(root)).toEqual([b]);
    expect(existsSync(path.join(root, b, 'file', 'x'))).toBe(true);
  });

  it('removes what an older version kept for the data folder built now, beside and inside its folder', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-prune-'));
    group(root, a, 10);
    group(root, b, 10);
    for (const g of [a, b]) {
      // The layout before the one store: entries in the group's folder, pages, ledgers and
      // verdicts beside it.
      writeFileSync(path.join(root, g, 'old.entry'), 'x');
      writeFileSync(path.join(root, g, 'old.ledger'), 'x');
      mkdirSync(path.join(root, `${g}-pages`));
      writeFileSync(path.join(root, `${g}-pages`, 'p.html'), 'x');
      mkdirSync(path.join(root, `${g}-ledgers`));
      writeFileSync(path.join(root, `${g}-scan.json`), '{}');
    }
    await pruneCache(root, a, { maxBytes: 1e9, maxIdleBuilds: 100 });
    expect(readdirSync(root).filter((n) => n.startsWith(a))).toEqual([a]);
    expect(readdirSync(path.join(root, a)).sort()).toEqual(['file', 'page', 'scan']);
    // Another data folder's files wait for its own build (or its removal as a whole).
    expect(readdirSync(root).filter((n) => n.startsWith(b)).sort()).toEqual([b, `${b}-ledgers`, `${b}-pages`, `${b}-scan.json`]);
  });

  it('removes a data folder not built in the last builds', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-prune-'));
    group(root, a, 10);
    group(root, b, 10);
    await pruneCache(root, a, { maxBytes: 1e9, maxIdleBuilds: 3 });
    // b is built three times after a: a's last build is three builds ago, still kept.
    for (let i = 0; i < 3; i++) await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 3 });
    expect(groups(root)).toEqual([a, b]);
    // One more: four builds ago, removed.
    await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 3 });
    expect(groups(root)).toEqual([b]);
  });

  it('a data folder found in the cache but never recorded counts as used when it is first seen', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'cache-prune-'));
    group(root, a, 10);
    await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 1 });
    await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 1 });
    expect(groups(root)).toEqual([a]);
    await pruneCache(root, b, { maxBytes: 1e9, maxIdleBuilds: 1 });
    expect(groups(root)).toEqual([]);
  });
});
