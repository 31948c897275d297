// The live server of `npm start`: Eleventy's dev server over templates/, with the data folder
// watched too. Before every build (the first, and one per saved file) the data is read again
// (serve-refresh.ts, through prepareReport's cache: only changed CSVs are parsed), and the page
// in the browser reloads. A data error goes to the terminal as the usual `path:line: error:`
// lines and onto every page as a banner, while the last good site stays visible below it.
// The server writes into its own folder, never into the built site. It listens on 127.0.0.1
// unless told otherwise, and checks every request and every file it serves (serve-http.ts).

import { rm } from 'node:fs/promises';
import path from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { Diagnostic } from '../model/diagnostics.ts';
import { formatDiagnostic, sortDiagnostics } from '../model/diagnostics.ts';
import { eleventyConfigFile, TEMPLATES_DIR, renderInputs } from '../render/eleventy.ts';
import { changedPages, renderEnvironmentKey } from '../render/page-cache.ts';
import { currentSiteData } from '../render/site-data.ts';
import { registerDevHooks, setPagesToRender } from '../render/model-store.ts';
import type { FileSource } from './prepare.ts';
import type { MemoryCache } from './cache.ts';
import { DataRefresher } from './serve-refresh.ts';
import { DEFAULT_HOST, guardDevServer, hostWarning, isLoopbackHost } from './serve-http.ts';
import type { EleventyDevServerLike } from './serve-http.ts';
import type { RefreshOutcome } from './serve-refresh.ts';
import { PROJECT_ROOT } from './tool.ts';

export { DEFAULT_HOST, hostWarning } from './serve-http.ts';

/** The preview could not start: the message says what to change (a port, --host). */
export class DevServerStartError extends Error {}

/** The live server's own output folder (ignored by git; never `_site/`). */
export const DEV_OUT_DIR = path.join(PROJECT_ROOT, '.cache', 'dev-site');

export interface DevServerOptions {
  /** Absolute path of the data folder. */
  readonly dataDir: string;
  /** Absolute path of the template folder (default: the tool's templates/; a test passes a copy). */
  readonly templatesDir?: string;
  /** The server's own output folder, emptied at start (default DEV_OUT_DIR). */
  readonly outDir?: string;
  /** The port; 0: any free port. If it is taken, the next free one is used. */
  readonly port: number;
  /**
   * The address to listen on (default 127.0.0.1: this computer only). Any other than a loopback
   * address prints a warning: other computers can then open the preview.
   */
  readonly host?: string;
  /** Only problems, no progress lines. */
  readonly quiet: boolean;
  /** The disk cache of file results (null: none). */
  readonly cacheDir: string | null;
  /** The in-process cache (default: the process's own). */
  readonly memoryCache?: MemoryCache | null;
  /** Told where each CSV file's result came from on every read of the data. */
  readonly onFile?: (file: string, source: FileSource) => void;
  /** Where the terminal lines go (default: standard error). */
  readonly write?: (text: string) => void;
}

export interface DevServer {
  /** `http://127.0.0.1:PORT/` (the address listened on; `localhost` for all addresses) */
  readonly url: string;
  readonly port: number;
  /** The address the server listens on, as its socket reports it (`127.0.0.1`). */
  readonly address: string;
  /** Builds finished so far (the first included). */
  readonly builds: number;
  /** Resolves when the build after this call has finished. */
  nextBuild(): Promise<void>;
  close(): Promise<void>;
}

/** The parts of Eleventy's object the server uses beyond the typed API. */
interface EleventyInternals {
  readonly logger: { overrideLogger(logger: LoggerLike | false): void };
  /** Made by init(); makes the dev server (again on a restart) through getServerModule. */
  readonly eleventyServe: {
    getServerModule(name: unknown): Promise<{ getServer(...args: unknown[]): EleventyDevServerLike }>;
    readonly server: EleventyDevServerLike;
  };
}

