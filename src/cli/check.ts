// `npm run check [-- --data DIR]`: reads and validates the data folder, writes nothing, prints
// every problem found. Exit 0 when the data has no errors, 1 when it has, 2 for a wrong command line.

import { dataFolderProblem, parseCommandArgs } from './args.ts';
import { exitWith, reportProblems, runMain } from './report.ts';
import { prepareReport } from '../pipeline/prepare.ts';

const USAGE = 'usage: npm run check -- [--data DIR] [--quiet]';

await runMain(async () => {
  const args = parseCommandArgs(process.argv.slice(2), USAGE);
  if (args.ok === 'help') {
    process.stdout.write(`${USAGE}\nChecks the data folder (default data/) and prints every problem; writes nothing.\n`);
    return exitWith(0);
  }
  if (!args.ok) {
    process.stderr.write(`error: ${args.message}\n`);
    return exitWith(2);
  }
  const dataProblem = await dataFolderProblem(args.options.dataDir);
  if (dataProblem !== null) {
    process.stderr.write(`error: ${dataProblem}\n`);
    return exitWith(2);
  }
  const result = await prepareReport(args.options.dataDir);
  reportProblems(result.diagnostics, args.options.quiet);
  if (!result.ok) return exitWith(1);
  if (!args.options.quiet) process.stderr.write(`The data in ${args.options.dataDir} has no errors.\n`);
  return exitWith(0);
});
