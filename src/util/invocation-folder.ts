// The folder the user ran a command from. npm runs a script in the project's folder and says
// where it was started in INIT_CWD; without npm, the working folder. Relative --data, --out and
// --site are resolved against it (issue 11).

import path from 'node:path';

export function invocationFolder(env: NodeJS.ProcessEnv = process.env): string {
  const init = env['INIT_CWD'];
  return init !== undefined && init !== '' && path.isAbsolute(init) ? init : process.cwd();
}
