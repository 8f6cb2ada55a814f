/** `icsim summarise`: statistics of a sweep file per design point and variant, with paired differences from a baseline. */
import { formatCompleteness, formatSummaryCsv, formatSummaryTable, summariseSweep, SweepError } from '../../sweep/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { requireReadable } from '../requireReadable.ts';
import { sweepErrorToCli } from '../sweepErrorToCli.ts';

const help = `Usage: icsim summarise FILE [options]

Summarises a sweep file (.ndjson or .csv): for each design point (or --by
group) and variant, the number of runs, mean, standard deviation and t-based
95% confidence interval of each metric. With --baseline, also the mean
difference of each variant from the baseline, paired by design point and
replication (the runs share their random numbers), with its 95% interval:
the options appraisal table. Failed runs (rows with an "error" column) are
left out of the statistics; failed and missing runs are listed on stderr.

Options:
  --by COLUMN       group by this column instead of the full design point
                    (repeatable; e.g. a varied path, or "rep")
  --metric NAME     a metric, or a dotted prefix such as outcomes.byKind.acute
                    (repeatable; default: every metric that varies)
  --baseline NAME   variant to compare the others with
  --csv FILE        also write the table as CSV
  -h, --help        show this help
`;

export const summariseCommand: Command = {
  name: 'summarise',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        by: { type: 'string', multiple: true },
        metric: { type: 'string', multiple: true, default: [] },
        baseline: { type: 'string' },
        csv: { type: 'string' },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) throw new CliError(`summarise takes one sweep FILE; got ${positionals.length}`);
    requireReadable(positionals[0]!);
    let summary;
    try {
      summary = summariseSweep(positionals[0]!, { by: values.by, metrics: values.metric, baseline: values.baseline });
    } catch (e) {
      if (e instanceof SweepError) throw sweepErrorToCli(e);
      throw e;
    }
    const h = summary.header;
    process.stdout.write(
      `sweep ${h.id}: ${summary.rows - summary.failed} of ${summary.expected} runs${summary.failed ? ` (${summary.failed} failed)` : ''}${summary.missing ? ` (${summary.missing} missing)` : ''}` +
        `${h.shard ? ` in shard ${h.shard.index}/${h.shard.count} of ${h.runs}` : ''}; ${h.model}${h.sets?.length ? ` with --set ${h.sets.join(' --set ')}` : ''}; ` +
        `${h.vary.length ? h.vary.join(' ') : 'no varied fields'}; ${h.reps} reps, seed ${h.seed}\n`,
    );
    if (summary.constant.length) process.stdout.write(`(${summary.constant.length} metrics that never change are left out; name them with --metric)\n`);
    process.stderr.write(formatCompleteness(summary, positionals[0]!));
    process.stdout.write('\n' + formatSummaryTable(summary));
    if (values.csv) writeAtomic(values.csv, formatSummaryCsv(summary));
    return 0;
  },
};
