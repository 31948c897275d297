// The name and the formula in words of a figure of kpis.md come from the registry of figures
// (model/registry/); this name remains only until the last re-export of it goes (render/i18n.ts).

import type { Language } from '../model/records.ts';
import { figure } from '../model/registry/index.ts';
import type { FigureText } from '../model/registry/index.ts';

export type KpiText = FigureText;

/** The text of a figure of kpis.md; undefined for `ind.*` (their labels come from the data). */
export function kpiText(id: string, lang: Language): KpiText | undefined {
  return figure(id)?.text[lang];
}
