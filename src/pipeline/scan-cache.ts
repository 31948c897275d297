// The output scan's verdicts, remembered between builds (issue 6). The scan (verify/scan.ts) of a
// file depends only on the file's bytes and on the private values of the inputs (the employee ids
// and e-mail addresses): a file whose SHA-256 was scanned clean by the same tool (its sources'
// fingerprint) against the same values is clean again, and is not scanned twice. Every output
// file is hashed here once (the ledgers, hashed as they were written, are not read at all), and
// the hashes serve the manifest too, so a build reads each output file at most once more.
// The values themselves are never stored: only an HMAC of them under a key derived from the
// cache's random secret (cache.ts cacheSecret), which cannot be checked against guessed values
// without that key (issue 11).

import { createHmac } from 'node:crypto';
import { readFile, readdir, rename } from 'node:fs/promises';
import path from 'node:path';
import type { PrivateInputValues } from '../verify/scan.ts';
import { cacheFolderFor, cacheSubkey, codeFingerprint } from './cache.ts';
import { fileHash } from '../util/file-hash.ts';
import { ensurePrivateDir, writePrivateFile } from '../util/private-files.ts';
import type { FileHash } from '../util/file-hash.ts';

export type { FileHash };

export interface ScanVerdicts {
  /** Output files (site paths) scanned clean before, with the same bytes and the same values. */
  readonly clean: ReadonlySet<string>;
  /** Size and SHA-256 of every output file (for the manifest). */
  readonly hashes: ReadonlyMap<string, FileHash>;
  /** Records every file as clean: call it once the scan of the rest found nothing. */
  remember(): Promise<void>;
}

interface Stored {
  readonly key: string;
  readonly clean: readonly string[];
}

/** Where a data folder's scan verdicts are kept. */
export function scanCacheFile(cacheDir: string, dataDir: string): string {
  return `${cacheFolderFor(cacheDir, dataDir)}-scan.json`;
}

/** The key of the private values (and the tool) the verdicts hold for: an HMAC under `macKey`. */
export function secretsKey(secrets: PrivateInputValues, macKey: Buffer): string {
  const hash = createHmac('sha256', macKey).update(codeFingerprint()).update('\0');
  for (const id of [...secrets.employeeIds].sort()) hash.update(id).update('\0');
  hash.update('\0');
  for (const e of [...secrets.emails].sort()) hash.update(e).update('\0');
  return hash.digest('hex');
}

async function listFiles(root: string, rel = ''): Promise<string[]> {
  const out: string[] = [];
  for (const e of await readdir(path.join(root, rel), { withFileTypes: true })) {
    const r = rel === '' ? e.name : `${rel}/${e.name}`;
    if (e.isDirectory()) out.push(...(await listFiles(root, r)));
    else if (e.isFile()) out.push(r);
  }
  return out;
}

/**
 * Hashes the files of a built site (taking `known` hashes as they are) and looks them up among
 * the verdicts kept in `cacheFile` (null: none kept).
 */
export async function scanVerdicts(
  siteDir: string,
  secrets: PrivateInputValues,
  cacheFile: string | null,
  known: ReadonlyMap<string, FileHash> = new Map(),
): Promise<ScanVerdicts> {
  // The cache folder is the one the verdicts file is in (scanCacheFile).
  const key = cacheFile === null ? '' : secretsKey(secrets, await cacheSubkey(path.dirname(cacheFile), 'scan-verdicts'));
  const hashes = new Map<string, FileHash>();
  for (const file of await listFiles(siteDir)) hashes.set(file, known.get(file) ?? (await fileHash(path.join(siteDir, ...file.split('/')))));
  let before = new Set<string>();
  if (cacheFile !== null) {
    try {
      const stored = JSON.parse(await readFile(cacheFile, 'utf8')) as Partial<Stored>;
      if (stored.key === key && Array.isArray(stored.clean)) before = new Set(stored.clean);
    } catch {
      // none yet, or unreadable: scan everything
    }
  }
  const clean = new Set<string>();
  for (const [file, h] of hashes) if (before.has(h.sha256)) clean.add(file);
  return {
    clean,
    hashes,
    remember: async () => {
      if (cacheFile === null) return;
      const stored: Stored = { key, clean: [...new Set([...hashes.values()].map((h) => h.sha256))].sort() };
      await ensurePrivateDir(path.dirname(cacheFile));
      const scratch = `${cacheFile}.${process.pid}.tmp`;
      await writePrivateFile(scratch, `${JSON.stringify(stored)}\n`);
      await rename(scratch, cacheFile);
    },
  };
}
