// Year ledgers through the store (store.ts, kind `ledger`): the finished emissions.csv of a year
// made of lasting fragments is kept under the key of its header and parts, and copied into every
// build with the same parts (publish/write-downloads.ts LedgerFiles asks through
// AssembledLedgers). A ledger with a fragment in which the output scan could find a CPR number or
// an e-mail address is never kept (issue 11).

import { LEDGER_HEADER_TEXT } from '../publish/write-downloads.ts';
import type { AssembledLedgers, FileHasher, KeptLedger, WrittenFile } from '../publish/write-downloads.ts';
import type { LedgerFragment } from '../publish/ledger-fragment.ts';
import { storeKey } from './store.ts';
import type { Store } from './store.ts';

/** The key of the ledger of the header and these parts. */
function ledgerKey(parts: readonly LedgerFragment[]): string {
  return storeKey('ledger', { header: LEDGER_HEADER_TEXT, parts: parts.map((p) => [p.sha256, p.bytes]) });
}

/**
 * AssembledLedgers kept in a data folder's store. `keep` starts the copy into the store and
 * returns at once, so that the years' copies run side by side (and beside the closing of the
 * next year); `prune` waits for them (a failed one rejects it), then removes the ledgers this
 * build did not use; `settle` only waits for them (a build that stops: its staging folder, which
 * they copy from, goes next).
 */
export interface LedgerCache extends AssembledLedgers {
  prune(): Promise<void>;
  settle(): Promise<void>;
}

export function ledgerCache(store: Store): LedgerCache {
  const used = new Set<string>();
  const keeping: Promise<unknown>[] = [];
  return {
    async find(parts: readonly LedgerFragment[], hashFile?: FileHasher): Promise<KeptLedger | null> {
      const key = ledgerKey(parts);
      used.add(key);
      const entry = await store.get('ledger', key, hashFile === undefined ? {} : { hashFile }).catch(() => null);
      if (entry === null || entry.blob === null) return null;
      return { path: entry.blob.path, file: { bytes: entry.blob.bytes, sha256: entry.blob.sha256 } };
    },
    async keep(parts: readonly LedgerFragment[], written: string, file: WrittenFile): Promise<void> {
      if (parts.some((p) => p.scan.cpr || p.scan.at)) return;
      const key = ledgerKey(parts);
      used.add(key);
      const kept = store.put('ledger', key, { blob: { from: written, move: false, ...file } });
      // Observed here as well: a build that stops before prune must not leave it unhandled.
      kept.catch(() => undefined);
      keeping.push(kept);
    },
    async prune(): Promise<void> {
      await Promise.all(keeping.splice(0));
      await store.prune('ledger', used);
    },
    async settle(): Promise<void> {
      await Promise.allSettled(keeping.splice(0));
    },
  };
}
