// `npm run fuzz -- --runs N [--seed S] [--only I] [--workers W] [--time-limit MS] [--cli-every K] [--data DIR]`
// Mutates the example data folder N times (src/verify/fuzz.ts) and requires every case to end
// in success or clean `path:line: error:` lines: never an uncaught exception, never a hang.
// Exit 0 with no crash and no hang, 1 otherwise; every failure is printed with its replay command.

import { parseArgs } from 'node:util';
import path from 'node:path';
import { runFuzz } from '../src/cli/fuzz-run.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string' },
    only: { type: 'string' },
    workers: { type: 'string', default: '2' },
    'time-limit': { type: 'string', default: '15000' },
    'cli-every': { type: 'string', default: '1000' },
    data: { type: 'string', default: 'data' },
  },
  strict: true,
});

const whole = (name: string, v: string | undefined): number => {
  const n = Number(v);
  if (v === undefined || !/^\d+$/.test(v) || !Number.isSafeInteger(n)) {
    process.stderr.write(`error: --${name} needs a whole number\n`);
    process.exit(2);
  }
  return n;
};

const seed = values.seed === undefined ? Math.floor(Math.random() * 2 ** 31) : whole('seed', values.seed);
const runs = whole('runs', values.runs);
process.stdout.write(`fuzz: seed ${seed}, ${values.only === undefined ? `${runs} runs` : `case ${values.only}`}\n`);
let shown = 0;
const summary = await runFuzz({
  dataDir: path.resolve(values.data),
  runs,
  seed,
  only: values.only === undefined ? undefined : whole('only', values.only),
  workers: Math.max(1, whole('workers', values.workers)),
  timeLimitMs: whole('time-limit', values['time-limit']),
  cliEvery: whole('cli-every', values['cli-every']),
  onProgress: (done, total) => {
    const step = Math.max(1, Math.floor(total / 20));
    if (done % step === 0 || done === total) {
      process.stdout.write(`  ${done}/${total}\n`);
      shown++;
    }
  },
});
void shown;
for (const f of summary.failures) {
  process.stdout.write(`${f.kind.toUpperCase()} case ${f.index} (${f.file} ${f.mutators.join('+')}): ${f.detail}\n  replay: ${f.replay}\n`);
}
const crashes = summary.failures.filter((f) => f.kind === 'crash').length;
const hangs = summary.failures.filter((f) => f.kind === 'hang').length;
process.stdout.write(`fuzz: seed ${seed}: ${summary.runs} runs (${summary.built} built, ${summary.errors} with clean errors, ${summary.cliRuns} through the build command), ${crashes} crashes, ${hangs} hangs, ${summary.seconds} s\n`);
process.exitCode = crashes + hangs === 0 ? 0 : 1;
