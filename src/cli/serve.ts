// `npm start [-- --data DIR --port N --quiet]`: the live preview (src/pipeline/serve.ts).
// Exit 2 for a wrong command line; otherwise it runs until Ctrl+C.

import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import path from 'node:path';
import { defaultCacheDir } from '../pipeline/cache.ts';
import { startDevServer } from '../pipeline/serve.ts';
import { exitWith, runMain } from './report.ts';

const USAGE = 'usage: npm start -- [--data DIR] [--port N] [--quiet]';
const HELP = `${USAGE}
Serves a live preview of the report at http://localhost:8080/ (or the port given). Every saved
change to the data folder (default data/) or to templates/ shows in the browser at once; data
errors are printed here and shown in a banner on the page. Ctrl+C stops it.
`;

await runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }));
  } catch (error) {
    process.stderr.write(`error: ${error instanceof Error ? error.message : String(error)}\n${USAGE}\n`);
    return exitWith(2);
  }
  if (values.help) {
    process.stdout.write(HELP);
    return exitWith(0);
  }
  const portText = values.port ?? '8080';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 0 && port <= 65535)) {
    process.stderr.write(`error: --port must be a number from 0 to 65535, e.g. --port 8080\n${USAGE}\n`);
    return exitWith(2);
  }
  if (values.data === '') {
    process.stderr.write(`error: --data needs a folder\n${USAGE}\n`);
    return exitWith(2);
  }
  const dataDir = path.resolve(values.data ?? 'data');
  const folder = await stat(dataDir).catch(() => null);
  if (folder === null || !folder.isDirectory()) {
    process.stderr.write(`error: the data folder ${dataDir} does not exist; give it with --data DIR\n${USAGE}\n`);
    return exitWith(2);
  }

  const server = await startDevServer({ dataDir, port, quiet: values.quiet, cacheDir: defaultCacheDir() });
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
