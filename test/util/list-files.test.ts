import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listFiles } from '../../src/util/list-files.ts';

let root = '';
beforeAll(async () => {
  root = await mkdtemp(path.join(tmpdir(), 'list-files-'));
  await mkdir(path.join(root, 'b', 'c'), { recursive: true });
  await mkdir(path.join(root, 'empty'));
  await writeFile(path.join(root, 'z.txt'), '');
  await writeFile(path.join(root, 'a-b.txt'), '');
  await writeFile(path.join(root, 'b', 'x.html'), '');
  await writeFile(path.join(root, 'b', 'c', 'y.csv'), '');
  await writeFile(path.join(root, 'B.txt'), '');
});
afterAll(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('listFiles: the one recursive listing', () => {
  it('every regular file, by forward-slash path, in code-unit order; empty folders leave nothing', async () => {
    // '-' (0x2d) < 'B' (0x42) < 'b' (0x62) < 'z'; 'b/…' sorts by its whole path
    expect(await listFiles(root)).toEqual(['B.txt', 'a-b.txt', 'b/c/y.csv', 'b/x.html', 'z.txt']);
  });

  it('an entry that is neither (a link) is left out, or handed to onOther, which may stop the listing', async () => {
    const dir = await mkdtemp(path.join(tmpdir(), 'list-files-link-'));
    try {
      await writeFile(path.join(dir, 'real.txt'), '');
      await mkdir(path.join(dir, 'sub'));
      await symlink(path.join(dir, 'real.txt'), path.join(dir, 'sub', 'link.txt'));
      expect(await listFiles(dir)).toEqual(['real.txt']);
      const seen: string[] = [];
      expect(await listFiles(dir, (rel) => { seen.push(rel); })).toEqual(['real.txt']);
      expect(seen).toEqual(['sub/link.txt']);
      await expect(listFiles(dir, (rel) => { throw new Error(`not a file: ${rel}`); })).rejects.toThrow('not a file: sub/link.txt');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
