// The site's search (issue 15, item 4): Pagefind indexes the rendered pages of the staging folder
// (before the output scan and the swap, so that the scan reads the index too and the manifest
// lists it) and writes /pagefind/ beside them: one index per language, split by each page's
// <html lang>. Only <main data-pagefind-body> is indexed (no navigation); assets/search.js on the
// search page asks it, in the page's language.

import path from 'node:path';
import { close, createIndex } from 'pagefind';

/** Where the index lives in the site (assets/search.js imports `${SEARCH_FOLDER}/pagefind.js`). */
export const SEARCH_FOLDER = 'pagefind';

/** Pagefind's own failure: the build stops with this message (it is a fault of the tool, not the data). */
export class SearchIndexFailed extends Error {}

/** Indexes the HTML pages of `site` and writes the index to `site/pagefind/`. Returns the number of pages indexed. */
export async function writeSearchIndex(site: string): Promise<number> {
  try {
    const created = await createIndex({ keepIndexUrl: false, writePlayground: false });
    if (created.index === undefined) throw new SearchIndexFailed(`the search index could not be made: ${created.errors.join('; ')}`);
    const { index } = created;
    const added = await index.addDirectory({ path: site, glob: '**/*.html' });
    if (added.errors.length > 0) throw new SearchIndexFailed(`the search index could not be made: ${added.errors.join('; ')}`);
    const written = await index.writeFiles({ outputPath: path.join(site, SEARCH_FOLDER) });
    if (written.errors.length > 0) throw new SearchIndexFailed(`the search index could not be written: ${written.errors.join('; ')}`);
    await index.deleteIndex();
    return added.page_count;
  } finally {
    // The service is a child process: closed, so that the build's process can end.
    await close();
  }
}
