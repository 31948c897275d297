// `npm run build [-- --data DIR --out DIR --quiet]`: read → compute → protect → render → verify
// → publish. Exit 0 when built (warnings allowed), 1 when the data has errors, 2 for a wrong
// command line or an output or data folder that may not or cannot be used (site.md "Commands").

import { buildCommand } from './build-command.ts';
import { runMain } from './report.ts';

// Eleventy renders once in this process: its import-cache buster for the live server's reloads
// (a module loader hook on a thread of its own, which every later import then waits for) is not
// needed. Read when Eleventy is first imported, which the build does only after this line.
process.env['ELEVENTY_SKIP_ESM_RESOLVER'] ??= '1';

await runMain(() => buildCommand(process.argv.slice(2)));
