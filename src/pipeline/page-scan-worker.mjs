// Entry point of the page-scan worker thread (page-scan.ts) when the tool runs from its sources:
// Node 20 does not pass tsx's loader on to workers, so this plain-JavaScript file registers it
// before it loads the TypeScript worker. (Run from the bundle, the worker is the bundle's own.)
import { register } from 'tsx/esm/api';

register();
await import('./page-scan-worker.ts');
