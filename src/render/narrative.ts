// The narrative Markdown of a section (inputs.md): markdown-it with raw HTML off (shown as text),
// linkify off, no images (nothing may load from another host), headings moved one level down
// (the page owns the h1), and two tags of our own, read by our own rules and never by a
// template engine:
//   {% kpi "ID" %}     inline: the formatted figure, linked to its definition
//   {% chart "NAME" %} on a line of its own: the chart with its table
// Anything else in braces stays text. A tag naming an unknown figure or chart is an error on
// the line it stands on.

import markdownIt from 'markdown-it';
import type { MarkdownIt, MarkdownItOptions, Renderer, StateBlock, StateCore, StateInline, Token } from 'markdown-it';
import type { Diagnostic } from '../model/diagnostics.ts';
import { tagAt } from '../read/narrative.ts';
import type { ChartName } from './catalogue/index.ts';
import { CHART_NAMES } from './catalogue/index.ts';

/** How a `{% kpi %}` tag is shown: the text (already formatted) and the link target. */
export interface KpiReference {
  readonly text: string;
  readonly href: string;
  /** `ok`, or why no number is shown (styled differently). */
  readonly status: 'ok' | 'suppressed' | 'not_reported';
}

export interface NarrativeContext {
  /** The figure's text and link, or undefined when the id is unknown. */
  kpi(id: string): KpiReference | undefined;
}

export type NarrativeSegment =
  | { readonly kind: 'html'; readonly html: string }
  | { readonly kind: 'chart'; readonly name: ChartName };

export type NarrativeResult =
  | { readonly ok: true; readonly segments: readonly NarrativeSegment[]; readonly charts: readonly ChartName[] }
  | { readonly ok: false; readonly diagnostics: readonly Diagnostic[] };

interface NarrativeEnv {
  file: string;
  context: NarrativeContext;
  problems: Diagnostic[];
  /** 0-based first line of the block whose inline content is being parsed. */
  blockLine: number;
}

/** Marks a chart's place in the rendered HTML; markdown-it turns a NUL of the source into U+FFFD,
 * so the marker cannot come from the text. */
const MARK = '\u0000';

function isChartName(name: string): name is ChartName {
  return (CHART_NAMES as readonly string[]).includes(name);
}

function envOf(raw: unknown): NarrativeEnv {
  return raw as NarrativeEnv;
}

function chartBlock(state: StateBlock, startLine: number, _endLine: number, silent: boolean): boolean {
  const start = (state.bMarks[startLine] ?? 0) + (state.tShift[startLine] ?? 0);
  const end = state.eMarks[startLine] ?? 0;
  if ((state.sCount[startLine] ?? 0) - state.blkIndent >= 4) return false;
  // A chart tag (read/narrative.ts tagAt) alone on its line.
  const text = state.src.slice(start, end);
  const tag = tagAt(text, 0);
  if (tag === null || tag.kind !== 'chart' || text.slice(tag.end).trim() !== '') return false;
  if (silent) return true;
  const { name } = tag;
  const env = envOf(state.env);
  const token = state.push('csr_chart', '', 0);
  token.map = [startLine, startLine + 1];
  if (isChartName(name)) {
    token.meta = { name };
  } else {
    token.meta = { name: null };
    env.problems.push({
      severity: 'error', file: env.file, line: startLine + 1,
      message: `there is no chart named ${JSON.stringify(name)}; use one of ${CHART_NAMES.join(', ')}`,
    });
  }
  state.line = startLine + 1;
  return true;
}

function lineOf(state: StateInline): number {
  const env = envOf(state.env);
  let newlines = 0;
  for (let i = 0; i < state.pos; i++) if (state.src.charCodeAt(i) === 0x0a) newlines++;
  return env.blockLine + newlines + 1;
}

function kpiInline(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b /* { */) return false;
  // The reader's reading of a tag (read/narrative.ts tagAt), so that the two never disagree.
  const tag = tagAt(state.src, state.pos);
  if (tag === null) return false;
  if (!silent) {
    const env = envOf(state.env);
    const value = tag.name;
    if (tag.kind === 'chart') {
      env.problems.push({
        severity: 'error', file: env.file, line: lineOf(state),
        message: `{% chart "${value}" %} must stand on a line of its own`,
      });
    } else {
      const ref = env.context.kpi(value);
      if (ref === undefined) {
        env.problems.push({
          severity: 'error', file: env.file, line: lineOf(state),
          message: `there is no key figure with the id ${JSON.stringify(value)} (see kpis.md and indicators.csv)`,
        });
      } else {
        const token = state.push('csr_kpi', '', 0);
        token.meta = { ...ref };
      }
    }
  }
  state.pos = tag.end;
  return true;
}

