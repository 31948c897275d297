// A text that the pages show in each language (issue 14, item 4): two columns, `<name>_da` and
// `<name>_en`, and the older single column `<name>`, which still works as both languages with a
// warning. A text written in one language only is shown in both, with a warning on the line and
// column of the missing one.

import type { ColumnSpec } from './columns.ts';
import type { RowReader } from './row.ts';

export interface BilingualText {
  readonly da: string;
  readonly en: string;
}

/** The three columns of one text. */
export interface BilingualColumns {
  readonly da: ColumnSpec;
  readonly en: ColumnSpec;
  /** The older single column, shown in both languages. */
  readonly single: ColumnSpec;
  /** What the text is, for a message: "the source", "the note". */
  readonly what: string;
}

/** Remembers, per file, whether the single column's warning has been given (once a file). */
export class BilingualState {
  readonly #warned = new Set<string>();

  once(key: string): boolean {
    if (this.#warned.has(key)) return false;
    this.#warned.add(key);
    return true;
  }
}

/**
 * The text of a row in both languages, or null when no column holds one (a required text then
 * is an error on the Danish column, or on the single column when the file has only that).
 */
export function readBilingual(r: RowReader, c: BilingualColumns, state: BilingualState, required: boolean): BilingualText | null {
  const da = r.text(c.da, false);
  const en = r.text(c.en, false);
  if (da !== null && en !== null) return { da, en };
  const single = r.text(c.single, false);
  if (da !== null || en !== null) {
    const [written, missing, language] = da !== null ? [c.da, c.en, 'English'] : [c.en, c.da, 'Danish'];
    const text = (da ?? en) as string;
    const fallback = single ?? text;
    r.warning(missing, `is empty, so the ${language} pages show ${c.what} of ${r.nameOf(single !== null ? c.single : written)} instead; write ${c.what} in ${language} here`);
    return da !== null ? { da, en: fallback } : { da: fallback, en: text };
  }
  if (single !== null) {
    if (state.once(c.single.name)) {
      r.warning(c.single, `one text is shown on both the Danish and the English pages; write ${c.what} in Danish in a column ${c.da.name} and in English in a column ${c.en.name} instead (said once for this file)`);
    }
    return { da: single, en: single };
  }
  if (required) {
    r.error(r.has(c.da) || !r.has(c.single) ? c.da : c.single, `is empty; write ${c.what} in ${c.da.name} and ${c.en.name}`);
  }
  return null;
}
