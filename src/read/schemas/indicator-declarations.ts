// indicators.csv (inputs.md): the declarations of the hand-reported indicators.

import type { IndicatorDeclaration } from '../../model/records.ts';
import { FIGURES, UNIT_CODES } from '../../model/registry/index.ts';
import type { Datapoints, EsgKeyFigure } from '../../model/registry/frameworks.ts';
import { parseDatapoint } from '../../model/registry/frameworks.ts';
import { UniqueKeys } from '../unique-key.ts';
import { defineColumns } from '../columns.ts';
import type { RowReader } from '../row.ts';
import type { Schema } from '../schema.ts';
import { INDICATOR_SECTION_WORDS } from '../words.ts';

const [ID, SECTION, LABEL_DA, LABEL_EN, UNIT, GC_PRINCIPLES, SDG_TARGETS, HIGHER_IS_BETTER, DATAPOINTS, UNIT_DA, UNIT_EN] = defineColumns([
  { name: 'id', required: true, type: 'text' },
  { name: 'section', required: true },
  { name: 'label_da', required: true, type: 'text' },
  { name: 'label_en', required: true, type: 'text' },
  { name: 'unit', type: 'text' },
  { name: 'gc_principles' },
  { name: 'sdg_targets' },
  { name: 'higher_is_better' },
  { name: 'datapoints', type: 'text' },
  { name: 'unit_da', type: 'text' },
  { name: 'unit_en', type: 'text' },
] as const);

const UNIT_LIST = UNIT_CODES.join(', ');

/**
 * The unit of a declaration: `unit` for a unit the tool has words for (count, share …), and the
 * words of each language in unit_da and unit_en; a unit of its own written only in `unit` is shown
 * as written in both languages, with a warning. Null (an error given) when no column has one.
 */
function readUnit(r: RowReader): { readonly unit: string; readonly unitDa: string | null; readonly unitEn: string | null } | null {
  const code = r.text(UNIT, false);
  let da = r.text(UNIT_DA, false);
  let en = r.text(UNIT_EN, false);
  if (code === null && da === null && en === null) {
    r.error(r.has(UNIT) || !r.has(UNIT_DA) ? UNIT : UNIT_DA,
      `is empty; write the unit in unit_da and unit_en (e.g. dage and days), or one of the tool's units in unit (${UNIT_LIST})`);
    return null;
  }
  const known = code !== null && UNIT_CODES.includes(code);
  if (da === null && en === null) {
    if (!known) {
      r.warning(UNIT, `${r.quote(code!)} is shown as written on both the Danish and the English pages; write the unit in Danish in a column unit_da and in English in a column unit_en (e.g. dage and days)`);
    }
    return { unit: code!, unitDa: null, unitEn: null };
  }
  if (da === null || en === null) {
    const [missing, language] = da === null ? [UNIT_DA, 'Danish'] : [UNIT_EN, 'English'];
    const other = (da ?? en) as string;
    const shown = known ? `the tool's word for ${r.quote(code!)}` : r.quote(code ?? other);
    r.warning(missing, `is empty, so the ${language} pages show the unit as ${shown}; write the unit in ${language} here`);
    if (known) {
      da ??= null;
      en ??= null;
    } else {
      da ??= code ?? other;
      en ??= code ?? other;
    }
  }
  return { unit: code ?? en ?? da!, unitDa: da, unitEn: en };
}

/** The VSME concepts the figures of kpis.md answer already (frameworks.md "The mapping"). */
const FIGURE_CONCEPTS: ReadonlyMap<string, string> = new Map(
  FIGURES.filter((f) => f.datapoints.vsme !== null).map((f) => [f.datapoints.vsme!, f.id]),
);

export const INDICATOR_ID = /^[a-z0-9_]+(\.[a-z0-9_]+)+$/;
const SDG_TARGETS_KNOWN: ReadonlySet<string> = new Set(['9.1', '9.2', '9.3', '9.4', '9.5', '9.a', '9.b', '9.c']);

export const indicatorDeclarationsSchema: Schema<IndicatorDeclaration> = {
  columns: [ID, SECTION, LABEL_DA, LABEL_EN, UNIT, GC_PRINCIPLES, SDG_TARGETS, HIGHER_IS_BETTER, DATAPOINTS, UNIT_DA, UNIT_EN],
  acceptDanish: false,
  start() {
    const ids = new UniqueKeys();
    const concepts = new UniqueKeys();
    return (r) => {
      const id = r.text(ID, true);
      const section = r.word(SECTION, true, INDICATOR_SECTION_WORDS);
      const labelDa = r.text(LABEL_DA, true);
      const labelEn = r.text(LABEL_EN, true);
      const units = readUnit(r);
      const unit = units?.unit ?? null;
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
      // The framework datapoints it answers (frameworks.md): vsme:, GRI:, ESRS:, ESG: words.
      // Without a unit the row is wrong already, and what fits it cannot be told.
      const words = unit === null ? [] : (r.text(DATAPOINTS, false) ?? '').split(/\s+/).filter((w) => w !== '');
      const vsme: string[] = [];
      const esrs: string[] = [];
      const gri: string[] = [];
      const esg: EsgKeyFigure[] = [];
      for (const word of words) {
        const p = parseDatapoint(word, unit!, (t) => r.quote(t));
        if (!p.ok) {
          r.error(DATAPOINTS, p.message);
          continue;
        }
        const list: string[] = p.framework === 'vsme' ? vsme : p.framework === 'esrs' ? esrs : p.framework === 'gri' ? gri : esg;
        if (!list.includes(p.code)) list.push(p.code);
      }
      if (vsme.length > 1) {
        r.error(DATAPOINTS, `an indicator answers at most one VSME concept; keep one of ${vsme.join(' and ')}`);
      } else if (vsme[0] !== undefined) {
        const figure = FIGURE_CONCEPTS.get(vsme[0]);
        const first = figure === undefined ? concepts.seen(vsme[0], r.line) : null;
        if (figure !== undefined) r.error(DATAPOINTS, `${vsme[0]} is answered by the figure ${figure} already; name another concept, or leave it out`);
        else if (first !== null) r.error(DATAPOINTS, `${vsme[0]} is already answered by the indicator on line ${first}; name each VSME concept once`);
      }
      const datapoints: Datapoints | null = words.length === 0 ? null : { vsme: vsme[0] ?? null, esrs, gri, esg };
      if (id !== null) {
        if (!INDICATOR_ID.test(id)) {
          r.error(ID, `${r.quote(id)} is not an indicator id; write lower-case words joined by dots, e.g. data.breaches_reported`);
        } else {
          const first = ids.seen(id, r.line);
          if (first !== null) r.error(ID, `${r.quote(id)} is already declared on line ${first}; declare each indicator once`);
        }
      }
      if (!r.ok || id === null || section === null || labelDa === null || labelEn === null || units === null) return null;
      const declaration: IndicatorDeclaration = {
        line: r.line, id, section, labelDa, labelEn, ...units, gcPrinciples, sdgTargets, higherIsBetter,
      };
      return datapoints === null ? declaration : { ...declaration, datapoints };
    };
  },
};
