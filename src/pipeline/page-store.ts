// Rendered pages through the store (store.ts): render/page-cache.ts plans which pages Eleventy
// renders and asks for kept pages through PageEntries; here they are entries of kind `page` (the
// HTML as the blob, a copy of the site's file, never a hard link) and the list of a site's pages of
// kind `site`, each under storeKey of the page's or the site's key (render/page-cache.ts pageKey, siteKey). The build keeps pages only once the output scan passed (pipeline/build.ts).

import type { PageEntries, PageFile, PageRef } from '../render/page-cache.ts';
import { storeKey } from './store.ts';
import type { Store } from './store.ts';

export function pageStore(store: Store): PageEntries {
  return {
    async page(key: string): Promise<Buffer | null> {
      const entry = await store.get('page', storeKey('page', key), { blobBytes: true });
      return entry?.blobBytes ?? null;
    },
    async site(site: string): Promise<readonly PageRef[] | null> {
      const entry = await store.get('site', storeKey('site', site));
      if (entry === null) return null;
      try {
        const pages = JSON.parse(Buffer.from(entry.payload).toString('utf8')) as unknown;
        if (!Array.isArray(pages) || !pages.every((p: Partial<PageRef>) => typeof p.url === 'string' && typeof p.key === 'string')) return null;
        return pages as PageRef[];
      } catch {
        return null;
      }
    },
    async keep(site: string, pages: readonly PageRef[], rendered: readonly { readonly key: string; readonly file: string; readonly record: PageFile }[]): Promise<void> {
      // A few at a time: the files are small but many.
      for (let i = 0; i < rendered.length; i += 8) {
        await Promise.all(rendered.slice(i, i + 8).map((p) => store.put('page', storeKey('page', p.key), { blob: { from: p.file, move: false, ...p.record } })));
      }
      await store.put('site', storeKey('site', site), { payload: Buffer.from(JSON.stringify(pages.map((p) => ({ url: p.url, key: p.key }))), 'utf8') });
      await store.prune('page', new Set(pages.map((p) => storeKey('page', p.key))));
      await store.prune('site', new Set([storeKey('site', site)]));
    },
  };
}
