// indicators.csv (inputs.md): the declarations of the hand-reported indicators.

import type { IndicatorDeclaration } from '../../model/records.ts';
import { UniqueKeys } from '../unique-key.ts';
import { defineColumns } from '../columns.ts';
import type { Schema } from '../schema.ts';
import { INDICATOR_SECTION_WORDS } from '../words.ts';

const [ID, SECTION, LABEL_DA, LABEL_EN, UNIT, GC_PRINCIPLES, SDG_TARGETS, HIGHER_IS_BETTER] = defineColumns([
  { name: 'id', required: true, type: 'text' },
  { name: 'section', required: true },
  { name: 'label_da', required: true, type: 'text' },
  { name: 'label_en', required: true, type: 'text' },
  { name: 'unit', required: true, type: 'text' },
  { name: 'gc_principles' },
  { name: 'sdg_targets' },
  { name: 'higher_is_better' },
] as const);

export const INDICATOR_ID = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;
const SDG_TARGETS_KNOWN: ReadonlySet<string> = new Set(['9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c']);

export const indicatorDeclarationsSchema: Schema<IndicatorDeclaration> = {
  columns: [ID, SECTION, LABEL_DA, LABEL_EN, UNIT, GC_PRINCIPLES, SDG_TARGETS, HIGHER_IS_BETTER],
  acceptDanish: false,
  start() {
    const ids = new UniqueKeys();
    return (r) => {
      const id = r.text(ID, true);
      const section = r.word(SECTION, true, INDICATOR_SECTION_WORDS);
      const labelDa = r.text(LABEL_DA, true);
      const labelEn = r.text(LABEL_EN, true);
      const unit = r.text(UNIT, true);
      const higherIsBetter = r.yesNo(HIGHER_IS_BETTER, false);
      const gcText = r.text(GC_PRINCIPLES, false) ?? '';
      const gcPrinciples: number[] = [];
      for (const word of gcText.split(/\s+/).filter((w) => w !== '')) {
        const n = /^\d{1,2}$/.test(word) ? Number(word) : 0;
        if (n < 1 || n > 10) r.error(GC_PRINCIPLES, `${r.quote(word)} is not a Global Compact principle; write numbers from 1 to 10 separated by spaces, e.g. 1 2`);
        else gcPrinciples.push(n);
      }
      const sdgText = r.text(SDG_TARGETS, false) ?? '';
      const sdgTargets: string[] = [];
      for (const word of sdgText.split(/\s+/).filter((w) => w !== '')) {
        const target = word.toLowerCase();
        if (!SDG_TARGETS_KNOWN.has(target)) r.error(SDG_TARGETS, `${r.quote(word)} is not an SDG 9 target; write 9.1 to 9.5 or 9.a to 9.c, separated by spaces`);
        else sdgTargets.push(target);
      }
      if (id !== null) {
        if (!INDICATOR_ID.test(id)) {
          r.error(ID, `${r.quote(id)} is not an indicator id; write lower-case words joined by dots, e.g. data.breaches_reported`);
        } else {
          const first = ids.seen(id, r.line);
          if (first !== null) r.error(ID, `${r.quote(id)} is already declared on line ${first}; declare each indicator once`);
        }
      }
      if (!r.ok || id === null || section === null || labelDa === null || labelEn === null || unit === null) return null;
      return { line: r.line, id, section, labelDa, labelEn, unit, gcPrinciples, sdgTargets, higherIsBetter };
    };
  },
};
