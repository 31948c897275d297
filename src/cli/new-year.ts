// `npm run new-year -- 2026 [--data DIR]`: starts a reporting year. Creates <data>/<year>/ with
// each CSV of the latest earlier year as its header line only, in the same encoding, delimiter,
// column names and line ending the organisation used; the narratives copied in every language;
// and a DRAFT file, so the year is shown by npm start as a preview and left out of npm run build
// (unless --drafts) until DRAFT is removed. Folders and files get the user's usual modes (umask),
// so colleagues on a shared drive can read them. Refuses to touch a year that exists.

import { parseArgs } from 'node:util';
import path from 'node:path';
import { exitWith, runMain } from './report.ts';
import { createYear } from '../pipeline/new-year.ts';
import { invocationFolder } from '../util/invocation-folder.ts';

const USAGE = 'usage: npm run new-year -- YEAR [--data DIR]';

await runMain(async () => {
  let parsed;
  try {
    parsed = parseArgs({ args: process.argv.slice(2), options: { data: { type: 'string' }, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return exitWith(2);
  }
  if (parsed.values.help) {
    process.stdout.write(`${USAGE}\n`);
    return exitWith(0);
  }
  const [yearText, ...rest] = parsed.positionals;
  if (yearText === undefined || rest.length > 0 || !/^\d{4}$/.test(yearText)) {
    process.stderr.write(`error: give the new reporting year as four digits, e.g. 2026\n${USAGE}\n`);
    return exitWith(2);
  }
  // Relative to the folder the user ran npm from (INIT_CWD), not the tool's folder npm runs in.
  const dataDir = path.resolve(invocationFolder(), parsed.values.data ?? 'data');
  const result = await createYear(dataDir, Number(yearText));
  if (!result.ok) {
    process.stderr.write(`error: ${result.message}\n`);
    return exitWith(result.exitCode);
  }
  for (const file of result.created) process.stderr.write(`created ${path.relative(invocationFolder(), path.join(dataDir, file)) || file}\n`);
  process.stderr.write(`${yearText} is a draft: npm start shows it with a draft banner; npm run build leaves it out (unless --drafts) until you delete ${yearText}/DRAFT.\n`
    + `Its CSV files hold only their header lines: add the year's rows (npm run check lists the files still empty).\n`);
  return exitWith(0);
});
