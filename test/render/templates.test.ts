// The templates hold no logic about the kind of a page: pages.njk includes the layout of the
// page's kind (_includes/layouts/<kind>.njk), and no template decides anything by a page's kind.

import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildSiteView } from '../../src/render/views/index.ts';
import { errorPages } from '../../src/render/views/errors.ts';
import { fixtureModel } from './fixtures/model.ts';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

function templates(dir = TEMPLATES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' ? [] : templates(full);
    return e.name.endsWith('.njk') ? [full] : [];
  });
}

/** Every condition of an if, elif or ternary `… if … else …` in a template, with its file and line. */
function conditions(file: string): { readonly where: string; readonly text: string }[] {
  const text = readFileSync(file, 'utf8');
  const out: { where: string; text: string }[] = [];
  for (const m of text.matchAll(/\{%-?\s*(?:if|elif)\s+([\s\S]*?)-?%\}|\{\{-?([\s\S]*?)-?\}\}/g)) {
    const condition = m[1] ?? (/\bif\b/.test(m[2] ?? '') ? m[2] ?? '' : null);
    if (condition === null) continue;
    const line = text.slice(0, m.index).split('\n').length;
    out.push({ where: `${path.relative(TEMPLATES, file)}:${line}`, text: condition.trim() });
  }
  return out;
}

describe('templates', () => {
  it('decide nothing by a kind (of a page or of anything else)', () => {
    const found = templates().flatMap(conditions).filter((c) => /\bkind\b/.test(c.text));
    expect(found).toEqual([]);
  });

  it('have a layout for every kind of page the views make', () => {
    const kinds = new Set([...buildSiteView(fixtureModel()).pages, ...errorPages([])].map((p) => p.kind));
    expect([...kinds].sort()).toEqual(['archive', 'content-index', 'errors', 'frameworks', 'method', 'overview', 'report', 'search', 'section']);
    for (const kind of kinds) expect(existsSync(path.join(TEMPLATES, '_includes', 'layouts', `${kind}.njk`)), kind).toBe(true);
  });
});
