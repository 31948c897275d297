import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

// The stages of the engine, in the order the data passes them. A module may import only from its
// own stage or an earlier one: model/ and util/ are below all, pipeline/ and cli/ above all.
// The checks across the rows of a file (unique keys, overlapping employments) run in read/ as the
// rows stream, since the rows are never held; validate/ keeps its place for a later check.
const ORDER: Record<string, number> = {
  model: 0,
  util: 0,
  read: 1,
  validate: 2,
  compute: 3,
  protect: 4,
  render: 5,
  verify: 6,
  publish: 7,
  pipeline: 8,
  cli: 9,
};

const SRC = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../src');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...sourceFiles(full));
    else if (/\.(ts|mts|mjs|js)$/.test(entry.name)) out.push(full);
  }
  return out;
}

/** Every module specifier of a source text: import/export … from, bare import, import(), new URL(…, import.meta.url). */
export function specifiers(text: string): string[] {
  // Comments out, so that an example in a comment is not taken for an import.
  const code = text.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');
  const found: string[] = [];
  const patterns = [
    /\b(?:import|export)\s+(?:type\s+)?[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g,
    /\bimport\s*['"]([^'"]+)['"]/g,
    /\bimport\s*\(\s*['"]([^'"]+)['"]\s*\)/g,
    // A worker's entry point; new URL('../../', import.meta.url) (a folder) is no import.
    /\bnew\s+URL\s*\(\s*['"]([^'"]+\.(?:ts|mts|mjs|js))['"]\s*,\s*import\.meta\.url/g,
  ];
  for (const pattern of patterns) {
    for (const match of code.matchAll(pattern)) found.push(match[1]!);
  }
  return found;
}

function stageOf(file: string): string | undefined {
  const rel = path.relative(SRC, file);
  if (rel.startsWith('..')) return undefined;
  return rel.split(path.sep)[0];
}

/** The imports of src/ that run against the stage order, as "from → to" lines. */
export function backImports(): string[] {
  const offending: string[] = [];
  for (const file of sourceFiles(SRC)) {
    const from = stageOf(file)!;
    const fromRank = ORDER[from];
    if (fromRank === undefined) {
      offending.push(`${path.relative(SRC, file)}: not in a stage folder`);
      continue;
    }
    for (const spec of specifiers(readFileSync(file, 'utf8'))) {
      if (!spec.startsWith('.')) continue;
      const target = path.resolve(path.dirname(file), spec);
      const to = stageOf(target);
      if (to === undefined) {
        offending.push(`${path.relative(SRC, file)} → ${spec} (outside src/)`);
        continue;
      }
      const toRank = ORDER[to];
      if (toRank === undefined || toRank > fromRank) {
        offending.push(`${path.relative(SRC, file)} → ${path.relative(SRC, target)}`);
      }
    }
  }
  return offending.sort();
}

/** The value imports (not `import type`) of `stage` from `from`, as "file → specifier" lines. */
function valueImports(stage: string, from: string): string[] {
  const found: string[] = [];
  for (const file of sourceFiles(path.join(SRC, stage))) {
    const code = readFileSync(file, 'utf8');
    for (const match of code.matchAll(/\bimport\s+(?!type\b)[^'"`;]*?\bfrom\s*['"]([^'"]+)['"]/g)) {
      const target = path.resolve(path.dirname(file), match[1]!);
      if (stageOf(target) === from) found.push(`${path.relative(SRC, file)} → ${match[1]}`);
    }
  }
  return found.sort();
}

describe('stage order', () => {
  it('finds every kind of import the check relies on (worked by hand)', () => {
    const text = [
      "import type { A } from '../render/a.js';",
      "import {\n  b,\n  c,\n} from '../protect/b.js';",
      "export { d } from '../pipeline/d.js';",
      "export * from './e.js';",
      "import '../cli/f.js';",
      "const g = await import('../verify/g.js');",
      "new Worker(new URL('../pipeline/h.mjs', import.meta.url));",
      "// import { x } from '../cli/comment.js';",
      "/* import { y } from '../cli/block.js'; */",
    ].join('\n');
    expect(specifiers(text)).toEqual([
      '../render/a.js',
      '../protect/b.js',
      '../pipeline/d.js',
      './e.js',
      '../cli/f.js',
      '../verify/g.js',
      '../pipeline/h.mjs',
    ]);
  });

  it('no module of src/ imports from a later stage', () => {
    // read → validate → compute → protect → render → verify → publish, model/ and util/ below
    // all, pipeline/ and cli/ above. The list names every import against that order.
    expect(backImports()).toEqual([]);
  });

  it('render/ reads what compute/ worked out from the model: it calls no function of compute/', () => {
    // Changes from the year before and progress toward targets are computed once, by the
    // pipeline calling compute/compare.ts on the protected figures; render only words them.
    expect(valueImports('render', 'compute')).toEqual([]);
  });
});
