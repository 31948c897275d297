// downloads/manifest.json and downloads/SHA256SUMS (site.md "Downloads"): the tool, every input
// file and every file of the built site with its size and SHA-256, so that an auditor can check
// the site with `sha256sum -c downloads/SHA256SUMS` from the site root and rebuild it byte for byte.

import { lstat, mkdir, open, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { InputFileInfo, ToolInfo } from '../model/site.ts';
import { fileHash } from '../util/file-hash.ts';
import { listFiles } from '../util/list-files.ts';

export const MANIFEST_PATH = 'downloads/manifest.json';
export const SHA256SUMS_PATH = 'downloads/SHA256SUMS';
/** Every input file, path relative to the data folder: `cd DATA && sha256sum -c SITE/downloads/INPUTS.sha256`. */
export const INPUTS_SUMS_PATH = 'downloads/INPUTS.sha256';

export interface OutputFileInfo {
  /** Relative to the site root, forward slashes. */
  readonly path: string;
  readonly bytes: number;
  readonly sha256: string;
}

export interface Manifest {
  readonly tool: ToolInfo;
  readonly inputs: readonly InputFileInfo[];
  readonly outputs: readonly OutputFileInfo[];
}

/**
 * The name of the tool that made the site in `siteDir`, read from the head of its
 * downloads/manifest.json (the mark of a site this tool made, which a build may replace); null
 * when there is no such regular file or it does not start as a manifest does. Reads a few hundred
 * bytes, whatever the file's size.
 */
export async function siteMadeBy(siteDir: string): Promise<string | null> {
  const folder = await lstat(join(siteDir, 'downloads')).catch(() => null);
  if (folder === null || !folder.isDirectory()) return null;
  const file = join(siteDir, MANIFEST_PATH);
  const info = await lstat(file).catch(() => null);
  if (info === null || !info.isFile()) return null;
  const handle = await open(file, 'r').catch(() => null);
  if (handle === null) return null;
  try {
    const head = Buffer.alloc(512);
    const { bytesRead } = await handle.read(head, 0, head.length, 0);
    const match = /^\{\s*"tool"\s*:\s*\{\s*"name"\s*:\s*"([^"\\]{1,200})"/.exec(head.subarray(0, bytesRead).toString('utf8'));
    return match?.[1] ?? null;
  } finally {
    await handle.close();
  }
}

function byPath(a: { readonly path: string }, b: { readonly path: string }): number {
  return a.path < b.path ? -1 : a.path > b.path ? 1 : 0;
}

/** Size and SHA-256 of a file of the site. */
export async function describeFile(root: string, path: string): Promise<OutputFileInfo> {
  return { path, ...(await fileHash(join(root, path))) };
}

/**
 * A file's size and SHA-256 as its writer recorded them while writing it (the ledgers: about
 * 100 MB a year, not read again), when its size still agrees; else read from disk.
 */
async function knownOrDescribed(root: string, path: string, known: { readonly bytes: number; readonly sha256: string } | undefined): Promise<OutputFileInfo> {
  if (known !== undefined) {
    const size = await stat(join(root, path)).then((s) => s.size, () => -1);
    if (size === known.bytes) return { path, bytes: known.bytes, sha256: known.sha256 };
  }
  return describeFile(root, path);
}

/**
 * One line of a `sha256sum` check file. A name holding a backslash, newline or carriage return
 * is escaped the way GNU coreutils writes it (a leading backslash marks the line).
 */
export function sha256sumLine(sha256: string, path: string): string {
  if (!/[\\\n\r]/.test(path)) return `${sha256}  ${path}\n`;
  const escaped = path.replace(/\\/g, '\\\\').replace(/\n/g, '\\n').replace(/\r/g, '\\r');
  return `\\${sha256}  ${escaped}\n`;
}

export function manifestJson(manifest: Manifest): string {
  const plain = {
    tool: {
      name: manifest.tool.name, version: manifest.tool.version, commit: manifest.tool.commit,
      lockfileSha256: manifest.tool.lockfileSha256, node: manifest.tool.node, icu: manifest.tool.icu,
    },
    inputs: [...manifest.inputs].sort(byPath)
      .map((i) => ({ path: i.path, bytes: i.bytes, sha256: i.sha256, rows: i.rows })),
    outputs: [...manifest.outputs].sort(byPath)
      .map((o) => ({ path: o.path, bytes: o.bytes, sha256: o.sha256 })),
  };
  return `${JSON.stringify(plain, null, 2)}\n`;
}

/** downloads/INPUTS.sha256: every input file by its path in the data folder, sorted, for `sha256sum -c`. */
export function inputsSha256(inputs: readonly InputFileInfo[]): string {
  return [...inputs].sort(byPath).map((i) => sha256sumLine(i.sha256, i.path)).join('');
}

/**
 * Writes downloads/INPUTS.sha256 (the inputs), downloads/manifest.json (every file of the site
 * except itself and SHA256SUMS) and then downloads/SHA256SUMS (those files and manifest.json).
 * Call it last, on the complete site.
 * `known`: size and SHA-256 of files written by this build that recorded them (by site path).
 */
export async function writeManifest(
  siteDir: string,
  tool: ToolInfo,
  inputs: readonly InputFileInfo[],
  known: ReadonlyMap<string, { readonly bytes: number; readonly sha256: string }> = new Map(),
): Promise<void> {
  await mkdir(join(siteDir, 'downloads'), { recursive: true });
  await writeFile(join(siteDir, INPUTS_SUMS_PATH), inputsSha256(inputs), 'utf8');
  const paths = (await listFiles(siteDir)).filter((p) => p !== MANIFEST_PATH && p !== SHA256SUMS_PATH);
  // All at once (each a stat, or a hash for the few files no earlier step hashed), in the list's order.
  const outputs: OutputFileInfo[] = await Promise.all(paths.map((path) => knownOrDescribed(siteDir, path, known.get(path))));

  await mkdir(join(siteDir, 'downloads'), { recursive: true });
  await writeFile(join(siteDir, MANIFEST_PATH), manifestJson({ tool, inputs, outputs }), 'utf8');

  const checked = [...outputs, await describeFile(siteDir, MANIFEST_PATH)].sort(byPath);
  const sums = checked.map((o) => sha256sumLine(o.sha256, o.path)).join('');
  await writeFile(join(siteDir, SHA256SUMS_PATH), sums, 'utf8');
}
