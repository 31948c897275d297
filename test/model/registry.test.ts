import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { finishYears } from '../../src/compute/year.ts';
import { compareIds } from '../../src/model/kpis.ts';
import {
  FIGURES, figure, figuresInChart, figuresOf, headlinesOf, protectedCounts, reportRegistry,
} from '../../src/model/registry/index.ts';
import type { IndicatorDeclaration } from '../../src/model/records.ts';
import { DERIVED_FIGURES, PROTECTED_COUNTS } from '../../src/protect/relations.ts';
import { protectYears } from '../../src/protect/years.ts';
import { SETTINGS } from '../compute/fixtures.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const REGISTRY = 'src/model/registry/';

/**
 * Files outside the registry that may write a figure's id although another non-registry file
 * writes it too. Each is explained; keep the list short.
 */
const ALLOWED_EXCEPTIONS: readonly string[] = [
  // The example generator writes example data (targets.csv, benchmarks.csv): it names figures as
  // any data folder does (scripts/example/suppliers.ts; its narrative tags are Markdown files).
  'scripts/example/suppliers.ts',
  // The generator of docs/figures.md writes the document's prose about conventions and the
  // privacy rule, which names figures by id the way the specification does (everything about
  // each figure itself it takes from the registry).
  'scripts/generate-docs.ts',
];

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return sourceFiles(full);
    return e.name.endsWith('.ts') ? [full] : [];
  });
}

/**
 * The text of every string literal and every literal part of a template literal of a module
 * (comments and regular expressions skipped). A small scanner: the installed TypeScript has no
 * JavaScript API to parse with.
 */
export function literalTexts(code: string): string[] {
  const out: string[] = [];
  let i = 0;
  let last = ''; // the last significant character outside literals: decides whether `/` opens a regex
  const readQuoted = (quote: string): string => {
    let text = '';
    for (i++; i < code.length && code[i] !== quote; i++) {
      if (code[i] === '\\') { text += code[i + 1] ?? ''; i++; } else text += code[i];
    }
    i++;
    return text;
  };
  const readTemplate = (): void => {
    let text = '';
    for (i++; i < code.length && code[i] !== '`'; i++) {
      if (code[i] === '\\') { text += code[i + 1] ?? ''; i++; } else if (code[i] === '$' && code[i + 1] === '{') {
        out.push(text);
        text = '';
        i += 2;
        scan('}');
        i--; // the loop steps past the closing brace's successor otherwise
      } else text += code[i];
    }
    out.push(text);
    i++;
  };
  const scan = (until: string | null): void => {
    let depth = 0;
    while (i < code.length) {
      const c = code[i]!;
      if (c === '/' && code[i + 1] === '/') { while (i < code.length && code[i] !== '\n') i++; continue; }
      if (c === '/' && code[i + 1] === '*') { i = code.indexOf('*/', i + 2); i = i < 0 ? code.length : i + 2; continue; }
      if (c === '/' && (last === '' || '(,=:[!&|?{};+-*%<>~^'.includes(last) || /\breturn\s*$/.test(code.slice(Math.max(0, i - 8), i)))) {
        let inClass = false;
        for (i++; i < code.length && (code[i] !== '/' || inClass) && code[i] !== '\n'; i++) {
          if (code[i] === '\\') i++;
          else if (code[i] === '[') inClass = true;
          else if (code[i] === ']') inClass = false;
        }
        i++;
        last = ')';
        continue;
      }
      if (c === "'" || c === '"') { out.push(readQuoted(c)); last = ')'; continue; }
      if (c === '`') { readTemplate(); last = ')'; continue; }
      if (c === '{') depth++;
      if (c === '}') {
        if (until === '}' && depth === 0) { i++; return; }
        depth--;
      }
      if (!/\s/.test(c)) last = c;
      i++;
    }
  };
  scan(null);
  return out;
}

/** The registered ids a literal text writes: the whole text, or an id standing as a word in it
 * (a message quoting "hr.headcount"). `hr.fte` is not found inside `hr.fte_average`. */
