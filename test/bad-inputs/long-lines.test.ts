// Million-character lines found by the fuzzer: they end, quickly, in clean lines.

import { describe, expect, it } from 'vitest';
import { DiagnosticSink } from '../../src/model/diagnostics.ts';
import { checkNarrativeTags } from '../../src/read/narrative.ts';

describe('a narrative line of a million characters', () => {
  it('of unclosed {% tags is read once, each tag an error on that line', () => {
    const sink = new DiagnosticSink();
    const markdown = `# Samarbejde\n\n${'{%'.repeat(500_000)}\n\nSlut {% kpi "hr.headcount" %}\n`;
    const started = performance.now();
    checkNarrativeTags({ file: '2025/narrative/community.da.md', section: 'community', lang: 'da', markdown }, () => true, sink);
    expect(performance.now() - started).toBeLessThan(5_000);
    // The 500 000 openings on line 3 are unclosed; the last one is closed by the kpi tag's %} only
    // after another {%, so it is unclosed too; the kpi tag on line 5 is fine.
    expect(sink.errorCount).toBe(500_000);
    expect(sink.items.every((d) => d.line === 3)).toBe(true);
  });
});

describe('a tag padded with a quarter of a million spaces', () => {
  it('is read in linear time and found', () => {
    const sink = new DiagnosticSink();
    const markdown = `# Leverandører\n\n{% chart "suppli${' '.repeat(250_000)}er-clauses" %}\n{% kpi${' '.repeat(250_000)}"hr.headcount"${' '.repeat(1000)}%}\n`;
    const started = performance.now();
    checkNarrativeTags({ file: '2025/narrative/suppliers.da.md', section: 'suppliers', lang: 'da', markdown }, (id) => id === 'hr.headcount', sink);
    expect(performance.now() - started).toBeLessThan(2_000);
    // The chart name is not a chart (spaces inside); the kpi tag is well-formed.
    expect(sink.items.map((d) => `${d.file}:${d.line}: ${d.severity}`)).toEqual(['2025/narrative/suppliers.da.md:3: error']);
  });
});
