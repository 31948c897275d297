// `npm start [-- --data DIR --port N --host ADDRESS --quiet]`: the live preview
// (src/pipeline/serve.ts). Exit 2 for a wrong command line or a port or address that cannot be
// used; otherwise it runs until Ctrl+C.

import { parseArgs } from 'node:util';
import { stat } from 'node:fs/promises';
import net from 'node:net';
import path from 'node:path';
import { defaultCacheDir } from '../pipeline/store.ts';
import { DEFAULT_HOST, DevServerStartError, startDevServer } from '../pipeline/serve.ts';
import { exitWith, runMain } from './report.ts';
import { invocationFolder } from '../util/invocation-folder.ts';

const USAGE = 'usage: npm start -- [--data DIR] [--port N] [--host ADDRESS] [--quiet]';
const HELP = `${USAGE}
Serves a live preview of the report at http://127.0.0.1:8080/ (or the port given). Every saved
change to the data folder (default data/) or to templates/ shows in the browser at once; data
errors are printed here and shown in a banner on the page. Ctrl+C stops it.
The preview is for this computer only: it shows data that is not published yet. --host 0.0.0.0
lets other computers on the network open it too (with a warning). A page that holds a CPR
number, an e-mail address or an employee_id of the data is not shown, as the build would refuse it.
`;


await runMain(async () => {
  let values;
  try {
    ({ values } = parseArgs({
      args: process.argv.slice(2),
      options: {
        data: { type: 'string' },
        port: { type: 'string' },
        host: { type: 'string' },
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
  const host = values.host ?? DEFAULT_HOST;
  if (host !== 'localhost' && net.isIP(host.replace(/^\[(.*)\]$/, '$1')) === 0) {
    process.stderr.write(`error: --host must be an IP address of this computer, e.g. --host 127.0.0.1 (the default) or --host 0.0.0.0 for every network\n${USAGE}\n`);
    return exitWith(2);
  }
  if (values.data === '') {
    process.stderr.write(`error: --data needs a folder\n${USAGE}\n`);
    return exitWith(2);
  }
  // Relative to the folder the user ran npm from (INIT_CWD), not the tool's folder npm runs in.
  const dataDir = path.resolve(invocationFolder(), values.data ?? 'data');
  const folder = await stat(dataDir).catch(() => null);
  if (folder === null || !folder.isDirectory()) {
    process.stderr.write(`error: the data folder ${dataDir} does not exist; give it with --data DIR\n${USAGE}\n`);
    return exitWith(2);
  }

  let server;
  try {
    server = await startDevServer({ dataDir, port, host: host.replace(/^\[(.*)\]$/, '$1'), quiet: values.quiet, cacheDir: defaultCacheDir() });
  } catch (error) {
    if (!(error instanceof DevServerStartError)) throw error;
    process.stderr.write(`error: ${error.message}\n`);
    return exitWith(2);
  }
  const stop = (): void => {
    void server.close().then(() => process.exit(0));
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
});
