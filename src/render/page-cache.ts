// Rendered pages kept between builds (issue 6: a rebuild with unchanged CSVs). A page's HTML
// depends only on its view (views/ PageView, plain data), on the templates and the
// Eleventy config, on the tool's code and dependencies, and on Node's ICU (number and date
// formatting). So each page is keyed by the SHA-256 of all of these; a page whose key was
// rendered by an earlier build is written from where it was kept instead of going through
// Eleventy, and only the pages whose views changed (an edited narrative, new figures) are
// rendered. The list of a site's pages is kept under the key of its whole report model, so that a
// rebuild of an unchanged model makes no view at all (siteKey, PagePlan.placeSite). Where and how
// pages are kept is not render's business: the pipeline hands a PageEntries (pipeline/page-store.ts,
// on the store), which keeps the pages of the last build whose output scan passed. The live server
// (pipeline/serve.ts) uses the same keys to render only the pages an edit changed.

import { createHash } from 'node:crypto';
import type { Hash } from 'node:crypto';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { PageView } from './views/index.ts';

/** Changes whenever the layout of an entry or the key's material changes. */
const PAGE_CACHE_FORMAT = 1;

/** Size and SHA-256 of a file written into the site. */
export interface PageFile {
  readonly bytes: number;
  readonly sha256: string;
}

/** One page of a site: its URL and its key (pageKey). */
export interface PageRef {
  readonly url: string;
  readonly key: string;
}

/** Where rendered pages are kept between builds (the pipeline's store). */
export interface PageEntries {
  /** The bytes of the page kept under this key, checked against what was recorded; else null. */
  page(key: string): Promise<Buffer | null>;
  /** The pages of the site recorded under this site key (siteKey); else null. */
  site(site: string): Promise<readonly PageRef[] | null>;
  /**
   * Keeps the pages rendered in this build (copies of the site's files, with their size and
   * SHA-256) and the list of the site's pages under its key; what this build did not use goes.
   */
  keep(site: string, pages: readonly PageRef[], rendered: readonly { readonly key: string; readonly file: string; readonly record: PageFile }[]): Promise<void>;
}

/** What, besides a page's view, the rendered HTML depends on. */
export interface RenderInputs {
  /** The tool's code (pipeline/cache.ts codeFingerprint) and version. */
  readonly code: string;
  /** Folders and files whose bytes shape the HTML: templates/, .eleventy.ts, package-lock.json. */
  readonly paths: readonly string[];
}

/** The SHA-256 over everything a page's HTML depends on besides its view. */
export function renderEnvironmentKey(inputs: RenderInputs): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({
    format: PAGE_CACHE_FORMAT,
    code: inputs.code,
    node: process.version,
    icu: process.versions.icu ?? null,
    unicode: process.versions.unicode ?? null,
  }));
  const add = (full: string, shown: string): void => {
    if (statSync(full).isDirectory()) {
      for (const name of readdirSync(full).sort()) add(path.join(full, name), `${shown}/${name}`);
    } else {
      hash.update('\0').update(shown).update('\0').update(readFileSync(full));
    }
  };
  for (const p of inputs.paths) add(p, path.basename(p));
  return hash.digest('hex');
}

/**
 * A SHA-256 of plain data as exact text: its JSON, taken in parts (the JSON of a whole model runs
 * to tens of megabytes), then the places of the values JSON would lose or merge (NaN, infinities,
 * -0, undefined, functions). Not v8.serialize: equal strings can serialise apart, by how V8
 * happens to store them.
 */
function exactHash(value: unknown, hash: Hash = createHash('sha256')): Hash {
  updateJson(hash, value, 2);
  // Nearly every value has none: a walk that builds no paths says so, and only then are they named.
  const lost: string[] = [];
  if (hasLost(value)) collectLost(value, '', lost);
  return hash.update('\u0000').update(lost.join('\u0000'));
}

/** Arrays at least this long are digested once per array (views and models are never changed). */
const LONG_ARRAY = 1000;

interface ArrayDigest {
  /** The SHA-256 of the array's JSON, and of the places of its lost values. */
  readonly text: string;
  readonly lost: boolean;
}

const arrayDigests = new WeakMap<readonly unknown[], ArrayDigest>();

