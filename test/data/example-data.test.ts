// The example data folder (scripts/generate-example-data.ts) checked against the rules of
// inputs.md and the brief: what must be true of it, not what the generator happens to write.

import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'csv-parse/sync';
import { DateTime } from 'luxon';
import { encodeWindows1252, exampleDataFiles, type ExampleFile } from '../../scripts/generate-example-data.ts';
import { FACTOR_KEYS } from '../../src/model/kpis.ts';
import { KNOWN_FIGURE_IDS } from '../../src/model/registry/index.ts';

const files = exampleDataFiles();
const byPath = new Map(files.map((f) => [f.path, f]));

function file(path: string): ExampleFile {
  const f = byPath.get(path);
  if (f === undefined) throw new Error(`missing ${path}`);
  return f;
}

/** Decodes a file the way a reader would: BOMs, UTF-16, else UTF-8, else Windows-1252 (Latin-1 range). */
function decode(bytes: Buffer): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return bytes.subarray(2).toString('utf16le');
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return bytes.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return bytes.toString('latin1');
  }
}

type Row = Record<string, string>;
function rows(path: string, delimiter: string): Row[] {
  return parse(decode(file(path).bytes), { columns: true, delimiter, skip_empty_lines: true }) as Row[];
}

function date(text: string): DateTime {
  const m = /^(\d{1,2})[-.](\d{1,2})[-.](\d{4})$/.exec(text);
  const d = m === null ? DateTime.fromISO(text, { zone: 'utc' }) : DateTime.utc(Number(m[3]), Number(m[2]), Number(m[1]));
  if (!d.isValid) throw new Error(`bad date ${text}`);
  return d;
}

