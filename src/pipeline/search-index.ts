// The site's search (issue 15, item 4): Pagefind indexes the rendered pages of the staging folder
// and writes /pagefind/ beside them: one index per language, split by each page's <html lang>.
// Only <main data-pagefind-body> is indexed (no navigation); assets/search.js on the search page
// asks it, in the page's language.
//
// Pagefind's index depends on the order it is given the pages in, and its own walk of a folder
// takes the file system's order (on ext4 a hash of the names under a seed of its own: another
// machine, or a copy on tmpfs, made other bytes). So it is handed the pages one by one, in the
// order of their site paths (code units), whatever order they are rendered in: a SearchFeed takes
// each page as the renderer makes it, and passes it on as soon as every page before it has been.
// Pagefind (a process of its own) so indexes the pages while Eleventy renders the rest; the build
// then scans the pages while the index is written, and scans and moves in the index
// (pipeline/build.ts). The index depends only on the HTML pages and Pagefind's version: an index
// made from the same pages is taken from the store (kind `search`), once the output scan passed
// (as the pages are).

import { readFileSync } from 'node:fs';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
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

/** Pagefind writes its ready-made search interfaces and a highlighter beside the index. The
 * site's search page (assets/search.js) uses only the index through its API (pagefind.js, the
 * worker, the entry, the languages' meta, index, fragments and WebAssembly): these 430 kB of
 * script and style nothing loads are not published, scanned, listed or kept. */
const PAGEFIND_UNUSED_FILES: readonly string[] = [
  'pagefind-ui.js', 'pagefind-ui.css',
  'pagefind-modular-ui.js', 'pagefind-modular-ui.css',
  'pagefind-component-ui.js', 'pagefind-component-ui.css',
  'pagefind-highlight.js',
];

/** Pagefind's own failure: the build stops with this message (it is a fault of the tool, not the data). */
export class SearchIndexFailed extends Error {}

/** Pagefind's version (its package.json, beside lib/ of its entry point): part of the index's key. */
const PAGEFIND_VERSION = (JSON.parse(readFileSync(path.join(path.dirname(fileURLToPath(import.meta.resolve('pagefind'))), '..', 'package.json'), 'utf8')) as { version: string }).version;

/** One index being made: pages added in the order of the calls, then written (or dropped). */
export interface IndexMaker {
  /** Adds a page: its site path (`en/index.html`, Pagefind makes its URL of it) and its HTML. */
  add(file: string, html: string): Promise<void>;
  /** Writes the index of the pages added into `outputPath`, and ends. */
  write(outputPath: string): Promise<void>;
  /** Ends without writing. */
  discard(): Promise<void>;
}

/** An index made by Pagefind; its process starts at once (a tenth of a second), so that it is
 * ready for the first page. */
function pagefindIndex(): IndexMaker {
  const made = createIndex({ keepIndexUrl: false, writePlayground: false }).then((created) => {
    if (created.index === undefined) throw new SearchIndexFailed(`the search index could not be made: ${created.errors.join('; ')}`);
    return created.index;
  });
  made.catch(() => undefined);
  // The service is a child process: closed, so that the build's process can end.
  const end = async (): Promise<void> => {
    try {
      await (await made.catch(() => null))?.deleteIndex();
    } finally {
      await close();
    }
  };
  return {
    // Sent in the order of the calls (each waits for the same started index, then writes its
    // message to the service at once).
    add: async (file, html) => {
      const added = await (await made).addHTMLFile({ sourcePath: file, content: html });
      if (added.errors.length > 0) throw new SearchIndexFailed(`the search index could not be made: ${added.errors.join('; ')}`);
    },
    write: async (outputPath) => {
      try {
        const written = await (await made).writeFiles({ outputPath });
        if (written.errors.length > 0) throw new SearchIndexFailed(`the search index could not be written: ${written.errors.join('; ')}`);
        await Promise.all(PAGEFIND_UNUSED_FILES.map((f) => rm(path.join(outputPath, f), { force: true })));
      } finally {
        await end();
      }
    },
    discard: end,
  };
}

/** Whether Pagefind indexes a page: only those with a body marked for it (the site's whole-report
 * pages have none; Pagefind leaves such pages out once any page has one, so they are not sent). */
function indexed(html: string): boolean {
  return html.includes('data-pagefind-body');
}

