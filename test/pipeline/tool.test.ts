// The pinned tool (issue 13, item 4): name, version, the git commit it was built from (read from
// .git without a git binary), the SHA-256 of package-lock.json, Node's and ICU's versions.

import { execFile } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { promisify } from 'node:util';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PROJECT_ROOT, TOOL, gitCommit, toolInfo } from '../../src/pipeline/tool.ts';

const run = promisify(execFile);

// `printf abc | sha256sum`
const SHA_ABC = 'ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad';
const COMMIT_A = '0123456789abcdef0123456789abcdef01234567';
const COMMIT_B = 'fedcba9876543210fedcba9876543210fedcba98';

let root = '';

async function put(path: string, content: string): Promise<void> {
  await mkdir(dirname(join(root, path)), { recursive: true });
  await writeFile(join(root, path), content, 'utf8');
}

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'tool-'));
  await put('package.json', '{ "name": "csr-report", "version": "9.8.7" }\n');
  await put('package-lock.json', 'abc');
});

afterEach(async () => {
  await rm(root, { recursive: true, force: true });
});

describe('gitCommit', () => {
  it('follows HEAD to the branch file', async () => {
    await put('.git/HEAD', 'ref: refs/heads/main\n');
    await put('.git/refs/heads/main', `${COMMIT_A}\n`);
    expect(gitCommit(root)).toBe(COMMIT_A);
  });

  it('finds a branch that is only in packed-refs', async () => {
    await put('.git/HEAD', 'ref: refs/heads/release\n');
    await put('.git/packed-refs', `# pack-refs with: peeled fully-peeled sorted\n${COMMIT_A} refs/heads/main\n${COMMIT_B} refs/heads/release\n`);
    expect(gitCommit(root)).toBe(COMMIT_B);
  });

  it('reads a detached HEAD as the commit itself', async () => {
    await put('.git/HEAD', `${COMMIT_B}\n`);
    expect(gitCommit(root)).toBe(COMMIT_B);
  });

  it('follows a .git file of a worktree to its folder and the common folder for refs', async () => {
    await put('.git', 'gitdir: main-repo/.git/worktrees/wt\n');
    await put('main-repo/.git/worktrees/wt/HEAD', 'ref: refs/heads/feature\n');
    await put('main-repo/.git/worktrees/wt/commondir', '../..\n');
    await put('main-repo/.git/refs/heads/feature', `${COMMIT_A}\n`);
    expect(gitCommit(root)).toBe(COMMIT_A);
  });

  it('is "unknown" outside git, and for a branch with no commit yet', async () => {
    expect(gitCommit(root)).toBe('unknown');
    await put('.git/HEAD', 'ref: refs/heads/main\n');
    expect(gitCommit(root)).toBe('unknown');
  });
});

describe('toolInfo', () => {
  it('gives name, version, commit, the lock file\'s SHA-256, node and icu, in that order', async () => {
    await put('.git/HEAD', `${COMMIT_A}\n`);
    const info = toolInfo(root);
    expect(Object.keys(info)).toEqual(['name', 'version', 'commit', 'lockfileSha256', 'node', 'icu']);
    expect(info).toEqual({
      name: 'csr-report', version: '9.8.7', commit: COMMIT_A, lockfileSha256: SHA_ABC,
      node: process.versions.node, icu: process.versions.icu ?? 'unknown',
    });
  });

  it('says "unknown" for a missing lock file', async () => {
    await rm(join(root, 'package-lock.json'));
    expect(toolInfo(root).lockfileSha256).toBe('unknown');
  });

  it('this project: version 0.2.0 in package.json and both version fields of package-lock.json', async () => {
    expect(TOOL.version).toBe('0.2.0');
    const lock = JSON.parse(await readFile(join(PROJECT_ROOT, 'package-lock.json'), 'utf8')) as { version: string; packages: Record<string, { version?: string }> };
    expect(lock.version).toBe('0.2.0');
    expect(lock.packages['']?.version).toBe('0.2.0');
    const changelog = await readFile(join(PROJECT_ROOT, 'CHANGELOG.md'), 'utf8');
    expect(changelog).toMatch(/^## \[0\.2\.0\]/m);
    expect(changelog).toMatch(/^## \[0\.1\.0\]/m);
  });
});

describe('npm run build -- --version', () => {
  it('prints the pinned tool, one field a line, and exits 0', async () => {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(PROJECT_ROOT, 'src/cli/build.ts'), '--version'], { cwd: PROJECT_ROOT });
    expect(stdout.split('\n')).toEqual([
      `name ${TOOL.name}`,
      `version ${TOOL.version}`,
      `commit ${TOOL.commit}`,
      `lockfileSha256 ${TOOL.lockfileSha256}`,
      `node ${TOOL.node}`,
      `icu ${TOOL.icu}`,
      '',
    ]);
    expect(TOOL.lockfileSha256).toMatch(/^[0-9a-f]{64}$/);
    expect(TOOL.commit).toMatch(/^([0-9a-f]{40}|unknown)$/);
  });
});
