// `npm run lock -- YEAR [--data DIR]`: records YEAR as published (YEAR/published.json in the data
// folder); a later build that changes its figures stops unless restatements.csv explains the
// change (site.md "Commands"). Exit 0 when locked, 1 when the data has errors or the year cannot
// be locked (a draft, or no such year), 2 for a wrong command line.

import { parseCommandArgs } from './args.ts';
import { exitWith, reportProblems, runMain } from './report.ts';
import { lockYear } from '../pipeline/lock.ts';

const USAGE = 'usage: npm run lock -- YEAR [--data DIR] [--quiet]';

/** Splits the year (the one argument that is not an option) from the options of args.ts. */
function splitYear(argv: readonly string[]): { year: string[]; rest: string[] } {
  const year: string[] = [];
  const rest: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string;
    if (a === '--') continue;
    if (a.startsWith('-')) {
      rest.push(a);
      // The value of --data or --out (given as a separate argument) is not the year.
      if ((a === '--data' || a === '--out') && i + 1 < argv.length) rest.push(argv[++i] as string);
    } else {
      year.push(a);
    }
  }
  return { year, rest };
}

await runMain(async () => {
  const argv = process.argv.slice(2);
  const { year, rest } = splitYear(argv);
  const args = parseCommandArgs(rest, USAGE);
  if (args.ok === 'help') {
    process.stdout.write(`${USAGE}\nRecords YEAR as published: writes YEAR/published.json in the data folder (default data/) with every figure and the checksums of the input files.\n`);
    return exitWith(0);
  }
  if (!args.ok) {
    process.stderr.write(`error: ${args.message}\n`);
    return exitWith(2);
  }
  if (rest.some((a) => a === '--out' || a.startsWith('--out='))) {
    process.stderr.write(`error: lock writes no site, so --out is not used; leave it out\n${USAGE}\n`);
    return exitWith(2);
  }
  if (year.length !== 1 || !/^\d{4}$/.test(year[0] as string)) {
    process.stderr.write(`error: ${year.length === 0 ? 'name the year to lock' : year.length > 1 ? 'name one year to lock' : `"${year[0]}" is not a year of four digits`}\n${USAGE}\n`);
    return exitWith(2);
  }
  const y = Number(year[0]);
  const result = await lockYear(args.options.dataDir, y);
  reportProblems(result.diagnostics, args.options.quiet);
  if (!result.ok) {
    process.stderr.write(`${y} was not locked.\n`);
    return exitWith(1);
  }
  if (!args.options.quiet) process.stderr.write(`Locked ${y}: wrote ${result.file} in ${args.options.dataDir}\n`);
  return exitWith(0);
});
