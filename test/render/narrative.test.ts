import { describe, expect, it } from 'vitest';
import type { NarrativeContext, NarrativeResult } from '../../src/render/narrative.ts';
import { renderNarrative } from '../../src/render/narrative.ts';
import { findNarrativeTags } from '../../src/read/narrative.ts';

const context: NarrativeContext = {
  kpi: (id) => {
    if (id === 'hr.gender.women_share') return { text: '42,4 %', href: '/metode-og-data/#def-hr-gender-women_share', status: 'ok' };
    if (id === 'hr.gender.other') return { text: 'skjult', href: '/metode-og-data/#suppression', status: 'suppressed' };
    return undefined;
  },
};

function html(result: NarrativeResult): string {
  if (!result.ok) throw new Error(`unexpected problems: ${JSON.stringify(result.diagnostics)}`);
  return result.segments.map((s) => (s.kind === 'html' ? s.html : `[chart ${s.name}]`)).join('');
}

describe('renderNarrative', () => {
  it('replaces a kpi tag by the formatted figure linked to its definition', () => {
    const out = html(renderNarrative('2025/narrative/workforce.da.md', 'Kvinder: {% kpi "hr.gender.women_share" %}.', context));
    expect(out).toBe('<p>Kvinder: <a class="kpi" href="/metode-og-data/#def-hr-gender-women_share">42,4 %</a>.</p>\n');
  });

  it('marks a suppressed figure and links it to the rule', () => {
    const out = html(renderNarrative('f.md', '{% kpi "hr.gender.other" %}', context));
    expect(out).toContain('<a class="kpi kpi-suppressed" href="/metode-og-data/#suppression">skjult</a>');
  });

  it('shows raw HTML and template syntax as text', () => {
    const out = html(renderNarrative('f.md', '<script>alert(1)</script> {{ 7*7 }} {% raw %} <b>x</b>', context));
    expect(out).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(out).toContain('{{ 7*7 }}');
    expect(out).toContain('{% raw %}');
    expect(out).toContain('&lt;b&gt;x&lt;/b&gt;');
    expect(out).not.toContain('<script');
    expect(out).not.toContain('<b>');
  });

  it('drops javascript: and data: links but keeps their text', () => {
    const out = html(renderNarrative('f.md', '[a](javascript:alert(1)) [b](JAVASCRIPT:x) [c](data:text/html,x) [d](https://example.org/)', context));
    expect(out.toLowerCase()).not.toContain('javascript:');
    expect(out).not.toContain('data:text');
    expect(out).toContain('<p>a b c <a href="https://example.org/">d</a></p>');
  });

  it('loads no image, from another host or any other', () => {
    const out = html(renderNarrative('f.md', '![x](https://evil.example/x.png)', context));
    expect(out).not.toContain('<img');
  });

  it('does not turn bare addresses into links', () => {
    const out = html(renderNarrative('f.md', 'see www.example.org', context));
    expect(out).not.toContain('<a');
  });

  it('moves headings one level down under the page heading', () => {
    const out = html(renderNarrative('f.md', '# Title\n\n## Sub', context));
    expect(out).toBe('<h2>Title</h2>\n<h3>Sub</h3>\n');
  });

  it('places a chart that stands on its own line', () => {
    const result = renderNarrative('f.md', 'Before.\n\n{% chart "gender" %}\n\nAfter.', context);
    expect(html(result)).toBe('<p>Before.</p>\n[chart gender]<p>After.</p>\n');
    expect(result.ok && result.charts).toEqual(['gender']);
  });

  it('leaves tags inside code as text', () => {
    const out = html(renderNarrative('f.md', '```\n{% kpi "no.such" %}\n```\n\n`{% chart "nope" %}`', context));
    expect(out).toContain('{% kpi &quot;no.such&quot; %}');
    expect(out).toContain('<code>{% chart &quot;nope&quot; %}</code>');
  });

  it('reports an unknown figure with its file and line', () => {
    const md = 'First line.\n\nA paragraph\nthat names {% kpi "hr.no_such_figure" %} here.\n';
    const result = renderNarrative('2025/narrative/workforce.en.md', md, context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics).toHaveLength(1);
    expect(result.diagnostics[0]).toMatchObject({ severity: 'error', file: '2025/narrative/workforce.en.md', line: 4 });
    expect(result.diagnostics[0]?.message).toContain('"hr.no_such_figure"');
  });

  it('reports an unknown chart name on its line', () => {
    const result = renderNarrative('f.md', 'x\n\n\n{% chart "pie" %}\n', context);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.diagnostics[0]).toMatchObject({ file: 'f.md', line: 4 });
    expect(result.diagnostics[0]?.message).toContain('"pie"');
  });

  it('reports a chart tag inside a sentence', () => {
    const result = renderNarrative('f.md', 'text {% chart "gender" %} text', context);
    expect(result.ok).toBe(false);
  });

  it('keeps other brace text as it is', () => {
    const out = html(renderNarrative('f.md', '{% andet %} {%kpi%} {% kpi hr.headcount %}', context));
    expect(out).toBe('<p>{% andet %} {%kpi%} {% kpi hr.headcount %}</p>\n');
  });
});

describe('one reading of a tag for the reader and the renderer', () => {
  // Each written by hand: whether the reader's check takes it as the tag of hr.gender.women_share.
  const cases: ReadonlyArray<[text: string, isTag: boolean]> = [
    ['{% kpi "hr.gender.women_share" %}', true],
    ['{%kpi "hr.gender.women_share"%}', true],
    ['{%   kpi   "hr.gender.women_share"   %}', true],
    // spaces inside the quotes are trimmed by the reader
    ['{% kpi " hr.gender.women_share " %}', true],
    // single and curly quotes are not a tag: the reader's check says to use straight double quotes
    ["{% kpi 'hr.gender.women_share' %}", false],
    ['{% kpi “hr.gender.women_share” %}', false],
  ];
  it.each(cases)('%s: a tag for both, or for neither', (text, isTag) => {
    const read = findNarrativeTags(text);
    expect(read.length === 1 && read[0]?.name === 'hr.gender.women_share').toBe(isTag);
    const out = html(renderNarrative('f.md', `x ${text} y`, context));
    expect(out.includes('<a class="kpi" href="/metode-og-data/#def-hr-gender-women_share">42,4 %</a>')).toBe(isTag);
  });
});
