// The HTTP side of the live preview (`npm start`, serve.ts): what keeps it private and robust.
// Eleventy's dev server serves the preview's folder; this module fastens itself onto the server
// Eleventy makes (each time it makes one) and
// - makes it listen on one address, 127.0.0.1 unless the user chose another with --host;
// - answers a malformed or escaping path (`/..%2fpackage.json`, `/%2e%2e/`, backslashes, NUL,
//   a `%` escape that does not decode) and a request for a host name other than this computer's
//   (a web page using DNS rebinding to read the preview) with 400, never a crash;
// - sends the pages' Content-Security-Policy as a header too;
// - runs the build's output scan (verify/scan.ts) on every file it serves, and shows an error page
//   instead of one that holds a CPR number, an input e-mail address or an employee_id.

import { createHash } from 'node:crypto';
import { promises as fs } from 'node:fs';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import net from 'node:net';
import path from 'node:path';
import type { FindingKind, PrivateInputValues } from '../verify/scan.ts';
import { scanText } from '../verify/scan.ts';
import { UI } from '../render/catalogue/index.ts';
import { PAGE_POLICY } from '../render/policy.ts';
import type { Language } from '../model/records.ts';

/** The policy of the pages' meta tag, sent as a header too (render/policy.ts). */
export const PREVIEW_CSP = PAGE_POLICY;

/** The address the preview listens on unless --host says otherwise. */
export const DEFAULT_HOST = '127.0.0.1';

/** True for an address (or `localhost`) that only this computer can reach. */
export function isLoopbackHost(host: string): boolean {
  const h = host.toLowerCase().replace(/^\[(.*)\]$/, '$1');
  if (h === 'localhost' || h === '::1' || h === '0:0:0:0:0:0:0:1') return true;
  if (net.isIPv4(h)) return h.startsWith('127.');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/.exec(h);
  return mapped !== null && mapped[1]!.startsWith('127.');
}

/** The warning printed when the preview listens on an address other computers can reach. */
export function hostWarning(host: string): string | null {
  if (isLoopbackHost(host)) return null;
  return `warning: the preview listens on ${host}: other computers on the network can open it, and it shows data that is not published yet (drafts, and errors that quote the data). Leave out --host to keep the preview on this computer only.`;
}

/**
 * Why a request target cannot be served (a sentence for the 400 answer), or null when it can:
 * it must be a path starting with one `/`, its `%` escapes must decode, and no part of it may be
 * `.` or `..`, hold a backslash, a NUL or another control character, or an escaped `/`.
 */
