// The organisation's identity on the site (issue 14, item 1): its logo and its primary colour
// (report.json, read and checked by read/report-identity.ts) become two files of the site's
// assets, each named by its content's hash, so that a changed logo is never served from a
// browser's cache: `assets/logo-<hash>.svg|png` and `assets/brand-<hash>.css`, a style sheet that
// sets the header's colour (a file, as the Content-Security-Policy allows no inline style).

import { createHash } from 'node:crypto';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { ReportSettings } from '../model/settings.ts';

export interface BrandFile {
  /** Relative to the site, forward slashes. */
  readonly path: string;
  readonly bytes: Buffer;
}

export interface Brand {
  /** Root-relative addresses (`/assets/…`), as every asset of the pages is written. */
  readonly logoHref: string | null;
  readonly cssHref: string | null;
  readonly files: readonly BrandFile[];
}

const hash12 = (bytes: Buffer): string => createHash('sha256').update(bytes).digest('hex').slice(0, 12);

const brands = new WeakMap<ReportSettings, Brand>();

/** The identity's files and their addresses; none when report.json names no logo and no colour. */
export function brandOf(settings: ReportSettings): Brand {
  const known = brands.get(settings);
  if (known !== undefined) return known;
  const files: BrandFile[] = [];
  let logoHref: string | null = null;
  let cssHref: string | null = null;
  const logo = settings.organisation.logo ?? null;
  if (logo !== null) {
    const bytes = Buffer.from(logo.base64, 'base64');
    const file = `assets/logo-${hash12(bytes)}.${logo.type}`;
    files.push({ path: file, bytes });
    logoHref = `/${file}`;
  }
  const colour = settings.organisation.primaryColour ?? null;
  if (colour !== null) {
    // The header's band: white text on the colour (its contrast checked when report.json was read).
    const bytes = Buffer.from(`/* The organisation's colour (report.json organisation.primaryColour). */\n:root { --brand: ${colour}; --brand-text: #ffffff; }\n`);
    const file = `assets/brand-${hash12(bytes)}.css`;
    files.push({ path: file, bytes });
    cssHref = `/${file}`;
  }
  const brand = { logoHref, cssHref, files };
  brands.set(settings, brand);
  return brand;
}

/** Writes the identity's files into the site folder. */
export async function writeBrandFiles(settings: ReportSettings, siteDir: string): Promise<void> {
  for (const f of brandOf(settings).files) {
    const target = path.join(siteDir, ...f.path.split('/'));
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, f.bytes);
  }
}
