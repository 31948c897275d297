// The output scan of the pages, started while Eleventy renders them (issue 12, "no slower"):
// each page is handed, as it is written, to a worker thread that scans it on the core Eleventy
// leaves idle. The build's output scan (pipeline/build.ts) then takes a page as scanned only when
// the file in the site has exactly the bytes the worker scanned (their SHA-256), as it takes the
// verdicts of earlier builds (scan-cache.ts); any other page, and every page when the worker
// fails, is scanned there as before. So the early scan can only save work, never skip a check.

import type { Worker } from 'node:worker_threads';
import type { PrivateInputValues } from '../verify/scan.ts';
import { startWorker } from '../util/compiled.ts';
import type { PageScanned, PageToScan } from './page-scan-worker.ts';

export interface EarlyPageScan {
  /** Hands over a page as written: its site path (`en/index.html`) and HTML. */
  page(file: string, html: string): void;
  /** The SHA-256 of every page the worker scanned clean, once it has answered for all of them; the worker then ends. */
  finish(): Promise<ReadonlySet<string>>;
  /** Ends the worker without waiting (a build that stopped). */
  stop(): Promise<void>;
}

/** The early scan of the pages; its worker starts with the first page handed over (a build whose
 * site was kept whole renders none, and starts none). */
export function pageScan(secrets: PrivateInputValues): EarlyPageScan {
  const clean = new Set<string>();
  let worker: Worker | null = null;
  let sent = 0;
  let answered = 0;
  let failed = false;
  let allAnswered: (() => void) | null = null;
  const settle = (): void => {
    if ((failed || answered === sent) && allAnswered !== null) allAnswered();
  };
  // A worker that fails (or ends) answers for no more pages: the build scans them itself.
  const giveUp = (): void => {
    failed = true;
    settle();
  };
  const start = (): Worker => {
    const w = startWorker('page-scan-worker', new URL('./page-scan-worker.ts', import.meta.url), { workerData: secrets });
    w.on('message', (m: PageScanned) => {
      answered++;
      if (m.clean) clean.add(m.sha256);
      settle();
    });
    w.on('error', giveUp);
    w.on('exit', giveUp);
    return w;
  };
  return {
    page(file, html) {
      if (failed) return;
      sent++;
      (worker ??= start()).postMessage({ file, html } satisfies PageToScan);
    },
    async finish() {
      await new Promise<void>((resolve) => {
        allAnswered = resolve;
        settle();
      });
      await worker?.terminate();
      return clean;
    },
    async stop() {
      await worker?.terminate();
    },
  };
}
