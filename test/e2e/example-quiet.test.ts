// The example data folder builds with 0 warnings (issue 14, item 8): a build that always warns
// teaches its users to ignore warnings. Also the example's targets as the pages judge them.

import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatDiagnostic } from '../../src/model/diagnostics.ts';
import { runBuild } from '../../src/pipeline/build.ts';
import { removedAfterAll } from '../fixtures/folders/temp-folder.ts';
import { ROOT, freshOutParent } from './harness.ts';

const cleanup = removedAfterAll();

describe('the example data folder', () => {
  it('builds with 0 warnings, and judges its targets by their due year', async () => {
    const o = await freshOutParent('e2e-example-');
    cleanup.push(o.parent);
    const result = await runBuild({ dataDir: path.join(ROOT, 'data'), outDir: o.out, quiet: true });
    expect(result.ok).toBe(true);
    expect(result.diagnostics.map(formatDiagnostic)).toEqual([]);

    const text = (html: string): string => html.replace(/<[^>]*>/g, '').replace(/\s+/g, ' ');
    const page = async (...p: string[]): Promise<string> => text(await readFile(path.join(o.out, ...p, 'index.html'), 'utf8'));
    // 2025 reduced 48.1 % since 2019; the target is 50 % by 2030, whose straight path asks
    // 50 % × 6/11 = 27.3 % by 2025: on track, not "not met"
    const env = await page('en', 'environment');
    expect(env).toMatch(/Halve emissions compared with 2019: reduction of 50\.0% from 2019 by 2030\. on track \(reduction reached 48\.1%, the straight path to the target asks 27\.3% in 2025\)/);
    // the base year 2019: no target is "not met" there, as none is due
    const base = await page('2019');
    expect(base).not.toMatch(/ikke nået/);
    expect(base).toMatch(/Halvering af udledningen i forhold til 2019: reduktion på 50,0 % i forhold til 2019 senest 2030\. på rette vej/);
  });
});
