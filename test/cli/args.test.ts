import { describe, expect, it } from 'vitest';
import path from 'node:path';
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
  it('resolves relative folders against the folder npm was run from (INIT_CWD), else the working folder', () => {
    const saved = process.env['INIT_CWD'];
    try {
      process.env['INIT_CWD'] = '/home/anna/report';
      expect(parseCommandArgs(['--data', 'd', '--out', '../site'], 'usage')).toEqual({ ok: true, options: { dataDir: '/home/anna/report/d', outDir: '/home/anna/site', quiet: false } });
      delete process.env['INIT_CWD'];
      expect(parseCommandArgs([], 'usage')).toEqual({ ok: true, options: { dataDir: path.join(process.cwd(), 'data'), outDir: path.join(process.cwd(), '_site'), quiet: false } });
    } finally {
      if (saved === undefined) delete process.env['INIT_CWD'];
      else process.env['INIT_CWD'] = saved;
    }
  });
  it('refuses an output folder that holds the data folder', () => {
    expect(parseCommandArgs(['--data', '/p/site/data', '--out', '/p/site'], 'usage', '/p').ok).toBe(false);
    expect(parseCommandArgs(['--data', '/p/d', '--out', '/p/d'], 'usage', '/p').ok).toBe(false);
  });
  it('takes --drafts where the command accepts it (npm run build), and only there', () => {
    expect(parseCommandArgs(['--drafts'], 'usage', '/p', { drafts: true })).toEqual({ ok: true, options: { dataDir: '/p/data', outDir: '/p/_site', quiet: false, drafts: true } });
    expect(parseCommandArgs([], 'usage', '/p', { drafts: true })).toEqual({ ok: true, options: { dataDir: '/p/data', outDir: '/p/_site', quiet: false, drafts: false } });
    expect(parseCommandArgs(['--drafts'], 'usage: check', '/p').ok).toBe(false);
  });
});
