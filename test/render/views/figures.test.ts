// views/figures.ts: a figure's value, status, change, benchmarks, targets and indicator details.

import { describe, expect, it } from 'vitest';
import { NBSP, figure, section } from './site.ts';

describe('figures', () => {
  it('formats values with their unit words per language', () => {
    expect(figure(section('/medarbejdere/'), 'hr.headcount').value).toBe('40 personer');
    expect(figure(section('/en/workforce/'), 'hr.headcount').value).toBe('40 persons');
    expect(figure(section('/medarbejdere/'), 'hr.gender.women_share').value).toBe(`57,5${NBSP}%`);
    expect(figure(section('/en/environment/'), 'env.total_location_t').value).toBe('165.2 tonnes CO2e');
  });

  it('shows a suppressed figure as suppressed, linked to the rule', () => {
    const f = figure(section('/medarbejdere/'), 'hr.gender.other');
    expect(f.status).toBe('suppressed');
    expect(f.value).toBe('skjult af hensyn til anonymitet');
    expect(f.statusHref).toBe('/metode-og-data/#suppression');
  });

  it('shows a figure without data as not reported', () => {
    const f = figure(section('/2023/medarbejdere/'), 'hr.headcount');
    expect(f.status).toBe('not_reported');
    expect(f.statusHref).toBe('/2023/metode-og-data/#not-reported');
  });

  it('gives the change from the year before: points for shares, per cent otherwise', () => {
    // 2025: 42 employees against 40 → +5.0 %; women 25/42 = 59.52 % against 57.5 % → +2.0 points
    expect(figure(section('/2025/medarbejdere/'), 'hr.headcount').change).toBe(`+5,0${NBSP}% i forhold til 2024`);
    expect(figure(section('/en/2025/workforce/'), 'hr.gender.women_share').change).toBe('+2.0 percentage points from 2024');
    // 2024 against 2023: 165.2 t against 200.75 t → −17.7 %
    expect(figure(section('/en/environment/'), 'env.total_location_t').change).toBe('-17.7% from 2023');
    // no 2022 folder
    expect(figure(section('/2023/klima-og-miljoe/'), 'env.total_location_t').change).toBeNull();
  });

  it('says why there is no change when a figure of either year is missing, with the year before\'s value', () => {
    // scope 1 is suppressed in 2025, 9.5 t in 2024: the 2024 value, never a change
    expect(figure(section('/en/2025/environment/'), 'env.scope1_t').change).toBe('no change shown, as this year\'s figure is suppressed (2024: 9.5 tonnes CO2e)');
    expect(figure(section('/2025/klima-og-miljoe/'), 'env.scope1_t').change).toBe('ingen ændring vist, da årets tal er skjult (2024: 9,5 ton CO2e)');
    // other gender: suppressed in 2024 and in 2025
    expect(figure(section('/2025/medarbejdere/'), 'hr.gender.other').change).toBe('ingen ændring, da tallet for 2024 er skjult');
    // the headcount is not reported in 2023 (no employees.csv), 40 in 2024
    expect(figure(section('/en/workforce/'), 'hr.headcount').change).toBe('no change, as the 2023 figure is not reported');
    // not reported in 2023, with 2022 missing altogether: nothing to say
    expect(figure(section('/en/2023/workforce/'), 'hr.headcount').change).toBeNull();
  });

  it('puts benchmarks beside their figure', () => {
    expect(figure(section('/en/workforce/'), 'hr.gender.women_share').benchmarks).toEqual([
      { label: 'Women in the IT sector', value: '27.5%', source: '=HYPERLINK("x")' },
    ]);
  });

  it('shows progress toward targets', () => {
    // reduce_by 50 % from 2023 (200.75 t) by 2030: 2024 has 165.2 t, a reduction of
    // 1 − 165.2/200.75 = 17.7 %; the straight path asks 50 % × 1/7 = 7.1 % in 2024: on track,
    // 17.7/50 = 35 % of the way
    const [t] = figure(section('/en/environment/'), 'env.total_location_t').targets;
    expect(t?.status).toBe('on_track');
    expect(t?.statusText).toBe('on track');
    expect(t?.requirement).toBe('reduction of 50.0% from 2023 by 2030');
    expect(t?.detail).toBe('reduction reached 17.7%, the straight path to the target asks 7.1% in 2024');
    expect(t?.progress).toBe(35);
    expect(t?.progressLabel).toBe('Progress toward the target: 35.0%');
    // at_least 75 by 2026 for the well-being score: 2024 (71.456) is its first year, so it
    // starts the path: on track, margin 0, 0 % of the way
    const [w] = figure(section('/en/workforce/'), 'ind.workforce.wellbeing_score').targets;
    expect(w?.status).toBe('on_track');
    expect(w?.detail).toBe('the straight path to the target asks 71.46 points in 2024, margin 0 points');
    expect(w?.progress).toBe(0);
    // 2025: 73, path 71.456 + (75 − 71.456) × 1/2 = 73.228: behind by 0.228
    const [w25] = figure(section('/en/2025/workforce/'), 'ind.workforce.wellbeing_score').targets;
    expect(w25?.status).toBe('behind');
    expect(w25?.detail).toBe('the straight path to the target asks 73.23 points in 2025, margin -0.23 points');
    // due this year: at least 60 % green electricity in 2024, 62.45 % reached
    const [g] = figure(section('/klima-og-miljoe/'), 'env.renewable_electricity_share').targets;
    expect(g?.status).toBe('met');
    expect(g?.statusText).toBe('nået');
    // a suppressed figure: cannot be assessed, with the reason in words
    const [m] = figure(section('/en/workforce/'), 'hr.management.women_share').targets;
    expect(m?.status).toBe('cannot_assess');
    expect(m?.detail).toBe('the figure is suppressed to protect anonymity');
    expect(m?.progress).toBeNull();
    // a target due before the year is not shown
    expect(figure(section('/en/2025/environment/'), 'env.renewable_electricity_share').targets).toEqual([]);
  });

  it('shows hand-reported indicators with unit, note and source on their section page', () => {
    const f = figure(section('/en/workforce/'), 'ind.workforce.wellbeing_score');
    expect([f.label, f.value, f.unit, f.note, f.source]).toEqual(['Well-being {% raw %}', '71.46 points', 'points', '{{ 7*7 }}', '<script>alert(1)</script>']);
    // the unit, note and source in each language (unit_da, note_da, source_da …)
    const da = figure(section('/medarbejdere/'), 'ind.workforce.wellbeing_score');
    expect([da.value, da.unit]).toEqual(['71,46 point', 'point']);
    expect(figure(section('/en/workforce/'), 'ind.workforce.fitness_share').source).toBe('Internal count');
    expect(figure(section('/medarbejdere/'), 'ind.workforce.fitness_share').source).toBe('Intern opgørelse');
    // a benchmark's source in the page's language
    expect(figure(section('/en/workforce/'), 'hr.origin.non_danish_share').benchmarks[0]?.source).toBe('Statistics Denmark {{ 7*7 }}');
    expect(figure(section('/medarbejdere/'), 'hr.origin.non_danish_share').benchmarks[0]?.source).toBe('Danmarks Statistik {{ 7*7 }}');
    expect(section('/en/data-ethics-and-security/').indicators.map((i) => i.id)).toEqual(['ind.data.breaches_reported']);
    expect(section('/en/community/').indicators.map((i) => i.id)).toEqual(['ind.community.municipalities']);
  });
});
