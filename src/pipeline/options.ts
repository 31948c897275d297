// What a command asks of a run (parsed by cli/args.ts), and the moments of a build a test may
// stop it at: the pipeline's inputs, so that the pipeline needs nothing from cli/.

export interface CommandOptions {
  /** Absolute path of the data folder (default `data`). */
  readonly dataDir: string;
  /** Absolute path of the output folder (default `_site`). */
  readonly outDir: string;
  /** No progress lines. */
  readonly quiet: boolean;
  /** Build the draft years too (`npm run build -- --drafts`); without it a build leaves them out. */
  readonly drafts?: boolean;
  /** The path the site is published under, `/csr/` (`npm run build -- --base-path /csr/`);
   * absent: every address relative to its page, so the site works under any path and from disk. */
  readonly basePath?: string;
  /** Print the whole report of every non-draft year and language to PDF (`npm run build -- --pdf`). */
  readonly pdf?: boolean;
}

/** The moments of a build where a test may stop it to kill it (test/e2e/atomic-kill.test.ts). */
export type PausePoint = 'after-render' | 'before-swap' | 'between-renames';

/** Injected by a test only (test/e2e/paused-build.ts); a build of the tool passes none. */
export interface BuildHooks {
  /** Awaited at each point of a build; the build carries on when it resolves. */
  readonly pause?: (point: PausePoint) => Promise<void>;
}