/** A long array's digest, made once per array (the contract list of a year, in every refresh). */
function digestOf(array: readonly unknown[]): ArrayDigest {
  let digest = arrayDigests.get(array);
  if (digest === undefined) {
    const lost = array.some(hasLost);
    const places: string[] = [];
    if (lost) collectLost(array, '', places);
    const text = `#${createHash('sha256').update(JSON.stringify(array)).update('\u0000').update(places.join('\u0000')).digest('hex')}`;
    digest = { text, lost };
    arrayDigests.set(array, digest);
  }
  return digest;
}

/** The JSON of `value` into the hash, the first `depth` levels of objects and arrays part by part. */
function updateJson(hash: Hash, value: unknown, depth: number): void {
  if (Array.isArray(value) && value.length >= LONG_ARRAY) {
    hash.update(digestOf(value).text);
    return;
  }
  if (depth > 0 && typeof value === 'object' && value !== null) {
    if (Array.isArray(value)) {
      hash.update('[');
      for (let i = 0; i < value.length; i++) {
        if (i > 0) hash.update(',');
        updateJson(hash, value[i], depth - 1);
      }
      hash.update(']');
      return;
    }
    hash.update('{');
    let first = true;
    for (const [k, v] of Object.entries(value)) {
      if (!first) hash.update(',');
      first = false;
      hash.update(JSON.stringify(k)).update(':');
      updateJson(hash, v, depth - 1);
    }
    hash.update('}');
    return;
  }
  hash.update(JSON.stringify(value) ?? 'undefined');
}

function hasLost(value: unknown): boolean {
  switch (typeof value) {
    case 'number':
      return !Number.isFinite(value) || Object.is(value, -0);
    case 'undefined':
    case 'function':
      return true;
    case 'object': {
      if (value === null) return false;
      if (Array.isArray(value)) {
        if (value.length >= LONG_ARRAY) return digestOf(value).lost;
        for (let i = 0; i < value.length; i++) if (hasLost(value[i])) return true;
        return false;
      }
      const record = value as Record<string, unknown>;
      for (const k in record) if (hasLost(record[k])) return true;
      return false;
    }
    default:
      return false;
  }
}

function collectLost(value: unknown, at: string, lost: string[]): void {
  switch (typeof value) {
    case 'number':
      if (!Number.isFinite(value) || Object.is(value, -0)) lost.push(`${at}=${Object.is(value, -0) ? '-0' : String(value)}`);
      return;
    case 'undefined':
      lost.push(`${at}=undefined`);
      return;
    case 'function':
      lost.push(`${at}=function ${value.name}`);
      return;
    case 'object':
      if (value === null) return;
      if (Array.isArray(value)) {
        for (let i = 0; i < value.length; i++) collectLost(value[i], `${at}[${i}]`, lost);
        return;
      }
      for (const [k, v] of Object.entries(value)) collectLost(v, `${at}.${k}`, lost);
      return;
    default:
      return;
  }
}

/**
 * The key of one page: its view and the render environment. Its UI texts (`t`, with
 * phrase-building functions) are named by the page's language: they are the code's texts for
 * that language, and the code is in the environment key.
 */
export function pageKey(environment: string, page: PageView): string {
  return exactHash({ ...page, t: page.lang }, createHash('sha256').update(environment).update('\0')).digest('hex');
}

/**
 * The key of a whole site: the report model (plain data: every page's view is made from it
 * alone) and the render environment. A build whose site key an earlier build recorded takes all
 * its pages from the cache without making the views at all.
 */
export function siteKey(environment: string, model: unknown): string {
  return `site-${exactHash(model, createHash('sha256').update(environment).update('\0model\0')).digest('hex')}`;
}

/** Where a page is written in the site (its URL is a folder). */
export function pageFile(url: string): string {
  return `${url.replace(/^\/+/, '')}index.html`;
}

interface Planned {
  readonly url: string;
  readonly key: string;
  /** The entry's size and hash, when the cache holds this page (null: Eleventy renders it). */
  cached: PageFile | null;
}

/** The pages of one build: which come from the cache, which Eleventy renders. */
export class PagePlan {
  readonly #entries: PageEntries;
  readonly #planned: readonly Planned[];
  readonly #written = new Map<string, PageFile>();

