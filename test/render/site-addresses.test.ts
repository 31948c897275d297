// render/site-addresses.ts: a page's addresses relative to it, or under --base-path (issue 14,
// item 9). Expected addresses worked out by hand from the pages' folders.

import { describe, expect, it } from 'vitest';
import { normaliseBasePath, rewriteSiteAddresses, siteAddress, siteRoot } from '../../src/render/site-addresses.ts';

describe('siteAddress', () => {
  it('relative to the page, a page by its index.html, the fragment kept', () => {
    expect(siteAddress('/assets/site.css', '/', null)).toBe('assets/site.css');
    expect(siteAddress('/assets/site.css', '/en/2024/workforce/', null)).toBe('../../../assets/site.css');
    expect(siteAddress('/en/2024/method-and-data/#def-hr-fte', '/en/2024/workforce/', null)).toBe('../method-and-data/index.html#def-hr-fte');
    expect(siteAddress('/', '/en/', null)).toBe('../index.html');
    expect(siteAddress('/en/', '/en/', null)).toBe('index.html');
    expect(siteAddress('/en/workforce/', '/', null)).toBe('en/workforce/index.html');
    expect(siteAddress('/downloads/2025/kpis.json', '/2024/medarbejdere/', null)).toBe('../../downloads/2025/kpis.json');
  });

  it('under a base path: the folder form, prefixed', () => {
    expect(siteAddress('/en/2024/workforce/#x', '/', '/csr/')).toBe('/csr/en/2024/workforce/#x');
    expect(siteAddress('/', '/en/', '/csr/')).toBe('/csr/');
  });

  it('the root folder for a script of the page', () => {
    expect([siteRoot('/', null), siteRoot('/en/2024/', null), siteRoot('/en/', '/csr/')]).toEqual(['./', '../../', '/csr/']);
  });
});

describe('rewriteSiteAddresses', () => {
  it('rewrites root addresses of href, src, action and data-site-root; leaves others alone', () => {
    const html = '<a href="/en/">x</a> <img src="/assets/a.svg" alt=""> <a href="https://x.example/">y</a> <a href="//cdn.example/z">z</a> <a href="#main">m</a> <p title="/not/an/address">t</p> <div data-site-root="/"></div>';
    expect(rewriteSiteAddresses(html, '/en/2024/', null)).toBe('<a href="../index.html">x</a> <img src="../../assets/a.svg" alt=""> <a href="https://x.example/">y</a> <a href="//cdn.example/z">z</a> <a href="#main">m</a> <p title="/not/an/address">t</p> <div data-site-root="../../"></div>');
  });
});

describe('normaliseBasePath', () => {
  it('adds the closing slash; refuses a path without its leading one, a host, or ..', () => {
    expect(normaliseBasePath('/csr')).toEqual({ ok: true, basePath: '/csr/' });
    expect(normaliseBasePath('/org/csr/')).toEqual({ ok: true, basePath: '/org/csr/' });
    for (const bad of ['csr', '//host/csr', '/a/../b', '/a b']) expect(normaliseBasePath(bad).ok, bad).toBe(false);
  });
});
