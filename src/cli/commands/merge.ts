/** `icsim merge`: the shard files of one sweep into one file, every run exactly once. */
import { mergeShards, SweepError } from '../../sweep/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';

const help = `Usage: icsim merge SHARD... --out FILE

Merges the shard files of one sweep (icsim sweep --shard i/N, or a cluster
array job) into FILE, with the rows in run order. Checks that every file is
from the same sweep and that every run of the sweep is present exactly once;
on any problem nothing is written. FILE must have the shards' format
(.ndjson or .csv).

Options:
  --out FILE    merged output (required)
  -h, --help    show this help
`;

export const mergeCommand: Command = {
  name: 'merge',
  summary: 'merge the shard files of a sweep, checking every run is present once',
  help,
  async run(args) {
    const parsed = parseCommandArgs(args, { out: { type: 'string' } }, help);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (!values.out) throw new CliError('--out FILE is required');
    if (positionals.length === 0) throw new CliError('merge needs at least one SHARD file');
    if (positionals.includes(values.out)) throw new CliError(`--out ${values.out} is also an input`);
    try {
      const r = mergeShards(positionals, values.out);
      process.stdout.write(`${values.out}: ${r.runs} runs of sweep ${r.header.id} from ${positionals.length} file${positionals.length === 1 ? '' : 's'}\n`);
      return 0;
    } catch (e) {
      if (e instanceof SweepError) throw new CliError(e.message, 1);
      throw e;
    }
  },
};
