// The worker thread of the build's early page scan (page-scan.ts): scans each page it is sent as
// the output scan reads the file (verify/scan.ts scanFile, on the page's UTF-8 bytes), and
// answers, in order, with the SHA-256 of those bytes and whether the scan found nothing.

import { createHash } from 'node:crypto';
import { parentPort, workerData } from 'node:worker_threads';
import { scanFile } from '../verify/scan.ts';
import type { PrivateInputValues } from '../verify/scan.ts';

export interface PageToScan {
  /** The page's site path (`en/index.html`). */
  readonly file: string;
  readonly html: string;
}

export interface PageScanned {
  readonly sha256: string;
  /** True only when the scan ran and found nothing. */
  readonly clean: boolean;
}

const port = parentPort;
// The private values, cloned once into this thread (the scan indexes them once, by the set).
const secrets = workerData as PrivateInputValues;
if (port !== null) {
  port.on('message', ({ file, html }: PageToScan) => {
    const bytes = Buffer.from(html, 'utf8');
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    let clean = false;
    try {
      clean = scanFile(file, bytes, secrets).length === 0;
    } catch {
      // Not clean: the build's own scan reads the file again and says what is wrong.
    }
    port.postMessage({ sha256, clean } satisfies PageScanned);
  });
}
