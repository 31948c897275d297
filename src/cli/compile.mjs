// The tool compiled for the commands (`npm run build`, `npm start`, …; src/cli/run.mjs): every
// command and what it loads, bundled by esbuild into a few plain JavaScript files, so that a
// command does not go through tsx's loader module by module (about 0.3 s of every command's
// start, and a second process under the `tsx` command). The packages it loads are bundled too,
// but for EXTERNAL_PACKAGES: Eleventy alone is some 400 modules, which Node loads file by file in
// about 0.19 s and from the bundle in about 0.09 s.
//
// The bundle behaves as the sources: each module keeps its own file's `import.meta.url` (the
// paths of templates/, package.json and the VSME taxonomy are found from there; so does each
// bundled package's module, Eleventy finding its package.json from its own), a bundled CommonJS
// module's require() is Node's, the external packages are imported from node_modules as they
// are, and the modules shared by a command, the Eleventy configuration and the file-task worker
// are one copy (esbuild's shared chunks), so that the model handed to Eleventy
// (render/model-store.ts) is the one the command set.
//
// Beside the modules, the bundle holds the templates the pages include, compiled by Nunjucks
// (nunjucks-includes.mjs, made by src/render/nunjucks-includes.mjs): a build takes them from there.
//
// A bundle is kept in node_modules/.cache/csr-report-tool/<key>/, the key being the SHA-256 of
// the project's folder, of every file under src/ and templates/_includes/, .eleventy.ts,
// tsconfig.json and package.json,
// of the packages installed (npm's node_modules/.package-lock.json) and of esbuild's version: any
// edit or install makes a new one (about 0.5 s, once). It is written to a folder of its own and
// renamed into place, so that commands started at the same time never load half a bundle.
//
// Plain JavaScript (not TypeScript): it runs before anything can load TypeScript.

import { createHash } from 'node:crypto';
import { createRequire } from 'node:module';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** The commands and the other files a command starts (a worker thread, Eleventy's configuration), by their name in the bundle. */
export const ENTRIES = Object.freeze({
  build: 'src/cli/build.ts',
  check: 'src/cli/check.ts',
  lock: 'src/cli/lock.ts',
  'new-year': 'src/cli/new-year.ts',
  serve: 'src/cli/serve.ts',
  verify: 'src/cli/verify.ts',
  'eleventy-config': '.eleventy.ts',
  'file-task-worker': 'src/pipeline/file-task-worker.ts',
  // The build as a function (runBuild), for the benchmark's step e (scripts/bench-build.mjs).
  'run-build': 'src/pipeline/build.ts',
});

/** The commands (`npm run <command>`): the entries in src/cli/. */
export const COMMANDS = Object.freeze(Object.keys(ENTRIES).filter((name) => ENTRIES[name].startsWith('src/cli/')));

/** The name under which globalThis holds the folder of the bundle a process runs from (src/util/compiled.ts reads it). */
const COMPILED_FOLDER = Symbol.for('csr-report.compiled-folder');

/** Loads an entry of the bundle in `dir` into this process, the bundle's folder made known first
 * (util/compiled.ts: Eleventy's configuration and the workers are then the bundle's too). */
export function importCompiled(dir, entry) {
  globalThis[COMPILED_FOLDER] = dir;
  return import(pathToFileURL(path.join(dir, `${entry}.mjs`)).href);
}

/** The packages loaded from node_modules as they are; every other one the tool imports (Eleventy and
 * what it loads: some 400 modules) is bundled with the tool. These find files beside their own
 * (Pagefind its binary, playwright its browsers' data), are loaded only by some commands or
 * only by the live server (its file watcher and web server), are the loaders themselves, or
 * (jsonc-parser) are published as a UMD module whose require() of its own files esbuild cannot
 * follow. */
const EXTERNAL_PACKAGES = ['pagefind', 'playwright-core', 'esbuild', 'tsx', '@11ty/eleventy-dev-server', 'chokidar', 'jsonc-parser'];

/** npm's record of the packages installed in node_modules (written by npm ci and npm install). */
const INSTALLED_TREE = 'node_modules/.package-lock.json';

/** The templates the pages include, compiled into the bundle (nunjucks-includes.mjs). */
const INCLUDES = 'templates/_includes';

/** The file that marks a complete bundle (written last). */
const COMPLETE = 'complete';

/** How many bundles are kept (the newest); older ones are removed once they are ten minutes old. */
const KEEP = 3;

/** Every file under `dir` of `root`, by its path from `root` (forward slashes, sorted). */
function filesUnder(root, dir) {
  const out = [];
  const walk = (rel) => {
    for (const entry of readdirSync(path.join(root, rel), { withFileTypes: true })) {
      const child = rel === '' ? entry.name : `${rel}/${entry.name}`;
      if (entry.isDirectory()) walk(child);
      else if (entry.isFile()) out.push(child);
    }
  };
  walk(dir);
  return out.sort();
}

/** The version of the esbuild this project resolves (its package.json). */
function esbuildVersion(root) {
  const manifest = createRequire(path.join(root, 'package.json')).resolve('esbuild/package.json');
  return JSON.parse(readFileSync(manifest, 'utf8')).version;
}

/**
 * The bundle's key: the SHA-256 of esbuild's version, the project's folder and every file the
 * bundle is made from (its path and bytes), in a fixed order.
 */
export function bundleKey(root, version) {
  const hash = createHash('sha256');
  // The folder too: the bundle holds the paths of its sources (a copy of the project, node_modules
  // and all, makes its own).
  hash.update(`csr-report bundle 1\0esbuild ${version}\0${path.resolve(root)}\0`);
  const hashFile = (file) => {
    const bytes = readFileSync(path.join(root, file));
    hash.update(`${file}\0${bytes.length}\0`);
    hash.update(bytes);
  };
  for (const file of [...filesUnder(root, 'src'), ...(existsSync(path.join(root, INCLUDES)) ? filesUnder(root, INCLUDES) : []), '.eleventy.ts', 'tsconfig.json', 'package.json']) hashFile(file);
  // The packages bundled with the tool (Eleventy and what it loads): the tree npm installed, as
  // npm records it in node_modules (or, before any install, the lockfile it installs from).
  const packages = [INSTALLED_TREE, 'package-lock.json'].find((file) => existsSync(path.join(root, file)));
  if (packages !== undefined) hashFile(packages);
  return hash.digest('hex');
}

/** esbuild's plugin that gives every module of the project, and every module of a bundled package
 * that asks for it (Eleventy finds its package.json and its own files from there), its own
 * file's URL as `import.meta.url`. */
function ownFileUrls(root) {
  const nodeModules = `${path.sep}node_modules${path.sep}`;
  const withOwnUrl = (file, text) => text.replaceAll('import.meta.url', JSON.stringify(pathToFileURL(file).href));
  return {
    name: 'own-file-urls',
    setup(build) {
      build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
        const inPackage = args.path.includes(nodeModules);
        if (!inPackage && !args.path.startsWith(root)) return undefined;
        const text = readFileSync(args.path, 'utf8');
        if (inPackage && !text.includes('import.meta.url')) return undefined;
        return { contents: withOwnUrl(args.path, text), loader: /\.[cm]?ts$/.test(args.path) ? 'ts' : 'js' };
      });
    },
  };
}

