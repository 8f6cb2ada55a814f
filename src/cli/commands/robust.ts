/**
 * `icsim robust`: which option stays good across the futures a board cannot
 * control. The options (variants of the model) run at every point of a
 * Latin hypercube over the uncertainties, with common random numbers (the
 * same replication seeds for every option at a point), as a sweep: resumable
 * and shardable like `icsim sweep`. Then, per metric, the regret table and
 * the satisficing shares (`icsim robust analyse` for a merged or resumed file).
 */
import { parseVary, planSweep, SweepError } from '../../sweep/index.ts';
import { readSweepRuns } from '../../sweep/readSweepRuns.ts';
import { parseRobustMetric, parseRobustThreshold, robustAnalysis, robustText, type RobustMetric, type RobustThreshold } from '../../sweep/robustAnalysis.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { EXIT } from '../exitCodes.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { readOut, readSweepArgs, wholeNumber } from '../readSweepArgs.ts';
import { runSweepFile, SWEEP_FILE_ARGS } from '../runSweepFile.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { checkMetrics } from '../checkMetrics.ts';

const help = `Usage: icsim robust [MODEL] --option VARIANT --option VARIANT... --uncertain path=lo:hi...
                    --points N --metric METRIC:max|min... --out FILE [options]
       icsim robust analyse FILE... --metric METRIC:max|min... [--satisfice COND]... [--json] [--out FILE.json]

Runs each option (a variant of MODEL, default models/default.json; "base"
is the file as it is) at N points of a Latin hypercube over the uncertain
inputs, R replications each, with common random numbers: replication r of
every option at every point runs with seed "S:r". The runs stream to FILE
(.ndjson or .csv) as icsim sweep writes them: resumable (--resume),
shardable (--shard i/N, then icsim merge, or give the shards to icsim robust
analyse). When all are done, prints per metric each option's regret (how far
it falls short of the best option in the same future: largest, 90th
percentile, median) and the share of futures in which it meets the
--satisfice thresholds, and writes them to FILE.robust.json.

Design:
  --option VARIANT          an option (repeatable; two or more)
  --uncertain path=lo:hi    an uncertain input and its range (repeatable)
  --points N                futures (Latin hypercube points; default 200)
  --reps R                  replications per option and future (default 3)
  --metric METRIC:max|min   a summary column and whether larger (max) or
                            smaller (min) is better (repeatable; required)
  --satisfice "M>=V"        a threshold an option should meet (M>=V or M<=V;
                            repeatable); shares are given for each and for all
  --seed S, --years N, --set path=value    as icsim sweep
Running:
  --out FILE                the runs, .ndjson or .csv (required)
  --workers N, --resume, --shard i/N, --shards N, --quiet   as icsim sweep
  --json                    print the analysis as JSON
  -h, --help                show this help

analyse:
  FILE...                   a finished file, or the shards of one sweep
  --out FILE.json           where to write the analysis (default: FILE
                            without its extension, plus .robust.json)
`;

interface Analysis {
  metrics: RobustMetric[];
  thresholds: RobustThreshold[];
}

function readAnalysis(metric: readonly string[], satisfice: readonly string[]): Analysis {
  if (!metric.length) throw new CliError('--metric METRIC:max|min is required (repeatable), e.g. --metric gpInfluence:max');
  try {
    return { metrics: metric.map(parseRobustMetric), thresholds: satisfice.map(parseRobustThreshold) };
  } catch (e) {
    if (e instanceof SweepError) throw new CliError(e.message);
    throw e;
  }
}

/** The base name of the analysis file of a sweep file. */
const analysisFile = (file: string) => file.replace(/\.(ndjson|jsonl|csv)$/i, '') + '.robust.json';

function analyseFiles(files: string[], a: Analysis, out: string, json: boolean): number {
  let report;
  try {
    const runs = readSweepRuns(files);
    if (runs.missing || runs.failed) process.stderr.write(`robust: ${runs.missing} runs missing and ${runs.failed} failed in ${files.join(', ')}; futures without every option are left out\n`);
    report = robustAnalysis(runs, a.metrics, a.thresholds, files);
  } catch (e) {
    if (e instanceof SweepError) throw new CliError(e.message);
    throw e;
  }
  const text = JSON.stringify(report, null, 1) + '\n';
  writeAtomic(out, text);
  process.stdout.write(json ? text : robustText(report) + `\nwrote ${out}\n`);
  return EXIT.ok;
}

