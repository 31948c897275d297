// Every relative link of README.md and docs/*.md points at a file of the repository, and an
// anchor (#…) at a heading of that file, as GitHub names headings. The user documentation must be
// complete in a clone: it names ../shared (the workplace's specification, which a clone lacks)
// only in the README's one sentence for developers about the conformance check.

import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
const DOCS = ['README.md', ...readdirSync(path.join(ROOT, 'docs')).filter((f) => f.endsWith('.md')).sort().map((f) => `docs/${f}`)];

/** The text outside fenced code blocks and inline code spans. */
function prose(markdown: string): string {
  return markdown.replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '').replace(/`[^`\n]*`/g, '``');
}

/** GitHub's anchor of a heading: lower case, punctuation dropped, spaces to hyphens; repeats get -1, -2. */
export function slug(heading: string): string {
  return heading.trim().toLowerCase().replace(/`/g, '').replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/[^\p{L}\p{M}\p{N} _-]/gu, '').replace(/ /g, '-');
}

function anchorsOf(file: string): Set<string> {
  const text = readFileSync(file, 'utf8').replace(/^(```|~~~)[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, '');
  const seen = new Map<string, number>();
  const anchors = new Set<string>();
  for (const m of text.matchAll(/^#{1,6} +(.+?) *#* *$/gm)) {
    const base = slug(m[1]!);
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    anchors.add(n === 0 ? base : `${base}-${n}`);
  }
  for (const m of text.matchAll(/<a (?:id|name)="([^"]+)"/g)) anchors.add(m[1]!);
  return anchors;
}

/** Every link target of a Markdown file: [text](target) and [label]: target. */
function linksOf(markdown: string): string[] {
  const text = prose(markdown);
  const inline = [...text.matchAll(/\]\(\s*<?([^)\s>]+)>?(?:\s+"[^"]*")?\s*\)/g)].map((m) => m[1]!);
  const refs = [...text.matchAll(/^\s*\[[^\]]+\]:\s*(\S+)/gm)].map((m) => m[1]!);
  return [...inline, ...refs];
}

/** Why a link of `from` does not resolve; null when it does. */
function brokenLink(from: string, target: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(target)) return null; // https:, mailto:
  const [rawPath, anchor] = target.split('#', 2) as [string, string | undefined];
  const file = rawPath === '' ? path.join(ROOT, from) : path.resolve(path.dirname(path.join(ROOT, from)), decodeURIComponent(rawPath));
  if (path.relative(ROOT, file).startsWith('..')) return `${target} leaves the repository`;
  if (!existsSync(file)) return `${target}: no such file`;
  if (anchor === undefined || anchor === '') return null;
  if (!statSync(file).isFile() || !file.endsWith('.md')) return `${target}: an anchor into a file that is not Markdown`;
  return anchorsOf(file).has(decodeURIComponent(anchor)) ? null : `${target}: no heading with that anchor`;
}

describe('links of README.md and docs/', () => {
  it('reads headings and links as GitHub does (worked by hand)', () => {
    expect(slug('`hr.headcount` — Headcount')).toBe('hrheadcount--headcount');
    expect(slug('Privacy and safety: what the tool refuses, and why')).toBe('privacy-and-safety-what-the-tool-refuses-and-why');
    expect(slug('Kvinder, andel (%)')).toBe('kvinder-andel-');
    expect(linksOf('see [a](docs/a.md#b) and `[no](x.md)`\n```\n[no](y.md)\n```\n[c]: docs/c.md\n')).toEqual(['docs/a.md#b', 'docs/c.md']);
  });

  it('finds a broken link and a missing anchor', () => {
    expect(brokenLink('README.md', 'docs/no-such-file.md')).toMatch(/no such file/);
    expect(brokenLink('README.md', '#no-such-heading-anywhere')).toMatch(/no heading/);
    expect(brokenLink('README.md', '../shared/spec/inputs.md')).toMatch(/leaves the repository/);
    expect(brokenLink('README.md', 'https://www.was.digst.dk/')).toBeNull();
  });

  for (const doc of DOCS) {
    it(`${doc}: every relative link names a file and heading of the repository`, () => {
      const broken = linksOf(readFileSync(path.join(ROOT, doc), 'utf8')).map((t) => brokenLink(doc, t)).filter((b) => b !== null);
      expect(broken).toEqual([]);
    });
  }

  it('docs/ does not send the reader to ../shared, and README.md only in its one sentence on the conformance check', () => {
    for (const doc of DOCS.filter((d) => d !== 'README.md')) {
      expect(readFileSync(path.join(ROOT, doc), 'utf8'), doc).not.toMatch(/\.\.\/shared|shared\/spec/);
    }
    const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
    const lines = readme.split('\n').filter((l) => /\.\.\/shared|shared\/spec/.test(l));
    expect(lines.length).toBeLessThanOrEqual(2);
    expect(lines.join(' ')).not.toMatch(/shared\/spec/);
  });

  it('the docs the README promises exist', () => {
    for (const f of ['docs/data-folder.md', 'docs/columns.md', 'docs/figures.md', 'docs/site.md', 'docs/commands.md']) {
      expect(existsSync(path.join(ROOT, f)), f).toBe(true);
    }
  });
});
