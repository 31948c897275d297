import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createStaging, discardStaging, previousPath, recoverInterruptedSwap, swapIn } from '../../src/publish/atomic.ts';

async function tempOut(): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
  return path.join(parent, 'site');
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(dir)).sort()) out[name] = await fs.readFile(path.join(dir, name), 'utf8');
  return out;
}

describe('atomic output', () => {
  it('puts a staging folder in place of the output and leaves nothing beside it', async () => {
    const out = await tempOut();
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, 'old.html'), 'old');
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging, 'new.html'), 'new');
    await swapIn(staging, out);
    expect(await tree(out)).toEqual({ 'new.html': 'new' });
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('creates the output folder on the first build', async () => {
    const out = await tempOut();
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging, 'index.html'), 'x');
    await swapIn(staging, out);
    expect(await tree(out)).toEqual({ 'index.html': 'x' });
    expect((await fs.stat(out)).mode & 0o777).toBe(0o755);
  });

  it('a discarded staging folder leaves the previous site exactly as it was', async () => {
    const out = await tempOut();
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, 'a.html'), 'a');
    const before = (await fs.stat(path.join(out, 'a.html'))).mtimeMs;
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging, 'half.html'), 'half');
    await discardStaging(staging);
    expect(await tree(out)).toEqual({ 'a.html': 'a' });
    expect((await fs.stat(path.join(out, 'a.html'))).mtimeMs).toBe(before);
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('puts the previous site back when a build died between the two renames', async () => {
    const out = await tempOut();
    await fs.mkdir(previousPath(out));
    await fs.writeFile(path.join(previousPath(out), 'index.html'), 'previous');
    const stale = `${out}.staging-abc123`;
    await fs.mkdir(stale);
    await fs.writeFile(path.join(stale, 'index.html'), 'half-written');
    await recoverInterruptedSwap(out);
    expect(await tree(out)).toEqual({ 'index.html': 'previous' });
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('removes the previous site when a build died after putting the new one in place', async () => {
    const out = await tempOut();
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, 'index.html'), 'new');
    await fs.mkdir(previousPath(out));
    await fs.writeFile(path.join(previousPath(out), 'index.html'), 'old');
    await recoverInterruptedSwap(out);
    expect(await tree(out)).toEqual({ 'index.html': 'new' });
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });
});
