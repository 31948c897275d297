// The site's words: one catalogue per language with the same keys (the compiler checks this
// through UiText; this test checks the values too), and no word written in a template.

import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { UI } from '../../src/render/catalogue/index.ts';

const TEMPLATES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../templates');

/** Every leaf of a catalogue with its path: a text, a function, or an array's length. */
function leaves(value: unknown, at = ''): (readonly [string, unknown])[] {
  if (Array.isArray(value)) return [[`${at}.length`, value.length], ...value.flatMap((v, i) => leaves(v, `${at}[${i}]`))];
  if (value !== null && typeof value === 'object') {
    return Object.keys(value).sort().flatMap((k) => leaves((value as Record<string, unknown>)[k], at === '' ? k : `${at}.${k}`));
  }
  return [[at, value]];
}

/** A catalogue's shape: every leaf's path with its kind (an array's length as a number). */
function shape(value: unknown): string[] {
  return leaves(value).map(([p, v]) => `${p}: ${typeof v === 'number' ? v : typeof v}`);
}

function templates(dir = TEMPLATES): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const full = path.join(dir, e.name);
    if (e.isDirectory()) return e.name === 'assets' ? [] : templates(full);
    return e.name.endsWith('.njk') ? [full] : [];
  });
}

describe('catalogues', () => {
  it('have the same keys, arrays of the same length and functions in the same places, in Danish and English', () => {
    expect(shape(UI.en)).toEqual(shape(UI.da));
    expect(shape(UI.da).length).toBeGreaterThan(300);
  });

  it('have no empty text', () => {
    for (const lang of ['da', 'en'] as const) {
      const empty = leaves(UI[lang]).filter(([, v]) => v === '').map(([p]) => p);
      // Empty on purpose: the overview's slug (it is the year's root), in Danish the accessibility
      // statement's Danish name after its name (it is the same) and, in English, the prefix
      // before the tool's own English messages.
      expect(empty, lang).toEqual(lang === 'da' ? ['accessibilityStatementDanish', 'pages.overview.slug'] : ['disclosures.messagePrefix', 'pages.overview.slug']);
    }
  });

  it('hold every word the templates show: a template has no text of its own', () => {
    const words: string[] = [];
    for (const file of templates()) {
      const text = readFileSync(file, 'utf8')
        // Front matter: YAML, or JavaScript (pages.njk).
        .replace(/^---(?:js)?\n[\s\S]*?\n---\n/, '')
        .replace(/\{#[\s\S]*?#\}/g, ' ')
        .replace(/\{%[\s\S]*?%\}/g, ' ')
        .replace(/\{\{[\s\S]*?\}\}/g, ' ')
        .replace(/<!DOCTYPE html>/gi, ' ')
        .replace(/<[^>]*>/g, ' ');
      for (const m of text.matchAll(/\p{L}{2,}/gu)) words.push(`${path.relative(TEMPLATES, file)}: ${m[0]}`);
    }
    expect(words).toEqual([]);
  });
});
