// Entry point of a worker thread when the tool runs from its TypeScript sources (util/compiled.ts
// startWorker): Node 20 does not pass tsx's loader on to workers, so this plain-JavaScript file
// registers it, then loads the worker's source, whose URL is its last argument.
import { register } from 'tsx/esm/api';

register();
await import(process.argv[process.argv.length - 1]);