interface LoggerLike {
  log(message: string): void;
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

export async function startDevServer(options: DevServerOptions): Promise<DevServer> {
  const outDir = path.resolve(options.outDir ?? DEV_OUT_DIR);
  const templatesDir = path.resolve(options.templatesDir ?? TEMPLATES_DIR);
  const inputs = renderInputs(templatesDir);
  const write = options.write ?? ((text: string) => { process.stderr.write(text); });
  const terminal = new TerminalReport(write, options.quiet);
  const refresher = new DataRefresher({
    dataDir: options.dataDir,
    outDir,
    cacheDir: options.cacheDir,
    ...(options.memoryCache === undefined ? {} : { memoryCache: options.memoryCache }),
    ...(options.onFile === undefined ? {} : { onFile: options.onFile }),
  });

  let builds = 0;
  let started = 0;
  let dataRead = 0;
  let waiting: Array<() => void> = [];
  let shown = new Map<string, string>();
  let planned: Map<string, string> | null = null;

  // Stale pages of an earlier session (a year since removed) must not linger.
  await rm(outDir, { recursive: true, force: true });
  registerDevHooks({
    dataDir: options.dataDir,
    ...(options.templatesDir === undefined ? {} : { templatesDir }),
    serverOptions: {
      port: options.port,
      showVersion: false,
      messageOnStart: () => false,
      // Given so that Eleventy's serve() waits until the port is open.
      ready: async () => undefined,
    },
    beforeBuild: async () => {
      started = performance.now();
      terminal.outcome(await refresher.refresh(), builds === 0);
      dataRead = performance.now() - started;
      planned = planPages(shown, inputs);
    },
    afterBuild: async () => {
      const failed = await refresher.downloadsWritten();
      if (failed !== null) write(`${formatDiagnostic(failed)}\n`);
      // The pages now in the output folder, and the keys they were rendered from.
      shown = planned ?? new Map();
      planned = null;
      setPagesToRender(null);
      builds++;
      terminal.built(performance.now() - started, dataRead, builds === 1);
      const resolve = waiting;
      waiting = [];
      for (const r of resolve) r();
    },
  });

  const eleventy = new Eleventy(templatesDir, outDir, { configPath: await eleventyConfigFile(), runMode: 'serve', quietMode: true, source: 'script' });
  // Eleventy's own lines ("Wrote 50 files", "Watching…") are replaced by the server's; its
  // errors (a broken template) still reach the terminal.
  (eleventy as unknown as EleventyInternals).logger.overrideLogger({
    log: () => undefined,
    info: () => undefined,
    warn: (m) => write(`${m}\n`),
    error: (m) => write(`${m}\n`),
  });
  const host = options.host ?? DEFAULT_HOST;
  let failed: (error: Error) => void = () => undefined;
  const listenFailure = new Promise<never>((_resolve, reject) => { failed = reject; });
  listenFailure.catch(() => undefined);
  let address: string;
  let port: number;
  try {
    await eleventy.init();
    // Every dev server Eleventy makes (the first, and a new one if it restarts it) is guarded
    // before it listens: the address, the requests, the output scan of what it serves.
    const serve = (eleventy as unknown as EleventyInternals).eleventyServe;
    const serverModule = serve.getServerModule.bind(serve);
    serve.getServerModule = async (name) => {
      const module = await serverModule(name);
      return {
        getServer: (...args: unknown[]) => {
          const server = module.getServer(...args);
          guardDevServer(server, { host, secrets: () => refresher.privateValues, write, onListenError: (error, port) => failed(listenMessage(error, options.port, port, host)) });
          return server;
        },
      };
    };
    await eleventy.watch();
    await Promise.race([eleventy.serve(options.port), listenFailure]);
    const bound = serve.server.server.address();
    if (bound === null || typeof bound === 'string') throw new Error('the preview server has no address');
    // Fail closed: a preview asked to stay on this computer that listens elsewhere is stopped.
    if (isLoopbackHost(host) && !isLoopbackHost(bound.address)) throw new Error(`the preview listens on ${bound.address}, not on ${host}`);
    address = bound.address;
    port = bound.port;
  } catch (error) {
    await eleventy.stopWatch().catch(() => undefined);
    registerDevHooks(null);
    throw error;
  }
  failed = (error) => { write(`error: ${error.message}\n`); };
  const shownHost = address === '0.0.0.0' || address === '::' ? 'localhost' : address.includes(':') ? `[${address}]` : address;
  const url = `http://${shownHost}:${port}/`;
  const warning = hostWarning(host);
  if (warning !== null) write(`${warning}\n`);
  terminal.serving(url, options.dataDir);

  let closed: Promise<void> | null = null;
  return {
    url,
    port,
    address,
    get builds() {
      return builds;
    },
    nextBuild: () => new Promise<void>((resolve) => { waiting.push(resolve); }),
    close: () => {
      closed ??= (async () => {
        await eleventy.stopWatch();
        registerDevHooks(null);
        for (const r of waiting) r();
        waiting = [];
      })();
      return closed;
    },
  };
}

/** What to change when the server cannot listen. */
function listenMessage(error: NodeJS.ErrnoException, firstPort: number, port: number, host: string): DevServerStartError {
  switch (error.code) {
    case 'EADDRINUSE':
      return new DevServerStartError(`${firstPort === port ? `port ${port} is` : `the ports ${firstPort} to ${port} are`} in use by other programs; give a free one with --port, e.g. --port ${port + 10}`);
    case 'EACCES':
      return new DevServerStartError(`port ${port} may not be used without administrator rights; give one above 1023, e.g. --port 8080`);
    case 'EADDRNOTAVAIL':
    case 'ENOTFOUND':
    case 'EAI_AGAIN':
      return new DevServerStartError(`--host ${host} is not an address of this computer; leave out --host to use 127.0.0.1`);
    default:
      return new DevServerStartError(`the preview could not listen on ${host} port ${port}: ${error.message}`);
  }
}

/**
 * Tells Eleventy to render only the pages whose view (or banner, or templates) changed since the
 * server last rendered them (`shown`); returns the keys of every page, or null when the data
 * shows the error page (then everything is rendered, and nothing is taken as shown).
 */
function planPages(shown: ReadonlyMap<string, string>, inputs: readonly string[]): Map<string, string> | null {
  setPagesToRender(null);
  let site;
  try {
    site = currentSiteData();
  } catch {
    setPagesToRender(null);
    return null;
  }
  if (site.errorPages.length > 0 || site.pages.length === 0) {
    setPagesToRender(null);
    return null;
  }
  const environment = `${renderEnvironmentKey({ code: 'live', paths: inputs })} ${JSON.stringify(site.banner)}`;
  const { keys, toRender } = changedPages(shown, environment, site.pages);
  setPagesToRender(toRender);
  return keys;
}

/** What the person at the terminal sees: problems when they change, one line per update. */
class TerminalReport {
  readonly #write: (text: string) => void;
  readonly #quiet: boolean;
  #shownWarnings = '';
  #shownErrors = '';
  #hadErrors = false;

