// The Content-Security-Policy of the pages, defined once: the pages carry it in a meta tag
// (templates/_includes/base.njk, layouts/errors.njk, through Eleventy's global data `policy`), and
// the live preview sends it as a header too (pipeline/serve-http.ts). No inline script, nothing
// from another host; the search form submits to the site itself.

const COMMON = "style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

/** Every page but the search pages. */
export const PAGE_POLICY = `default-src 'self'; script-src 'self'; ${COMMON}`;

/** The search pages: Pagefind's WebAssembly needs 'wasm-unsafe-eval' (and nothing else). */
export const SEARCH_PAGE_POLICY = `default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; ${COMMON}`;

/** The page of the data's errors (the live preview): no images, no form. */
export const ERROR_PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

export const POLICY = { page: PAGE_POLICY, searchPage: SEARCH_PAGE_POLICY, errorPage: ERROR_PAGE_POLICY } as const;
