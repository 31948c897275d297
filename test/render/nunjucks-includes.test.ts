// The included templates compiled when the bundle is made (src/render/nunjucks-includes.mjs): which
// templates are compiled, and the environment a build from the bundle renders with, which takes
// a compiled template instead of its file only when the code is what the file would compile to.
// (That a build from the bundle writes the same site as a build from the sources:
// test/cli/run.test.ts.)

import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileIncludes, includesModule, nunjucksEnvironment, precompiledTemplates } from '../../src/render/nunjucks-includes.mjs';
import type { CompiledInclude } from '../../src/render/nunjucks-includes.mjs';
import { makeDataFolder, removedAfterAll } from '../fixtures/folders/temp-folder.ts';

const folders = removedAfterAll();

async function templates(files: Record<string, string>): Promise<string> {
  const dir = await makeDataFolder(files);
  folders.push(dir);
  return dir;
}

/** The templates `names` of `dir` compiled, as the bundle's module holds them (evaluated). */
function compiledAhead(dir: string, names: readonly string[]): CompiledInclude[] {
  return compileIncludes(dir, names).map(({ name, code, filters }) => ({ name, filters, props: new Function(code)() as unknown }));
}

interface Renderer {
  render(name: string, context: Record<string, unknown>): string;
  getTemplate(name: string): { render(context: object, done: (error: Error | null, text?: string) => void): void };
  addFilter(name: string, filter: (...args: unknown[]) => unknown, isAsync?: boolean): void;
}

describe('compileIncludes', () => {
  it('compiles the templates it is given, in that order, naming the filters each calls, and leaves out one Nunjucks cannot compile', async () => {
    const dir = await templates({
      'a.njk': '{{ title | upper }} {{ body | safe }} {{ more | upper }}',
      'parts/b.njk': '<p>{{ x }}</p>',
      'c.njk': '{% shortcodeOfAPlugin %}',
    });
    const names = ['parts/b.njk', 'c.njk', 'a.njk'];
    expect(compileIncludes(dir, names).map(({ name, filters }) => ({ name, filters }))).toEqual([
      { name: 'parts/b.njk', filters: [] },
      { name: 'a.njk', filters: ['safe', 'upper'] },
    ]);
    expect(includesModule(dir, ['a.njk', 'c.njk'])).toMatch(/^\/\/ .*\nexport const includes = \[\n {2}\{ name: "a\.njk", filters: \["safe","upper"\], props: \(function \(\) \{\n/);
  });
});

describe('nunjucksEnvironment', () => {
  it('renders a compiled template, escaping as the site does and failing on an undefined value', async () => {
    const dir = await templates({ 'page.njk': '<h1>{{ title }}</h1>{% include "parts/note.njk" %}', 'parts/note.njk': '<p>{{ note }}</p>' });
    const env = nunjucksEnvironment([dir], compiledAhead(dir, ['page.njk', 'parts/note.njk'])) as unknown as Renderer;
    expect(env.render('page.njk', { title: 'A & <b>', note: 'x' })).toBe('<h1>A &amp; &lt;b&gt;</h1><p>x</p>');
    expect(() => env.render('page.njk', { title: 'A' })).toThrow(/undefined/);
  });

  it('takes a compiled template, not its file; reads the file of one not compiled or calling a filter made asynchronous', async () => {
    const dir = await templates({ 'a.njk': 'compiled {{ x }}', 'b.njk': 'compiled {{ x | shout }}' });
    const ahead = compiledAhead(dir, ['a.njk', 'b.njk']);
    // The files change after the compiling: what is rendered shows where it came from.
    await writeFile(path.join(dir, 'a.njk'), 'file {{ x }}');
    await writeFile(path.join(dir, 'b.njk'), 'file {{ x | shout }}');
    await writeFile(path.join(dir, 'c.njk'), 'file only {{ x }}');
    const env = nunjucksEnvironment([dir], ahead) as unknown as Renderer;
    env.addFilter('shout', (s) => `${String(s)}!`);
    expect(env.render('a.njk', { x: 1 })).toBe('compiled 1');
    expect(env.render('b.njk', { x: 1 })).toBe('compiled 1!');
    expect(env.render('c.njk', { x: 1 })).toBe('file only 1');
    // `shout` made asynchronous (as Eleventy makes an async filter): b's compiled code would differ.
    const later = nunjucksEnvironment([dir], ahead) as unknown as Renderer;
    later.addFilter('shout', (s, done) => (done as (e: null, v: string) => void)(null, `${String(s)}!`), true);
    const rendered = await new Promise<string>((resolve, reject) => later.getTemplate('b.njk').render({ x: 1 }, (e, s) => (e ? reject(e) : resolve(s!))));
    expect(rendered).toBe('file 1!');
  });

  it('takes a page template by its text, as Eleventy asks for it in its precompiled mode, compiled once', async () => {
    const dir = await templates({ 'base.njk': '<main>{% block body %}{% endblock %}</main>' });
    const env = nunjucksEnvironment([dir], compiledAhead(dir, ['base.njk'])) as unknown as Renderer;
    const page = '{% extends "base.njk" %}{% block body %}{{ p.title }}{% endblock %}\n';
    expect(env.render(page, { p: { title: 'A & B' } })).toBe('<main>A &amp; B</main>');
    expect(env.getTemplate(page)).toBe(env.getTemplate(page));
    // A name without Nunjucks' syntax is a file's: one that is not there is an error, not text.
    expect(() => env.render('missing.njk', {})).toThrow(/template not found/);
    expect(() => env.render('{% include "missing.njk" %}', {})).toThrow(/template not found/);
  });

  it('gives Eleventy the compiled templates by name', async () => {
    const dir = await templates({ 'a.njk': 'a', 'layouts/b.njk': 'b' });
    const ahead = compiledAhead(dir, ['a.njk', 'layouts/b.njk']);
    expect(precompiledTemplates(ahead)).toEqual({ 'a.njk': ahead[0]!.props, 'layouts/b.njk': ahead[1]!.props });
  });
});