  constructor(write: (text: string) => void, quiet: boolean) {
    this.#write = write;
    this.#quiet = quiet;
  }

  serving(url: string, dataDir: string): void {
    const relative = path.relative(process.cwd(), dataDir);
    const shownDir = relative === '' ? '.' : relative.startsWith('..') ? dataDir : relative;
    this.#write(`Preview of ${shownDir} at ${url}\n`);
    if (!this.#quiet) {
      this.#write('Save a CSV file, report.json, a narrative or a template and the page in the browser updates by itself. Ctrl+C stops the preview.\n');
    }
  }

  outcome(outcome: RefreshOutcome, first: boolean): void {
    // Problems are printed when they change, not again on every save; warnings apart from
    // errors, so that a new error does not repeat the warnings above it.
    const errors = outcome.diagnostics.filter((d) => d.severity === 'error');
    const warningText = lines(outcome.diagnostics.filter((d) => d.severity === 'warning'));
    if (warningText !== this.#shownWarnings) {
      this.#write(warningText);
      this.#shownWarnings = warningText;
    }
    const errorText = lines(errors);
    if (errorText !== this.#shownErrors) {
      this.#write(errorText);
      this.#shownErrors = errorText;
      if (errors.length > 0) {
        const n = `${errors.length} ${errors.length === 1 ? 'error' : 'errors'}`;
        this.#write(outcome.ok === false && outcome.showing === 'last-good-site'
          ? `${n}: the preview shows the last good version of the site with these problems in a banner. Fix the file and save it.\n`
          : `${n}: the preview shows these problems instead of the site. Fix the file and save it.\n`);
      }
    }
    if (errors.length === 0 && this.#hadErrors && !first) this.#write('The errors are fixed: the preview shows the current data again.\n');
    this.#hadErrors = errors.length > 0;
  }

  built(ms: number, dataMs: number, first: boolean): void {
    if (this.#quiet || first) return;
    this.#write(`Updated the preview in ${Math.round(ms)} ms (the data read in ${Math.round(dataMs)} ms)\n`);
  }
}

function lines(diagnostics: readonly Diagnostic[]): string {
  return sortDiagnostics(diagnostics).map((d) => `${formatDiagnostic(d)}\n`).join('');
}
