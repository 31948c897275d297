// One build, start to finish: read → validate → compute → protect (prepare.ts), render
// (render/), downloads (publish/), verify (verify/), publish (the atomic swap).

import os from 'node:os';
import path from 'node:path';
import type { Diagnostic } from '../model/diagnostics.ts';
import { sortDiagnostics } from '../model/diagnostics.ts';
import type { BuildHooks, CommandOptions } from './options.ts';
import { prepareReport } from './prepare.ts';
import { cacheGroupOf, codeFingerprint, defaultCacheDir, Store } from './store.ts';
import { pruneCache } from './store-prune.ts';
import { ledgerCache } from './ledger-cache.ts';
import { pageStore } from './page-store.ts';
import { placeKeptSite, siteKeys } from '../render/kept-site.ts';
import type { RenderOptions } from '../render/kept-site.ts';
import { PROJECT_ROOT, TOOL } from './tool.ts';
import { stderrProgress } from './progress.ts';
import { scanVerdicts } from './scan-cache.ts';
import type { ScanVerdicts } from './scan-cache.ts';
import { OutputFolderRefused, claimOutputFolder, createStaging, discardStaging, recoverInterruptedSwap, swapIn } from '../publish/atomic.ts';
import type { Staging } from '../publish/atomic.ts';
import { invocationFolder } from '../util/invocation-folder.ts';
import { writeDownloads, LedgerFiles } from '../publish/write-downloads.ts';
import { writeManifest } from '../publish/manifest.ts';
import { SEARCH_FOLDER, SearchFeed, startSearchIndex } from './search-index.ts';
import type { SearchIndexRun } from './search-index.ts';
import { printJobs, printReports } from './pdf.ts';
import { vsmeIdentifierWarning } from '../publish/vsme-json.ts';
import { OutputNotScannable, scanOutput, describeFinding } from '../verify/scan.ts';
import type { ScanFinding } from '../verify/scan.ts';

export interface BuildResult {
  readonly ok: boolean;
  readonly diagnostics: readonly Diagnostic[];
  readonly outDir: string;
  /** Set when the output folder may not or cannot be used: one line for the person (exit 2);
   * nothing was written. */
  readonly refused?: string;
  /** The draft years left out of the site (built without --drafts). */
  readonly draftsLeftOut?: readonly number[];
}

/** Called as each step of a build ends, with its wall time (the benchmark's breakdown). */
export type PhaseTimer = (phase: BuildPhase, ms: number) => void;

export type BuildPhase = 'prepare' | 'render' | 'downloads' | 'scan' | 'manifest' | 'swap';

