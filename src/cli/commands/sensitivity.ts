/**
 * `icsim sensitivity`: a global sensitivity analysis of a model (a Morris
 * screen or Sobol' indices) run as a sweep over the design's points, and
 * `icsim sensitivity analyse`, which turns the finished file into indices.
 */
import {
  applyVariant,
  formatOf,
  SweepError,
} from '../../sweep/index.ts';
import { analyseSensitivity, sensitivityCsv, sensitivityTable } from '../../sweep/analyseSensitivity.ts';
import { parameterGroup, parseParam, type RangedParameter } from '../../sweep/parameterSpace.ts';
import { planSensitivity, type SensitivityMethod } from '../../sweep/sensitivityPlan.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { runSweepFile, SWEEP_FILE_ARGS } from '../runSweepFile.ts';
import { readOut, readSweepArgs, wholeNumber } from '../readSweepArgs.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { checkMetrics } from '../checkMetrics.ts';
import { requireReadable } from '../requireReadable.ts';
import { sweepErrorToCli } from '../sweepErrorToCli.ts';

/** The metrics analysed when none is named. */
export const DEFAULT_METRICS = ['gpInfluence', 'outcomes.deficit'];

const help = `Usage: icsim sensitivity [MODEL] --method morris|sobol --out FILE [options]
       icsim sensitivity analyse FILE [--metric NAME]... [--out BASE]

Global sensitivity analysis of MODEL (default: models/default.json). The
design of a Morris screen or a Sobol' analysis becomes the design points of
a sweep, run on a pool of worker threads and streamed to FILE (.ndjson or
.csv) like icsim sweep: resumable, shardable (--shard i/N, then icsim
merge). When the whole design is done, the indices are printed and written
beside FILE (FILE.sensitivity.csv and .json); icsim sensitivity analyse
FILE does the same for a merged or resumed file, for any metric.

Parameters (uniform on their ranges):
  --param path=lo:hi        a numeric field and its range (repeatable)
  --group PREFIX            every numeric field under PREFIX with a plausible
                            range (repeatable; e.g. governance, governance.gp,
                            costs, all); default governance when no --param
                            is given. Ranges: docs/SENSITIVITY.md
Design:
  --method morris|sobol     Morris elementary effects (a screen: mu*, sigma)
                            or Sobol' first-order and total indices
  --trajectories T          Morris trajectories (default 10)
  --levels L                Morris grid levels, even (default 4)
  --n N                     Sobol' base sample, a power of two (default 64);
                            runs = N × (parameters + 2) × reps
  --reps R                  replications at each point, averaged (default 3);
                            replication r runs with seed "S:r" everywhere
  --seed S                  seed of the design and the runs (default: the model's)
  --metric NAME             a summary column to analyse (repeatable; default
                            ${DEFAULT_METRICS.join(' and ')}); any column can be
                            analysed later with icsim sensitivity analyse
  --variant NAME            a variant of the model file
  --years N                 years to simulate (1-50)
  --set path=value          override a field of the model (repeatable); an
                            input by year takes a series as JSON or one year,
                            e.g. --set costs.payAward.2025=0.06
Running:
  --out FILE                output, .ndjson or .csv (required)
  --workers N               worker threads (default: one per core; 0 runs here)
  --resume                  continue FILE
  --shard i/N, --shards N   run one slice of the runs (as icsim sweep)
  --quiet                   no progress output
  -h, --help                show this help

analyse:
  --metric NAME             metric(s) to analyse (default: those of the run)
  --out BASE                write BASE.csv and BASE.json (default: FILE
                            without its extension, plus .sensitivity)
  --top N                   parameters printed per metric (default 15)
`;

export const sensitivityCommand: Command = {
  name: 'sensitivity',
  help,
  async run(args) {
    try {
      if (args[0] === 'analyse' || args[0] === 'analyze') return analyse(args.slice(1));
      return await runAnalysis(args);
    } catch (e) {
      if (e instanceof SweepError) throw sweepErrorToCli(e);
      throw e;
    }
  },
};

/** The base name of the analysis files of a sweep file. */
function analysisBase(file: string): string {
  return file.replace(/\.(ndjson|jsonl|csv)$/i, '') + '.sensitivity';
}