/** Removes bundles other than `keep` beyond the newest KEEP, once they are ten minutes old. */
function prune(cacheDir, keep) {
  const now = Date.now();
  const bundles = [];
  for (const name of readdirSync(cacheDir)) {
    if (name === keep) continue;
    try {
      bundles.push({ name, mtime: statSync(path.join(cacheDir, name)).mtimeMs });
    } catch {
      // Removed by another command meanwhile.
    }
  }
  bundles.sort((a, b) => b.mtime - a.mtime);
  for (const { name, mtime } of bundles.slice(KEEP - 1)) {
    if (now - mtime > 10 * 60_000) rmSync(path.join(cacheDir, name), { recursive: true, force: true });
  }
}

/**
 * The folder of the tool's bundle for the sources under `root`, made if there is none. Throws
 * when it cannot be made (no esbuild, a folder that cannot be written): the caller then runs the
 * sources under tsx.
 */
export async function toolBundle(root, cacheDir = path.join(root, 'node_modules', '.cache', 'csr-report-tool')) {
  // esbuild's version from its package.json: the module itself (some 30 ms to load) only to bundle.
  const version = esbuildVersion(root);
  const key = bundleKey(root, version);
  const dir = path.join(cacheDir, key);
  if (existsSync(path.join(dir, COMPLETE))) return dir;
  const esbuild = await import('esbuild');
  if (esbuild.version !== version) throw new Error(`esbuild ${esbuild.version} is not the one of node_modules/esbuild/package.json`);
  mkdirSync(cacheDir, { recursive: true });
  const partial = `${dir}.partial-${process.pid}-${Date.now()}`;
  try {
    await esbuild.build({
      absWorkingDir: root,
      entryPoints: Object.fromEntries(Object.entries(ENTRIES).map(([name, file]) => [name, path.join(root, file)])),
      bundle: true,
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      external: EXTERNAL_PACKAGES.flatMap((name) => [name, `${name}/*`]),
      // A CommonJS package bundled calls require(): the chunk's own (esbuild names the modules' own `require` apart).
      banner: { js: "import { createRequire as __bundleRequire } from 'node:module'; const require = __bundleRequire(import.meta.url);" },
      outdir: partial,
      outExtension: { '.js': '.mjs' },
      logLevel: 'silent',
      plugins: [ownFileUrls(root)],
    });
    // Loaded (with Nunjucks) only to make a bundle, as esbuild is.
    const { includesModule } = await import('../render/nunjucks-includes.mjs');
    const templates = filesUnder(root, INCLUDES).filter((f) => f.endsWith('.njk')).map((f) => f.slice(INCLUDES.length + 1));
    writeFileSync(path.join(partial, 'nunjucks-includes.mjs'), includesModule(path.join(root, INCLUDES), templates));
    writeFileSync(path.join(partial, COMPLETE), `${key}\n`);
    try {
      renameSync(partial, dir);
    } catch (error) {
      // Another command made the same bundle first: its copy is used.
      if (!existsSync(path.join(dir, COMPLETE))) throw error;
    }
  } finally {
    rmSync(partial, { recursive: true, force: true });
  }
  prune(cacheDir, key);
  return dir;
}
