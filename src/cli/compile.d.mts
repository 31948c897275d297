// Types of compile.mjs (plain JavaScript: it runs before TypeScript can be loaded).

export declare const ENTRIES: Readonly<Record<'build' | 'check' | 'lock' | 'new-year' | 'serve' | 'verify' | 'eleventy-config' | 'file-task-worker' | 'run-build', string>>;
export declare const COMMANDS: readonly string[];
export declare function importCompiled(dir: string, entry: string): Promise<Record<string, unknown>>;
export declare function bundleKey(root: string, esbuildVersion: string): string;
export declare function toolBundle(root: string, cacheDir?: string): Promise<string>;
