// The one recursive listing of a folder (the site for the manifest, the output scan and its
// verdicts; the fuzzing corpus): every regular file, links not followed.

import { readdir } from 'node:fs/promises';
import path from 'node:path';

/**
 * Every regular file under `root`, as forward-slash paths relative to it, sorted (code-unit
 * order). An entry that is neither a file nor a folder (a link, a FIFO) is left out after
 * `onOther` is told of it; `onOther` may throw to stop the listing (fail closed).
 */
export async function listFiles(root: string, onOther: (relative: string) => void = () => undefined): Promise<string[]> {
  const found: string[] = [];
  async function walk(relative: string): Promise<void> {
    for (const entry of await readdir(path.join(root, relative), { withFileTypes: true })) {
      const rel = relative === '' ? entry.name : `${relative}/${entry.name}`;
      if (entry.isDirectory()) await walk(rel);
      else if (entry.isFile()) found.push(rel);
      else onOther(rel);
    }
  }
  await walk('');
  return found.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
}
