// The build command (`npm run build [-- --data DIR --out DIR --quiet]`): read → compute → protect → render → verify
// → publish. Exit 0 when built (warnings allowed), 1 when the data has errors, 2 for a wrong
// command line or an output or data folder that may not or cannot be used (site.md "Commands").

import { dataFolderProblem, parseCommandArgs } from './args.ts';
import { runBuild } from '../pipeline/build.ts';
import { chromiumProblem } from '../pipeline/pdf.ts';
import { TOOL, toolLines } from '../pipeline/tool.ts';
import { exitWith, reportProblems } from './report.ts';
import type { BuildHooks } from '../pipeline/options.ts';

const USAGE = 'usage: npm run build -- [--data DIR] [--out DIR] [--drafts] [--base-path /PATH/] [--pdf] [--quiet] | --version';

/** The build command on `argv` (the arguments after the script); `hooks` only from a test. */
export async function buildCommand(argv: readonly string[], hooks: BuildHooks = {}): Promise<void> {
  // The pinned tool (name, version, commit, lock file, Node, ICU), as the manifest records it.
  if (argv.length === 1 && argv[0] === '--version') {
    process.stdout.write(toolLines(TOOL));
    return exitWith(0);
  }
  const args = parseCommandArgs(argv, USAGE, undefined, { drafts: true, basePath: true, pdf: true });
  if (args.ok === 'help') {
    process.stdout.write(`${USAGE}\nBuilds the report site from the data folder (default data/) into the output folder (default _site/).\n`
      + 'Draft years (a year folder holding a DRAFT file) are left out unless --drafts is given; npm start always shows them.\n'
      + '--pdf also prints the whole report of every year and language to downloads/<year>/report-<year>-<lang>.pdf (needs chromium: sudo apt-get install chromium).\n'
      + 'Every address of the site is relative, so it works under any path and opened from disk; --base-path /csr/ writes them for a site published at https://example.dk/csr/ instead.\n');
    return exitWith(0);
  }
  if (!args.ok) {
    process.stderr.write(`error: ${args.message}\n`);
    return exitWith(2);
  }
  // --pdf prints with Debian's chromium; without it nothing is built (exit 2, one line).
  const noChromium = args.options.pdf === true ? chromiumProblem() : null;
  if (noChromium !== null) {
    process.stderr.write(`error: ${noChromium}\n`);
    return exitWith(2);
  }
  const dataProblem = await dataFolderProblem(args.options.dataDir);
  if (dataProblem !== null) {
    process.stderr.write(`error: ${dataProblem}\n`);
    return exitWith(2);
  }
  const result = await runBuild(args.options, undefined, hooks);
  if (result.refused !== undefined) {
    // The output folder may not or cannot be used: nothing was written. Errors in the data are
    // shown too and decide the exit status (1), as they would with any output folder; warnings
    // wait for a build that runs.
    const errors = result.diagnostics.filter((d) => d.severity === 'error');
    reportProblems(errors, args.options.quiet);
    process.stderr.write(`error: ${result.refused}\n`);
    return exitWith(errors.length > 0 ? 1 : 2);
  }
  reportProblems(result.diagnostics, args.options.quiet);
  if (!result.ok) {
    process.stderr.write('The site was not built; the output folder was left as it was.\n');
    return exitWith(1);
  }
  if (!args.options.quiet) {
    for (const year of result.draftsLeftOut ?? []) {
      process.stderr.write(`${year} is a draft (${year}/DRAFT) and was left out of the site; npm start shows it, npm run build -- --drafts builds it with a draft banner\n`);
    }
    process.stderr.write(`Built the site in ${result.outDir}\n`);
  }
  return exitWith(0);
}
