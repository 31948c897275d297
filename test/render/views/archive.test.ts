// views/archive.ts: the archive page of each language.

import { describe, expect, it } from 'vitest';
import { pageOf } from './site.ts';

describe('archive', () => {
  it('lists the years in the archive, newest first', () => {
    expect(pageOf('/en/archive/', 'archive').archiveEntries.map((e) => [e.year, e.href, e.note])).toEqual([
      [2025, '/en/2025/', 'draft'], [2024, '/en/', 'current report'], [2023, '/en/2023/', null],
    ]);
  });
});
