// The site's search (issue 15, item 4): Pagefind indexes the rendered pages of the staging folder
// and writes /pagefind/ beside them: one index per language, split by each page's <html lang>.
// Only <main data-pagefind-body> is indexed (no navigation); assets/search.js on the search page
// asks it, in the page's language.
//
// Pagefind is a process of its own: the build starts it (startSearchIndex) and scans the pages
// while it works, then scans the index and moves it into the site (pipeline/build.ts). The index
// depends only on the HTML pages and Pagefind's version: an index made from the same pages is
// taken from the store (kind `search`), once the output scan passed (as the pages are).

import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { close, createIndex } from 'pagefind';
import { fileHash } from '../util/file-hash.ts';
import type { FileHash } from '../util/file-hash.ts';
import { listFiles } from '../util/list-files.ts';
import { storeKey } from './store.ts';
import type { Store } from './store.ts';

/** Where the index lives in the site (assets/search.js imports `${SEARCH_FOLDER}/pagefind.js`). */
export const SEARCH_FOLDER = 'pagefind';

/** Pagefind's own failure: the build stops with this message (it is a fault of the tool, not the data). */
export class SearchIndexFailed extends Error {}

/** Pagefind's version (its package.json, beside lib/ of its entry point): part of the index's key. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** Indexes the HTML pages of `site` and writes the index to `outputPath` (default `site/pagefind/`). Returns the number of pages indexed. */
export async function writeSearchIndex(site: string, outputPath = path.join(site, SEARCH_FOLDER)): Promise<number> {
  try {
    const created = await createIndex({ keepIndexUrl: false, writePlayground: false });
    if (created.index === undefined) throw new SearchIndexFailed(`the search index could not be made: ${created.errors.join('; ')}`);
    const { index } = created;
    const added = await index.addDirectory({ path: site, glob: '**/*.html' });
    if (added.errors.length > 0) throw new SearchIndexFailed(`the search index could not be made: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) throw new SearchIndexFailed(`the search index could not be written: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return added.page_count;
  } finally {
    // The service is a child process: closed, so that the build's process can end.
    await close();
  }
}

/** An index being made (or taken from the store) in `dir`; `keep` stores a made one. */
export interface SearchIndexRun {
  /** Resolves once the index is complete in `dir` (rejects with SearchIndexFailed). */
  readonly done: Promise<void>;
  /** Moves the complete index into the site (`site/pagefind/`). */
  moveIn(): Promise<void>;
  /** Keeps a newly made index in the store (call it once the output scan passed); nothing when it came from there. */
  keep(): Promise<void>;
}

/**
 * Starts the index of the pages of `site` in `dir` (outside the site, so that the scan of the
 * pages does not meet a half-written index). `known`: page hashes the build already has;
 * `makeIndex`: Pagefind (tests count its calls).
 */
export function startSearchIndex(
  site: string,
  dir: string,
  store: Store | null,
  known: ReadonlyMap<string, FileHash>,
  makeIndex: (site: string, outputPath: string) => Promise<unknown> = writeSearchIndex,
): SearchIndexRun {
  let key: string | null = null;
  let made = false;
  let at = dir;
  const done = (async (): Promise<void> => {
    if (store !== null) {
      key = storeKey('search', await pagesMaterial(site, known));
      const kept = await store.get('search', key);
      if (kept !== null && (await unpack(kept.payload, dir))) return;
    }
    await makeIndex(site, dir);
    made = true;
  })();
  done.catch(() => undefined);
  return {
    done,
    moveIn: async () => {
      const target = path.join(site, SEARCH_FOLDER);
      await rename(at, target);
      at = target;
    },
    keep: async () => {
      if (store === null || key === null) return;
      if (made) await store.put('search', key, { payload: await pack(at) });
      await store.prune('search', new Set([key]));
    },
  };
}

/** What the index is made from: Pagefind's version and every HTML page's path and SHA-256. */
async function pagesMaterial(site: string, known: ReadonlyMap<string, FileHash>): Promise<string> {
  const pages: string[] = [];
  for (const file of await listFiles(site)) {
    if (!file.endsWith('.html')) continue;
    const hash = known.get(file) ?? (await fileHash(path.join(site, ...file.split('/'))));
    pages.push(`${file}\0${hash.sha256}`);
  }
  return `pagefind ${PAGEFIND_VERSION}\n${pages.join('\n')}`;
}

/** The files of `dir` as one payload: a JSON list of [path, bytes], a newline, the bodies. */
async function pack(dir: string): Promise<Buffer> {
  const files = await listFiles(dir);
  const bodies = await Promise.all(files.map((f) => readFile(path.join(dir, ...f.split('/')))));
  const list = Buffer.from(`${JSON.stringify(files.map((f, i) => [f, bodies[i]!.length]))}\n`, 'utf8');
  return Buffer.concat([list, ...bodies]);
}

/** Writes the files of a payload of pack() into `dir`; false (nothing trusted) when it does not parse. */
async function unpack(payload: Uint8Array, dir: string): Promise<boolean> {
  const bytes = Buffer.from(payload.buffer, payload.byteOffset, payload.byteLength);
  const end = bytes.indexOf(0x0a);
  if (end < 0) return false;
  let list: unknown;
  try {
    list = JSON.parse(bytes.toString('utf8', 0, end));
  } catch {
    return false;
  }
  const safe = (p: unknown): p is string => typeof p === 'string' && p !== '' && p.split('/').every((part) => part !== '' && part !== '.' && part !== '..');
  if (!Array.isArray(list) || !list.every((e) => Array.isArray(e) && e.length === 2 && safe(e[0]) && Number.isInteger(e[1]) && (e[1] as number) >= 0)) return false;
  const entries = list as [string, number][];
  if (entries.reduce((n, [, size]) => n + size, end + 1) !== bytes.length) return false;
  let at = end + 1;
  for (const [file, size] of entries) {
    const target = path.join(dir, ...file.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, bytes.subarray(at, at + size));
    at += size;
  }
  return true;
}
