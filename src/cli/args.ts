// The command line of build, check and serve (site.md "Commands"), read with node:util parseArgs.
// A wrong command line exits with status 2 and says what is accepted.

import { parseArgs } from 'node:util';
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { invocationFolder } from '../util/invocation-folder.ts';
import type { CommandOptions } from '../pipeline/options.ts';
import { normaliseBasePath } from '../render/site-addresses.ts';

export type { CommandOptions };

export type ParsedArgs =
  | { readonly ok: true; readonly options: CommandOptions }
  | { readonly ok: false; readonly message: string }
  | { readonly ok: 'help' };

/** Options only some commands take: `drafts` for `npm run build -- --drafts`. */
export interface ExtraOptions {
  readonly drafts?: boolean;
  /** `npm run build -- --base-path /csr/`: the path the site is published under. */
  readonly basePath?: boolean;
  /** `npm run build -- --pdf`: the whole report of every year and language as PDF. */
  readonly pdf?: boolean;
}

/**
 * Reads the command line; relative --data and --out are those of `cwd`, by default the folder
 * the user ran `npm` from (INIT_CWD; npm itself runs the script in the tool's folder).
 */
export function parseCommandArgs(argv: readonly string[], usage: string, cwd = invocationFolder(), extra: ExtraOptions = {}): ParsedArgs {
  try {
    const { values } = parseArgs({
      args: [...argv],
      options: {
        data: { type: 'string' },
        out: { type: 'string' },
        quiet: { type: 'boolean', default: false },
        ...(extra.drafts ? { drafts: { type: 'boolean', default: false } } : {}),
        ...(extra.basePath ? { 'base-path': { type: 'string' } } : {}),
        ...(extra.pdf ? { pdf: { type: 'boolean', default: false } } : {}),
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    });
    if (values.help) return { ok: 'help' };
    if (values.data === '') return { ok: false, message: `--data needs a folder\n${usage}` };
    if (values.out === '') return { ok: false, message: `--out needs a folder\n${usage}` };
    const dataDir = path.resolve(cwd, values.data ?? 'data');
    const outDir = path.resolve(cwd, values.out ?? '_site');
    if (contains(outDir, dataDir) || contains(dataDir, outDir)) {
      return { ok: false, message: `--out ${outDir} and --data ${dataDir} overlap: the output folder is replaced on every build, so it must lie outside the data folder and not hold it\n${usage}` };
    }
    let options: CommandOptions = { dataDir, outDir, quiet: values.quiet ?? false };
    if (extra.drafts) options = { ...options, drafts: values['drafts'] === true };
    if (extra.pdf && values['pdf'] === true) options = { ...options, pdf: true };
    const basePath = values['base-path'];
    if (typeof basePath === 'string') {
      const base = normaliseBasePath(basePath);
      if (!base.ok) return { ok: false, message: `${base.message}\n${usage}` };
      options = { ...options, basePath: base.basePath };
    }
    return { ok: true, options };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, message: `${message}\n${usage}` };
  }
}

/** True when `inner` is `outer` or lies inside it. */
function contains(outer: string, inner: string): boolean {
  const rel = path.relative(outer, inner);
  return rel === '' || (rel !== '..' && !rel.startsWith(`..${path.sep}`) && !path.isAbsolute(rel));
}

/**
 * Why the data folder cannot be used (missing, a file, no permission to read it), as one line
 * for the person (exit 2); null when it can be read.
 */
export async function dataFolderProblem(dataDir: string): Promise<string | null> {
  const info = await stat(dataDir).catch((error: unknown) => error as NodeJS.ErrnoException);
  if (info instanceof Error) {
    if (info.code === 'ENOENT') return `the data folder ${dataDir} does not exist; give it with --data DIR`;
    if (info.code === 'ENOTDIR') return `the data folder ${dataDir} cannot be used: part of its path is a file, not a folder; give the folder with --data DIR`;
    if (info.code === 'EACCES' || info.code === 'EPERM') return `the data folder ${dataDir} cannot be read: there is no permission to open it`;
    return `the data folder ${dataDir} cannot be read (${info.code ?? info.message})`;
  }
  if (!info.isDirectory()) return `--data ${dataDir} is a file, not a folder; give the data folder with --data DIR`;
  try {
    await readdir(dataDir);
  } catch {
    return `the data folder ${dataDir} cannot be read: there is no permission to open it`;
  }
  return null;
}
