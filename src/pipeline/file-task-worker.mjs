// Entry point of a file-task worker thread: Node 20 does not pass tsx's loader on to workers,
// so this plain-JavaScript file registers it before it loads the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./file-task-worker.ts');
