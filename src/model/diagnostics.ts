// A problem found in the data, reported to the person who maintains it as
// `path:line: error: column X: message` (site.md, "Commands").

export type Severity = 'error' | 'warning';

export interface Diagnostic {
  readonly severity: Severity;
  /** Path relative to the data folder, with forward slashes (`2025/employees.csv`). */
  readonly file: string;
  /** Physical line where the record starts; 1 for the header and for problems of no row. */
  readonly line: number;
  /** The column named in the message text (`column fte: …`), when the problem has one. */
  readonly column?: string;
  /** What is wrong and what to write instead. Never repeats a personal value. */
  readonly message: string;
}

export function formatDiagnostic(d: Diagnostic): string {
  const column = d.column === undefined ? '' : `column ${d.column}: `;
  return `${d.file}:${d.line}: ${d.severity}: ${column}${d.message}`;
}

/** Orders diagnostics by file, then line, then errors before warnings; stable otherwise. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return list
    .map((d, i) => ({ d, i }))
    .sort((a, b) =>
      a.d.file < b.d.file ? -1 : a.d.file > b.d.file ? 1
        : a.d.line - b.d.line
          || (a.d.severity === b.d.severity ? 0 : a.d.severity === 'error' ? -1 : 1)
          || a.i - b.i)
    .map(({ d }) => d);
}

const LONGEST_MESSAGE = 500;
const UNPRINTABLE = /[\u0000-\u0008\u000a-\u001f\u007f\u0085\u2028\u2029]/;

/**
 * A message as one printable line (site.md: every problem is one line): a value echoed in it may
 * hold line breaks (a quoted cell) or control characters, shown as ⏎ and U+FFFD; a message made
 * very long by a huge cell keeps its beginning and its end (the advice).
 */
export function oneLineMessage(message: string): string {
  if (message.length <= LONGEST_MESSAGE && !UNPRINTABLE.test(message)) return message;
  const flat = message.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '⏎').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/g, '\uFFFD');
  if (flat.length <= LONGEST_MESSAGE) return flat;
  const chars = [...flat];
  const half = Math.floor((LONGEST_MESSAGE - 3) / 2);
  return chars.length <= LONGEST_MESSAGE ? flat : `${chars.slice(0, half).join('')} … ${chars.slice(-half).join('')}`;
}

/** Collects the diagnostics of a run; every reader and rule reports into one of these. */
export class DiagnosticSink {
  readonly #items: Diagnostic[] = [];

  error(file: string, line: number, message: string, column?: string): void {
    this.add(column === undefined ? { severity: 'error', file, line, message } : { severity: 'error', file, line, column, message });
  }

  warning(file: string, line: number, message: string, column?: string): void {
    this.add(column === undefined ? { severity: 'warning', file, line, message } : { severity: 'warning', file, line, column, message });
  }

  add(d: Diagnostic): void {
    const message = oneLineMessage(d.message);
    // A column is named as the header wrote it, which may be anything (a stray quote swallows lines).
    const column = d.column === undefined ? undefined : oneLineMessage(d.column);
    if (message === d.message && column === d.column) this.#items.push(d);
    else this.#items.push(column === undefined ? { ...d, message } : { ...d, message, column });
  }

  addAll(list: Iterable<Diagnostic>): void {
    for (const d of list) this.#items.push(d);
  }

  get items(): readonly Diagnostic[] {
    return this.#items;
  }

  get errorCount(): number {
    return this.#items.filter((d) => d.severity === 'error').length;
  }

  hasErrors(): boolean {
    return this.#items.some((d) => d.severity === 'error');
  }
}
