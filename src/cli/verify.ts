// `npm run verify -- --data DIR --site DIR`: rebuilds the data folder with this tool into a
// temporary folder and compares it with the published site byte for byte. Exit 0 when identical,
// 1 listing every file that differs (and every input whose checksum differs from the site's
// manifest), 2 for a wrong command line or a site folder without a manifest.

import { parseArgs } from 'node:util';
import path from 'node:path';
import { comparisonLines, verifySite } from '../pipeline/verify-site.ts';
import { exitWith, reportProblems, runMain } from './report.ts';
import { invocationFolder } from '../util/invocation-folder.ts';

const USAGE = 'usage: npm run verify -- --data DIR --site DIR';


function parse(argv: readonly string[]): { dataDir: string; siteDir: string } | 'help' | string {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: { data: { type: 'string' }, site: { type: 'string' }, help: { type: 'boolean', short: 'h', default: false } },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return 'help';
    if (values.data === undefined || values.data === '') return '--data needs the data folder the site was built from';
    if (values.site === undefined || values.site === '') return '--site needs the folder of the published site';
    const cwd = invocationFolder();
    return { dataDir: path.resolve(cwd, values.data), siteDir: path.resolve(cwd, values.site) };
  } catch (error) {
    return error instanceof Error ? error.message : String(error);
  }
}

await runMain(async () => {
  const args = parse(process.argv.slice(2));
  if (args === 'help') {
    process.stdout.write(`${USAGE}\nRebuilds the data folder into a temporary folder and compares it with the site byte for byte.\n`);
    return exitWith(0);
  }
  if (typeof args === 'string') {
    process.stderr.write(`error: ${args}\n${USAGE}\n`);
    return exitWith(2);
  }
  // A true rebuild: nothing from an earlier build's cache.
  process.env['CSR_REPORT_CACHE_DIR'] = 'off';
  const result = await verifySite(args.dataDir, args.siteDir);
  if (result.kind === 'no-manifest') {
    process.stderr.write(`error: ${result.message}\n`);
    return exitWith(2);
  }
  if (result.kind === 'build-failed') {
    reportProblems(result.diagnostics, true);
    process.stderr.write('The data folder does not build, so the site cannot be verified; correct the errors above.\n');
    return exitWith(1);
  }
  for (const line of comparisonLines(result)) process.stdout.write(`${line}\n`);
  if (!result.ok) {
    process.stderr.write('The site is not what this data folder and this tool build. A site built with SOURCE_DATE_EPOCH must be verified with the same value; `npm run build -- --version` and the manifest\'s "tool" say whether the tool is the same.\n');
    return exitWith(1);
  }
  return exitWith(0);
});
