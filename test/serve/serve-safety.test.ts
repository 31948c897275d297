// The live preview of `npm start` is private and robust (issue 11, findings 6 and 7): it listens
// on 127.0.0.1 only, answers a malformed or escaping path with 400 and keeps serving, sends the
// pages' Content-Security-Policy as a header, and runs the build's output scan on what it serves.
// Every request goes to 127.0.0.1, written byte for byte on a socket (fetch would tidy the path).

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { MemoryCache } from '../../src/pipeline/cache.ts';
import { hostWarning, startDevServer } from '../../src/pipeline/serve.ts';
import type { DevServer } from '../../src/pipeline/serve.ts';

/** The CPR number put into the organisation's name: 1 January 1990, a real date. */
const CPR = '010190-1234';
const REPORT_JSON = `{
  "organisation": { "name": "Test Org ${CPR}", "accessibilityStatementUrl": "https://example.org/a11y" },
  "languages": ["da", "en"]
}
`;
/** The policy of the meta tag in templates/_includes/base.njk, copied by hand. */
const PAGE_POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'";

interface RawResponse {
  readonly status: number;
  readonly head: string;
  readonly body: string;
}

/** One HTTP/1.1 request to 127.0.0.1 with the request target exactly as given. */
function rawGet(port: number, target: string, host = `127.0.0.1:${port}`): Promise<RawResponse> {
  return new Promise((resolve, reject) => {
    const socket = net.connect({ host: '127.0.0.1', port });
    const chunks: Buffer[] = [];
    socket.setTimeout(15_000, () => socket.destroy(new Error(`no answer to GET ${target}`)));
    socket.on('connect', () => socket.write(`GET ${target} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`, 'latin1'));
    socket.on('data', (c: Buffer) => chunks.push(c));
    socket.on('error', reject);
    socket.on('close', () => {
      const text = Buffer.concat(chunks).toString('utf8');
      const split = text.indexOf('\r\n\r\n');
      const head = split === -1 ? text : text.slice(0, split);
      const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(head)?.[1] ?? NaN);
      resolve({ status, head, body: split === -1 ? '' : text.slice(split + 4) });
    });
  });
}

function header(response: RawResponse, name: string): string | null {
  const line = response.head.split('\r\n').find((l) => l.toLowerCase().startsWith(`${name.toLowerCase()}:`));
  return line === undefined ? null : line.slice(name.length + 1).trim();
}