/** Analyses a finished file: prints the table, writes BASE.csv and BASE.json. */
function writeAnalysis(file: string, metrics: readonly string[] | undefined, base: string, top: number): void {
  const a = analyseSensitivity(file, metrics);
  const csv = sensitivityCsv(a);
  const json = JSON.stringify(a, null, 2) + '\n';
  writeAtomic(`${base}.csv`, csv);
  writeAtomic(`${base}.json`, json);
  process.stdout.write(sensitivityTable(a, top));
  process.stdout.write(`\nwrote ${base}.csv and ${base}.json\n`);
}

function analyse(args: string[]): number {
  const parsed = parseCommandArgs(args, { metric: { type: 'string', multiple: true, default: [] }, out: { type: 'string' }, top: { type: 'string' } }, help);
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  if (positionals.length !== 1) throw new CliError(`sensitivity analyse takes one FILE; got ${positionals.length}`);
  const file = positionals[0]!;
  requireReadable(file);
  formatOf(file);
  const top = wholeNumber('--top', values.top, 1, 100_000) ?? 15;
  writeAnalysis(file, values.metric.length ? values.metric : undefined, values.out ?? analysisBase(file), top);
  return 0;
}

async function runAnalysis(args: string[]): Promise<number> {
  const parsed = parseCommandArgs(
    args,
    {
      method: { type: 'string' },
      param: { type: 'string', multiple: true, default: [] },
      group: { type: 'string', multiple: true, default: [] },
      metric: { type: 'string', multiple: true, default: [] },
      trajectories: { type: 'string' },
      levels: { type: 'string' },
      n: { type: 'string' },
      reps: { type: 'string', default: '3' },
      variant: { type: 'string' },
      ...SWEEP_FILE_ARGS,
    },
    help,
  );
  if (!parsed) return 0;
  const { values, positionals } = parsed;
  // Everything is checked before anything is written or run.
  if (positionals.length > 1) throw new CliError(`sensitivity takes one MODEL file; got ${positionals.length} (to analyse a file: icsim sensitivity analyse FILE)`);
  if (values.method !== 'morris' && values.method !== 'sobol') throw new CliError(`--method ${values.method ?? '(missing)'}: expected morris or sobol`);
  const method: SensitivityMethod = values.method;
  readOut(values);
  if (method === 'morris' && values.n !== undefined) throw new CliError('--n applies to --method sobol; a Morris screen takes --trajectories');
  if (method === 'sobol' && (values.trajectories !== undefined || values.levels !== undefined)) throw new CliError('--trajectories and --levels apply to --method morris; a Sobol\u2019 analysis takes --n');
  const trajectories = wholeNumber('--trajectories', values.trajectories, 2, 10_000);
  const levels = wholeNumber('--levels', values.levels, 2, 100);
  const n = wholeNumber('--n', values.n, 4, 1_000_000);
  const reps = wholeNumber('--reps', values.reps, 1, 10_000)!;
  const target = readSweepArgs(values, positionals);
  const { out, label, raw, modelSha256, seed, shard } = target;

  const params: RangedParameter[] = values.param.map(parseParam);
  const groups = values.group.length ? values.group : params.length ? [] : ['governance'];
  if (groups.length) {
    const data = values.variant ? applyVariant(raw, values.variant) : raw;
    for (const p of parameterGroup(data, groups, label)) if (!params.some((q) => q.path === p.path)) params.push(p);
  }
  const metrics = values.metric.length ? values.metric : DEFAULT_METRICS;
  const plan = planSensitivity({ model: label, raw, modelSha256, sets: target.sets, variant: values.variant, method, params, metrics, trajectories, levels, n, reps, seed });

  checkMetrics(plan, metrics);

  const design = method === 'morris' ? `${plan.header.sensitivity.trajectories} trajectories` : `n = ${plan.header.sensitivity.n}`;
  const r = await runSweepFile({
    command: 'sensitivity',
    plan,
    target,
    resume: values.resume,
    quiet: values.quiet,
    describe: `sensitivity ${plan.header.id}: ${method}, ${params.length} parameters, ${design}: ${plan.points.length} points × ${reps} rep${reps === 1 ? '' : 's'} = ${plan.total} runs`,
  });
  if (r.code !== 0) return r.code;
  if (shard) {
    process.stdout.write(`${out}: shard ${shard.index}/${shard.count} is done; when every shard is, run icsim merge SHARD... --out FILE, then icsim sensitivity analyse FILE\n`);
    return 0;
  }
  writeAnalysis(out, metrics, analysisBase(out), 15);
  return 0;
}
