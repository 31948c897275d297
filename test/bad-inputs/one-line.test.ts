// Every problem is printed as one line (site.md "Commands"), whatever value a message echoes.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink, formatDiagnostic, oneLineMessage } from '../../src/model/diagnostics.ts';

describe('a message as one line', () => {
  it('shows line breaks of an echoed value as ⏎ and control characters as U+FFFD', () => {
    expect(oneLineMessage('"2025-\n01" is not a month')).toBe('"2025-⏎01" is not a month');
    expect(oneLineMessage('a\r\nb\rc\u2028d')).toBe('a⏎b⏎c⏎d');
    expect(oneLineMessage('a\u0000b\u001bc\td')).toBe('a\uFFFDb\uFFFDc\td');
  });
  it('keeps the beginning and the advice at the end of a message made huge by a value', () => {
    const message = `"${'x'.repeat(10_000)}" is not a number; write digits`;
    const short = oneLineMessage(message);
    expect(short.length).toBeLessThanOrEqual(500);
    expect(short.length).toBeGreaterThan(490);
    expect(short.startsWith('"xxx')).toBe(true);
    expect(short.endsWith('" is not a number; write digits')).toBe(true);
    expect(short).toContain(' … ');
  });
  it('leaves an ordinary message alone', () => {
    const m = 'column fte: "1,5" is more than 1 (a full-time employee is 1)';
    expect(oneLineMessage(m)).toBe(m);
  });
  it('is applied by the sink to every error and warning', () => {
    const sink = new DiagnosticSink();
    sink.error('a.csv', 2, 'x\ny', 'month');
    sink.warning('a.csv', 3, 'p\rq');
    sink.add({ severity: 'error', file: 'b.csv', line: 1, message: 'r\u2029s' });
    sink.warning('c.csv', 1, 'is not a column this file has', '"\nmonth\u0000');
    expect(sink.items.map(formatDiagnostic)).toEqual([
      'a.csv:2: error: column month: x⏎y',
      'a.csv:3: warning: p⏎q',
      'b.csv:1: error: r⏎s',
      'c.csv:1: warning: column "⏎month\uFFFD: is not a column this file has',
    ]);
  });
});