  private constructor(entries: PageEntries, planned: readonly Planned[]) {
    this.#entries = entries;
    this.#planned = planned;
  }

  /** Keys every page, and writes those kept in `entries` into the site (checked there). */
  static async place(entries: PageEntries, environment: string, pages: readonly PageView[], siteDir: string): Promise<PagePlan> {
    return PagePlan.#placeAll(entries, pages.map((page) => ({ url: page.url, key: pageKey(environment, page) })), siteDir);
  }

  /**
   * Every page of the site with this key (siteKey), when an earlier build recorded it and each
   * of its pages is still kept intact; else null (nothing usable: make the views).
   */
  static async placeSite(entries: PageEntries, site: string, siteDir: string): Promise<PagePlan | null> {
    const pages = await entries.site(site);
    if (pages === null) return null;
    const plan = await PagePlan.#placeAll(entries, pages, siteDir);
    return plan.toRender().size === 0 ? plan : null;
  }

  static async #placeAll(entries: PageEntries, pages: readonly PageRef[], siteDir: string): Promise<PagePlan> {
    const planned: Planned[] = [];
    const place = async (entry: Planned): Promise<void> => {
      const bytes = await entries.page(entry.key);
      if (bytes === null) return;
      const target = path.join(siteDir, ...pageFile(entry.url).split('/'));
      await mkdir(path.dirname(target), { recursive: true });
      await writeFile(target, bytes);
      entry.cached = { bytes: bytes.length, sha256: sha256(bytes) };
    };
    for (const { url, key } of pages) planned.push({ url, key, cached: null });
    for (let i = 0; i < planned.length; i += 8) await Promise.all(planned.slice(i, i + 8).map(place));
    const plan = new PagePlan(entries, planned);
    for (const p of planned) if (p.cached !== null) plan.#written.set(pageFile(p.url), p.cached);
    return plan;
  }

  /** URLs of the pages Eleventy must render. */
  toRender(): Set<string> {
    return new Set(this.#planned.filter((p) => p.cached === null).map((p) => p.url));
  }

  /** Reads back the pages Eleventy rendered in this build, for their size and SHA-256 (written). */
  async recordRendered(siteDir: string): Promise<void> {
    const record = async (p: Planned): Promise<void> => {
      const file = pageFile(p.url);
      if (this.#written.has(file)) return;
      const bytes = await readFile(path.join(siteDir, ...file.split('/')));
      this.#written.set(file, { bytes: bytes.length, sha256: sha256(bytes) });
    };
    // A few at a time: the files are small but many, and a few large pages must not all be held.
    for (let i = 0; i < this.#planned.length; i += 8) await Promise.all(this.#planned.slice(i, i + 8).map(record));
  }

  /**
   * Keeps the pages Eleventy rendered in this build and the list of this site's pages under its
   * key (siteKey). Call it only once the site passed the output scan: a page of a refused build
   * is never kept.
   */
  async keepRendered(siteDir: string, site: string): Promise<void> {
    await this.recordRendered(siteDir);
    const rendered: { key: string; file: string; record: PageFile }[] = [];
    for (const p of this.#planned) {
      const record = this.#written.get(pageFile(p.url));
      if (p.cached === null && record !== undefined) rendered.push({ key: p.key, file: path.join(siteDir, ...pageFile(p.url).split('/')), record });
    }
    await this.#entries.keep(site, this.#planned.map((p) => ({ url: p.url, key: p.key })), rendered);
  }

  /** Size and SHA-256 of every page file (site paths), known without reading the site again. */
  written(): ReadonlyMap<string, PageFile> {
    return this.#written;
  }
}

function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The live server's pages: those whose key differs from the key they were last rendered with
 * (`shown`, by URL) are rendered again; the others are already in its output folder.
 */
export function changedPages(shown: ReadonlyMap<string, string>, environment: string, pages: readonly PageView[]): { readonly keys: Map<string, string>; readonly toRender: Set<string> } {
  const keys = new Map<string, string>();
  const toRender = new Set<string>();
  for (const page of pages) {
    const key = pageKey(environment, page);
    keys.set(page.url, key);
    if (shown.get(page.url) !== key) toRender.add(page.url);
  }
  return { keys, toRender };
}
