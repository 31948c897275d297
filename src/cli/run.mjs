// The commands' entry point (package.json's scripts): `node src/cli/run.mjs <command> [args]`
// runs src/cli/<command>.ts from the tool's bundle (compile.mjs), made on the first run after an
// edit. Where no bundle can be made (esbuild missing, node_modules not writable) or with
// CSR_REPORT_COMPILED=off, the command runs from its TypeScript source under tsx, as before.
//
//   node src/cli/run.mjs build --data data --out _site

import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { COMMANDS, ENTRIES, importCompiled, toolBundle } from './compile.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

const [command, ...args] = process.argv.slice(2);
if (command === undefined || !COMMANDS.includes(command)) {
  process.stderr.write(`usage: node src/cli/run.mjs <${COMMANDS.join('|')}> [options]\n`);
  process.exitCode = 2;
} else {
  // The command reads its own arguments from process.argv, as when it is run directly.
  process.argv = [process.argv[0], path.join(ROOT, ENTRIES[command]), ...args];
  let dir = null;
  if (process.env.CSR_REPORT_COMPILED !== 'off') {
    try {
      dir = await toolBundle(ROOT);
    } catch (error) {
      if (process.env.CSR_DEBUG) process.stderr.write(`note: the tool could not be compiled, so it runs from its sources: ${error instanceof Error ? error.message : String(error)}\n`);
    }
  }
  if (dir !== null) {
    await importCompiled(dir, command);
  } else {
    const { register } = await import('tsx/esm/api');
    register();
    await import(pathToFileURL(path.join(ROOT, ENTRIES[command])).href);
  }
}
