// The templates the pages include (templates/_includes: the base page, a layout per page kind,
// the macros), compiled to JavaScript when the tool's bundle is made (src/cli/compile.mjs), so
// that a build does not compile them again (Nunjucks' parser and code generator: some 60 ms of
// every cold build, on the thread that renders). A build from the bundle hands Eleventy a Nunjucks
// environment that takes them from there, and the same templates as Eleventy's precompiled ones
// (.eleventy.ts): Eleventy then asks the environment for a page template too, by its text, which
// is compiled once, not once for each page it writes (another 20 ms). Any other template, and
// every template of a build from the sources or of the live server, is read and compiled by
// Nunjucks and Eleventy as before.
// The code is what Nunjucks compiles in the build's own environment (the same options; no
// template calls a filter or a tag Eleventy adds, which a test checks by building from the bundle
// and from the sources).
//
// Plain JavaScript (not TypeScript): the bundle is made before anything can load TypeScript.

import { readFileSync } from 'node:fs';
import path from 'node:path';
import nunjucks from 'nunjucks';

/** The Nunjucks options of the site's templates: escaped output, an undefined value an error. */
export const NUNJUCKS_OPTIONS = Object.freeze({ autoescape: true, throwOnUndefined: true });

/** The filters a template's compiled code calls (Nunjucks compiles `x | f` to `env.getFilter("f")`). */
function filtersCalled(code) {
  return [...new Set([...code.matchAll(/env\.getFilter\("([^"\\]+)"\)/g)].map((m) => m[1]))].sort();
}

/**
 * The templates `names` of `dir` (their paths there, forward slashes: the names an include gives
 * them) compiled, in that order: each name, the code Nunjucks makes of it, and the filters the
 * code calls. A template Nunjucks cannot compile so (a tag it does not know) is left out: it is
 * compiled, and its error named, when a page includes it.
 */
export function compileIncludes(dir, names) {
  const compiled = [];
  for (const name of names) {
    const source = readFileSync(path.join(dir, ...name.split('/')), 'utf8');
    let code;
    try {
      code = nunjucks.compiler.compile(source, [], [], name, NUNJUCKS_OPTIONS);
    } catch {
      continue;
    }
    compiled.push({ name, code, filters: filtersCalled(code) });
  }
  return compiled;
}

/** The module of the bundle that holds the templates `names` of `dir` compiled: `export const includes = [{ name, filters, props }, …]`. */
export function includesModule(dir, names) {
  const entries = compileIncludes(dir, names).map(
    ({ name, code, filters }) => `  { name: ${JSON.stringify(name)}, filters: ${JSON.stringify(filters)}, props: (function () {\n${code}\n})() },\n`,
  );
  return `// The templates of templates/_includes compiled by Nunjucks (src/render/nunjucks-includes.mjs).\nexport const includes = [\n${entries.join('')}];\n`;
}

/** The compiled templates as Eleventy's precompiled templates (its setNunjucksPrecompiledTemplates): by name. */
export function precompiledTemplates(compiled) {
  return Object.fromEntries(compiled.map((template) => [template.name, template.props]));
}

/** Whether a name Nunjucks is asked for is a template's text (Nunjucks syntax, or more than one
 * line), as Eleventy names a page template in its precompiled mode, rather than a file's name. */
function isTemplateText(name) {
  return /\{[{%#]|\n/.test(name);
}

/**
 * The Nunjucks environment of a build from the bundle: a template of `compiled` (includesModule)
 * by its name, a page template by its text (compiled once, then kept by the environment), any
 * other from `searchPaths` as Eleventy's own loader reads it. A compiled template that calls a
 * filter Eleventy has made asynchronous (its code would differ) is read from its file.
 */
export function nunjucksEnvironment(searchPaths, compiled) {
  const byName = new Map(compiled.map((template) => [template.name, template]));
  let environment = null;
  const ahead = {
    // Eleventy's live server looks up a changed file here; nothing of this loader is a file.
    pathsToNames: {},
    getSource(name) {
      const template = byName.get(name);
      if (template === undefined || template.filters.some((filter) => environment.asyncFilters.includes(filter))) return null;
      return { src: { type: 'code', obj: template.props }, path: name, noCache: false };
    },
  };
  const text = {
    pathsToNames: {},
    getSource: (name) => (isTemplateText(name) ? { src: name, path: null, noCache: false } : null),
  };
  environment = new nunjucks.Environment([ahead, text, new nunjucks.FileSystemLoader(searchPaths)], { ...NUNJUCKS_OPTIONS });
  return environment;
}