function idsIn(text: string, ids: readonly string[]): string[] {
  return ids.filter((id) => {
    if (text === id) return true;
    const escaped = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?<![\\w.])${escaped}(?![\\w]|\\.\\w)`).test(text);
  });
}

/** id → the source files (src/ and scripts/, relative to the project) outside the registry that write it. */
function idUse(): Map<string, string[]> {
  const ids = FIGURES.map((d) => d.id);
  const use = new Map<string, string[]>();
  for (const file of [...sourceFiles(path.join(ROOT, 'src')), ...sourceFiles(path.join(ROOT, 'scripts'))]) {
    const rel = path.relative(ROOT, file).split(path.sep).join('/');
    if (rel.startsWith(REGISTRY)) continue;
    const found = new Set(literalTexts(readFileSync(file, 'utf8')).flatMap((t) => idsIn(t, ids)));
    for (const id of found) use.set(id, [...(use.get(id) ?? []), rel]);
  }
  return use;
}

describe('the registry of figures', () => {
  it('the scanner reads literals and template parts, not comments or regular expressions', () => {
    const code = [
      "// 'hr.fte' in a comment",
      "const a = 'hr.fte'; /* \"x\" */ const b = /^\"([^\"\\\\]*)\"$/.exec(s);",
      'const c = `hr.gender.${k}_share ${`in ${"x"}`} end`; const d = \"it\'s\";',
    ].join('\n');
    expect(literalTexts(code)).toEqual(['hr.fte', 'hr.gender.', '_share ', 'in ', 'x', '', ' end', "it's"]);
  });

  it('the scan finds an id in a literal, a quoted id in a message, and not an id inside a longer one', () => {
    const ids = ['hr.fte', 'hr.fte_average', 'hr.hires'];
    expect(idsIn('hr.fte', ids)).toEqual(['hr.fte']);
    expect(idsIn('e.g. "hr.fte_average", or', ids)).toEqual(['hr.fte_average']);
    expect(idsIn('hr.hires.new_graduates', ids)).toEqual([]);
    expect(idsIn('see hr.hires.', ids)).toEqual(['hr.hires']);
  });

  it('outside the registry, a figure id is written as a literal only by the compute module that computes it', () => {
    const offences: string[] = [];
    for (const [id, files] of idUse()) {
      const counted = files.filter((f) => !ALLOWED_EXCEPTIONS.includes(f));
      if (counted.length > 1) offences.push(`${id} is written in ${counted.join(', ')}`);
      for (const f of counted) if (!f.startsWith('src/compute/')) offences.push(`${id} is written in ${f}, which does not compute it`);
    }
    expect(offences).toEqual([]);
  });

  it('declares each id once, with a label and a formula in Danish and English', () => {
    expect(FIGURES).toHaveLength(80);
    expect(new Set(FIGURES.map((d) => d.id)).size).toBe(FIGURES.length);
    for (const d of FIGURES) {
      for (const lang of ['da', 'en'] as const) {
        expect(d.text[lang].label.trim(), `${d.id} ${lang} label`).not.toBe('');
        expect(d.text[lang].formula?.trim() ?? '', `${d.id} ${lang} formula`).not.toBe('');
      }
      expect(d.inputs.length, `${d.id} inputs`).toBeGreaterThan(0);
    }
    expect(figure('hr.turnover_rate')?.text.en).toEqual({ label: 'Staff turnover', formula: 'leavers divided by the average headcount' });
    expect(figure('hr.turnover_rate')?.text.da.label).toBe('Personaleomsætning');
    expect(figure('env.intensity_location_t_per_fte')?.inputs).toEqual(['travel.csv', 'energy.csv', 'emission-factors.csv', 'employees.csv']);
    expect(figure('ind.data.breaches')).toBeUndefined();
  });

  it('lists the sections in kpis.md order: workforce, environment, suppliers', () => {
    expect(FIGURES[0]?.id).toBe('hr.headcount');
    expect(FIGURES.at(-1)?.id).toBe('sup.terminated');
    expect([...new Set(FIGURES.map((d) => d.section))]).toEqual(['workforce', 'environment', 'suppliers']);
    expect(figuresOf('suppliers')).toHaveLength(13);
    expect(figuresOf('data')).toEqual([]);
  });

  it('kpis.json lists every id of the registry, in id order, and no other', () => {
    const raw = { year: 2025, draft: false, values: new Map(), hasWorkforce: false, factorsUsed: [], energyByCarrierMwh: null, contracts: null, indicatorValues: [] };
    const [year] = protectYears(finishYears([raw], SETTINGS), reportRegistry([]), SETTINGS.minCellSize);
    const ids = year!.kpis.map((k) => k.id);
    expect(ids).toEqual(FIGURES.map((d) => d.id).sort(compareIds));
    expect(ids.slice(0, 3)).toEqual(['env.district_heating_mwh', 'env.electricity_mwh', 'env.energy_mwh']);
    expect(ids.at(-1)).toBe('sup.terminated');
  });

  it('the headline lists are those of the pages (in registry order)', () => {
    expect(headlinesOf('workforce').map((d) => d.id)).toEqual(['hr.headcount', 'hr.fte', 'hr.gender.women_share', 'hr.management.women_share', 'hr.origin.non_danish_share', 'hr.hires.new_graduate_share', 'hr.turnover_rate']);
    expect(headlinesOf('environment').map((d) => d.id)).toEqual(['env.total_location_t', 'env.total_market_t', 'env.intensity_location_t_per_fte', 'env.energy_mwh', 'env.renewable_electricity_share', 'env.meetings.virtual_share', 'env.reduction_vs_base_location']);
    expect(headlinesOf('suppliers').map((d) => d.id)).toEqual(['sup.contracts', 'sup.gc_commitment_share', 'sup.dpa_coverage', 'sup.audited_share', 'sup.critical_breaches']);
    expect(headlinesOf('data')).toEqual([]);
  });

  it('the charts plot the figures they did', () => {
    expect(figuresInChart('supplier-clauses').map((d) => d.id)).toEqual([
      'sup.gc_commitment_share', 'sup.environment_clause_share', 'sup.labour_clause_share',
      'sup.anticorruption_clause_share', 'sup.human_rights_clause_share', 'sup.dpa_coverage']);
    expect(figuresInChart('emissions-trend').map((d) => d.id)).toEqual([
      'env.scope1_t', 'env.scope2_location_t', 'env.scope2_market_t', 'env.scope3_travel_t', 'env.total_location_t', 'env.total_market_t']);
    expect(figuresInChart('travel-modes').map((d) => d.id)).toEqual(
      ['flight', 'rail', 'car', 'taxi', 'bus', 'ferry'].map((m) => `env.travel.${m}_t`));
    expect(figuresInChart('age').map((d) => d.id)).toEqual(['hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50']);
    expect(figuresInChart('origin').map((d) => d.id)).toEqual(['hr.origin.non_danish_share']);
  });

  it('the privacy rule protects the counts of people of kpis.md and the shares made from them', () => {
    expect(protectedCounts()).toEqual([
      'hr.gender.women', 'hr.gender.men', 'hr.gender.other', 'hr.gender.undisclosed',
      'hr.management.women', 'hr.management.men',
      'hr.age.under_30', 'hr.age.30_to_50', 'hr.age.over_50',
      'hr.origin.danish', 'hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed',
      'hr.origin.western', 'hr.origin.non_western',
      'hr.hires.new_graduates',
    ]);
    expect(PROTECTED_COUNTS).toContain('hr.management.rest');
    expect(DERIVED_FIGURES).toHaveLength(15);
    expect(DERIVED_FIGURES.find((d) => d.id === 'hr.origin.non_danish_share')?.from).toEqual(
      ['hr.origin.immigrants', 'hr.origin.descendants', 'hr.origin.undisclosed']);
    expect(DERIVED_FIGURES.find((d) => d.id === 'hr.hires.new_graduate_share')?.from).toEqual(['hr.hires.new_graduates']);
  });

  it('says which way is better', () => {
    expect(figure('env.total_location_t')?.direction).toBe('lower');
    expect(figure('env.renewable_electricity_share')?.direction).toBe('higher');
    expect(figure('hr.management.women_share')?.direction).toBe('neutral');
    expect(figure('sup.critical_breaches')?.direction).toBe('lower');
    expect(figure('hr.turnover_rate')?.direction).toBe('lower');
  });

  it("a report's registry adds its declared indicators with their own unit, labels, principles and direction", () => {
    const declared = (id: string, section: IndicatorDeclaration['section'], higherIsBetter: boolean | null): IndicatorDeclaration => ({
      line: 2, id, section, labelDa: `${id} da`, labelEn: `${id} en`, unit: 'days', gcPrinciples: [6], sdgTargets: ['9.c'], higherIsBetter,
    });
    const registry = reportRegistry([declared('data.breaches', 'data', false), declared('workforce.sick_days', 'workforce', null)]);
    expect(registry).toHaveLength(82);
    const [data, workforce] = registry.slice(80);
    expect(data).toMatchObject({
      id: 'ind.data.breaches', unit: 'days', section: 'data', gc: [6], sdg: ['9.c'], direction: 'lower',
      protectedCount: false, inputs: ['indicators.csv'], text: { da: { label: 'data.breaches da', formula: null }, en: { label: 'data.breaches en', formula: null } },
    });
    // A page with headline figures of kpis.md shows an indicator only when it has a target.
    expect(data?.headline).toBe(true);
    expect(workforce?.headline).toBe(false);
    expect(workforce?.direction).toBe('neutral');
  });
});
