// The PDF's build-dependent bytes made the data's (pipeline/pdf.ts): its dates, the structure ids
// chromium takes from its DOM node numbers; lengths kept so that the cross-reference table holds.
// And the pages printed: every non-draft year in every language.

import { describe, expect, it } from 'vitest';
import { normalisePdf, pdfDate, printJobs } from '../../src/pipeline/pdf.ts';
import { fixtureModel } from '../render/fixtures/model.ts';

describe('normalisePdf', () => {
  it('sets the dates, numbers the structure ids in order and keeps the length', () => {
    const raw = "%PDF-1.4\n/CreationDate (D:20261207023000+01'00')\n/ModDate (D:20261207023000+01'00')>>\n"
      + '/ID (node00000265)>> /ID (node00000300) /Headers [(node00000265)]\n';
    const out = normalisePdf(Buffer.from(raw, 'latin1'), new Date(Date.UTC(2025, 11, 31))).toString('latin1');
    expect(out).toBe("%PDF-1.4\n/CreationDate (D:20251231000000+00'00')\n/ModDate (D:20251231000000+00'00')>>\n"
      + '/ID (node00000001)>> /ID (node00000002) /Headers [(node00000001)]\n');
    expect(out.length).toBe(raw.length);
  });

  it('takes SOURCE_DATE_EPOCH when set, else the last day of the year', () => {
    // 1773531000 s = 14 March 2026, 23:30 UTC.
    expect(pdfDate(2025, '1773531000').toISOString()).toBe('2026-03-14T23:30:00.000Z');
    expect(pdfDate(2025, undefined).toISOString()).toBe('2025-12-31T00:00:00.000Z');
  });
});

describe('printJobs', () => {
  it('prints every year but the draft, in every language, at the whole report\'s address', () => {
    // The fixture: 2023, 2024 (the front year) and 2025 (a draft); Danish first.
    expect(printJobs(fixtureModel()).map((j) => [j.url, j.file])).toEqual([
      ['/2023/rapport/', 'downloads/2023/report-2023-da.pdf'],
      ['/en/2023/report/', 'downloads/2023/report-2023-en.pdf'],
      ['/rapport/', 'downloads/2024/report-2024-da.pdf'],
      ['/en/report/', 'downloads/2024/report-2024-en.pdf'],
    ]);
  });
});
