// The organisation's identity in the views (issue 14, item 1): the logo's and the colour's
// hashed asset addresses, the contact and, on a year's pages, the day its report is published;
// the front page says that day under its title.

import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { buildSiteView } from '../../../src/render/views/index.ts';
import { fixtureModel } from '../fixtures/model.ts';
import { site } from './site.ts';

const LOGO = '<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 4 1"><rect width="4" height="1"/></svg>';
const base = fixtureModel();
const branded = buildSiteView({
  ...base,
  settings: {
    ...base.settings,
    organisation: {
      ...base.settings.organisation,
      logo: { path: 'logo.svg', type: 'svg', sha256: createHash('sha256').update(LOGO).digest('hex'), base64: Buffer.from(LOGO).toString('base64') },
      primaryColour: '#1a5276',
      contact: 'csr@fkit.example',
    },
    publicationDates: { 2024: '2025-03-31' },
  },
});
const page = (url: string) => {
  const p = branded.pages.find((x) => x.url === url);
  if (p === undefined) throw new Error(`no page ${url}`);
  return p;
};

describe('the identity in the views', () => {
  it('names the logo and the colour\'s style sheet by the first 12 hex digits of their content\'s SHA-256', () => {
    const css = `/* The organisation's colour (report.json organisation.primaryColour). */\n:root { --brand: #1a5276; --brand-text: #ffffff; }\n`;
    const hash = (s: string): string => createHash('sha256').update(s).digest('hex').slice(0, 12);
    for (const p of branded.pages) {
      expect(p.logoHref, p.url).toBe(`/assets/logo-${hash(LOGO)}.svg`);
      expect(p.brandCssHref, p.url).toBe(`/assets/brand-${hash(css)}.css`);
      expect(p.contact, p.url).toBe('csr@fkit.example');
    }
  });

  it('gives the publication day on the pages of its year only, in the page\'s language, and under the front page\'s title', () => {
    expect(page('/medarbejdere/').published).toBe('Offentliggjort 31. marts 2025');
    expect(page('/en/workforce/').published).toBe('Published 31 March 2025');
    expect(page('/2025/medarbejdere/').published).toBeNull();
    expect(page('/').intro).toBe('Offentliggjort 31. marts 2025');
    expect(page('/en/').intro).toBe('Published 31 March 2025');
  });

  it('has none of it when report.json names none', () => {
    for (const p of site.pages) expect([p.logoHref, p.brandCssHref, p.contact, p.published], p.url).toEqual([null, null, null, null]);
  });
});
