// views/overview.ts: the overview page of a year.

import { describe, expect, it } from 'vitest';
import { HOSTILE } from '../fixtures/model.ts';
import { pageOf } from './site.ts';

describe('overview', () => {
  it('links each of the five sections, in the order of the navigation', () => {
    const o = pageOf('/en/', 'overview');
    expect(o.overviewSections.map((s) => [s.title, s.href, s.linkText])).toEqual([
      ['Workforce', '/en/workforce/', 'Read more: Workforce'],
      ['Environment', '/en/environment/', 'Read more: Environment'],
      ['Suppliers', '/en/suppliers/', 'Read more: Suppliers'],
      ['Data ethics and security', '/en/data-ethics-and-security/', 'Read more: Data ethics and security'],
      ['Community', '/en/community/', 'Read more: Community'],
    ]);
    expect(pageOf('/', 'overview').overviewSections[1]?.href).toBe('/klima-og-miljoe/');
  });

  it('lists every target not yet past its year, each linked to its figure', () => {
    // targets.csv of the fixture: due 2030, 2027, 2024 and 2026; in 2025 the one due 2024 is past
    expect(pageOf('/en/', 'overview').targets.map((t) => [t.label, t.figureHref])).toEqual([
      [`Halve emissions ${HOSTILE.raw}`, '/en/environment/#fig-env-total_location_t'],
      ['40% women managers', '/en/workforce/#fig-hr-management-women_share'],
      ['Green electricity', '/en/environment/#fig-env-renewable_electricity_share'],
      [`Well-being ${HOSTILE.img}`, '/en/workforce/#fig-ind-workforce-wellbeing_score'],
    ]);
    expect(pageOf('/en/2025/', 'overview').targets.map((t) => t.label)).not.toContain('Green electricity');
  });

  it('has a year, a title with it, and no intro', () => {
    const o = pageOf('/en/2023/', 'overview');
    expect([o.year, o.title, o.intro]).toEqual([2023, 'Overview 2023', null]);
  });
});