describe('npm start: the preview is private and robust', () => {
  let dir = '';
  let out = '';
  let server: DevServer | null = null;
  const terminal: string[] = [];

  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-safety-data-'));
    out = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-safety-out-'));
    await fs.mkdir(path.join(dir, '2025', 'narrative'), { recursive: true });
    await fs.writeFile(path.join(dir, 'report.json'), REPORT_JSON);
    await fs.writeFile(path.join(dir, '2025', 'meetings.csv'), 'month,physical,virtual\n2025-01,3,1\n');
    await fs.writeFile(path.join(dir, '2025', 'narrative', 'overview.en.md'), '# Our year\n\nA quiet year.\n');
    server = await startDevServer({
      dataDir: dir,
      outDir: out,
      port: 0,
      quiet: true,
      cacheDir: null,
      memoryCache: new MemoryCache(),
      write: (text: string) => { terminal.push(text); },
    });
  }, 60_000);

  afterAll(async () => {
    await server?.close();
    await fs.rm(dir, { recursive: true, force: true });
    await fs.rm(out, { recursive: true, force: true });
  });

  it('listens on 127.0.0.1 only, and says so in its address', () => {
    expect(server!.address).toBe('127.0.0.1');
    expect(server!.url).toBe(`http://127.0.0.1:${server!.port}/`);
  });

  it('answers an escaping or malformed path with 400, without the file, and keeps serving', async () => {
    const port = server!.port;
    for (const target of [
      '/..%2fpackage.json',
      '/%2e%2e/package.json',
      '/%2E%2E%2Fpackage.json',
      '/../package.json',
      '/assets/..%5c..%5cpackage.json',
      '/..\\package.json',
      '/%E0%A4%A',
      '/index%00.html',
      '/%',
    ]) {
      const response = await rawGet(port, target);
      expect(response.status, target).toBe(400);
      expect(response.body, target).not.toContain('"name"');
      expect(response.body, target).not.toMatch(/at .*\.(js|ts):\d+/);
      // The preview still answers.
      expect((await rawGet(port, '/')).status, `GET / after ${target}`).toBe(200);
    }
  }, 60_000);

  it('answers a request for another host name (DNS rebinding) with 400', async () => {
    const response = await rawGet(server!.port, '/', 'attacker.example');
    expect(response.status).toBe(400);
    expect(response.body).not.toContain('Test Org');
    expect((await rawGet(server!.port, '/', `localhost:${server!.port}`)).status).toBe(200);
  }, 30_000);

  it('does not serve a CPR number in the name: the reader refuses it, and the preview shows the data\'s error instead', async () => {
    // The reader checks every text of report.json (issue 11), so the name never reaches a page;
    // the output scan of what is served is the next line of defence (the test below).
    const response = await rawGet(server!.port, '/');
    expect(response.status).toBe(200);
    expect(response.body).not.toContain(CPR);
    expect(response.body).toContain('<code>report.json</code>, line 2');
    const english = await rawGet(server!.port, '/en/');
    expect(english.body).not.toContain(CPR);
    const kpis = await rawGet(server!.port, '/downloads/2025/kpis.json');
    expect(kpis.body).not.toContain(CPR);
    // The terminal says which file and what to do, without the number.
    expect(terminal.join('')).toMatch(/^report\.json:\d+: error: .*CPR number/m);
    expect(terminal.join('')).not.toContain(CPR);
  }, 30_000);

  it('withholds any served file that holds a CPR number, even one the build did not make', async () => {
    await fs.writeFile(path.join(out, 'planted.txt'), `a note\nabout 2311856789\n`);
    const response = await rawGet(server!.port, '/planted.txt');
    expect(response.body).not.toContain('2311856789');
    expect(response.body).toContain('This page is not shown');
  }, 30_000);

  it('shows the page again once the name is fixed, with the pages\' Content-Security-Policy as a header', async () => {
    await fs.writeFile(path.join(dir, 'report.json'), REPORT_JSON.replace(` ${CPR}`, ''));
    let response = await rawGet(server!.port, '/');
    for (const until = Date.now() + 20_000; !response.body.includes('Test Org') && Date.now() < until; response = await rawGet(server!.port, '/')) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(response.body).toContain('Test Org');
    expect(response.body).not.toContain('This page is not shown');
    expect(response.body).toContain(`<meta http-equiv="Content-Security-Policy" content="${PAGE_POLICY}">`);
    expect(header(response, 'Content-Security-Policy')).toBe(PAGE_POLICY);
    const asset = await rawGet(server!.port, '/.11ty/reload-client.js');
    expect(header(asset, 'Content-Security-Policy')).toBe(PAGE_POLICY);
  }, 30_000);

  it('checks a file again when the data has new private values, though its bytes are the same', async () => {
    // Served twice clean (the second time its bytes are known clean against these values).
    await fs.writeFile(path.join(out, 'planted-id.txt'), 'a note about KX-40417\n');
    for (let i = 0; i < 2; i++) expect((await rawGet(server!.port, '/planted-id.txt')).body).toContain('KX-40417');
    // KX-40417 becomes an employee of the data: the same bytes are withheld from the next read on.
    await fs.writeFile(path.join(dir, '2025', 'employees.csv'), 'employee_id,gender,birth_year,origin,hire_date,end_date,fte,is_manager,graduation_date,department\nKX-40417,undisclosed,1980,undisclosed,2020-01-01,,1,no,,IT\n');
    let response = await rawGet(server!.port, '/planted-id.txt');
    for (const until = Date.now() + 20_000; response.body.includes('KX-40417') && Date.now() < until; response = await rawGet(server!.port, '/planted-id.txt')) {
      await new Promise((r) => setTimeout(r, 100));
    }
    expect(response.body).not.toContain('KX-40417');
    expect(response.body).toContain('This page is not shown');
  }, 30_000);
});

describe('--host: a warning for anything but this computer', () => {
  it('has no warning for the loopback addresses', () => {
    expect(hostWarning('127.0.0.1')).toBeNull();
    expect(hostWarning('127.0.0.2')).toBeNull();
    expect(hostWarning('::1')).toBeNull();
    expect(hostWarning('localhost')).toBeNull();
  });

  it('warns that other machines can open the preview and see unpublished data', () => {
    for (const host of ['0.0.0.0', '::', '192.168.1.20']) {
      const warning = hostWarning(host);
      expect(warning, host).toMatch(/^warning: /);
      expect(warning, host).toContain('other computers');
      expect(warning, host).toContain('not published');
    }
  });
});
