// `npm run verify`: rebuilds a data folder into a temporary folder and compares the result with a
// published site byte for byte (site.md "Commands"), and the inputs the site's manifest lists
// with those of the data folder now. What an auditor runs to see that a site is what the data
// and the pinned tool give.

import { mkdtemp, readFile, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import { MANIFEST_PATH } from '../publish/manifest.ts';
import { listFiles } from '../util/list-files.ts';
import { fileHash } from '../util/file-hash.ts';
import { runBuild } from './build.ts';

export interface SiteComparison {
  /** Files with the same bytes in the site and the rebuild. */
  readonly identical: number;
  /** Site paths (forward slashes) whose bytes differ. */
  readonly differ: readonly string[];
  /** In the rebuild, not in the site. */
  readonly missing: readonly string[];
  /** In the site, not in the rebuild. */
  readonly extra: readonly string[];
}

export interface InputChanges {
  /** Inputs whose SHA-256 is not the one the site's manifest records. */
  readonly changed: readonly string[];
  /** Inputs the manifest lists that the data folder no longer has. */
  readonly missing: readonly string[];
  /** Inputs of the data folder that the manifest does not list. */
  readonly added: readonly string[];
}

export type VerifyResult =
  | { readonly kind: 'no-manifest'; readonly message: string }
  | { readonly kind: 'build-failed'; readonly diagnostics: readonly Diagnostic[] }
  | {
    readonly kind: 'compared';
    /** True when every file is identical and no input changed. */
    readonly ok: boolean;
    readonly files: SiteComparison;
    readonly inputs: InputChanges;
    readonly diagnostics: readonly Diagnostic[];
  };

interface ManifestInputs {
  readonly inputs: readonly { readonly path: string; readonly sha256: string }[];
}

/** The inputs of a site's downloads/manifest.json; null when there is none or it is not one. */
async function manifestInputs(siteDir: string): Promise<ManifestInputs | null> {
  try {
    const parsed = JSON.parse(await readFile(path.join(siteDir, MANIFEST_PATH), 'utf8')) as unknown;
    if (typeof parsed !== 'object' || parsed === null) return null;
    const inputs = (parsed as { inputs?: unknown }).inputs;
    if (!Array.isArray(inputs)) return null;
    const list = inputs.filter((i): i is { path: string; sha256: string } =>
      typeof i === 'object' && i !== null && typeof (i as { path?: unknown }).path === 'string' && typeof (i as { sha256?: unknown }).sha256 === 'string');
    return { inputs: list.map((i) => ({ path: i.path, sha256: i.sha256 })) };
  } catch {
    return null;
  }
}

async function sameBytes(a: string, b: string): Promise<boolean> {
  const [sa, sb] = await Promise.all([stat(a), stat(b)]);
  if (sa.size !== sb.size) return false;
  const [ha, hb] = await Promise.all([fileHash(a), fileHash(b)]);
  return ha.sha256 === hb.sha256;
}

/** Compares two site folders file by file (every regular file, by relative path). */
export async function compareSites(siteDir: string, rebuiltDir: string): Promise<SiteComparison> {
  const site = await listFiles(siteDir);
  const rebuilt = await listFiles(rebuiltDir);
  const inRebuild = new Set(rebuilt);
  const inSite = new Set(site);
  const differ: string[] = [];
  let identical = 0;
  for (const file of site) {
    if (!inRebuild.has(file)) continue;
    if (await sameBytes(path.join(siteDir, ...file.split('/')), path.join(rebuiltDir, ...file.split('/')))) identical += 1;
    else differ.push(file);
  }
  return {
    identical,
    differ,
    missing: rebuilt.filter((f) => !inSite.has(f)),
    extra: site.filter((f) => !inRebuild.has(f)),
  };
}

function compareInputs(published: ManifestInputs, rebuilt: ManifestInputs): InputChanges {
  const now = new Map(rebuilt.inputs.map((i) => [i.path, i.sha256]));
  const then = new Set(published.inputs.map((i) => i.path));
  return {
    changed: published.inputs.filter((i) => now.has(i.path) && now.get(i.path) !== i.sha256).map((i) => i.path),
    missing: published.inputs.filter((i) => !now.has(i.path)).map((i) => i.path),
    added: rebuilt.inputs.filter((i) => !then.has(i.path)).map((i) => i.path),
  };
}

/**
 * Rebuilds `dataDir` into a folder of the system's temp folder (removed afterwards) and compares
 * it with the site in `siteDir`. Both paths absolute.
 */
export async function verifySite(dataDir: string, siteDir: string): Promise<VerifyResult> {
  const published = await manifestInputs(siteDir);
  if (published === null) {
    return { kind: 'no-manifest', message: `${siteDir} has no readable ${MANIFEST_PATH}: give the folder of a site this tool built with --site DIR` };
  }
  const work = await mkdtemp(path.join(tmpdir(), 'csr-verify-'));
  try {
    const outDir = path.join(work, 'site');
    const result = await runBuild({ dataDir, outDir, quiet: true });
    if (!result.ok) return { kind: 'build-failed', diagnostics: result.diagnostics };
    const files = await compareSites(siteDir, outDir);
    const inputs = compareInputs(published, (await manifestInputs(outDir)) ?? { inputs: [] });
    const ok = files.differ.length === 0 && files.missing.length === 0 && files.extra.length === 0
      && inputs.changed.length === 0 && inputs.missing.length === 0 && inputs.added.length === 0;
    return { kind: 'compared', ok, files, inputs, diagnostics: result.diagnostics };
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** The lines `npm run verify` prints for a comparison (stdout). */
export function comparisonLines(result: Extract<VerifyResult, { kind: 'compared' }>): string[] {
  const { files, inputs } = result;
  if (result.ok) return [`The site matches a rebuild of the data: ${files.identical} files identical`];
  return [
    ...files.differ.map((f) => `differs: ${f}`),
    ...files.missing.map((f) => `missing from the site: ${f}`),
    ...files.extra.map((f) => `not in the rebuild: ${f}`),
    ...inputs.changed.map((f) => `input changed since the site was built: ${f}`),
    ...inputs.missing.map((f) => `input missing from the data folder: ${f}`),
    ...inputs.added.map((f) => `input not in the site's manifest: ${f}`),
    `${files.identical} files identical, ${files.differ.length} differ, ${files.missing.length} missing from the site, ${files.extra.length} not in the rebuild`,
  ];
}