describe('the example data folder', () => {
  it('has every file of the layout', () => {
    // logo.svg: the organisation's logo, named in report.json
    const expected = ['report.json', 'logo.svg', 'emission-factors.csv', 'benchmarks.csv', 'targets.csv', 'indicators.csv', '2019/travel.csv', '2019/energy.csv'];
    for (const y of [2023, 2024, 2025]) {
      for (const f of ['employees', 'travel', 'energy', 'meetings', 'suppliers', 'indicators']) expected.push(`${y}/${f}.csv`);
    }
    for (const y of [2023, 2024, 2025]) {
      for (const s of ['overview', 'workforce', 'environment', 'suppliers', 'data', 'community']) {
        expected.push(`${y}/narrative/${s}.da.md`, `${y}/narrative/${s}.en.md`);
      }
    }
    // the base year has figures for the overview and environment pages only
    for (const s of ['overview', 'environment']) expected.push(`2019/narrative/${s}.da.md`, `2019/narrative/${s}.en.md`);
    expect([...byPath.keys()].sort()).toEqual(expected.sort());
  });

  it('is the same on every run', () => {
    const again = exampleDataFiles();
    expect(again.map((f) => f.path)).toEqual(files.map((f) => f.path));
    again.forEach((f, i) => expect(f.bytes.equals(files[i]?.bytes ?? Buffer.alloc(0))).toBe(true));
  });

  it('holds no CPR-like number and no ten-digit run anywhere', () => {
    for (const f of files) {
      const text = decode(f.bytes);
      expect(/(?<![0-9A-Za-z])\d{6}-?\d{4}(?![0-9A-Za-z])/.test(text), f.path).toBe(false);
      expect(/\d{10}/.test(text), f.path).toBe(false);
    }
  });

  it('writes the Danish Excel variants byte for byte as promised', () => {
    const win = file('2024/employees.csv').bytes;
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(win)).toThrow();
    for (const b of [0x81, 0x8d, 0x8f, 0x90, 0x9d]) expect(win.includes(b)).toBe(false);
    expect(win.subarray(0, 20).toString('latin1')).toBe('medarbejder_id;køn;f');
    const utf16 = file('2025/travel.csv').bytes;
    expect([utf16[0], utf16[1]]).toEqual([0xff, 0xfe]);
    expect(decode(utf16).split('\r\n')[0]?.split('\t')[0]).toBe('dato');
    expect([...file('2024/suppliers.csv').bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(decode(file('2024/suppliers.csv').bytes)).toMatch(/;"[^"\n]*;[^"\n]*";/);
    const energy = decode(file('2023/energy.csv').bytes);
    expect(energy).toContain('\r\n');
    expect(energy).toMatch(/;\d{1,3}(\.\d{3})+,\d+;/);
    expect(energy).toMatch(/;\d+ %\r\n/);
  });

  it('encodes Danish letters as single Windows-1252 bytes and refuses what it cannot', () => {
    expect([...encodeWindows1252('æøåÆØÅé')]).toEqual([0xe6, 0xf8, 0xe5, 0xc6, 0xd8, 0xc5, 0xe9]);
    expect(() => encodeWindows1252('€')).toThrow();
  });
});

describe('employees', () => {
  const years = [2023, 2024, 2025] as const;
  const read = (y: number): { id: string; gender: string; hire: DateTime; end: DateTime | null; birth: number }[] =>
    (y === 2024 ? rows('2024/employees.csv', ';') : rows(`${y}/employees.csv`, ',')).map((r) => ({
      id: r.employee_id ?? r.medarbejder_id ?? '',
      gender: r.gender ?? r['køn'] ?? '',
      birth: Number(r.birth_year ?? r['fødselsår']),
      hire: date(r.hire_date ?? r['ansættelsesdato'] ?? ''),
      end: (r.end_date ?? r['fratrædelsesdato'] ?? '') === '' ? null : date(r.end_date ?? r['fratrædelsesdato'] ?? ''),
    }));

  it.each(years)('%i: every row exists in the year, ids are pseudonyms, re-hires do not overlap', (y) => {
    const list = read(y);
    const first = DateTime.utc(y, 1, 1);
    const last = DateTime.utc(y, 12, 31);
    for (const e of list) {
      expect(e.id).toMatch(/^KF-\d{5}$/);
      expect(e.hire <= last).toBe(true);
      if (e.end !== null) expect(e.end >= first && e.end >= e.hire).toBe(true);
    }
    const ids = new Map<string, typeof list>();
    for (const e of list) ids.set(e.id, [...(ids.get(e.id) ?? []), e]);
    for (const spans of ids.values()) {
      const sorted = [...spans].sort((a, b) => a.hire.toMillis() - b.hire.toMillis());
      for (let i = 1; i < sorted.length; i++) {
        const before = sorted[i - 1]?.end ?? null;
        expect(before).not.toBeNull();
        expect((sorted[i]?.hire ?? first) > (before ?? last)).toBe(true);
      }
    }
  });

  it.each(years)('%i: about 300 people at year end, realistic hires and leavers, ages 22–67', (y) => {
    const list = read(y);
    const s = DateTime.utc(y, 12, 31);
    const active = list.filter((e) => e.hire <= s && (e.end === null || e.end >= s));
    const headcount = new Set(active.map((e) => e.id)).size;
    expect(headcount).toBeGreaterThanOrEqual(280);
    expect(headcount).toBeLessThanOrEqual(330);
    const hires = list.filter((e) => e.hire.year === y).length;
    expect(hires).toBeGreaterThanOrEqual(35);
    expect(hires).toBeLessThanOrEqual(45);
    const leavers = list.filter((e) => e.end !== null && e.end.year === y).length;
    expect(leavers).toBeGreaterThanOrEqual(25);
    expect(leavers).toBeLessThanOrEqual(40);
    const women = active.filter((e) => e.gender === 'woman' || e.gender === 'kvinde').length;
    expect(women / headcount).toBeGreaterThan(0.25);
    expect(women / headcount).toBeLessThan(0.38);
    const other = active.filter((e) => e.gender === 'other' || e.gender === 'andet').length;
    expect(other).toBeGreaterThanOrEqual(1);
    expect(other).toBeLessThanOrEqual(3);
    for (const e of active) {
      expect(y - e.birth).toBeGreaterThanOrEqual(22);
      expect(y - e.birth).toBeLessThanOrEqual(67);
    }
  });

  it('the same people continue from one year to the next, and someone is re-hired', () => {
    const all = years.map((y) => read(y));
    for (let i = 1; i < all.length; i++) {
      const prevYear = years[i - 1] ?? 0;
      const stay = (all[i - 1] ?? []).filter((e) => e.end === null || e.end.year > prevYear).map((e) => e.id);
      const next = new Set((all[i] ?? []).map((e) => e.id));
      for (const id of stay) expect(next.has(id)).toBe(true);
    }
    const twice = all.flat().filter((e, _, list) => list.some((o) => o.id === e.id && o.hire.toMillis() !== e.hire.toMillis()));
    expect(twice.length).toBeGreaterThan(0);
  });
});

describe('emission factors', () => {
  const factors = rows('emission-factors.csv', ',');
  it('cover every key of kpis.md for 2019, 2023, 2024 and 2025, except the 2025 residual mix', () => {
    for (const key of FACTOR_KEYS) {
      const years = factors.filter((f) => f.key === key).map((f) => Number(f.year)).sort();
      expect(years, key).toEqual(key === 'energy.electricity.residual' ? [2019, 2023, 2024] : [2019, 2023, 2024, 2025]);
    }
  });
  it('give flights a radiative-forcing factor and m3 and l factors their kWh', () => {
    for (const f of factors) {
      if (f.key?.startsWith('flight.')) expect(Number(f.kg_co2e_rf)).toBeGreaterThan(Number(f.kg_co2e));
      if (f.unit === 'm3' || f.unit === 'l') expect(Number(f.kwh_per_unit)).toBeGreaterThan(0);
      expect(f.source).not.toBe('');
    }
  });
});

describe('indicators', () => {
  const declared = rows('indicators.csv', ',').map((r) => r.id ?? '');
  it('declare data, workforce and community indicators with valid ids', () => {
    for (const id of declared) expect(id).toMatch(/^[a-z0-9_]+(\.[a-z0-9_]+)+$/);
    for (const prefix of ['data.', 'workforce.', 'community.']) expect(declared.some((id) => id.startsWith(prefix))).toBe(true);
  });
  it('leave exactly one value out in one year', () => {
    const missing = [2023, 2024, 2025].flatMap((y) => {
      const given = new Set(rows(`${y}/indicators.csv`, ',').map((r) => r.id));
      return declared.filter((id) => !given.has(id)).map((id) => `${y} ${id}`);
    });
    expect(missing).toEqual(['2024 workforce.wellbeing_score']);
  });
});

describe('narratives', () => {
  const declared = new Set(rows('indicators.csv', ',').map((r) => `ind.${r.id}`));
  const charts: Record<string, readonly string[]> = {
    overview: [],
    workforce: ['gender', 'management-gender', 'age', 'origin'],
    environment: ['emissions-trend', 'travel-modes', 'energy-carriers'],
    suppliers: ['supplier-clauses'],
    data: [],
    community: [],
  };
  const narratives = files.filter((f) => f.path.startsWith('2025/narrative/'));

  it.each(narratives.map((f) => [f.path, f] as const))('%s: known tags, charts on their page, no HTML, 150–300 words', (path, f) => {
    const text = f.bytes.toString('utf8');
    const section = path.split('/')[2]?.split('.')[0] ?? '';
    for (const m of text.matchAll(/\{%\s*kpi\s+"([^"]+)"\s*%\}/g)) {
      const id = m[1] ?? '';
      expect(KNOWN_FIGURE_IDS.has(id) || declared.has(id), id).toBe(true);
    }
    const placed = [...text.matchAll(/\{%\s*chart\s+"([^"]+)"\s*%\}/g)].map((m) => m[1]);
    expect(placed).toEqual(charts[section]);
    expect(text).not.toMatch(/[<>]/);
    // suppressed in this example (fewer than five people): never written as a tag
    expect(text).not.toMatch(/hr\.gender\.(other|undisclosed)/);
    const prose = text.replace(/\{%[^%]*%\}/g, ' ');
    const words = prose.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length;
    expect(words).toBeGreaterThanOrEqual(150);
    expect(words).toBeLessThanOrEqual(300);
    // numbers come from tags; the prose names only years, SDG 9 and the under-30 band
    const numbers = prose.match(/(?<![\p{L}\d])\d+/gu) ?? [];
    for (const n of numbers) expect(['2019', '2030', '9', '30', '0', '100'], `${path}: ${n}`).toContain(n);
  });

  const earlier = files.filter((f) => f.path.includes('/narrative/') && !f.path.startsWith('2025/'));
  it.each(earlier.map((f) => [f.path, f] as const))('%s (an earlier year): known tags, no HTML, numbers only from tags', (path, f) => {
    const text = f.bytes.toString('utf8');
    for (const m of text.matchAll(/\{%\s*kpi\s+"([^"]+)"\s*%\}/g)) {
      const id = m[1] ?? '';
      expect(KNOWN_FIGURE_IDS.has(id) || declared.has(id), id).toBe(true);
      // 2024 has no well-being score (see above); the base year only emissions
      if (path.startsWith('2024/')) expect(id).not.toBe('ind.workforce.wellbeing_score');
      if (path.startsWith('2019/')) expect(id, path).toMatch(/^env\./);
    }
    expect(text).not.toMatch(/[<>]|\{%\s*chart/);
    const prose = text.replace(/\{%[^%]*%\}/g, ' ');
    for (const n of prose.match(/(?<![\p{L}\d])\d+/gu) ?? []) expect(['2019', '2023', '2024', '2030'], `${path}: ${n}`).toContain(n);
  });
});

describe('the generator\'s prose', () => {
  // The narratives are Markdown files of their own (scripts/example-prose/<year>/<section>.<lang>.md),
  // written to data/<year>/narrative/ as they are, not strings inside the generator.
  const root = path.join(import.meta.dirname, '..', '..', 'scripts', 'example-prose');
  it('every narrative of the example is a file of scripts/example-prose, byte for byte, and every such file is used', () => {
    const narratives = files.filter((f) => f.path.includes('/narrative/'));
    const prose = readdirSync(root, { recursive: true, withFileTypes: true })
      .filter((e) => e.isFile())
      .map((e) => path.relative(root, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
      .sort();
    expect(narratives.map((f) => f.path.replace('/narrative/', '/')).sort()).toEqual(prose);
    for (const f of narratives) expect(f.bytes.equals(readFileSync(path.join(root, f.path.replace('/narrative/', '/')))), f.path).toBe(true);
  });

  it('the generator holds no narrative text of its own', () => {
    const scripts = path.join(import.meta.dirname, '..', '..', 'scripts');
    const sources = ['generate-example-data.ts', ...readdirSync(path.join(scripts, 'example')).map((f) => `example/${f}`)];
    for (const f of sources) expect(readFileSync(path.join(scripts, f), 'utf8'), f).not.toMatch(/\{% kpi /);
  });
});
