import { describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { OutputFolderRefused, claimOutputFolder, createStaging, discardStaging, previousPath, recoverInterruptedSwap, swapIn } from '../../src/publish/atomic.ts';
import type { OutputRules } from '../../src/publish/atomic.ts';
import { manifestJson, siteMadeBy } from '../../src/publish/manifest.ts';

const TOOL = 'csr-report';

async function tempOut(): Promise<string> {
  const parent = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-'));
  return path.join(parent, 'site');
}

async function tree(dir: string): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of (await fs.readdir(dir)).sort()) {
    const p = path.join(dir, name);
    if ((await fs.stat(p)).isDirectory()) {
      for (const [k, v] of Object.entries(await tree(p))) out[`${name}/${k}`] = v;
    } else {
      out[name] = await fs.readFile(p, 'utf8');
    }
  }
  return out;
}

/** The manifest head a build writes (the real writer), naming `name` as the tool. */
function manifestOf(name: string): string {
  return manifestJson({ tool: { name, version: '1.0.0', commit: 'unknown', lockfileSha256: 'unknown', node: '20', icu: '74' }, inputs: [], outputs: [] });
}

/** A folder holding a site this tool made: index.html and its manifest. */
async function ourSite(dir: string, index: string): Promise<void> {
  await fs.mkdir(path.join(dir, 'downloads'), { recursive: true });
  await fs.writeFile(path.join(dir, 'index.html'), index);
  await fs.writeFile(path.join(dir, 'downloads', 'manifest.json'), manifestOf(TOOL));
}

async function refusal(outDir: string, rules: OutputRules): Promise<string> {
  try {
    await claimOutputFolder(outDir, rules);
  } catch (error) {
    expect(error).toBeInstanceOf(OutputFolderRefused);
    return (error as Error).message;
  }
  throw new Error(`${outDir} was not refused`);
}

