// The site's texts by language: UI[lang] is that language's catalogue (da.ts, en.ts). Templates
// and views take their words from here and nowhere else (a figure's name and formula: the registry of figures, model/registry/).

import type { Language } from '../../model/records.ts';
import { DA } from './da.ts';
import { EN } from './en.ts';
import type { UiText } from './types.ts';

export type * from './types.ts';
export { CHART_NAMES, INDEX_KEYS, PAGE_KEYS, SDG9_TARGETS } from './types.ts';

export const UI: Readonly<Record<Language, UiText>> = { da: DA, en: EN };

/** The unit as a reader sees it: kpis.md's unit words translated; a declared unit as written. */
export function unitWord(unit: string, lang: Language): string {
  return UI[lang].unitWords[unit] ?? unit;
}

/** A figure's unit word in a language: a declared indicator's unit_da / unit_en, else unitWord. */
export function unitOf(def: { readonly unit: string; readonly text: Readonly<Record<Language, { readonly unit?: string }>> }, lang: Language): string {
  return def.text[lang].unit ?? unitWord(def.unit, lang);
}
