// The output scan's verdicts kept between builds (pipeline/scan-cache.ts): a file is taken as
// clean only when a file with the same bytes was recorded clean against the same private values.

import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { scanVerdicts } from '../../src/pipeline/scan-cache.ts';
import { Store } from '../../src/pipeline/store.ts';

const ABC_SHA256 = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';

function siteWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'scan-cache-site-'));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, rel)), { recursive: true });
    writeFileSync(path.join(dir, rel), text);
  }
  return dir;
}

describe('scanVerdicts', () => {
  const secrets = { employeeIds: new Set(['E1001']), emails: new Set(['a@b.dk']) };

  it('hashes every file, and knows none as clean before anything is remembered', async () => {
    const cache = new Store(path.join(mkdtempSync(path.join(tmpdir(), 'scan-cache-')), 'x'));
    const site = siteWith({ 'a.html': 'abc', 'sub/b.txt': 'hello' });
    const v = await scanVerdicts(site, secrets, cache, new Map([['sub/b.txt', { bytes: 5, sha256: 'given' }]]));
    expect(v.clean.size).toBe(0);
    expect(v.hashes.get('a.html')).toEqual({ bytes: 3, sha256: ABC_SHA256 });
    expect(v.hashes.get('sub/b.txt')).toEqual({ bytes: 5, sha256: 'given' });
  });

  it('knows a remembered file again by its bytes, for the same values only', async () => {
    const cache = new Store(path.join(mkdtempSync(path.join(tmpdir(), 'scan-cache-')), 'x'));
    await (await scanVerdicts(siteWith({ 'a.html': 'abc', 'b.html': 'def' }), secrets, cache)).remember();
    const next = await scanVerdicts(siteWith({ 'a.html': 'abc', 'b.html': 'changed', 'c.html': 'abc' }), secrets, cache);
    expect([...next.clean].sort()).toEqual(['a.html', 'c.html']);
    const other = await scanVerdicts(siteWith({ 'a.html': 'abc' }), { ...secrets, employeeIds: new Set(['E1002']) }, cache);
    expect(other.clean.size).toBe(0);
    const none = await scanVerdicts(siteWith({ 'a.html': 'abc' }), secrets, null);
    expect(none.clean.size).toBe(0);
  });

  it('lists the site again with the files added since, against the same kept verdicts, and remembers them all', async () => {
    const cache = new Store(path.join(mkdtempSync(path.join(tmpdir(), 'scan-cache-')), 'x'));
    await (await scanVerdicts(siteWith({ 'old.html': 'abc' }), secrets, cache)).remember();
    const site = siteWith({ 'a.html': 'abc', 'b.html': 'def' });
    const first = await scanVerdicts(site, secrets, cache);
    expect([...first.clean]).toEqual(['a.html']);
    writeFileSync(path.join(site, 'c.txt'), 'abc');
    writeFileSync(path.join(site, 'd.txt'), 'ghi');
    const second = await first.again(first.hashes);
    expect([...second.hashes.keys()]).toEqual(['a.html', 'b.html', 'c.txt', 'd.txt']);
    expect(second.hashes.get('b.html')).toBe(first.hashes.get('b.html'));
    expect([...second.clean]).toEqual(['a.html', 'c.txt']);
    await second.remember();
    const next = await scanVerdicts(siteWith({ 'x.html': 'def', 'y.txt': 'ghi', 'z.txt': 'new' }), secrets, cache);
    expect([...next.clean]).toEqual(['x.html', 'y.txt']);
  });

});
