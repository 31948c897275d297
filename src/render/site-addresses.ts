// Where a page's links, style sheets, scripts and downloads point (issue 14, item 9). The views
// and templates name every place of the site from its root (`/assets/site.css`, urls.ts); each
// written page then has them rewritten for where the site is published:
// - without a base path: relative to the page (`../../assets/site.css`), a page by its
//   index.html, so that the site works under any path of a web server and opened from disk
//   (file://, a USB stick, a shared drive);
// - with a base path (`npm run build -- --base-path /csr/`): under it (`/csr/assets/site.css`),
//   pages by their folder.
// Addresses with a scheme (https:, mailto:), `//host` and fragments (#x) are left as they are.

/** `/csr/` from `/csr`, `csr/` or `/csr/`; null when the text is no usable path (the message says why). */
export function normaliseBasePath(text: string): { ok: true; basePath: string } | { ok: false; message: string } {
  const t = text.trim();
  if (!t.startsWith('/') || t.startsWith('//')) {
    return { ok: false, message: `--base-path ${JSON.stringify(text)} must be the path the site is published under, starting with a slash, e.g. --base-path /csr/` };
  }
  if (/[?#\\\s"'<>&]/.test(t) || t.split('/').some((s) => s === '.' || s === '..')) {
    return { ok: false, message: `--base-path ${JSON.stringify(text)} may hold only folder names separated by slashes, e.g. --base-path /csr/` };
  }
  return { ok: true, basePath: t.endsWith('/') ? t : `${t}/` };
}

/** The address of `target` (a site path from its root, `/en/2024/` or `/assets/x.css#y`) as `page` (a page's folder, `/en/`) names it. */
export function siteAddress(target: string, page: string, basePath: string | null): string {
  const cut = target.search(/[?#]/);
  const pathPart = cut < 0 ? target : target.slice(0, cut);
  const rest = cut < 0 ? '' : target.slice(cut);
  if (basePath !== null) return `${basePath}${pathPart.slice(1)}${rest}`;
  const file = pathPart.endsWith('/') ? `${pathPart}index.html` : pathPart;
  const from = page.split('/').filter((s) => s !== '');
  const to = file.split('/').filter((s) => s !== '');
  let common = 0;
  // The last part of `to` is a file name: never a folder the page is in.
  while (common < from.length && common < to.length - 1 && from[common] === to[common]) common++;
  const up = from.length - common;
  return `${'../'.repeat(up)}${to.slice(common).join('/')}${rest}`;
}

/** The site's root folder as `page` reaches it: `../../` (`./` at the root), or the base path. */
export function siteRoot(page: string, basePath: string | null): string {
  if (basePath !== null) return basePath;
  const depth = page.split('/').filter((x) => x !== '').length;
  return depth === 0 ? './' : '../'.repeat(depth);
}

const ATTRIBUTES = ['href', 'src', 'action', 'poster', 'data-href', 'data-src', 'data-site-root'];

/** Every root address of a written page's attributes (href, src, action, poster, data-href,
 * data-src; data-site-root as the root folder), rewritten.
 * A plain scan for `="/`, each address worked out once per page. */
export function rewriteSiteAddresses(html: string, pageUrl: string, basePath: string | null): string {
  const parts: string[] = [];
  // A page names the same places many times (the menus, the Method page's definitions).
  const known = new Map<string, string>();
  const address = (target: string): string => {
    let out = known.get(target);
    if (out === undefined) {
      out = siteAddress(target, pageUrl, basePath);
      known.set(target, out);
    }
    return out;
  };
  let done = 0;
  let at = html.indexOf('="/');
  while (at >= 0) {
    const start = at + 2;
    const end = html.indexOf('"', start);
    if (end < 0) break;
    const name = ATTRIBUTES.find((a) => html.endsWith(a, at) && /\s/.test(html[at - a.length - 1] ?? ''));
    if (name !== undefined && html[start + 1] !== '/') {
      const target = html.slice(start, end);
      // data-site-root="/": the site's root folder as this page reaches it (`../../`, or the
      // base path), for a script that resolves root addresses of its own (a search index).
      parts.push(html.slice(done, start), name === 'data-site-root' ? siteRoot(pageUrl, basePath) : address(target));
      done = end;
    }
    at = html.indexOf('="/', end);
  }
  if (done === 0) return html;
  parts.push(html.slice(done));
  return parts.join('');
}
