import { describe, expect, it } from 'vitest';
import { parseCommandArgs } from '../../src/cli/args.ts';

describe('command line', () => {
  it('defaults to data/ and _site/ in the working folder', () => {
    expect(parseCommandArgs([], 'usage', '/p')).toEqual({ ok: true, options: { dataDir: '/p/data', outDir: '/p/_site', quiet: false } });
  });
  it('takes --data, --out and --quiet', () => {
    expect(parseCommandArgs(['--data', '/x/d', '--out', 'o', '--quiet'], 'usage', '/p')).toEqual({ ok: true, options: { dataDir: '/x/d', outDir: '/p/o', quiet: true } });
  });
  it('refuses unknown options and positionals, saying how to call it', () => {
    const r = parseCommandArgs(['--dat', 'x'], 'usage: build', '/p');
    expect(r.ok).toBe(false);
    expect(r.ok === false && r.message).toMatch(/--dat[\s\S]*usage: build/);
    expect(parseCommandArgs(['data'], 'usage', '/p').ok).toBe(false);
  });
  it('refuses an output folder that holds the data folder', () => {
    expect(parseCommandArgs(['--data', '/p/site/data', '--out', '/p/site'], 'usage', '/p').ok).toBe(false);
    expect(parseCommandArgs(['--data', '/p/d', '--out', '/p/d'], 'usage', '/p').ok).toBe(false);
  });
});
