// The organisation's identity in report.json (issue 14, item 1): its logo (an SVG or PNG file of
// the data folder), its primary colour (checked for WCAG AA contrast as the site uses it: the
// header's band behind white text), its CSR contact (an address of a role, never a person's),
// and the day each year's report is published. Each problem is an error on its line.

import { createHash } from 'node:crypto';
import type { Node } from 'jsonc-parser';
import type { Logo } from '../model/settings.ts';
import { contrastRatio, hexColour, parseHexColour, ratioText, shadeReaching } from '../util/colour.ts';
import { openDataFile, refusalMessage, withDataFile } from './data-file.ts';
import type { Context } from './report-json-tree.ts';
import { describe, entries, isObject, quote } from './report-json-tree.ts';
import { isoDate } from './values.ts';

/** A logo is a small file; a larger one is not read. */
export const MAX_LOGO_BYTES = 1 << 20;
const WHITE = [255, 255, 255] as const;
/** WCAG 2.1 AA, text of normal size. */
export const AA_TEXT = 4.5;

// ---- the logo --------------------------------------------------------------------------------

const PNG_SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);

/** What in an SVG file could run or fetch something, and how the message names it. */
const SVG_REFUSED: readonly (readonly [RegExp, string])[] = [
  [/<script\b/i, 'a script (<script>)'],
  [/<(foreignObject|iframe|embed|object)\b/i, 'embedded content (<foreignObject>, <iframe>, <embed> or <object>)'],
  [/\son[a-z]+\s*=/i, 'an event handler attribute (onload=, onclick= …), which runs a script'],
  [/javascript\s*:/i, 'a javascript: address'],
  [/<!(DOCTYPE|ENTITY)\b/i, 'a DOCTYPE or ENTITY declaration'],
  [/@import\b/i, 'a style sheet import (@import)'],
  [/\b(?:xlink:)?href\s*=\s*["']\s*(?!#)/i, 'a link to another file or site (href= not starting with #)'],
  [/\bsrc\s*=\s*["']/i, 'a reference to another file (src=)'],
  [/url\(\s*["']?\s*(?!#)/i, 'a reference to another file or site (url() not starting with #)'],
];

/**
 * `organisation.logo`: the path of an SVG or PNG file inside the data folder. The file is opened
 * as every data file is (no link, nothing outside the folder), at most 1 MB; an SVG must hold
 * no script, no event handler and no reference to anything outside itself.
 */
export async function readLogo(ctx: Context, node: Node, dataDir: string): Promise<Logo | null | undefined> {
  if (node.type === 'null') return null;
  const text = node.type === 'string' ? String(node.value).trim() : '';
  const type = /\.svg$/i.test(text) ? 'svg' : /\.png$/i.test(text) ? 'png' : null;
  if (text === '' || type === null) {
    ctx.error(node, `"organisation.logo" must name an SVG or PNG file in the data folder, e.g. "logo.svg", not ${describe(node)}`);
    return undefined;
  }
  if (text.includes('\\') || text.startsWith('/') || /^[A-Za-z]:/.test(text) || text.split('/').some((p) => p === '' || p === '.' || p === '..')) {
    ctx.error(node, '"organisation.logo" must be a path inside the data folder with forward slashes, e.g. "logo.svg" or "identity/logo.png"');
    return undefined;
  }
  const opened = await openDataFile(dataDir, text);
  if (!opened.ok) {
    ctx.error(node, `"organisation.logo": ${quote(text)} ${opened.refusal === 'missing' ? 'is not in the data folder; copy the logo there or correct the path' : refusalMessage(opened.refusal, 'it')}`);
    return undefined;
  }
  if (opened.file.size > MAX_LOGO_BYTES) {
    await opened.file.close();
    ctx.error(node, `"organisation.logo": ${quote(text)} is larger than 1 MB; a logo for a web page is far smaller: save it smaller (an SVG, or a PNG about 400 pixels wide)`);
    return undefined;
  }
  const bytes = await withDataFile(opened.file, (f) => f.readAll());
  if (type === 'png') {
    if (bytes.length < PNG_SIGNATURE.length || !bytes.subarray(0, PNG_SIGNATURE.length).equals(PNG_SIGNATURE)) {
      ctx.error(node, `"organisation.logo": ${quote(text)} is not a PNG image (its first bytes are not a PNG's); save it again as PNG`);
      return undefined;
    }
  } else {
    const problem = svgProblem(bytes);
    if (problem !== null) {
      ctx.error(node, `"organisation.logo": ${quote(text)} ${problem}`);
      return undefined;
    }
  }
  return { path: text, type, sha256: createHash('sha256').update(bytes).digest('hex'), base64: bytes.toString('base64') };
}

/** Why an SVG file is not taken as a logo, or null. */
export function svgProblem(bytes: Buffer): string | null {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'is not UTF-8 text, as an SVG file is; save it again as SVG';
  }
  if (!/<svg[\s>]/i.test(text)) return 'is not an SVG image (it has no <svg> element); save it again as SVG';
  for (const [pattern, what] of SVG_REFUSED) {
    if (pattern.test(text)) {
      return `holds ${what}, which the site's logo may not: it must be a plain drawing. Save it again without it`
        + ' (in Inkscape: File → Save As → "Optimized SVG"), or use a PNG';
    }
  }
  return null;
}

// ---- the primary colour ----------------------------------------------------------------------

/**
 * `organisation.primaryColour`: `#rrggbb` (or `#rgb`), the band of the site's header behind white
 * text; its contrast with white must reach 4.5:1 (WCAG 2.1 AA). Else the error names the
 * nearest darker shade that does.
 */
export function readPrimaryColour(ctx: Context, node: Node): string | null | undefined {
  if (node.type === 'null') return null;
  const text = node.type === 'string' ? String(node.value).trim() : '';
  const rgb = parseHexColour(text);
  if (rgb === null) {
    ctx.error(node, `"organisation.primaryColour" must be a colour written as # and six hexadecimal digits, e.g. "#1a5276", not ${describe(node)}`);
    return undefined;
  }
  const ratio = contrastRatio(rgb, WHITE);
  if (ratio < AA_TEXT) {
    const shade = shadeReaching(rgb, WHITE, AA_TEXT);
    ctx.error(node, `"organisation.primaryColour" ${JSON.stringify(text)} is too light: the site shows white text on it, and its contrast with white is ${ratioText(ratio)},`
      + ` below the 4.5:1 that WCAG 2.1 AA asks; a darker shade of it that passes is "${shade}" (${ratioText(contrastRatio(parseHexColour(shade)!, WHITE))})`);
    return undefined;
  }
  return hexColour(rgb);
}

// ---- the contact -----------------------------------------------------------------------------

/** Words of a role, a team or a function: the part before @ of a contact must be or hold one. */
export const ROLE_WORDS: readonly string[] = [
  'csr', 'esg', 'kontakt', 'contact', 'info', 'baeredygtighed', 'bæredygtighed', 'sustainability', 'samfundsansvar',
  'miljoe', 'miljø', 'environment', 'klima', 'climate', 'post', 'mail', 'presse', 'press', 'kommunikation',
  'communication', 'communications', 'compliance', 'dpo', 'gdpr', 'sekretariat', 'secretariat', 'office', 'kontor',
  'service', 'support', 'hello', 'rapport', 'report', 'hr', 'team',
];

const ADDRESS = /^([A-Za-z0-9æøåÆØÅ._%+-]+)@([A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,})$/;

/**
 * `organisation.contact`: the CSR contact published on every page. Only the address of a role or
 * a team is taken (csr@…, kontakt@…): a person's address would publish personal data, and its
 * part before @ is then refused unless it is or holds a role word. The address itself is never
 * repeated in a message.
 */
export function readContact(ctx: Context, node: Node): string | null | undefined {
  if (node.type === 'null') return null;
  const text = node.type === 'string' ? String(node.value).trim() : '';
  const m = ADDRESS.exec(text);
  if (m === null) {
    ctx.error(node, '"organisation.contact" must be an e-mail address such as "csr@example.dk"');
    return undefined;
  }
  const parts = (m[1] ?? '').toLowerCase().split(/[._+-]+/).filter((p) => p !== '');
  if (!parts.some((p) => ROLE_WORDS.includes(p))) {
    ctx.error(node, '"organisation.contact" looks like a person\'s address: the site publishes it on every page, so it must be the address of a role or a team,'
      + ` never a person's (that would be personal data); write e.g. csr@…, kontakt@…, esg@… or baeredygtighed@…. The part before @ must be or hold one of: ${ROLE_WORDS.join(', ')}`);
    return undefined;
  }
  return text;
}

// ---- the publication dates -------------------------------------------------------------------

/** `publicationDates`: `{ "2025": "2026-03-31" }`, the day each year's report is published. */
export function readPublicationDates(ctx: Context, node: Node): Readonly<Record<string, string>> | undefined {
  if (!isObject(ctx, node, 'publicationDates')) return undefined;
  const result: Record<string, string> = {};
  let ok = true;
  for (const [year, entry] of entries(ctx, node, 'publicationDates', null)) {
    if (!/^\d{4}$/.test(year)) {
      ctx.error(entry.key, `"publicationDates": each key must be a reporting year of four digits, e.g. "2025", not ${quote(year)}`);
      ok = false;
      continue;
    }
    const text = entry.value.type === 'string' ? String(entry.value.value) : '';
    const date = /^\d{4}-\d{2}-\d{2}$/.test(text) ? { year: Number(text.slice(0, 4)), month: Number(text.slice(5, 7)), day: Number(text.slice(8, 10)) } : null;
    if (date === null || isoDate(date.year, date.month, date.day) === null) {
      ctx.error(entry.value, `"publicationDates": the day the ${year} report is published must be a date written "YYYY-MM-DD", e.g. "${Number(year) + 1}-03-31", not ${describe(entry.value)}`);
      ok = false;
      continue;
    }
    if (date.year < Number(year)) {
      ctx.error(entry.value, `"publicationDates": the ${year} report cannot be published in ${date.year}, before its year begins; check the year and the date`);
      ok = false;
      continue;
    }
    result[year] = text;
  }
  return ok ? result : undefined;
}
