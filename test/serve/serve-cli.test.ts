// `npm start` on the command line: a port or address that cannot be used, and a relative --data,
// are one line and exit 2, never a crash. Nothing here listens beyond 127.0.0.1.

import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import { promises as fs } from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';

const ROOT = path.join(import.meta.dirname, '..', '..');
const SERVE_CLI = process.env['SERVE_CLI'] ?? path.join(ROOT, 'src', 'cli', 'serve.ts');

function runServe(args: readonly string[], env: Record<string, string> = {}): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', SERVE_CLI, ...args], {
      cwd: ROOT,
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stderr = '';
    child.stderr.on('data', (c: Buffer) => { stderr += c.toString('utf8'); });
    child.stdout.resume();
    const timer = setTimeout(() => child.kill('SIGKILL'), 45_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stderr });
    });
  });
}

function listen(port: number): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer();
    server.once('error', () => resolve(null));
    server.listen({ port, host: '127.0.0.1' }, () => resolve(server));
  });
}

describe('npm start: the command line', () => {
  let dir = '';
  beforeAll(async () => {
    dir = await fs.mkdtemp(path.join(os.tmpdir(), 'serve-cli-'));
    await fs.mkdir(path.join(dir, 'mydata'));
    await fs.writeFile(path.join(dir, 'mydata', 'report.json'), '{ "organisation": { "name": "Org", "accessibilityStatementUrl": "https://example.org/a11y" }, "languages": ["en"] }\n');
  });
  afterAll(async () => {
    await fs.rm(dir, { recursive: true, force: true });
  });

  it('refuses a --host that is not an address, in one line', async () => {
    const { code, stderr } = await runServe(['--host', 'example.org; rm -rf /']);
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe('error: --host must be an IP address of this computer, e.g. --host 127.0.0.1 (the default) or --host 0.0.0.0 for every network');
  }, 60_000);

  it('says a --host of another computer cannot be used, exit 2, no stack trace', async () => {
    // 192.0.2.1 is TEST-NET-1 (RFC 5737): never an address of this computer.
    const { code, stderr } = await runServe(['--host', '192.0.2.1', '--port', '0', '--quiet', '--data', path.join(dir, 'mydata')]);
    expect(stderr).toContain('error: --host 192.0.2.1 is not an address of this computer; leave out --host to use 127.0.0.1\n');
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(code).toBe(2);
  }, 60_000);

  it('says when the port and the next ten are taken, exit 2, no stack trace', async () => {
    // Eleven free ports in a row on 127.0.0.1, each held by another program for the test.
    let held: net.Server[] = [];
    let first = 0;
    for (let tries = 0; tries < 20 && held.length < 11; tries++) {
      for (const s of held) s.close();
      held = [];
      first = 20_000 + Math.floor(Math.random() * 40_000);
      for (let p = first; p <= first + 10; p++) {
        const s = await listen(p);
        if (s === null) break;
        held.push(s);
      }
    }
    expect(held).toHaveLength(11);
    try {
      const { code, stderr } = await runServe(['--port', String(first), '--quiet', '--data', path.join(dir, 'mydata')]);
      expect(stderr).toContain(`error: the ports ${first} to ${first + 10} are in use by other programs; give a free one with --port, e.g. --port ${first + 20}\n`);
      expect(stderr).not.toMatch(/\n\s+at /);
      expect(code).toBe(2);
    } finally {
      for (const s of held) s.close();
    }
  }, 60_000);

  it('reads a relative --data from the folder npm was run from (INIT_CWD)', async () => {
    const { code, stderr } = await runServe(['--data', 'missing-data'], { INIT_CWD: dir });
    expect(code).toBe(2);
    expect(stderr.split('\n')[0]).toBe(`error: the data folder ${path.join(dir, 'missing-data')} does not exist; give it with --data DIR`);
  }, 60_000);
});