describe('atomic output', () => {
  it('puts a staging folder in place of a site of the tool and leaves nothing beside it', async () => {
    const out = await tempOut();
    await ourSite(out, 'old');
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging.site, 'new.html'), 'new');
    await swapIn(staging, out, TOOL);
    expect(await tree(out)).toEqual({ 'new.html': 'new' });
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('creates the output folder on the first build, readable by all', async () => {
    const out = await tempOut();
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging.site, 'index.html'), 'x');
    await swapIn(staging, out, TOOL);
    expect(await tree(out)).toEqual({ 'index.html': 'x' });
    expect((await fs.stat(out)).mode & 0o777).toBe(0o755);
  });

  it('takes an empty output folder', async () => {
    const out = await tempOut();
    await fs.mkdir(out);
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging.site, 'index.html'), 'x');
    await swapIn(staging, out, TOOL);
    expect(await tree(out)).toEqual({ 'index.html': 'x' });
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('calls the injected hook between the two renames, when the old site is aside and none is in place', async () => {
    const out = await tempOut();
    await ourSite(out, 'old');
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging.site, 'new.html'), 'new');
    const seen: string[] = [];
    await swapIn(staging, out, TOOL, {
      betweenRenames: async () => {
        seen.push(`out:${(await fs.stat(out).catch(() => null)) === null ? 'absent' : 'present'}`);
        seen.push(`previous:${await fs.readFile(path.join(previousPath(out), 'index.html'), 'utf8')}`);
      },
    });
    expect(seen).toEqual(['out:absent', 'previous:old']);
    expect(await tree(out)).toEqual({ 'new.html': 'new' });
  });

  it('keeps the staging folder private (0700) until the swap', async () => {
    const out = await tempOut();
    const staging = await createStaging(out);
    expect(path.dirname(staging.dir)).toBe(path.dirname(out));
    expect(path.basename(staging.dir).startsWith('site.staging-')).toBe(true);
    expect((await fs.stat(staging.dir)).mode & 0o777).toBe(0o700);
    expect((await fs.stat(staging.site)).mode & 0o777).toBe(0o700);
    await discardStaging(staging);
  });

  it('a discarded staging folder leaves the previous site exactly as it was', async () => {
    const out = await tempOut();
    await ourSite(out, 'a');
    const before = (await fs.stat(path.join(out, 'index.html'))).mtimeMs;
    const staging = await createStaging(out);
    await fs.writeFile(path.join(staging.site, 'half.html'), 'half');
    await discardStaging(staging);
    expect((await tree(out))['index.html']).toBe('a');
    expect((await fs.stat(path.join(out, 'index.html'))).mtimeMs).toBe(before);
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('puts the previous site back when a build died between the two renames', async () => {
    const out = await tempOut();
    await ourSite(previousPath(out), 'previous');
    const stale = await createStaging(out);
    await fs.writeFile(path.join(stale.site, 'index.html'), 'half-written');
    await recoverInterruptedSwap(out, TOOL);
    expect((await tree(out))['index.html']).toBe('previous');
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('removes the previous site when a build died after putting the new one in place', async () => {
    const out = await tempOut();
    await ourSite(out, 'new');
    await ourSite(previousPath(out), 'old');
    await recoverInterruptedSwap(out, TOOL);
    expect((await tree(out))['index.html']).toBe('new');
    expect(await fs.readdir(path.dirname(out))).toEqual(['site']);
  });

  it('leaves the user\'s own <out>.previous and <out>.staging-… folders alone (finding 5)', async () => {
    const out = await tempOut();
    const parent = path.dirname(out);
    await fs.mkdir(previousPath(out));
    await fs.writeFile(path.join(previousPath(out), 'notes.txt'), 'mine');
    await fs.mkdir(`${out}.staging-mine`);
    await fs.writeFile(path.join(`${out}.staging-mine`, 'draft.txt'), 'mine too');
    // A folder named like a staging folder, holding a file named like the mark with other text.
    await fs.mkdir(`${out}.staging-fake`);
    await fs.writeFile(path.join(`${out}.staging-fake`, 'csr-report-staging'), 'not the mark\n');
    await recoverInterruptedSwap(out, TOOL);
    expect((await fs.readdir(parent)).sort()).toEqual(['site.previous', 'site.staging-fake', 'site.staging-mine']);
    expect(await tree(previousPath(out))).toEqual({ 'notes.txt': 'mine' });
    expect(await tree(`${out}.staging-mine`)).toEqual({ 'draft.txt': 'mine too' });
  });
});

describe('which output folder a build may take', () => {
  const rulesFor = (dataDir: string, keep: OutputRules['keep'] = []): OutputRules => ({ toolName: TOOL, dataDir, keep });

  it('reads the mark a build writes: the manifest naming the tool', async () => {
    const dir = await tempOut();
    await ourSite(dir, 'x');
    expect(await siteMadeBy(dir)).toBe('csr-report');
    await fs.writeFile(path.join(dir, 'downloads', 'manifest.json'), '{"outputs": [], "tool": {"name": "csr-report"}}');
    expect(await siteMadeBy(dir)).toBeNull();
    expect(await siteMadeBy(path.dirname(dir))).toBeNull();
  });

  it('takes an absent folder, an empty one and a site of the tool', async () => {
    const data = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-data-'));
    const out = await tempOut();
    await expect(claimOutputFolder(out, rulesFor(data))).resolves.toBeUndefined();
    await fs.mkdir(out);
    await expect(claimOutputFolder(out, rulesFor(data))).resolves.toBeUndefined();
    await ourSite(out, 'x');
    await expect(claimOutputFolder(out, rulesFor(data))).resolves.toBeUndefined();
  });

  it('refuses a folder of other files, a site of another tool, a file and a link', async () => {
    const data = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-data-'));
    const out = await tempOut();
    await fs.mkdir(out);
    await fs.writeFile(path.join(out, 'thesis.docx'), 'x');
    expect(await refusal(out, rulesFor(data))).toBe(`the output folder ${out} holds files this tool did not make, and a build replaces everything in it; give an empty or new folder with --out, such as --out _site, or move those files away yourself`);
    const other = await tempOut();
    await fs.mkdir(path.join(other, 'downloads'), { recursive: true });
    await fs.writeFile(path.join(other, 'downloads', 'manifest.json'), manifestOf('another-tool'));
    expect(await refusal(other, rulesFor(data))).toContain('holds files this tool did not make');
    const file = await tempOut();
    await fs.writeFile(file, 'x');
    expect(await refusal(file, rulesFor(data))).toBe(`--out ${file} is a file, not a folder; a build would replace it with the site, so give an empty or new folder with --out, such as --out _site`);
    const site = await tempOut();
    await ourSite(site, 'x');
    const link = `${site}-link`;
    await fs.symlink(site, link);
    expect(await refusal(link, rulesFor(data))).toBe(`--out ${link} is a link; give the folder itself, or an empty or new folder, with --out`);
  });

  it('refuses the folders it must keep and any folder above them, even by another path', async () => {
    const data = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-data-'));
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-keep-'));
    const project = path.join(root, 'project');
    await fs.mkdir(path.join(project, 'src'), { recursive: true });
    const keep = [{ folder: path.join(project, 'src'), what: 'the folder you ran the command from' }];
    expect(await refusal(path.join(project, 'src'), rulesFor(data, keep))).toBe(`--out ${path.join(project, 'src')} is the folder you ran the command from or a folder above it; a build replaces everything in the output folder, so give an empty or new folder with --out, such as --out _site`);
    expect(await refusal(project, rulesFor(data, keep))).toContain('is the folder you ran the command from or a folder above it');
    expect(await refusal(root, rulesFor(data, keep))).toContain('is the folder you ran the command from or a folder above it');
    expect(await refusal('/', rulesFor(data, keep))).toContain('is the folder you ran the command from or a folder above it');
    // The same folder through a link to a folder above it.
    await fs.symlink(root, path.join(data, 'up'));
    expect(await refusal(path.join(data, 'up', 'project'), rulesFor('/nonexistent-data', keep))).toContain('is the folder you ran the command from');
    // A folder beside it is fine.
    await expect(claimOutputFolder(path.join(project, '_site'), rulesFor(data, keep))).resolves.toBeUndefined();
  });

  it('refuses a folder that holds the data folder or lies inside it', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-nest-'));
    const data = path.join(root, 'data');
    await fs.mkdir(data);
    expect(await refusal(root, rulesFor(data))).toBe(`--out ${root} holds the data folder ${data}; a build replaces everything in the output folder, so give an empty or new folder with --out, such as --out _site outside the data folder`);
    expect(await refusal(path.join(data, 'site'), rulesFor(data))).toContain('lies inside the data folder');
  });

  it('refuses a path with a file in the way, naming the file', async () => {
    const root = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-way-'));
    await fs.writeFile(path.join(root, 'file'), 'x');
    const data = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-data-'));
    expect(await refusal(path.join(root, 'file', 'site'), rulesFor(data))).toBe(`the output folder ${path.join(root, 'file', 'site')} cannot be used: ${path.join(root, 'file')} is a file, not a folder; give an empty or new folder with --out, such as --out _site`);
  });

  it('refuses a site of the tool when the user\'s own <out>.previous is where the swap would put it', async () => {
    const data = await fs.mkdtemp(path.join(os.tmpdir(), 'atomic-data-'));
    const out = await tempOut();
    await ourSite(out, 'x');
    await fs.mkdir(previousPath(out));
    await fs.writeFile(path.join(previousPath(out), 'notes.txt'), 'mine');
    expect(await refusal(out, rulesFor(data))).toContain(`${previousPath(out)} is in the way`);
    // and the swap itself refuses too, should the folder appear during a build
    const staging = await createStaging(out);
    await expect(swapIn(staging, out, TOOL)).rejects.toBeInstanceOf(OutputFolderRefused);
    await discardStaging(staging);
    expect(await tree(previousPath(out))).toEqual({ 'notes.txt': 'mine' });
    expect((await tree(out))['index.html']).toBe('x');
  });
});
