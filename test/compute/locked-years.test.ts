import { describe, expect, it } from 'vitest';
import { checkLockedYears, type FigureWords } from '../../src/compute/locked-years.ts';
import type { KpiRecord, YearFigures } from '../../src/model/figures.ts';
import type { LockedFigure, LockedYear, Restatement } from '../../src/model/published.ts';

// A describer with one decimal for every unit, so that the messages below are worked out by hand.
const WORDS: FigureWords = {
  number: (v) => v.toFixed(1),
  unit: (u) => (u === 'share' ? '' : ` ${u}`),
  suppressed: 'suppressed',
  notReported: 'not reported',
};

const IDS = ['env.scope3_travel_t', 'env.travel.flight_km', 'hr.gender.other', 'sup.contracts'];

function rec(id: string, value: number | null, unit: string, status: KpiRecord['status'] = value === null ? 'not_reported' : 'ok'): KpiRecord {
  return { id, year: 2024, value, unit, status };
}

function year(kpis: KpiRecord[], y = 2024): YearFigures {
  return { year: y, draft: false, kpis, factorsUsed: [], energyByCarrierMwh: null, contracts: null, indicatorValues: [] };
}

function locked(figures: Record<string, LockedFigure>, y = 2024): LockedYear {
  return { year: y, file: `${y}/published.json`, figures: new Map(Object.entries(figures)), inputs: new Map() };
}

const LOCKED_2024 = locked({
  'env.scope3_travel_t': { value: 125.5, unit: 't CO2e', status: 'ok' },
  'env.travel.flight_km': { value: 1000, unit: 'km', status: 'ok' },
  'hr.gender.other': { value: null, unit: 'persons', status: 'suppressed' },
  'sup.contracts': { value: 12, unit: 'count', status: 'ok' },
});

function restatement(line: number, figure: string, y = 2024): Restatement {
  return { line, year: y, figure, reasonDa: `grund ${line}`, reasonEn: `reason ${line}` };
}

describe('checkLockedYears', () => {
  it('passes a year computed exactly as it was locked', () => {
    const now = year([rec('env.scope3_travel_t', 125.5, 't CO2e'), rec('env.travel.flight_km', 1000, 'km'),
      rec('hr.gender.other', null, 'persons', 'suppressed'), rec('sup.contracts', 12, 'count')]);
    const r = checkLockedYears({ locked: [LOCKED_2024], years: [now], restatements: [], restatementsFile: 'restatements.csv', knownIds: IDS, words: WORDS });
    expect(r.diagnostics).toEqual([]);
    expect(r.restated).toEqual([]);
  });

  it('stops on every changed value or status, one line each, compared unrounded', () => {
    // 125.5 → 126.2 (a value), 1000 → 1000.0000001 (shows the same at one decimal: the full
    // numbers are named), suppressed → 3 (a status), 12 unchanged.
    const now = year([rec('env.scope3_travel_t', 126.2, 't CO2e'), rec('env.travel.flight_km', 1000.0000001, 'km'),
      rec('hr.gender.other', 3, 'persons'), rec('sup.contracts', 12, 'count')]);
    const r = checkLockedYears({ locked: [LOCKED_2024], years: [now], restatements: [], restatementsFile: 'restatements.csv', knownIds: IDS, words: WORDS });
    const tail = 'since 2024 was locked; correct the data, or record the change in restatements.csv';
    expect(r.diagnostics).toEqual([
      { severity: 'error', file: '2024/published.json', line: 1, message: `env.scope3_travel_t changed from 125.5 to 126.2 t CO2e ${tail}` },
      { severity: 'error', file: '2024/published.json', line: 1, message: `env.travel.flight_km changed from 1000 to 1000.0000001 km ${tail}` },
      { severity: 'error', file: '2024/published.json', line: 1, message: `hr.gender.other changed from suppressed to 3.0 persons ${tail}` },
    ]);
    expect(r.restated).toEqual([]);
  });

  it('lets a restated change through, records old and new, and warns of a restatement that explains nothing', () => {
    const now = year([rec('env.scope3_travel_t', 126.2, 't CO2e'), rec('env.travel.flight_km', 1000, 'km'),
      rec('hr.gender.other', null, 'persons', 'suppressed'), rec('sup.contracts', 12, 'count')]);
    const r = checkLockedYears({
      locked: [LOCKED_2024],
      years: [now],
      // line 2 explains the change; line 3 (sup.*) matches no changed figure; line 4 names a year not locked.
      restatements: [restatement(2, 'env.*'), restatement(3, 'sup.*'), restatement(4, 'env.scope3_travel_t', 2023)],
      restatementsFile: 'restatements.csv',
      knownIds: IDS,
      words: WORDS,
    });
    expect(r.restated).toEqual([{
      year: 2024, id: 'env.scope3_travel_t', unit: 't CO2e',
      old: { value: 125.5, status: 'ok' }, new: { value: 126.2, status: 'ok' },
      reasonDa: 'grund 2', reasonEn: 'reason 2',
    }]);
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}`)).toEqual([
      'restatements.csv:3: warning',
      'restatements.csv:4: warning',
    ]);
  });

  it('prefers an exact id over a prefix', () => {
    const now = year([rec('env.scope3_travel_t', 130, 't CO2e'), rec('env.travel.flight_km', 1000, 'km'),
      rec('hr.gender.other', null, 'persons', 'suppressed'), rec('sup.contracts', 12, 'count')]);
    const r = checkLockedYears({
      locked: [LOCKED_2024], years: [now],
      restatements: [restatement(2, 'env.*'), restatement(3, 'env.scope3_travel_t')],
      restatementsFile: 'restatements.csv', knownIds: IDS, words: WORDS,
    });
    expect(r.restated.map((x) => x.reasonEn)).toEqual(['reason 3']);
    expect(r.diagnostics).toEqual([]);
  });

  it('an unknown figure id or a prefix that matches no figure is an error on its line', () => {
    const now = year([rec('env.scope3_travel_t', 125.5, 't CO2e')]);
    const r = checkLockedYears({
      locked: [], years: [now],
      restatements: [restatement(2, 'env.scope3_travel'), restatement(3, 'xyz.*')],
      restatementsFile: 'restatements.csv', knownIds: IDS, words: WORDS,
    });
    expect(r.diagnostics.map((d) => `${d.file}:${d.line}: ${d.severity}: column ${d.column}`)).toEqual([
      'restatements.csv:2: error: column figure',
      'restatements.csv:3: error: column figure',
    ]);
  });

  it('never repeats an e-mail address or a CPR number written as a figure (issue 11, finding 15)', () => {
    const now = year([rec('env.scope3_travel_t', 125.5, 't CO2e')]);
    const r = checkLockedYears({
      locked: [], years: [now],
      restatements: [restatement(2, 'anna.jensen@example.dk'), restatement(3, '010190-1234*')],
      restatementsFile: 'restatements.csv', knownIds: IDS, words: WORDS,
    });
    const text = r.diagnostics.map((d) => d.message).join('\n');
    expect(r.diagnostics).toHaveLength(2);
    expect(text).not.toContain('anna.jensen');
    expect(text).not.toContain('010190');
    expect(text).toContain('[hidden: looks like an e-mail address]');
    expect(text).toContain('[hidden: looks like a CPR number]');
  });
});
