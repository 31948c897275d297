import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostics.ts';
import { BANNER_LIMIT, devBanner } from '../../src/render/dev-banner.ts';

const error = (file: string, line: number, message: string, column?: string): Diagnostic =>
  column === undefined ? { severity: 'error', file, line, message } : { severity: 'error', file, line, column, message };

describe('the banner of the live server', () => {
  it('is absent when the data has no errors, warnings included', () => {
    expect(devBanner([], true)).toBeNull();
    expect(devBanner([{ severity: 'warning', file: '2025/travel.csv', line: 1, message: 'the file is missing' }], true)).toBeNull();
  });

  it('lists the errors by file and line with their column, leaves the warnings to the terminal', () => {
    const banner = devBanner([
      error('2025/travel.csv', 9, 'x'),
      { severity: 'warning', file: '2025/energy.csv', line: 3, message: 'w' },
      error('2025/employees.csv', 17, '"1,5" is more than 1', 'fte'),
      error('2025/travel.csv', 4, 'y'),
    ], true);
    expect(banner?.problems).toEqual([
      { file: '2025/employees.csv', line: 17, text: 'column fte: "1,5" is more than 1' },
      { file: '2025/travel.csv', line: 4, text: 'y' },
      { file: '2025/travel.csv', line: 9, text: 'x' },
    ]);
    expect(banner?.en.heading).toBe('The data has 3 errors');
    expect(banner?.da.heading).toBe('Der er 3 fejl i data');
    expect(banner?.en.more).toBeNull();
  });

  it('says whether the page below is the last good site or nothing', () => {
    expect(devBanner([error('report.json', 2, 'x')], true)?.en.shows).toMatch(/last version without errors/);
    expect(devBanner([error('report.json', 2, 'x')], false)?.en.shows).toMatch(/cannot be shown/);
    expect(devBanner([error('report.json', 2, 'x')], false)?.en.heading).toBe('The data has an error');
  });

  it('shows at most BANNER_LIMIT problems and says how many more the terminal has', () => {
    const many = Array.from({ length: 25 }, (_, i) => error('2025/travel.csv', i + 2, 'bad'));
    const banner = devBanner(many, true);
    expect(BANNER_LIMIT).toBe(20);
    expect(banner?.problems).toHaveLength(20);
    expect(banner?.problems.at(-1)?.line).toBe(21);
    expect(banner?.en.more).toBe('… and 5 more; the terminal where npm start runs lists them all.');
    expect(banner?.da.more).toBe('… og 5 mere; se dem alle i terminalen, hvor npm start kører.');
  });
});
