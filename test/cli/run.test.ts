// The commands' entry point (src/cli/run.mjs) and the tool's bundle (src/cli/compile.mjs): the
// bundle is keyed by the sources, made once by commands started together, and a build run from it
// writes the same site as the build run from the TypeScript sources.

import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { pathToFileURL } from 'node:url';
import { bundleKey, ENTRIES, toolBundle } from '../../src/cli/compile.mjs';
import { removedAfterAll } from '../fixtures/folders/temp-folder.ts';
import { ROOT, runBuildCli, startNode, treeDigest } from '../e2e/harness.ts';
import type { RunResult } from '../e2e/harness.ts';

const folders = removedAfterAll();

async function tempDir(prefix: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), prefix));
  folders.push(dir);
  return dir;
}

/** `node src/cli/run.mjs …args` in the checkout, as `npm run build` runs it. */
function runLauncher(args: readonly string[], env: Readonly<Record<string, string>> = {}): Promise<RunResult> {
  return startNode([path.join(ROOT, 'src', 'cli', 'run.mjs'), ...args], ROOT, { ...process.env, ...env }).done;
}

describe('the bundle key', () => {
  async function project(source: string): Promise<string> {
    const root = await tempDir('csr-bundle-key-');
    await mkdir(path.join(root, 'src', 'cli'), { recursive: true });
    await writeFile(path.join(root, 'src', 'cli', 'build.ts'), source);
    await writeFile(path.join(root, '.eleventy.ts'), 'export default () => ({});\n');
    await writeFile(path.join(root, 'tsconfig.json'), '{}\n');
    await writeFile(path.join(root, 'package.json'), '{"name":"x"}\n');
    return root;
  }

  it('is the same for the same sources and changes with any byte of them, with esbuild or with the folder', async () => {
    const a = await project('export const a = 1;\n');
    const b = await project('export const a = 1;\n');
    expect(bundleKey(a, '0.28.2')).toMatch(/^[0-9a-f]{64}$/);
    expect(bundleKey(a, '0.28.2')).toBe(bundleKey(a, '0.28.2'));
    // One byte of one file edited, then put back.
    await writeFile(path.join(a, 'src', 'cli', 'build.ts'), 'export const a = 2;\n');
    const edited = bundleKey(a, '0.28.2');
    await writeFile(path.join(a, 'src', 'cli', 'build.ts'), 'export const a = 1;\n');
    expect(edited).not.toBe(bundleKey(a, '0.28.2'));
    expect(bundleKey(a, '0.28.2')).not.toBe(bundleKey(a, '0.28.3'));
    // A copy of the project elsewhere (node_modules and all) makes its own: the bundle holds its sources' paths.
    expect(bundleKey(a, '0.28.2')).not.toBe(bundleKey(b, '0.28.2'));
    const before = bundleKey(a, '0.28.2');
    await writeFile(path.join(a, 'src', 'cli', 'new.ts'), '');
    expect(bundleKey(a, '0.28.2')).not.toBe(before);
    // The templates the bundle compiles (templates/_includes), and only those of templates/.
    const withSource = bundleKey(a, '0.28.2');
    await mkdir(path.join(a, 'templates', '_includes', 'layouts'), { recursive: true });
    await writeFile(path.join(a, 'templates', 'pages.njk'), 'x');
    expect(bundleKey(a, '0.28.2')).toBe(withSource);
    await writeFile(path.join(a, 'templates', '_includes', 'layouts', 'a.njk'), '{{ x }}');
    const withTemplate = bundleKey(a, '0.28.2');
    expect(withTemplate).not.toBe(withSource);
    await writeFile(path.join(a, 'templates', '_includes', 'layouts', 'a.njk'), '{{ y }}');
    expect(bundleKey(a, '0.28.2')).not.toBe(withTemplate);
  });

  it('changes with the packages installed (the bundle holds Eleventy), and with the lockfile before any install', async () => {
    const a = await project('export const a = 1;\n');
    const none = bundleKey(a, '0.28.2');
    await writeFile(path.join(a, 'package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/@11ty/eleventy":{"version":"3.1.8"}}}\n');
    const locked = bundleKey(a, '0.28.2');
    expect(locked).not.toBe(none);
    await mkdir(path.join(a, 'node_modules'));
    await writeFile(path.join(a, 'node_modules', '.package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/@11ty/eleventy":{"version":"3.1.8"}}}\n');
    const installed = bundleKey(a, '0.28.2');
    expect(installed).not.toBe(locked);
    // Another version installed (npm ci after the lockfile changed): another bundle.
    await writeFile(path.join(a, 'node_modules', '.package-lock.json'), '{"lockfileVersion":3,"packages":{"node_modules/@11ty/eleventy":{"version":"3.1.9"}}}\n');
    expect(bundleKey(a, '0.28.2')).not.toBe(installed);
  });
});

describe('the tool bundle', () => {
  it('is left complete and single, with every entry, when two makings run at once', async () => {
    const cache = await tempDir('csr-bundle-cache-');
    const [first, second] = await Promise.all([toolBundle(ROOT, cache), toolBundle(ROOT, cache)]);
    expect(first).toBe(second);
    // One bundle, no half-written folder left beside it.
    expect(readdirSync(cache)).toEqual([path.basename(first)]);
    expect(existsSync(path.join(first, 'complete'))).toBe(true);
    for (const entry of Object.keys(ENTRIES)) expect(existsSync(path.join(first, `${entry}.mjs`))).toBe(true);
    // Asked again, the same folder, not made again.
    expect(await toolBundle(ROOT, cache)).toBe(first);
    // Eleventy is in the bundle (not imported from node_modules module by module); Pagefind is not.
    const code = readdirSync(first).filter((f) => f.endsWith('.mjs')).map((f) => readFileSync(path.join(first, f), 'utf8')).join('\n');
    expect(code).not.toMatch(/from\s*["']@11ty\/eleventy["']|import\(\s*["']@11ty\/eleventy["']\s*\)/);
    expect(code).toContain('var Eleventy = class');
    expect(code).toMatch(/from\s*["']pagefind["']/);
    // The included templates, compiled: every template of templates/_includes, by the name an include gives it.
    const { includes } = (await import(pathToFileURL(path.join(first, 'nunjucks-includes.mjs')).href)) as { includes: { name: string; props: { root?: unknown } }[] };
    const dir = path.join(ROOT, 'templates', '_includes');
    const templates: string[] = [];
    const walk = (rel: string): void => {
      for (const entry of readdirSync(path.join(dir, rel), { withFileTypes: true })) {
        if (entry.isDirectory()) walk(path.posix.join(rel, entry.name));
        else if (entry.name.endsWith('.njk')) templates.push(path.posix.join(rel, entry.name));
      }
    };
    walk('');
    expect(templates).toContain('base.njk');
    expect(templates).toContain('layouts/section.njk');
    expect(includes.map((t) => t.name)).toEqual(templates.sort());
    for (const t of includes) expect(typeof t.props.root).toBe('function');
  });
});

describe('node src/cli/run.mjs', () => {
  it('builds from the bundle the same site, byte for byte, as the build run from the sources', async () => {
    const dir = await tempDir('csr-run-build-');
    const data = path.join(ROOT, 'data');
    const env = { CSR_REPORT_CACHE_DIR: 'off', SOURCE_DATE_EPOCH: '1735689600' };
    // CSR_DEBUG: a launcher that could not make the bundle says so (and runs from the sources).
    const fromBundle = await runLauncher(['build', '--data', data, '--out', path.join(dir, 'bundled'), '--quiet'], { ...env, CSR_DEBUG: '1' });
    expect(fromBundle.stderr).toBe('');
    expect(fromBundle.code).toBe(0);
    const fromSources = await runBuildCli(data, path.join(dir, 'sources'), env, ['--quiet']);
    expect(fromSources.code).toBe(0);
    const bundled = await treeDigest(path.join(dir, 'bundled'));
    expect(bundled?.size).toBeGreaterThan(50);
    expect(bundled).toEqual(await treeDigest(path.join(dir, 'sources')));
  }, 120_000);

  it('runs from the sources under tsx with CSR_REPORT_COMPILED=off, making no bundle', async () => {
    // A copy of the project (its node_modules linked): its bundle has a key of its own, so whether
    // a command made one shows in the shared cache folder.
    const copy = await tempDir('csr-run-copy-');
    for (const part of ['src', 'templates', '.eleventy.ts', 'tsconfig.json', 'package.json']) await cp(path.join(ROOT, part), path.join(copy, part), { recursive: true });
    await symlink(path.join(ROOT, 'node_modules'), path.join(copy, 'node_modules'));
    const { version } = await import('esbuild');
    const bundle = path.join(ROOT, 'node_modules', '.cache', 'csr-report-tool', bundleKey(copy, version));
    const run = (env: Record<string, string>) => startNode([path.join(copy, 'src', 'cli', 'run.mjs'), 'check', '--help'], copy, { ...process.env, ...env }).done;
    try {
      const off = await run({ CSR_REPORT_COMPILED: 'off' });
      expect(off.code).toBe(0);
      expect(off.stdout + off.stderr).toMatch(/usage: npm run check/);
      expect(existsSync(bundle)).toBe(false);
      const on = await run({});
      expect(on.code).toBe(0);
      expect(on.stdout + on.stderr).toMatch(/usage: npm run check/);
      expect(existsSync(path.join(bundle, 'complete'))).toBe(true);
    } finally {
      await rm(bundle, { recursive: true, force: true });
    }
  }, 60_000);

  it('names the commands when given none or an unknown one (exit 2)', async () => {
    for (const args of [[], ['buld']]) {
      const r = await runLauncher(args);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(/^usage: node src\/cli\/run\.mjs <build\|check\|lock\|new-year\|serve\|verify>/);
    }
  });
});
