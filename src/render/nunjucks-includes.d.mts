// Types of nunjucks-includes.mjs (plain JavaScript: the bundle is made before TypeScript can be loaded).

/** A template compiled ahead: its name as an include names it, the filters it calls, and Nunjucks' compiled template. */
export interface CompiledInclude {
  readonly name: string;
  readonly filters: readonly string[];
  readonly props: unknown;
}

export declare const NUNJUCKS_OPTIONS: Readonly<{ autoescape: true; throwOnUndefined: true }>;
export declare function compileIncludes(dir: string, names: readonly string[]): { name: string; code: string; filters: string[] }[];
export declare function includesModule(dir: string, names: readonly string[]): string;
export declare function precompiledTemplates(compiled: readonly CompiledInclude[]): Record<string, unknown>;
/** A Nunjucks Environment (Eleventy takes it through setLibrary). */
export declare function nunjucksEnvironment(searchPaths: readonly string[], compiled: readonly CompiledInclude[]): { readonly asyncFilters: string[] };