function analyse(args: string[]): number {
  const parsed = parseCommandArgs(
    args,
    { metric: { type: 'string', multiple: true, default: [] }, satisfice: { type: 'string', multiple: true, default: [] }, out: { type: 'string' }, json: { type: 'boolean', default: false } },
    help,
  );
  if (!parsed) return EXIT.ok;
  const { values, positionals } = parsed;
  if (!positionals.length) throw new CliError('robust analyse takes the sweep FILE (or its shards)');
  const a = readAnalysis(values.metric, values.satisfice);
  if (values.out !== undefined && !/\.json$/i.test(values.out)) throw new CliError(`--out ${values.out}: the file name must end in .json`);
  return analyseFiles(positionals, a, values.out ?? analysisFile(positionals[0]!), values.json);
}

export const robustCommand: Command = {
  name: 'robust',
  help,
  async run(args) {
    if (args[0] === 'analyse' || args[0] === 'analyze') return analyse(args.slice(1));
    const parsed = parseCommandArgs(
      args,
      {
        option: { type: 'string', multiple: true, default: [] },
        uncertain: { type: 'string', multiple: true, default: [] },
        points: { type: 'string', default: '200' },
        reps: { type: 'string', default: '3' },
        metric: { type: 'string', multiple: true, default: [] },
        satisfice: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        ...SWEEP_FILE_ARGS,
      },
      help,
    );
    if (!parsed) return EXIT.ok;
    const { values, positionals } = parsed;
    // Everything is checked before anything is written or run.
    if (positionals.length > 1) throw new CliError(`robust takes one MODEL file; got ${positionals.length} (to analyse a file: icsim robust analyse FILE)`);
    readOut(values);
    if (values.option.length < 2) throw new CliError('give two or more --option VARIANT (variants of the model; "base" is the file as it is)');
    if (new Set(values.option).size !== values.option.length) throw new CliError(`--option: an option is named twice (${values.option.join(', ')})`);
    if (!values.uncertain.length) throw new CliError('give one or more --uncertain path=lo:hi (the futures are a Latin hypercube over them)');
    const points = wholeNumber('--points', values.points, 2, 1_000_000)!;
    const reps = wholeNumber('--reps', values.reps, 1, 10_000)!;
    const a = readAnalysis(values.metric, values.satisfice);
    const target = readSweepArgs(values, positionals);
    let plan;
    try {
      const vary = values.uncertain.map((u) => {
        const v = parseVary(u);
        if (v.kind !== 'range' || v.step !== undefined) throw new CliError(`--uncertain ${u}: expected path=lo:hi, a numeric range`);
        return v;
      });
      plan = planSweep({ model: target.label, raw: target.raw, modelSha256: target.modelSha256, sets: target.sets, variants: values.option, vary, design: 'lhs', samples: points, reps, seed: target.seed });
    } catch (e) {
      if (e instanceof SweepError) throw new CliError(e.message.replace(/--vary/g, '--uncertain').replace(/--variant/g, '--option'));
      throw e;
    }
    checkMetrics(plan, [...new Set([...a.metrics.map((m) => m.metric), ...a.thresholds.map((t) => t.metric)])]);
    const r = await runSweepFile({
      command: 'robust',
      plan,
      target,
      resume: values.resume,
      quiet: values.quiet,
      describe: `robust ${plan.header.id}: ${values.option.length} options × ${points} futures × ${reps} rep${reps === 1 ? '' : 's'} = ${plan.total} runs`,
    });
    if (r.code !== 0) return r.code;
    if (target.shard) {
      process.stdout.write(`${target.out}: shard ${target.shard.index}/${target.shard.count} is done; when every shard is, run icsim robust analyse SHARD... --metric ...\n`);
      return EXIT.ok;
    }
    return analyseFiles([target.out], a, analysisFile(target.out), values.json);
  },
};
