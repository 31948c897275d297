// The output scan's verdicts, remembered between builds (issue 6). The scan (verify/scan.ts) of a
// file depends only on the file's bytes and on the private values of the inputs (the employee ids
// and e-mail addresses): a file whose SHA-256 was scanned clean by the same tool (its sources'
// fingerprint) against the same values is clean again, and is not scanned twice. Every output
// file is hashed here once (the ledgers, hashed as they were written, are not read at all), and
// the hashes serve the manifest too, so a build reads each output file at most once more.
// The values themselves are never stored: only an HMAC of them under a key derived from the
// cache's random secret (store.ts cacheSecret), which cannot be checked against guessed values
// without that key (issue 11). They are one entry of the store (store.ts), kind `scan`, under
// the key of that HMAC. A gzip file (the Pagefind search index) is scanned decompressed: its
// verdict is kept under the SHA-256 of its compressed bytes all the same, which decide what it
// decompresses to; one the scan cannot decompress stops the build, and nothing is remembered.

import { createHmac } from 'node:crypto';
import path from 'node:path';
import type { PrivateInputValues } from '../verify/scan.ts';
import { cacheSubkey, codeFingerprint, storeKey } from './store.ts';
import type { Store } from './store.ts';
import { fileHash } from '../util/file-hash.ts';
import type { FileHash } from '../util/file-hash.ts';
import { listFiles } from '../util/list-files.ts';

export type { FileHash };

export interface ScanVerdicts {
  /** Output files (site paths) scanned clean before, with the same bytes and the same values. */
  readonly clean: ReadonlySet<string>;
  /** Size and SHA-256 of every output file (for the manifest). */
  readonly hashes: ReadonlyMap<string, FileHash>;
  /** Records every file as clean: call it once the scan of the rest found nothing. */
  remember(): Promise<void>;
  /** The verdicts of the same site listed again (the files hashed here known, those added since
   * hashed unless `known`), against the same kept verdicts: the values' key and the store are not
   * read again. */
  again(known: ReadonlyMap<string, FileHash>): Promise<ScanVerdicts>;
}

/** The key of the private values (and the tool) the verdicts hold for: an HMAC under `macKey`. */
export function secretsKey(secrets: PrivateInputValues, macKey: Buffer): string {
  const hash = createHmac('sha256', macKey).update(codeFingerprint()).update('\0');
  for (const id of [...secrets.employeeIds].sort()) hash.update(id).update('\0');
  hash.update('\0');
  for (const e of [...secrets.emails].sort()) hash.update(e).update('\0');
  return hash.digest('hex');
}

/**
 * Hashes the files of a built site (taking `known` hashes as they are) and looks them up among
 * the verdicts kept in the data folder's store (null: none kept).
 */
export async function scanVerdicts(
  siteDir: string,
  secrets: PrivateInputValues,
  store: Store | null,
  known: ReadonlyMap<string, FileHash> = new Map(),
): Promise<ScanVerdicts> {
  // The store's group folder is in the cache folder, whose secret keys the HMAC.
  const key = store === null ? '' : storeKey('scan', secretsKey(secrets, await cacheSubkey(path.dirname(store.dir), 'scan-verdicts')));
  let before = new Set<string>();
  const stored = store === null ? null : await store.get('scan', key);
  if (stored !== null) {
    try {
      const clean = JSON.parse(Buffer.from(stored.payload).toString('utf8')) as unknown;
      if (Array.isArray(clean)) before = new Set(clean.filter((h): h is string => typeof h === 'string'));
    } catch {
      // unreadable: scan everything
    }
  }
  return verdictsOf(siteDir, store, key, before, known);
}

/** The verdicts of the files of a site, by the kept verdicts (`before`, under `key`) and this build's. */
async function verdictsOf(
  siteDir: string,
  store: Store | null,
  key: string,
  before: ReadonlySet<string>,
  known: ReadonlyMap<string, FileHash>,
): Promise<ScanVerdicts> {
  const hashes = new Map<string, FileHash>();
  for (const file of await listFiles(siteDir)) hashes.set(file, known.get(file) ?? (await fileHash(path.join(siteDir, ...file.split('/')))));
  const clean = new Set<string>();
  for (const [file, h] of hashes) if (before.has(h.sha256)) clean.add(file);
  return {
    clean,
    hashes,
    remember: async () => {
      if (store === null) return;
      const clean = [...new Set([...hashes.values()].map((h) => h.sha256))].sort();
      await store.put('scan', key, { payload: Buffer.from(JSON.stringify(clean), 'utf8') });
      await store.prune('scan', new Set([key]));
    },
    again: (moreKnown) => verdictsOf(siteDir, store, key, before, new Map([...hashes, ...moreKnown])),
  };
}
