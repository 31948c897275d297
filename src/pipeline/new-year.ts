// Creating a new reporting year from the latest earlier one (README: "Starting a new year").

import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { YEAR_FILES } from '../read/folder.ts';


export type CreateYearResult =
  | { readonly ok: true; readonly created: readonly string[] }
  | { readonly ok: false; readonly exitCode: 1 | 2; readonly message: string };

/**
 * The header line of a CSV file as raw bytes, with its byte-order mark and line ending, so the
 * new file keeps the encoding, delimiter and column names of the old one.
 */
export function headerLineBytes(bytes: Buffer): Buffer {
  const utf16le = bytes[0] === 0xff && bytes[1] === 0xfe;
  const utf16be = bytes[0] === 0xfe && bytes[1] === 0xff;
  if (utf16le || utf16be) {
    for (let i = 2; i + 1 < bytes.length; i += 2) {
      const unit = utf16le ? bytes.readUInt16LE(i) : bytes.readUInt16BE(i);
      if (unit === 0x0a) return bytes.subarray(0, i + 2);
    }
    return Buffer.concat([bytes, Buffer.from(utf16le ? [0x0d, 0x00, 0x0a, 0x00] : [0x00, 0x0d, 0x00, 0x0a])]);
  }
  const newline = bytes.indexOf(0x0a);
  if (newline !== -1) return bytes.subarray(0, newline + 1);
  return Buffer.concat([bytes, Buffer.from('\n')]);
}

async function exists(p: string): Promise<boolean> {
  return fs.access(p).then(() => true, () => false);
}

export async function createYear(dataDir: string, year: number): Promise<CreateYearResult> {
  if (!(await exists(dataDir))) return { ok: false, exitCode: 2, message: `the data folder ${dataDir} does not exist; give it with --data DIR` };
  const target = path.join(dataDir, String(year));
  if (await exists(target)) {
    return { ok: false, exitCode: 1, message: `${year}/ exists already in ${dataDir}; nothing was changed. Delete or rename the folder first if you really want to start the year again` };
  }
  const earlier = (await fs.readdir(dataDir, { withFileTypes: true }))
    .filter((e) => e.isDirectory() && /^\d{4}$/.test(e.name) && Number(e.name) < year)
    .map((e) => Number(e.name))
    .sort((a, b) => a - b);
  const source = earlier.at(-1);

  const created: string[] = [];
  // Made with the default modes, so the user's umask decides (a shared drive: readable by the
  // group); mkdtemp would make the folder 0700, readable by its creator only.
  const staging = path.join(dataDir, `.new-year-${year}-${randomBytes(6).toString('hex')}`);
  await fs.mkdir(staging);
  try {
    if (source !== undefined) {
      const from = path.join(dataDir, String(source));
      for (const name of Object.values(YEAR_FILES)) {
        const file = path.join(from, name);
        if (!(await exists(file))) continue;
        await fs.writeFile(path.join(staging, name), headerLineBytes(await fs.readFile(file)));
        created.push(`${year}/${name}`);
      }
      const narrativeFrom = path.join(from, 'narrative');
      if (await exists(narrativeFrom)) {
        await fs.mkdir(path.join(staging, 'narrative'));
        for (const name of (await fs.readdir(narrativeFrom)).filter((n) => n.endsWith('.md')).sort()) {
          // A new file, not a copy of the old one's mode bits.
          await fs.writeFile(path.join(staging, 'narrative', name), await fs.readFile(path.join(narrativeFrom, name)));
          created.push(`${year}/narrative/${name}`);
        }
      }
    }
    await fs.writeFile(path.join(staging, 'DRAFT'), '');
    created.push(`${year}/DRAFT`);
    await fs.rename(staging, target);
  } catch (error) {
    await fs.rm(staging, { recursive: true, force: true });
    throw error;
  }
  return { ok: true, created };
}
