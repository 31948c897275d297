// Progress of long reads on standard error: the file, the rows so far and the rate. Quiet for
// small files (only a read that has run for a while is shown), plain lines every few seconds
// when stderr is not a terminal, one line rewritten in place when it is. A line never starts
// like a problem (`path:line: error`): it starts with "reading" or "read".

export interface FileProgress {
  /** Rows handed on so far. */
  rows(count: number): void;
  /** The file is done; `rows` is its final count (data rows). */
  done(rows: number): void;
}

export interface ProgressReporter {
  start(file: string): FileProgress;
  /** Stops the timer and clears a terminal line. */
  close(): void;
}

export const SILENT_PROGRESS: ProgressReporter = {
  start: () => ({ rows: () => undefined, done: () => undefined }),
  close: () => undefined,
};

export interface ProgressOptions {
  readonly write: (text: string) => void;
  /** Rewrite one line in place (a terminal) instead of printing plain lines. */
  readonly tty: boolean;
  /** A read is shown once it has run this long (ms). */
  readonly showAfterMs?: number;
  /** Between two plain lines (ms); a terminal line is redrawn more often. */
  readonly intervalMs?: number;
  readonly now?: () => number;
  /** Schedule the periodic report; returns a cancel function (tests drive `tick` themselves). */
  readonly schedule?: (tick: () => void, everyMs: number) => () => void;
}

const count = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });

interface Active {
  readonly file: string;
  readonly started: number;
  rows: number;
}

function rate(rows: number, ms: number): string {
  return ms <= 0 ? '' : `, ${count.format((rows * 1000) / ms)} rows/s`;
}

export class LineProgress implements ProgressReporter {
  readonly #o: Required<Omit<ProgressOptions, 'schedule'>>;
  readonly #active = new Set<Active>();
  readonly #cancel: () => void;
  #drawn = false;

  constructor(options: ProgressOptions) {
    this.#o = {
      write: options.write,
      tty: options.tty,
      showAfterMs: options.showAfterMs ?? 2000,
      intervalMs: options.intervalMs ?? (options.tty ? 250 : 5000),
      now: options.now ?? Date.now,
    };
    const schedule = options.schedule ?? ((tick, every) => {
      const timer = setInterval(tick, every);
      timer.unref();
      return () => clearInterval(timer);
    });
    this.#cancel = schedule(() => this.tick(), this.#o.intervalMs);
  }

  start(file: string): FileProgress {
    const a: Active = { file, started: this.#o.now(), rows: 0 };
    this.#active.add(a);
    return {
      rows: (n) => {
        a.rows = n;
      },
      done: (rows) => {
        this.#active.delete(a);
        const ms = this.#o.now() - a.started;
        if (ms < this.#o.showAfterMs) return;
        this.#clear();
        this.#o.write(`read ${a.file}: ${count.format(rows)} rows in ${(ms / 1000).toFixed(1)} s${rate(rows, ms)}\n`);
      },
    };
  }

  /** Reports the reads that have run long enough (called by the timer). */
  tick(): void {
    const now = this.#o.now();
    const shown = [...this.#active].filter((a) => now - a.started >= this.#o.showAfterMs);
    if (shown.length === 0) return;
    const parts = shown.map((a) => `reading ${a.file}: ${count.format(a.rows)} rows${rate(a.rows, now - a.started)}`);
    if (this.#o.tty) {
      this.#o.write(`\r\x1b[K${parts.join(' | ')}`);
      this.#drawn = true;
    } else {
      for (const p of parts) this.#o.write(`${p}\n`);
    }
  }

  #clear(): void {
    if (this.#drawn) this.#o.write('\r\x1b[K');
    this.#drawn = false;
  }

  close(): void {
    this.#cancel();
    this.#clear();
  }
}

/** Progress on process.stderr, or none when quiet. */
export function stderrProgress(quiet: boolean): ProgressReporter {
  if (quiet) return SILENT_PROGRESS;
  return new LineProgress({ write: (t) => process.stderr.write(t), tty: process.stderr.isTTY === true });
}
