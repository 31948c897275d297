// `npm run build [-- --data DIR --out DIR --quiet]`: read → compute → protect → render → verify
// → publish. Exit 0 when built (warnings allowed), 1 when the data has errors, 2 for a wrong
// command line or an output or data folder that may not or cannot be used (site.md "Commands").

import { buildCommand } from './build-command.ts';
import { runMain } from './report.ts';

await runMain(() => buildCommand(process.argv.slice(2)));
