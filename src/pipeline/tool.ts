// The tool's name and version, as the manifest and the cache key record them.

import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** The project root (where package.json, .eleventy.ts and templates/ are). */
export const PROJECT_ROOT: string = fileURLToPath(new URL('../../', import.meta.url));

const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { name: string; version: string };

export const TOOL: { readonly name: string; readonly version: string } = { name: pkg.name, version: pkg.version };