export async function runBuild(options: CommandOptions, onPhase: PhaseTimer = () => undefined, hooks: BuildHooks = {}): Promise<BuildResult> {
  const { dataDir, outDir } = options;
  const pause = hooks.pause ?? (async () => undefined);
  let last = performance.now();
  const phase = (name: BuildPhase): void => {
    const now = performance.now();
    onPhase(name, now - last);
    last = now;
  };
  // Only the tool's own output is replaced (publish/atomic.ts): checked before anything is written.
  let staging: Staging;
  try {
    await claimOutputFolder(outDir, {
      toolName: TOOL.name,
      dataDir,
      keep: [
        { folder: invocationFolder(), what: 'the folder you ran the command from' },
        { folder: process.cwd(), what: 'the folder the command runs in' },
        { folder: PROJECT_ROOT, what: 'the folder of this tool' },
        { folder: os.homedir(), what: 'your home folder' },
      ],
    });
    await recoverInterruptedSwap(outDir, TOOL.name);
    staging = await createStaging(outDir);
  } catch (error) {
    if (!(error instanceof OutputFolderRefused)) throw error;
    // Nothing is written; the data is still read, so that a person sees every problem of the
    // run at once (a data error is exit 1 whatever the output folder, as `npm run check` says).
    const checked = await prepareReport(dataDir, { progress: stderrProgress(options.quiet), drafts: options.drafts === true });
    return { ok: false, diagnostics: checked.diagnostics, outDir, refused: error.message };
  }
  const site = staging.site;
  let search: SearchIndexRun | null = null;
  let searchFeed: SearchFeed | null = null;
  // Work begun before the scan ended: the manifest's writing, the pages' keeping.
  const ahead: { manifest: Settled | null; pagesKept: Settled | null } = { manifest: null, pagesKept: null };
  try {
    // The one cache (store.ts): file results, ledgers, pages and scan verdicts, all of this data folder's.
    const cacheDir = defaultCacheDir();
    const store = cacheDir === null ? null : Store.of(cacheDir, dataDir);
    // The renderer (Eleventy: some 300 modules) loads while the data is read, unless a site was
    // kept by an earlier build: then the pages most likely come from the store (placeKeptSite)
    // and Eleventy is not needed at all. Awaited only once the data is good (a rejection is
    // handled there).
    let renderer: Promise<typeof import('../render/eleventy.ts')> | null = store !== null && (await store.holdsAny('site')) ? null : import('../render/eleventy.ts');
    renderer?.catch(() => undefined);
    const keptLedgers = store === null ? null : ledgerCache(store);
    const ledgers = new LedgerFiles(site, { assembled: keptLedgers });
    const prepared = await prepareReport(dataDir, {
      ledgerFor: (year) => ledgers.forYear(year),
      sourceDateEpoch: process.env.SOURCE_DATE_EPOCH,
      cacheDir,
      // One build per process: results are not kept in memory for a next call (the live server's).
      memoryCache: null,
      progress: stderrProgress(options.quiet),
      // Draft years stay private unless asked for (npm run build -- --drafts).
      drafts: options.drafts === true,
    });
    for (const year of prepared.ok ? prepared.model.years : []) ledgers.ensure(year.year);
    await ledgers.closeAll();
    // The ledgers kept for the next build: the unused ones pruned, or (bad data) the copies awaited.
    if (prepared.ok) await keptLedgers?.prune();
    else await keptLedgers?.settle();
    phase('prepare');
    if (!prepared.ok) {
      await discardStaging(staging);
      return { ok: false, diagnostics: prepared.diagnostics, outDir };
    }
    // With --pdf the whole-report pages link to their PDFs.
    const model = options.pdf === true ? { ...prepared.model, pdfs: true } : prepared.model;
    // Rendered pages are kept in the cache only once the output scan passed (issue 11).
    let keepPages: (() => Promise<void>) | null = null;
    const rendering: RenderOptions = store === null ? { basePath: options.basePath ?? null } : {
      basePath: options.basePath ?? null,
      pageCache: {
        entries: pageStore(store),
        code: `${TOOL.name}@${TOOL.version} ${codeFingerprint()}`,
        deferKeep: (keep) => {
          keepPages = keep;
        },
      },
    };
    // The private values the output scan looks for (site.md): every employee_id, and the e-mail
    // addresses of the input CSV files, found by the file tasks (a narrative may name the
    // organisation's own contact address, which is published on purpose).
    const secrets = { employeeIds: prepared.privateValues.employeeIds, emails: prepared.privateValues.emails };
    // The search index (Pagefind, a process of its own) is fed the pages as they are rendered.
    const feed = (searchFeed = new SearchFeed(site));
    // The site of this very model kept whole: placed without Eleventy; else rendered, each page
    // handed to the search index as Eleventy writes it.
    const keys = rendering.pageCache === undefined ? undefined : siteKeys(model, rendering.pageCache, rendering.basePath ?? null);
    const pages = (await placeKeptSite(model, site, rendering, keys))
      ?? (await (await (renderer ??= import('../render/eleventy.ts'))).renderSite(model, site, {
        ...rendering,
        onPagesPlanned: (files, placed) => feed.plan(files, placed),
        onPageWritten: (file, html) => feed.page(file, html),
      }, keys));
    phase('render');
    // The search index is completed beside the site (or taken from the store) while the downloads
    // are written and the site is scanned; then it is scanned too and moved in, so that the
    // manifest lists it and it is swapped in with the site.
    search = startSearchIndex(site, path.join(staging.dir, SEARCH_FOLDER), store, pages, feed);
    await writeDownloads(model, site);
    // The whole report of every year and language as PDF (--pdf): in the staging folder before
    // the output scan, so that the manifest and its checksums cover them.
    if (options.pdf === true) await printReports(site, printJobs(model), process.env.SOURCE_DATE_EPOCH, options.basePath ?? null);
    phase('downloads');
    await pause('after-render');

    // The ledgers were scanned cell by cell as they were written (ledger-scan.ts): those that
    // cannot hold any of the private values are not read again, nor are files scanned clean by
    // an earlier build with the same bytes and values (scan-cache.ts). The pages are scanned here,
    // while Pagefind, which has had them as they were rendered, ends its index: the two cores are
    // busy during the render (Eleventy, Pagefind), and this thread is idle while Pagefind ends.
    const known = new Map([...ledgers.written(), ...pages]);
    // The scan of the files the verdicts do not clear: the whole site's, or the files of one folder
    // that joined a site scanned already (`under`); a file it cannot read stops it.
    const scan = (verdicts: ScanVerdicts, under?: string): Promise<ScanFinding[] | OutputNotScannable> =>
      scanOutput(site, secrets, new Set([...ledgers.cleanFor(secrets), ...verdicts.clean]), under).catch((error: unknown) => {
        if (error instanceof OutputNotScannable) return error;
        throw error;
      });
    // The rendered pages go to the cache (deferred by the renderer until they are found clean).
    const keepRenderedPages = (): Settled => settled((keepPages as (() => Promise<void>) | null)?.());
    let verdicts = await scanVerdicts(site, secrets, store, known);
    let scanned = await scan(verdicts);
    // Pages the scan found clean are kept in the cache while Pagefind ends (the next build may
    // take them whatever the index's scan finds).
    if (Array.isArray(scanned) && scanned.length === 0) ahead.pagesKept = keepRenderedPages();
    // Pagefind ends before anything else happens to the staging folder. A failed index stops the
    // build, unless the pages' scan already did: its findings are what the person must see.
    const indexFailure = await search.done.then(() => null, (error: unknown) => ({ error }));
    if (Array.isArray(scanned)) {
      const pageFindings = scanned;
      if (indexFailure !== null && pageFindings.length === 0) throw indexFailure.error;
      if (indexFailure === null) {
        // The index joins the pages and only its folder is scanned (the verdicts kept are not read
        // again, and the files they cover were scanned); every finding of the run is reported
        // together, in file order. The site being complete, its manifest is written meanwhile (a
        // failed scan discards it with the staging folder).
        await search.moveIn();
        verdicts = await verdicts.again(known);
        ahead.manifest = settled(writeManifest(site, model.tool, model.inputs, verdicts.hashes));
        scanned = await scan(verdicts, SEARCH_FOLDER);
        if (Array.isArray(scanned)) scanned = [...pageFindings, ...scanned].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
      }
    }
    await ahead.manifest?.done;
    phase('scan');
    if (scanned instanceof OutputNotScannable) {
      await discardStaging(staging);
      const shown = path.relative(process.cwd(), outDir) || outDir;
      const unscannable: Diagnostic = { severity: 'error', file: `${shown}/${scanned.file}`, line: 1, message: scanned.reason };
      return { ok: false, diagnostics: [...prepared.diagnostics, unscannable], outDir };
    }
    const findings = scanned;
    if (findings.length > 0) {
      await discardStaging(staging);
      // The ledgers kept in the cache may hold what the scan found: they are not kept.
      if (cacheDir !== null && store !== null) {
        await store.forget('ledger', 'all');
        await store.forget('file', 'blobs');
        await pruneCache(cacheDir, cacheGroupOf(dataDir));
      }
      const shown = path.relative(process.cwd(), outDir) || outDir;
      const diagnostics: Diagnostic[] = [
        ...prepared.diagnostics,
        ...findings.map((f): Diagnostic => ({ severity: 'error', file: `${shown}/${f.file}`, line: f.line, message: `this output file ${describeFinding(f.kind)}` })),
      ];
      return { ok: false, diagnostics, outDir };
    }
    // The scan passed: what the next build may take from the cache is kept (verdicts, the search
    // index; the pages were kept once their scan passed); none of these touches another's files.
    await Promise.all([
      verdicts.remember(),
      (ahead.pagesKept ?? keepRenderedPages()).outcome,
      search.keep(),
      (ahead.manifest ?? settled(writeManifest(site, model.tool, model.inputs, verdicts.hashes))).outcome,
    ]);
    phase('manifest');
    await pause('before-swap');
    await swapIn(staging, outDir, TOOL.name, { betweenRenames: () => pause('between-renames') });
    phase('swap');
    if (cacheDir !== null) await pruneCache(cacheDir, cacheGroupOf(dataDir));
    // No organisation.identifier: no vsme.json, and the build says so once (frameworks.md).
    const noVsme = vsmeIdentifierWarning(model);
    const diagnostics = noVsme === null ? prepared.diagnostics : sortDiagnostics([...prepared.diagnostics, noVsme]);
    return { ok: true, diagnostics, outDir, draftsLeftOut: prepared.draftsLeftOut ?? [] };
  } catch (error) {
    // The manifest's writing and the pages' keeping end before their folders go.
    await Promise.all([ahead.manifest?.done, ahead.pagesKept?.done]);
    // Pagefind ends before its folder goes.
    await search?.done.catch(() => undefined);
    if (search === null) await searchFeed?.discard();
    await discardStaging(staging);
    if (error instanceof OutputFolderRefused) return { ok: false, diagnostics: [], outDir, refused: error.message };
    throw error;
  }
}

/** Work begun ahead of the step that waits for it: `outcome` fails as the work does; `done`
 * resolves once the work has ended, either way (before its folder is discarded). */
interface Settled {
  readonly outcome: Promise<void>;
  readonly done: Promise<void>;
}

function settled(work: Promise<unknown> | undefined): Settled {
  const outcome = Promise.resolve(work).then(() => undefined);
  const done = outcome.catch(() => undefined);
  return { outcome, done };
}
