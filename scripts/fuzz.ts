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
 * the tally per relation is printed, every broken relation is written to
 * FILE (default fuzz-broken.ndjson: seed, case index, model, relation and
 * what differed), and the exit code is 1 when any broke.
 *
 * Progress (cases done, rate, time left) goes to stderr. Failures are
 * written as they are found, so Ctrl-C (exit 130) keeps those of the cases
 * finished; the file is left untouched when nothing failed.
 */
import { fork } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { addTally, emptyTally, formatTally, runFuzz, type FailedCase, type FuzzTally } from '../src/fuzz/runFuzz.ts';
import { runFuzzCase, isFailure } from '../src/fuzz/runFuzzCase.ts';
import { RELATIONS, type Relation } from '../src/fuzz/metamorphic.ts';
import { addMetamorphicTally, emptyMetamorphicTally, formatMetamorphicTally, runMetamorphic, type BrokenRelation, type MetamorphicTally } from '../src/fuzz/runMetamorphic.ts';
import { createProgress } from '../src/sweep/progress.ts';
import { FailureFile } from '../src/fuzz/failureFile.ts';

const { values } = parseArgs({
  options: {
    runs: { type: 'string', default: '1000' },
    seed: { type: 'string', default: '1' },
    jobs: { type: 'string' },
    failures: { type: 'string' },
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
/** What a child sends after each case: the failures it found in it (plain fuzz or metamorphic). */
interface CaseMessage {
  caseDone: true;
  failures: Array<FailedCase | BrokenRelation>;
}

/**
 * Shares cases 0..runs-1 between `jobs` child processes (this script with `args`, each given its
 * --from/--to slice), shows progress, hands each case's failures to `onFailure` as they come, and
 * collects the message each child sends before it exits. Ctrl-C stops the children and exits 130
 * after saying how many cases were finished (their failures are already in the file).
 */
async function inChildren<T>(runs: number, jobs: number, args: string[], what: string, onFailure: (f: FailedCase | BrokenRelation) => void): Promise<T[]> {
  const self = fileURLToPath(import.meta.url);
  const slices = Array.from({ length: jobs }, (_, j) => [Math.floor((runs * j) / jobs), Math.floor((runs * (j + 1)) / jobs)] as const);
  const progress = createProgress({ total: runs, already: 0, stream: process.stderr, label: what });
  let done = 0;
  const children: ReturnType<typeof fork>[] = [];
  process.once('SIGINT', () => {
    for (const c of children) c.kill('SIGTERM');
    progress.stop();
    process.stderr.write(`\n${what}: interrupted after ${done} of ${runs} cases${failureNote()}\n`);
    process.exit(130);
  });
  try {
    return await Promise.all(
      slices.map(
        ([from, to]) =>
          new Promise<T>((resolve, reject) => {
            const child = fork(self, [...args, '--seed', String(seed), '--from', String(from), '--to', String(to)], { execArgv: ['--import', 'tsx'] });
            children.push(child);
            let got: T | undefined;
            child.on('message', (m) => {
              if ((m as CaseMessage).caseDone) {
                for (const f of (m as CaseMessage).failures) onFailure(f);
                progress.update(++done);
              } else got = m as T;
            });
            child.on('exit', (code) => (got ? resolve(got) : reject(new Error(`${what} worker for cases ${from}-${to} exited with code ${code}`))));
          }),
      ),
    );
  } finally {
    progress.stop();
  }
}

const failureFile = new FailureFile(values.failures ?? (values.metamorphic ? 'fuzz-broken.ndjson' : 'fuzz-failures.ndjson'));
const failureNote = () => (failureFile.count ? `; ${failureFile.count} failures written to ${failureFile.path}` : '');

if (values.metamorphic) {
  if (values.from !== undefined && process.send) {
    const send = process.send.bind(process);
    const tally = runMetamorphic(seed, Number(values.from), Number(values.to), relations, (_i, broken) => send({ caseDone: true, failures: broken } satisfies CaseMessage));
    send({ tally }, () => process.exit(0));
  } else {
    const runs = whole('runs', values.runs, 1);
    const jobs = Math.min(runs, values.jobs ? whole('jobs', values.jobs, 1) : availableParallelism());
    const t0 = performance.now();
    const tallies = (await inChildren<{ tally: MetamorphicTally }>(runs, jobs, ['--metamorphic', '--relations', relations.join(',')], 'metamorphic fuzz', (f) => failureFile.add(f))).map((m) => m.tally);
    const tally = tallies.reduce((a, t) => addMetamorphicTally(a, t), emptyMetamorphicTally());
    process.stdout.write(formatMetamorphicTally(tally, relations, performance.now() - t0));
    if (failureFile.count) process.stdout.write(`${failureFile.count} broken relations written to ${failureFile.path}\n`);
    process.exit(relations.some((r) => tally.byRelation[r]!.broken > 0) ? 1 : 0);
  }
} else if (values.from !== undefined && process.send) {
  // A child: run a slice, sending each case's failures as it goes, then the tally.
  const send = process.send.bind(process);
  let failures: FailedCase[] = [];
  const tally = runFuzz(
    seed,
    Number(values.from),
    Number(values.to),
    (f) => failures.push(f),
    undefined,
    () => {
      send({ caseDone: true, failures } satisfies CaseMessage);
      failures = [];
    },
  );
  send({ tally }, () => process.exit(0));
} else {
  const runs = whole('runs', values.runs, 1);
  const jobs = Math.min(runs, values.jobs ? whole('jobs', values.jobs, 1) : availableParallelism());
  const t0 = performance.now();
  const results = await inChildren<{ tally: FuzzTally }>(runs, jobs, [], 'fuzz', (f) => failureFile.add(f));
  const tally = results.reduce((a, r) => addTally(a, r.tally), emptyTally());
  process.stdout.write(formatTally(tally, performance.now() - t0));
  if (failureFile.count) process.stdout.write(`${failureFile.count} failing cases written to ${failureFile.path} (rerun them with npm run fuzz -- --replay ${failureFile.path})\n`);
  process.exit(failureFile.count ? 1 : 0);
}
