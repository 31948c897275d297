// Deterministic output (site.md): the example data folder built under far-apart time zones and
// different locales gives byte-identical trees, and the only date that is not from the data is
// SOURCE_DATE_EPOCH's.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { removeFolder } from '../fixtures/folders/temp-folder.ts';
import { ROOT, besideOut, freshOutParent, runBuildCli, treeDigest } from './harness.ts';

const DATA = path.join(ROOT, 'data');

/** 14 March 2026, 23:30 UTC: already 15 March in Kiritimati (UTC+14), still the 14th in Los Angeles. */
const EPOCH = String(Date.UTC(2026, 2, 14, 23, 30) / 1000);

interface Setting { readonly tz: string; readonly locale: string }

/** Four zones from UTC−8 to UTC+14, each with another locale (Turkish has its own dotless i). */
const SETTINGS: readonly Setting[] = [
  { tz: 'UTC', locale: 'C' },
  { tz: 'Europe/Copenhagen', locale: 'da_DK.UTF-8' },
  { tz: 'America/Los_Angeles', locale: 'en_US.UTF-8' },
  { tz: 'Pacific/Kiritimati', locale: 'tr_TR.UTF-8' },
];

const parents: string[] = [];

afterAll(async () => {
  for (const p of parents) await removeFolder(p);
});

describe('the same data built anywhere', () => {
  it(`gives byte-identical trees under ${SETTINGS.map((s) => `${s.tz}/${s.locale}`).join(', ')}`, async () => {
    const outs: string[] = [];
    const builds = SETTINGS.map(async (s) => {
      const o = await freshOutParent('e2e-determinism-');
      parents.push(o.parent);
      outs.push(o.out);
      // Without the cache: every build reads, computes and renders everything itself (a page
      // rendered under one zone must not be copied into the build of another).
      const r = await runBuildCli(DATA, o.out, { TZ: s.tz, LANG: s.locale, LC_ALL: s.locale, LANGUAGE: s.locale, SOURCE_DATE_EPOCH: EPOCH, CSR_REPORT_CACHE_DIR: 'off' }, ['--quiet']);
      expect(r.code, r.stderr).toBe(0);
      return { setting: s, out: o.out, parent: o.parent };
    });
    // Two at a time: the machine has two cores.
    const built = [];
    for (let i = 0; i < builds.length; i += 2) built.push(...await Promise.all(builds.slice(i, i + 2)));
    const trees = await Promise.all(built.map((b) => treeDigest(b.out)));
    const first = trees[0];
    expect(first?.size).toBeGreaterThan(50);
    for (let i = 1; i < trees.length; i++) {
      const other = trees[i]!;
      const differ = [...new Set([...first!.keys(), ...other.keys()])].filter((f) => first!.get(f) !== other.get(f));
      expect(differ, `${built[0]!.setting.tz} against ${built[i]!.setting.tz}`).toEqual([]);
    }
    for (const b of built) expect(await besideOut(b.parent)).toEqual(['site']);

    // The build date is SOURCE_DATE_EPOCH's day in UTC, whatever the zone; no clock date appears.
    const method = await readFile(path.join(built[0]!.out, 'metode-og-data', 'index.html'), 'utf8');
    const methodEn = await readFile(path.join(built[0]!.out, 'en', 'method-and-data', 'index.html'), 'utf8');
    expect(method).toContain('14. marts 2026');
    expect(methodEn).toContain('14 March 2026');
    expect(method).not.toContain('15. marts 2026');
    const today = new Date();
    const iso = today.toISOString().slice(0, 10);
    const da = new Intl.DateTimeFormat('da-DK', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(today);
    const en = new Intl.DateTimeFormat('en-GB', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(today);
    for (const f of first!.keys()) {
      if (!/\.(html|json|csv|txt|xml)$/.test(f) && !f.endsWith('SHA256SUMS')) continue;
      const text = await readFile(path.join(built[0]!.out, f), 'utf8');
      expect(text.includes(iso) || text.includes(da) || text.includes(en), `${f} holds today's date`).toBe(false);
    }
  }, 300_000);
});
