// A key that may appear once per file (contract ids, factor key and year, indicator ids): the
// line of its first appearance, so that the later row's error can point back to it. Checked as the
// rows stream (they are never held), so part of reading.

export class UniqueKeys {
  readonly #firstLine = new Map<string, number>();

  /** Records the key; returns the line it was first seen on when it was seen before, else null. */
  seen(key: string, line: number): number | null {
    const first = this.#firstLine.get(key);
    if (first !== undefined) return first;
    this.#firstLine.set(key, line);
    return null;
  }
}
