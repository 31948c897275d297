import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createYear, headerLineBytes } from '../../src/pipeline/new-year.ts';

async function dataFolder(): Promise<string> {
  const dir = await fs.mkdtemp(path.join(os.tmpdir(), 'new-year-'));
  await fs.mkdir(path.join(dir, '2024'));
  await fs.mkdir(path.join(dir, '2025', 'narrative'), { recursive: true });
  await fs.writeFile(path.join(dir, '2024', 'meetings.csv'), 'month,physical,virtual\n2024-01,1,2\n');
  // Windows-1252, semicolons, Danish names, CRLF: "Medarbejder_id;Køn\r\n" with ø as 0xF8
  await fs.writeFile(path.join(dir, '2025', 'employees.csv'), Buffer.from([...Buffer.from('Medarbejder_id;K'), 0xf8, ...Buffer.from('n\r\nX1;k\r\n')]));
  await fs.writeFile(path.join(dir, '2025', 'narrative', 'overview.da.md'), '# Overblik\n');
  await fs.writeFile(path.join(dir, '2025', 'narrative', 'overview.en.md'), '# Overview\n');
  return dir;
}

describe('new-year', () => {
  it('keeps the header line byte for byte: encoding, delimiter, names, line ending', () => {
    expect(headerLineBytes(Buffer.from('a;b\r\n1;2\r\n')).toString('latin1')).toBe('a;b\r\n');
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\r\n1\t2\r\n', 'utf16le')]);
    expect(headerLineBytes(utf16)).toEqual(Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a\tb\r\n', 'utf16le')]));
    expect(headerLineBytes(Buffer.from('a,b')).toString()).toBe('a,b\n');
  });

  it('creates the year from the latest earlier one, with a DRAFT file', async () => {
    const dir = await dataFolder();
    const result = await createYear(dir, 2026);
    expect(result).toEqual({ ok: true, created: ['2026/employees.csv', '2026/narrative/overview.da.md', '2026/narrative/overview.en.md', '2026/DRAFT'] });
    expect(await fs.readFile(path.join(dir, '2026', 'employees.csv'))).toEqual(Buffer.from([...Buffer.from('Medarbejder_id;K'), 0xf8, ...Buffer.from('n\r\n')]));
    expect(await fs.readFile(path.join(dir, '2026', 'narrative', 'overview.en.md'), 'utf8')).toBe('# Overview\n');
    expect(await fs.readFile(path.join(dir, '2026', 'DRAFT'), 'utf8')).toBe('');
    expect((await fs.readdir(dir)).sort()).toEqual(['2024', '2025', '2026']);
  });

  it('refuses to overwrite an existing year and changes nothing', async () => {
    const dir = await dataFolder();
    const before = await fs.readFile(path.join(dir, '2025', 'employees.csv'));
    const result = await createYear(dir, 2025);
    expect(result.ok).toBe(false);
    expect(result.ok === false && result.message).toMatch(/2025\/ exists already/);
    expect(await fs.readFile(path.join(dir, '2025', 'employees.csv'))).toEqual(before);
    expect(await fs.readdir(path.join(dir, '2025'))).toEqual(['employees.csv', 'narrative']);
  });

  it('makes folders and files readable by the group: the umask of the user, not 0700', async () => {
    const dir = await dataFolder();
    // a narrative kept private by its author is still copied as a new, ordinary file
    await fs.chmod(path.join(dir, '2025', 'narrative', 'overview.da.md'), 0o600);
    const previous = process.umask(0o022);
    try {
      expect((await createYear(dir, 2026)).ok).toBe(true);
    } finally {
      process.umask(previous);
    }
    const mode = async (...p: string[]): Promise<number> => (await fs.stat(path.join(dir, '2026', ...p))).mode & 0o777;
    // umask 022: folders 0777 & ~022 = 0755, files 0666 & ~022 = 0644
    expect(await mode()).toBe(0o755);
    expect(await mode('narrative')).toBe(0o755);
    expect(await mode('employees.csv')).toBe(0o644);
    expect(await mode('narrative', 'overview.da.md')).toBe(0o644);
    expect(await mode('narrative', 'overview.en.md')).toBe(0o644);
    expect(await mode('DRAFT')).toBe(0o644);
  });
});
