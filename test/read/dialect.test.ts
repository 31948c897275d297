import { describe, expect, it } from 'vitest';
import { DecimalEvidence, detectDelimiter } from '../../src/read/dialect.ts';

describe('detectDelimiter', () => {
  it('takes the most frequent of comma, semicolon and tab', () => {
    expect(detectDelimiter('a,b,c')).toBe(',');
    expect(detectDelimiter('a;b;c,d')).toBe(';');
    expect(detectDelimiter('a\tb\tc;d')).toBe('\t');
  });
  it('counts only outside quotes', () => {
    expect(detectDelimiter('"a;b;c";d,e,f')).toBe(',');
  });
  it('breaks ties: tab, then semicolon, then comma', () => {
    expect(detectDelimiter('a\tb;c,d')).toBe('\t');
    expect(detectDelimiter('a;b,c')).toBe(';');
    expect(detectDelimiter('single')).toBe(',');
  });
});

function verdictOf(cells: string[]) {
  const e = new DecimalEvidence();
  cells.forEach((c, i) => e.observe(c, i + 2));
  return e.verdict();
}

describe('DecimalEvidence (tab files)', () => {
  it('a comma followed by one, two or four+ digits, or after a lone 0, is comma-decimal', () => {
    expect(verdictOf(['12', '0,8'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(verdictOf(['12,25'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(verdictOf(['1,2345'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(verdictOf(['0,125'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(verdictOf(['1.234,5'])).toEqual({ kind: 'decided', decimal: ',' });
    expect(verdictOf(['45,5 %'])).toEqual({ kind: 'decided', decimal: ',' });
  });
  it('a point so followed is point-decimal, and then 31.250 is 31.25', () => {
    expect(verdictOf(['3700.5', '31.250'])).toEqual({ kind: 'decided', decimal: '.' });
  });
  it('neither is point-decimal', () => {
    expect(verdictOf(['12', '1 234'])).toEqual({ kind: 'decided', decimal: '.' });
  });
  it('neither, with a three-digit value, is undecided', () => {
    expect(verdictOf(['12', '2,125'])).toEqual({ kind: 'undecided' });
  });
  it('both is a conflict naming the first of each', () => {
    expect(verdictOf(['0,8', '1.5', '0,9'])).toEqual({ kind: 'conflict', comma: { line: 2, text: '0,8' }, point: { line: 3, text: '1.5' } });
  });
});
