// Atomic output with real builds (site.md): builds of the command line are SIGKILLed at the
// moments that matter (a build started from paused-build.ts stops there on CSR_TEST_PAUSE_AT),
// and at random moments; the output folder must always be the complete previous site or the
// complete new one, and a build killed between the two renames must be undone by the next one.

import { cp, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeDataFolder, removeFolder } from '../fixtures/folders/temp-folder.ts';
import { besideOut, freshOutParent, killHard, runBuildCli, startBuild, startPausedBuild, treeDigest } from './harness.ts';

const report = (name: string): string => `{ "organisation": { "name": "${name}", "accessibilityStatementUrl": "https://www.was.digst.dk/test-example" } }\n`;
const MEETINGS = 'month,physical,virtual\n2025-01,10,20\n';

let dataA = '';
let dataB = '';
let dataBad = '';
let markers = '';
let siteA: Map<string, string> | null = null;
let siteB: Map<string, string> | null = null;
let pristineA = '';
const parents: string[] = [];

/** A fresh output folder holding a copy of site A (copying is faster than building it again). */
async function outWithSiteA(): Promise<{ parent: string; out: string }> {
  const o = await freshOutParent('e2e-atomic-');
  parents.push(o.parent);
  await cp(pristineA, o.out, { recursive: true });
  return o;
}

beforeAll(async () => {
  dataA = await makeDataFolder({ 'report.json': report('Organisation Alfa'), '2025/meetings.csv': MEETINGS });
  dataB = await makeDataFolder({ 'report.json': report('Organisation Beta'), '2025/meetings.csv': MEETINGS.replace('10,20', '11,21') });
  dataBad = await makeDataFolder({ 'report.json': report('Organisation Beta'), '2025/meetings.csv': 'month,physical,virtual\n2025-01,ti,20\n' });
  markers = await mkdtemp(path.join(tmpdir(), 'e2e-markers-'));
  // The two complete sites every state of the output folder is compared with.
  const a = await freshOutParent('e2e-atomic-');
  const b = await freshOutParent('e2e-atomic-');
  parents.push(a.parent, b.parent);
  const [ra, rb] = await Promise.all([runBuildCli(dataA, a.out, {}, ['--quiet']), runBuildCli(dataB, b.out, {}, ['--quiet'])]);
  expect(ra.code, ra.stderr).toBe(0);
  expect(rb.code, rb.stderr).toBe(0);
  pristineA = a.out;
  siteA = await treeDigest(a.out);
  siteB = await treeDigest(b.out);
  expect(siteA?.size).toBeGreaterThan(10);
  expect(siteA).not.toEqual(siteB);
  expect(await besideOut(a.parent)).toEqual(['site']);
}, 180_000);

afterAll(async () => {
  for (const d of [dataA, dataB, dataBad, markers, ...parents]) if (d !== '') await removeFolder(d);
});

describe('a build killed with SIGKILL', () => {
  it.each(['after-render', 'before-swap'])('at %s leaves the previous site exactly as it was', async (point) => {
    const { parent, out } = await outWithSiteA();
    const run = await startPausedBuild(dataB, out, point, markers);
    // While the build waits there, the output folder is still the previous site.
    expect(await treeDigest(out)).toEqual(siteA);
    const killed = await killHard(run);
    expect(killed.signal).toBe('SIGKILL');
    expect(await treeDigest(out)).toEqual(siteA);
    // The next build clears the half-written staging folder away and publishes the new site.
    expect((await besideOut(parent)).some((n) => n.startsWith('site.staging-'))).toBe(true);
    const next = await runBuildCli(dataB, out, {}, ['--quiet']);
    expect(next.code, next.stderr).toBe(0);
    expect(await treeDigest(out)).toEqual(siteB);
    expect(await besideOut(parent)).toEqual(['site']);
  }, 120_000);

  it('between the two renames leaves the previous site complete beside the output folder, and the next build puts it back first', async () => {
    const { parent, out } = await outWithSiteA();
    const run = await startPausedBuild(dataB, out, 'between-renames', markers);
    await killHard(run);
    expect(await treeDigest(out)).toBeNull();
    expect(await treeDigest(`${out}.previous`)).toEqual(siteA);
    // The next build, stopped before its own swap, has already put the previous site back.
    const second = await startPausedBuild(dataB, out, 'after-render', markers);
    expect(await treeDigest(out)).toEqual(siteA);
    expect(await treeDigest(`${out}.previous`)).toBeNull();
    await killHard(second);
    expect(await treeDigest(out)).toEqual(siteA);
    // And a build that is left alone publishes the new site with nothing beside it.
    const third = await runBuildCli(dataB, out, {}, ['--quiet']);
    expect(third.code, third.stderr).toBe(0);
    expect(await treeDigest(out)).toEqual(siteB);
    expect(await besideOut(parent)).toEqual(['site']);
  }, 120_000);

  it('at random moments always leaves the previous site or the complete new one', async () => {
    const { parent, out } = await outWithSiteA();
    const runs = Number(process.env['CSR_KILL_RUNS'] ?? '2');
    let seed = Number(process.env['CSR_KILL_SEED'] ?? '20250101');
    const random = (): number => { seed = (seed * 1103515245 + 12345) % 2147483648; return seed / 2147483648; };
    const seen = new Set<string>();
    for (let i = 0; i < runs; i++) {
      const data = i % 2 === 0 ? dataB : dataA;
      const run = startBuild(data, out);
      const delay = 300 + Math.floor(random() * 3500);
      await new Promise((r) => setTimeout(r, delay));
      const result = await killHard(run);
      // A build that finished before the kill came is fine too; the folder must be one whole site.
      const now = await treeDigest(out) ?? await treeDigest(`${out}.previous`);
      const which = JSON.stringify([...(now ?? [])]) === JSON.stringify([...(siteA ?? [])]) ? 'A'
        : JSON.stringify([...(now ?? [])]) === JSON.stringify([...(siteB ?? [])]) ? 'B' : 'mixed';
      expect(which, `kill ${i} after ${delay} ms (exit ${String(result.code)} ${String(result.signal)})`).not.toBe('mixed');
      seen.add(which);
      // Recover before the next round, as the next build of a publisher would.
      const recover = await runBuildCli(data, out, {}, ['--quiet']);
      expect(recover.code, recover.stderr).toBe(0);
      expect(await besideOut(parent)).toEqual(['site']);
    }
    expect(seen.size).toBeGreaterThan(0);
  }, 300_000);
});

describe('a build that fails', () => {
  it('on bad data leaves the previous site untouched, to the file times, with nothing beside it', async () => {
    const { parent, out } = await outWithSiteA();
    const before = await treeDigest(out);
    const { statSync } = await import('node:fs');
    const mtime = statSync(path.join(out, 'index.html')).mtimeMs;
    const r = await runBuildCli(dataBad, out);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain('2025/meetings.csv:2: error: column physical:');
    expect(r.stderr).toContain('The site was not built; the output folder was left as it was.');
    expect(await treeDigest(out)).toEqual(before);
    expect(statSync(path.join(out, 'index.html')).mtimeMs).toBe(mtime);
    expect(await besideOut(parent)).toEqual(['site']);
  }, 120_000);
});

