// Step e of the benchmark (scripts/bench.ts): the full build as `npm run build` runs it, from the
// tool's bundle (src/cli/compile.mjs), in a plain Node process (no tsx):
// `node scripts/bench-build.mjs <dataDir> <outDir>`; the cache folder is CSR_REPORT_CACHE_DIR.
// Prints one JSON line: { stage, ms, ok, pages, outBytes, errors, firstError, phases, maxRssMb }.

import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { importCompiled, toolBundle } from '../src/cli/compile.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const [dataArg = 'data', outArg = ''] = process.argv.slice(2);
const dataDir = path.resolve(dataArg);
const outDir = path.resolve(outArg);

// As the build command does (src/cli/build.ts): Eleventy's import-cache buster is for the live server.
process.env.ELEVENTY_SKIP_ESM_RESOLVER ??= '1';

const { runBuild } = await importCompiled(await toolBundle(ROOT), 'run-build');
const t = performance.now();
const phases = {};
const r = await runBuild({ dataDir, outDir, quiet: true }, (name, ms) => {
  phases[name] = Math.round(ms);
});
const ms = performance.now() - t;
let pages = 0;
let outBytes = 0;
const walk = async (d) => {
  for (const e of await fs.readdir(d, { withFileTypes: true })) {
    const full = path.join(d, e.name);
    if (e.isDirectory()) await walk(full);
    else {
      outBytes += (await fs.stat(full)).size;
      if (e.name.endsWith('.html')) pages++;
    }
  }
};
if (r.ok) await walk(outDir);
const errors = r.diagnostics.filter((d) => d.severity === 'error');
// The first problem, without its message text: the message could quote input.
const firstError = errors[0] === undefined ? null : `${errors[0].file}:${errors[0].line}`;
const maxRssMb = process.resourceUsage().maxRSS / 1024;
process.stdout.write(`${JSON.stringify({ stage: 'build', ms, ok: r.ok, rows: 0, bytes: 0, pages, outBytes, errors: errors.length, firstError, phases, maxRssMb })}\n`);