const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The pages of a site handed to an index in the order of their site paths. `plan` names the
 * pages to come (the renderer's plan, those already in the site among them); `page` hands over
 * one as rendered. `write` adds whatever is left from the site's files and writes the index; when
 * the site's HTML files are not what was planned, the index is made again from them all, so the
 * order is that of the files in the end, whatever was planned.
 * A page is sent as soon as every page before it was, without waiting for the index to take the
 * one before: Pagefind's service takes its messages one at a time, in the order they were sent.
 */
export class SearchFeed {
  readonly #site: string;
  readonly #makeIndex: () => IndexMaker;
  #index: IndexMaker | null = null;
  #order: readonly string[] | null = null;
  #planned = false;
  #next = 0;
  /** Pages handed over but not yet sent: their HTML, or null for a page already in the site. */
  readonly #waiting = new Map<string, string | null>();
  /** The pages sent, in order (indexed or not). */
  readonly #fed: string[] = [];
  /** Each page is sent once the one before it was (a page in the site is read first). */
  #sending: Promise<void> = Promise.resolve();
  /** The index's answers to the pages sent. */
  #added: Promise<void>[] = [];

  constructor(site: string, makeIndex: () => IndexMaker = pagefindIndex) {
    this.#site = site;
    this.#makeIndex = makeIndex;
  }

  /** The site paths of every page of the site, `placed` those already written into it; the index
   * is started, to take the pages as they come. */
  plan(pages: readonly string[], placed: Iterable<string>): void {
    this.#planned = true;
    this.#maker();
    this.#order = [...pages].sort(byCodeUnit);
    for (const file of placed) this.#waiting.set(file, null);
    this.#pump();
  }

  /** Whether the pages are being rendered and handed over (plan was called). */
  get fromRender(): boolean {
    return this.#planned;
  }

  /** A page as rendered (its site path and HTML). */
  page(file: string, html: string): void {
    this.#waiting.set(file, html);
    this.#pump();
  }

  /** Adds the site's remaining pages, in order, and writes the index into `outputPath`. */
  async write(outputPath: string): Promise<void> {
    try {
      const pages = (await listFiles(this.#site)).filter((f) => f.endsWith('.html'));
      await this.#sending.catch(() => undefined);
      if (this.#fed.some((file, i) => pages[i] !== file)) {
        // Not the site's pages after all (a page was not planned): made again from the files.
        await this.discard();
        this.#fed.length = 0;
      }
      this.#order = pages;
      this.#next = this.#fed.length;
      // The rest from the HTML handed over, or from the site.
      for (const file of pages.slice(this.#next)) if (!this.#waiting.has(file)) this.#waiting.set(file, null);
      this.#pump();
      await this.#sending;
      await Promise.all(this.#added);
    } catch (error) {
      // A page could not be read or added: the index (Pagefind's process) ends with the failure.
      await this.discard();
      throw error;
    }
    // The index ends with its writing, written or not.
    const index = this.#maker();
    this.#index = null;
    await index.write(outputPath);
  }

  /** Ends the index without writing it (taken from the store, or the build stopped). */
  async discard(): Promise<void> {
    const index = this.#index;
    this.#index = null;
    await this.#sending.catch(() => undefined);
    await Promise.allSettled(this.#added);
    this.#sending = Promise.resolve();
    this.#added = [];
    await index?.discard();
  }

  #maker(): IndexMaker {
    return (this.#index ??= this.#makeIndex());
  }

  #pump(): void {
    const order = this.#order;
    if (order === null) return;
    while (this.#next < order.length && this.#waiting.has(order[this.#next]!)) {
      const file = order[this.#next++]!;
      const handed = this.#waiting.get(file) as string | null;
      this.#waiting.delete(file);
      this.#fed.push(file);
      const html = handed ?? readFile(path.join(this.#site, ...file.split('/')), 'utf8');
      if (typeof html !== 'string') html.catch(() => undefined);
      this.#sending = this.#sending.then(async () => {
        const text = typeof html === 'string' ? html : await html;
        if (!indexed(text)) return;
        const added = this.#maker().add(file, text);
        added.catch(() => undefined);
        this.#added.push(added);
      });
      this.#sending.catch(() => undefined);
    }
  }
}

/** Indexes the HTML pages of `site` and writes the index to `outputPath` (default `site/pagefind/`). */
export async function writeSearchIndex(site: string, outputPath = path.join(site, SEARCH_FOLDER)): Promise<void> {
  await new SearchFeed(site).write(outputPath);
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
 * Completes the index of the pages of `site` in `dir` (outside the site, so that the scan of the
 * pages does not meet a half-written index). Pages handed over as rendered (`feed`) make their
 * index at once (a render makes pages a kept index does not have, but for the rare rebuild whose
 * pages came out the same); a site placed whole takes the index its pages made before from the
 * store, else a fresh feed indexes the site's files. `known`: page hashes the build already has.
 */
export function startSearchIndex(site: string, dir: string, store: Store | null, known: ReadonlyMap<string, FileHash>, feed: SearchFeed = new SearchFeed(site)): SearchIndexRun {
  // The key of the pages in the store, made while the index is.
  const key = store === null ? null : pagesMaterial(site, known).then((material) => storeKey('search', material));
  key?.catch(() => undefined);
  let made = false;
  let at = dir;
  const done = (async (): Promise<void> => {
    if (store !== null && key !== null && !feed.fromRender) {
      const kept = await store.get('search', await key);
      if (kept !== null && (await unpack(kept.payload, dir))) {
        await feed.discard();
        return;
      }
    }
    await feed.write(dir);
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
      const pages = await key;
      if (made) await store.put('search', pages, { payload: await pack(at) });
      await store.prune('search', new Set([pages]));
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