/** The standard inline step, also telling the inline rules on which line their block starts. */
function inlineWithLines(state: StateCore): void {
  const env = envOf(state.env);
  for (const token of state.tokens) {
    if (token.type !== 'inline') continue;
    env.blockLine = token.map?.[0] ?? 0;
    state.md.inline.parse(token.content, state.md, state.env, token.children ?? (token.children = []));
  }
}

const BAD_PROTOCOL = /^(vbscript|javascript|file|data):/;

function isSafeLink(href: string): boolean {
  return !BAD_PROTOCOL.test(href.trim().toLowerCase());
}

function linkStack(env: unknown): boolean[] {
  const e = env as { links?: boolean[] };
  return (e.links ??= []);
}

function createMarkdown(): MarkdownIt {
  const md = markdownIt({ html: false, linkify: false, typographer: false });
  md.disable(['image']);
  md.block.ruler.before('paragraph', 'csr_chart', chartBlock);
  md.inline.ruler.before('text', 'csr_kpi', kpiInline);
  md.core.ruler.at('inline', inlineWithLines);
  const escape = md.utils.escapeHtml;
  // Links to javascript:, vbscript:, file: and data: URLs are dropped, their text kept: the
  // parser lets every link through and the renderer decides (markdown-it's own test).
  md.validateLink = () => true;
  md.renderer.rules['link_open'] = (tokens: Token[], idx: number, options, env: unknown, self): string => {
    const href = String(tokens[idx]?.attrGet('href') ?? '');
    const stack = linkStack(env);
    const safe = isSafeLink(href);
    stack.push(safe);
    return safe ? self.renderToken(tokens, idx, options) : '';
  };
  md.renderer.rules['link_close'] = (tokens: Token[], idx: number, options, env: unknown, self): string =>
    (linkStack(env).pop() ?? true) ? self.renderToken(tokens, idx, options) : '';
  md.renderer.rules['csr_kpi'] = (tokens: Token[], idx: number): string => {
    const ref = (tokens[idx]?.meta ?? null) as KpiReference | null;
    if (ref === null) return '';
    const cls = ref.status === 'ok' ? 'kpi' : `kpi kpi-${ref.status.replace('_', '-')}`;
    return `<a class="${cls}" href="${escape(ref.href)}">${escape(ref.text)}</a>`;
  };
  md.renderer.rules['csr_chart'] = (tokens: Token[], idx: number): string => {
    const meta = (tokens[idx]?.meta ?? null) as { name: ChartName | null } | null;
    return meta?.name ? `${MARK}${meta.name}${MARK}` : '';
  };
  const heading = (tokens: Token[], idx: number, options: Required<MarkdownItOptions>, _env: unknown, self: Renderer): string => {
    const token = tokens[idx];
    if (token !== undefined) {
      const level = Math.min(6, Number(token.tag.slice(1)) + 1);
      token.tag = `h${level}`;
    }
    return self.renderToken(tokens, idx, options);
  };
  md.renderer.rules['heading_open'] = heading;
  md.renderer.rules['heading_close'] = heading;
  return md;
}

const md = createMarkdown();

/** Renders one narrative file; problems (unknown ids and chart names) come back with their line. */
export function renderNarrative(file: string, markdown: string, context: NarrativeContext): NarrativeResult {
  const env: NarrativeEnv = { file, context, problems: [], blockLine: 0 };
  const html: string = md.render(markdown, env as unknown as Record<string, unknown>);
  if (env.problems.length > 0) return { ok: false, diagnostics: env.problems };
  const segments: NarrativeSegment[] = [];
  const charts: ChartName[] = [];
  html.split(MARK).forEach((part, i) => {
    if (i % 2 === 1) {
      if (isChartName(part)) {
        segments.push({ kind: 'chart', name: part });
        charts.push(part);
      }
    } else if (part.trim() !== '') {
      segments.push({ kind: 'html', html: part });
    }
  });
  return { ok: true, segments, charts };
}