export function requestProblem(target: string | undefined): string | null {
  if (target === undefined || !target.startsWith('/') || target.startsWith('//')) return 'the address must be a path on this site';
  const end = target.search(/[?#]/);
  const raw = end === -1 ? target : target.slice(0, end);
  let decoded: string;
  try {
    decoded = decodeURIComponent(raw);
  } catch {
    return 'the address holds a % escape that does not decode';
  }
  if (/[\u0000-\u001f\u007f\\]/.test(decoded) || /[\u0000-\u001f\u007f\\]/.test(raw)) return 'the address holds a backslash or a control character';
  if (/%2f/i.test(raw)) return 'the address holds an escaped /';
  if (decoded.split('/').some((part) => part === '.' || part === '..')) return 'the address leaves the site';
  return null;
}

/** True when the Host header names this computer (or is absent): a guard against DNS rebinding. */
export function isLocalHostHeader(hostHeader: string | undefined): boolean {
  if (hostHeader === undefined || hostHeader === '') return true;
  const name = hostHeader.startsWith('[') ? hostHeader.slice(0, hostHeader.indexOf(']') + 1) : hostHeader.replace(/:\d*$/, '');
  return isLoopbackHost(name) || name.toLowerCase().endsWith('.localhost');
}

/** The parts of Eleventy's dev server (@11ty/eleventy-dev-server 2) this module uses. */
export interface EleventyDevServerLike {
  readonly server: Server;
  readonly dir: string;
  options: { middleware?: unknown[]; headers?: Record<string, string> };
  _serverListen(port: number): void;
  onRequestHandler(req: IncomingMessage, res: ServerResponse): Promise<void>;
  mapUrlToFilePath(url: string): { statusCode: number; filepath?: string; url?: string };
  getFileContentType(filepath: string, res: ServerResponse): string | undefined;
}

export interface GuardOptions {
  /** The address to listen on. */
  readonly host: string;
  /** The values the output scan looks for (the last good read's); read on every request. */
  readonly secrets: () => PrivateInputValues;
  /** One terminal line (ends with a newline). */
  readonly write: (text: string) => void;
  /** The server could not listen (the port and the next ones in use, no permission, no such address). */
  readonly onListenError: (error: NodeJS.ErrnoException, port: number) => void;
}

/** A taken port: the next one is tried, this many times (as Eleventy's dev server does). */
const PORT_RETRIES = 10;

type Middleware = (this: EleventyDevServerLike, req: IncomingMessage, res: ServerResponse, next: () => unknown) => Promise<unknown>;

/** Fastens the guards onto a dev server Eleventy has just made; call before it listens. */
export function guardDevServer(server: EleventyDevServerLike, options: GuardOptions): void {
  const reported = new Map<string, string>();
  const checkHost = isLoopbackHost(options.host);

  // The dev server listens on every address and throws (a crash) when ten ports are taken:
  // listening, and what happens when it fails, are taken over here.
  let retries = 0;
  let errorsTaken = false;
  server._serverListen = function listen(this: EleventyDevServerLike, port: number): void {
    const http = this.server;
    if (!errorsTaken) {
      errorsTaken = true;
      http.removeAllListeners('error');
      http.on('error', (error: NodeJS.ErrnoException) => {
        if (error.code === 'EADDRINUSE' && port !== 0 && retries < PORT_RETRIES) {
          retries++;
          port++;
          http.listen({ port, host: options.host });
        } else {
          options.onListenError(error, port);
        }
      });
    }
    http.listen({ port, host: options.host });
  };

  const original = server.onRequestHandler.bind(server);
  server.onRequestHandler = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    try {
      if (checkHost && !isLocalHostHeader(req.headers.host)) return plain(res, 400, 'Bad request: this preview answers only to localhost and 127.0.0.1.\n');
      const problem = requestProblem(req.url);
      if (problem !== null) return plain(res, 400, `Bad request: ${problem}.\n`);
      if (req.method !== 'GET' && req.method !== 'HEAD') return plain(res, 405, 'The preview only answers GET and HEAD requests.\n');
      res.setHeader('Content-Security-Policy', PREVIEW_CSP);
      await original(req, res);
    } catch (error) {
      options.write(`error: the preview could not answer a request for ${safeTarget(req.url)}: ${error instanceof Error ? error.message : String(error)}\n`);
      if (!res.headersSent) plain(res, 500, 'The preview could not answer this request; the terminal where npm start runs says why.\n');
      else res.destroy();
    }
  };

  const scanned: Middleware = async function scanned(this: EleventyDevServerLike, req, res, next) {
    const match = this.mapUrlToFilePath(req.url ?? '/');
    if (match.statusCode === 200 && match.filepath !== undefined) return serveChecked(this, res, match.filepath, 200);
    const notFound = path.join(this.dir, '404.html');
    if (match.statusCode === 404 && (await isFile(notFound))) {
      (res as ServerResponse & { isCustomErrorPage?: boolean }).isCustomErrorPage = true;
      return serveChecked(this, res, notFound, 404);
    }
    return next();
  };
  server.options.middleware = [scanned, ...(server.options.middleware ?? [])];

  /** The SHA-256 of files checked clean, per set of private values (a new read's values start afresh). */
  const cleanBytes = new WeakMap<object, Set<string>>();
  async function serveChecked(dev: EleventyDevServerLike, res: ServerResponse, filepath: string, status: number): Promise<void> {
    const bytes = await fs.readFile(filepath);
    const file = path.relative(dev.dir, filepath).split(path.sep).join('/');
    // Read as the build's scan reads it (scanOutput): UTF-16 where it has that BOM, else UTF-8.
    const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.toString('utf16le') : bytes.toString('utf8');
    let found: { kind: FindingKind; offset: number }[];
    const secrets = options.secrets();
    // A file whose bytes were checked clean against these very values is not checked again (a
    // page asked for again and again while an edit is awaited).
    let clean = cleanBytes.get(secrets);
    if (clean === undefined || clean.size >= CLEAN_MEMO_LIMIT) cleanBytes.set(secrets, clean = new Set());
    const digest = createHash('sha256').update(bytes).digest('hex');
    try {
      found = clean.has(digest) ? [] : scanText(text, secrets);
    } catch (error) {
      // Fail closed: a page that could not be checked is not shown.
      options.write(`${file}:1: error: the preview could not check this page for personal data (${error instanceof Error ? error.message : String(error)}), so it does not show it\n`);
      return withheld(res, [`${file}: the page could not be checked for personal data.`], pageLanguage(text));
    }
    if (found.length > 0) {
      const lines = found.map((f) => `${file}:${lineAt(text, f.offset)}: error: this page ${withheldReason(f.kind)}`);
      const signature = lines.join('\n');
      if (reported.get(file) !== signature) {
        reported.set(file, signature);
        options.write(`${signature}\n`);
      }
      return withheld(res, found.map((f) => `${file}, line ${lineAt(text, f.offset)}: this page ${withheldReason(f.kind)}.`), pageLanguage(text));
    }
    clean.add(digest);
    reported.delete(file);
    res.statusCode = status;
    for (const [key, value] of Object.entries(dev.options.headers ?? {})) res.setHeader(key, value);
    const contentType = dev.getFileContentType(filepath, res);
    if (contentType === undefined) {
      res.end(bytes);
      return;
    }
    res.setHeader('Content-Type', contentType);
    if (contentType.startsWith('text/html')) {
      const html = bytes.toString('utf8');
      res.setHeader('Content-Security-Policy', metaPolicy(html) ?? PREVIEW_CSP);
      // A string, so that the dev server adds its reload script.
      res.end(html);
      return;
    }
    res.end(bytes);
  }
}

/** At most this many clean files are remembered per set of values (then the memo starts again). */
const CLEAN_MEMO_LIMIT = 10_000;

const BUILD_COMMAND = '<code>npm run build</code>';

/** The language of a page (its <html lang>); null for a file that is no page of the site. */
function pageLanguage(text: string): Language | null {
  const lang = /<html lang="(da|en)"/.exec(text.slice(0, 2000))?.[1];
  return lang === 'da' || lang === 'en' ? lang : null;
}

/**
 * Served instead of a page that fails the output scan: the reason, never the value. In the
 * page's language (its heading and explanation; the other language's explanation after it),
 * English first for a file that is no page.
 */
function withheld(res: ServerResponse, reasons: readonly string[], lang: Language | null): void {
  res.statusCode = 200;
  res.setHeader('Content-Type', 'text/html; charset=utf-8');
  res.setHeader('Content-Security-Policy', PREVIEW_CSP);
  res.setHeader('Cache-Control', 'no-store');
  const items = reasons.map((r) => `<li>${escapeHtml(r)}</li>`).join('\n');
  // The catalogues' words are plain text: escaped, with the command's code element put in.
  const main: Language = lang ?? 'en';
  const other: Language = main === 'en' ? 'da' : 'en';
  const [first, second] = [UI[main].withheld, UI[other].withheld];
  const explain = (words: (command: string) => string): string => escapeHtml(words('\0')).replace('\0', BUILD_COMMAND);
  res.end(`<!DOCTYPE html>
<html lang="${main}">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${escapeHtml(PREVIEW_CSP)}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(first.title)}</title>
</head>
<body>
<main>
<h1>${escapeHtml(first.heading)}</h1>
<ul lang="en">
${items}
</ul>
<p>${explain(first.explain)}</p>
<p lang="${other}">${explain(second.explain)}</p>
</main>
</body>
</html>
`);
}

function withheldReason(kind: FindingKind): string {
  const tail = 'the preview does not show it, and npm run build would refuse to publish it';
  switch (kind) {
    case 'cpr':
      return `holds a CPR number; ${tail}. Remove the CPR number from the input file it came from (report.json, a CSV file or a narrative)`;
    case 'email':
      return `holds an e-mail address from the input files; ${tail}. Remove it from the text it came from`;
    case 'employee_id':
      return `holds an employee_id from employees.csv; ${tail}. Check the narrative and text columns for the id`;
  }
}

/** The policy of a page's own Content-Security-Policy meta tag, if it has one. */
function metaPolicy(html: string): string | null {
  const head = html.slice(0, Math.max(0, html.indexOf('</head>')) || 4096);
  const tag = /<meta\s+http-equiv="Content-Security-Policy"\s+content="([^"]*)"/i.exec(head);
  return tag === null ? null : tag[1]!.replace(/&#39;|&apos;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, '&');
}

function plain(res: ServerResponse, status: number, text: string): void {
  res.statusCode = status;
  res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.setHeader('Content-Security-Policy', "default-src 'none'");
  res.end(text);
}

/** The request target for a terminal line: printable ASCII only, at most 200 characters. */
function safeTarget(target: string | undefined): string {
  return (target ?? '').replace(/[^\x21-\x7e]/g, '?').slice(0, 200);
}

async function isFile(file: string): Promise<boolean> {
  return (await fs.stat(file).catch(() => null))?.isFile() ?? false;
}

function lineAt(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
