/**
 * `npm run fuzz -- [--runs N] [--seed S] [--jobs J] [--failures FILE] [--replay FILE]`
 * `npm run fuzz -- --metamorphic [--relations R1,R2] [--runs N] [--seed S] [--jobs J]`
 *
 * Draws N fuzz cases (src/fuzz/fuzzCase.ts), runs and checks each
 * (src/fuzz/checkResult.ts), prints a summary and writes every failing
 * case to FILE (NDJSON, default fuzz-failures.ndjson) for reproduction:
 * `--replay FILE` runs those cases again. J child processes share the
 * cases (default: one per core). Exits 1 when any case failed.
 *
 * With --metamorphic, each valid case is checked against the relations of
 * src/fuzz/metamorphic.ts instead (same seed twice, summary-only, checkpoint
 * and resume, money times 10, each list reversed; --relations picks some):
 * the tally per relation is printed, and the exit code is 1 when any broke.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync, writeFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addTally, emptyTally, formatTally, runFuzz, type FailedCase, type FuzzTally } from '../src/fuzz/runFuzz.ts';
import { runFuzzCase, isFailure } from '../src/fuzz/runFuzzCase.ts';
import { RELATIONS, type Relation } from '../src/fuzz/metamorphic.ts';
import { addMetamorphicTally, emptyMetamorphicTally, formatMetamorphicTally, runMetamorphic, type MetamorphicTally } from '../src/fuzz/runMetamorphic.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string' },
    failures: { type: 'string', default: 'fuzz-failures.ndjson' },
    replay: { type: 'string' },
    metamorphic: { type: 'boolean', default: false },
    relations: { type: 'string' },
    // Internal: a child process's slice.
    from: { type: 'string' },
    to: { type: 'string' },
  },
});

const whole = (flag: string, v: string, min: number) => {
  if (!/^\d+$/.test(v) || Number(v) < min) {
    process.stderr.write(`fuzz: --${flag} ${v}: expected a whole number of at least ${min}\n`);
    process.exit(2);
  }
  return Number(v);
};

if (values.replay) {
  // Reruns saved failures: prints each case's outcome now.
  let failed = 0;
  for (const line of readFileSync(values.replay, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const f = JSON.parse(line) as FailedCase;
    const r = runFuzzCase(f.case);
    if (isFailure(r.outcome)) failed++;
    process.stdout.write(`case ${f.seed}/${f.index}: was ${f.outcome}, now ${r.outcome}${r.detail ? `: ${r.detail.slice(0, 300)}` : ''}\n`);
  }
  process.exit(failed ? 1 : 0);
}

const seed = whole('seed', values.seed, 0);
const relations = (values.relations ?? RELATIONS.join(',')).split(',').map((r) => r.trim()) as Relation[];
for (const r of relations) {
  if (!RELATIONS.includes(r)) {
    process.stderr.write(`fuzz: --relations: "${r}" is not a relation (${RELATIONS.join(', ')})\n`);
    process.exit(2);
  }
}
/**
 * Shares cases 0..runs-1 between `jobs` child processes (this script with `args`, each given its
 * --from/--to slice) and collects the message each child sends before it exits.
 */
async function inChildren<T>(runs: number, jobs: number, args: string[], what: string): Promise<T[]> {
  const self = fileURLToPath(import.meta.url);
  const slices = Array.from({ length: jobs }, (_, j) => [Math.floor((runs * j) / jobs), Math.floor((runs * (j + 1)) / jobs)] as const);
  return Promise.all(
    slices.map(
      ([from, to]) =>
        new Promise<T>((resolve, reject) => {
          const child = fork(self, [...args, '--seed', String(seed), '--from', String(from), '--to', String(to)], { execArgv: ['--import', 'tsx'] });
          let got: T | undefined;
          child.on('message', (m) => (got = m as T));
          child.on('exit', (code) => (got ? resolve(got) : reject(new Error(`${what} worker for cases ${from}-${to} exited with code ${code}`))));
        }),
    ),
  );
}

if (values.metamorphic) {
  if (values.from !== undefined && process.send) {
    const tally = runMetamorphic(seed, Number(values.from), Number(values.to), relations);
    process.send({ tally }, () => process.exit(0));
  } else {
    const runs = whole('runs', values.runs, 1);
    const jobs = Math.min(runs, values.jobs ? whole('jobs', values.jobs, 1) : availableParallelism());
    const t0 = performance.now();
    const tallies = (await inChildren<{ tally: MetamorphicTally }>(runs, jobs, ['--metamorphic', '--relations', relations.join(',')], 'metamorphic fuzz')).map((m) => m.tally);
    const tally = tallies.reduce((a, t) => addMetamorphicTally(a, t), emptyMetamorphicTally());
    process.stdout.write(formatMetamorphicTally(tally, relations, performance.now() - t0));
    process.exit(relations.some((r) => tally.byRelation[r]!.broken > 0) ? 1 : 0);
  }
} else if (values.from !== undefined && process.send) {
  // A child: run a slice, send the failures and the tally to the parent.
  const failures: FailedCase[] = [];
  const tally = runFuzz(seed, Number(values.from), Number(values.to), (f) => failures.push(f));
  process.send({ tally, failures }, () => process.exit(0));
} else {
  const runs = whole('runs', values.runs, 1);
  const jobs = Math.min(runs, values.jobs ? whole('jobs', values.jobs, 1) : availableParallelism());
  const t0 = performance.now();
  const results = await inChildren<{ tally: FuzzTally; failures: FailedCase[] }>(runs, jobs, [], 'fuzz');
  const tally = results.reduce((a, r) => addTally(a, r.tally), emptyTally());
  const failures = results.flatMap((r) => r.failures);
  process.stdout.write(formatTally(tally, performance.now() - t0));
  if (failures.length) {
    writeFileSync(values.failures, failures.map((f) => JSON.stringify(f)).join('\n') + '\n');
    process.stdout.write(`${failures.length} failing cases written to ${values.failures} (rerun them with npm run fuzz -- --replay ${values.failures})\n`);
  }
  process.exit(failures.length ? 1 : 0);
}
