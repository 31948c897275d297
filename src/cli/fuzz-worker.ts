// One fuzz worker process (started by fuzz-run.ts with an IPC channel): keeps its own copy of the
// corpus, and for each case puts back the file the last case changed, writes the mutated file,
// and runs prepareReport on the folder (now and then the real build command too).

import { spawnSync } from 'node:child_process';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { prepareReport } from '../pipeline/prepare.ts';
import { caseSeed, mutateOne, readFolder, uncleanDiagnostics } from '../verify/fuzz.ts';

export interface CaseRequest {
  readonly type: 'case';
  readonly seed: number;
  readonly index: number;
  readonly cli: boolean;
}
export interface InitRequest {
  readonly type: 'init';
  readonly corpusDir: string;
  readonly workDir: string;
}
export type CaseOutcome = 'built' | 'errors' | 'crash';
export interface CaseReply {
  readonly index: number;
  readonly outcome: CaseOutcome;
  readonly file: string;
  readonly mutators: readonly string[];
  readonly detail: string;
}

const BUILD_CLI = path.resolve(path.dirname(fileURLToPath(import.meta.url)), 'build.ts');
const DIAGNOSTIC_LINE = /^[^\n:]+:\d+: (error|warning): /;
const COMMAND_LINE = /^(\d+ errors?, \d+ warnings?|The site was not built; the output folder was left as it was\.|Built the site in .*)$/;

let corpus = new Map<string, Buffer>();
let workDir = '';
let lastFile: string | null = null;

function send(message: CaseReply | { ready: true }): void {
  process.send?.(message);
}

async function runCase(req: CaseRequest): Promise<CaseReply> {
  if (lastFile !== null) await fs.writeFile(path.join(workDir, lastFile), corpus.get(lastFile)!);
  const m = mutateOne(corpus, caseSeed(req.seed, req.index));
  lastFile = m.file;
  await fs.writeFile(path.join(workDir, m.file), m.bytes);
  const base = { index: req.index, file: m.file, mutators: m.mutators };
  try {
    const result = await prepareReport(workDir);
    const problems = uncleanDiagnostics(result.diagnostics, result.ok);
    if (problems.length > 0) return { ...base, outcome: 'crash', detail: problems.join('; ') };
    if (req.cli) {
      const out = path.join(path.dirname(workDir), `${path.basename(workDir)}-site`);
      const run = spawnSync(process.execPath, ['--import', 'tsx', BUILD_CLI, '--data', workDir, '--out', out, '--quiet'], { encoding: 'utf8', timeout: 300_000 });
      const stray = run.stderr.split('\n').filter((l) => l !== '' && !DIAGNOSTIC_LINE.test(l) && !COMMAND_LINE.test(l));
      if (run.status !== (result.ok ? 0 : 1)) return { ...base, outcome: 'crash', detail: `the build command ended with ${String(run.status)} ${String(run.signal)}: ${stray.slice(0, 3).join(' | ')}` };
      if (stray.length > 0) return { ...base, outcome: 'crash', detail: `the build command printed: ${stray.slice(0, 3).join(' | ')}` };
    }
    return { ...base, outcome: result.ok ? 'built' : 'errors', detail: '' };
  } catch (error) {
    const detail = error instanceof Error ? `${error.name}: ${error.message}\n${(error.stack ?? '').split('\n').slice(1, 6).join('\n')}` : String(error);
    return { ...base, outcome: 'crash', detail };
  }
}

let current: CaseRequest | null = null;
function crashed(error: unknown): void {
  const detail = error instanceof Error ? `uncaught ${error.name}: ${error.message}\n${error.stack ?? ''}` : `uncaught ${String(error)}`;
  if (current !== null) send({ index: current.index, outcome: 'crash', file: lastFile ?? '', mutators: [], detail });
  process.exit(70);
}
process.on('uncaughtException', crashed);
process.on('unhandledRejection', crashed);

process.on('message', (msg: InitRequest | CaseRequest) => {
  void (async () => {
    if (msg.type === 'init') {
      corpus = await readFolder(msg.corpusDir);
      workDir = msg.workDir;
      await fs.rm(workDir, { recursive: true, force: true });
      await fs.cp(msg.corpusDir, workDir, { recursive: true });
      send({ ready: true });
      return;
    }
    current = msg;
    const reply = await runCase(msg);
    current = null;
    send(reply);
  })();
});
process.on('disconnect', () => process.exit(0));
