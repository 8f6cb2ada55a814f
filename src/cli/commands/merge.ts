/** `icsim merge`: the shard files of one sweep into one file, every run exactly once. */
import { mergeShards, SweepError } from '../../sweep/index.ts';
import type { Command } from '../command.ts';
import { existsSync } from 'node:fs';
import { CliError } from '../CliError.ts';
import { EXIT } from '../exitCodes.ts';
import { ioError, isFsError } from '../ioError.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { requireReadable } from '../requireReadable.ts';
import { sweepErrorToCli } from '../sweepErrorToCli.ts';
import { outputTarget } from '../writeAtomic.ts';

const help = `Usage: icsim merge SHARD... --out FILE

Merges the shard files of one sweep (icsim sweep --shard i/N, or a cluster
array job) into FILE, with the rows in run order. Checks that every file is
from the same sweep and that every run of the sweep is present exactly once;
on any problem nothing is written. FILE must have the shards' format
(.ndjson or .csv). Runs that failed (rows with an "error" column) count as
present and are reported.

Options:
  --out FILE    merged output (required)
  --force       replace FILE if it exists
  -h, --help    show this help
`;

export const mergeCommand: Command = {
  name: 'merge',
  help,
  async run(args) {
    const parsed = parseCommandArgs(args, { out: { type: 'string' }, force: { type: 'boolean', default: false } }, help);
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (!values.out) throw new CliError('--out FILE is required');
    if (positionals.length === 0) throw new CliError('merge needs at least one SHARD file');
    if (positionals.includes(values.out)) throw new CliError(`--out ${values.out} is also an input`);
    for (const p of positionals) requireReadable(p);
    if (!values.force && existsSync(values.out)) throw new CliError(`--out ${values.out} exists; add --force to replace it, or choose another file`);
    // A link is followed (its target is written, the link stays); a FIFO or device is never replaced by the merged file.
    const target = outputTarget(values.out);
    if (target.kind === 'stream') throw new CliError(`--out ${values.out}: merge writes a regular file (it checks every run before the file appears); write to a file, then copy it`);
    try {
      const r = mergeShards(positionals, target.path);
      process.stdout.write(`${values.out}: ${r.runs} runs of sweep ${r.header.id} from ${positionals.length} file${positionals.length === 1 ? '' : 's'}${r.failed ? `, ${r.failed} of them failed` : ''}\n`);
      if (r.failed) process.stderr.write(`merge: ${r.failed} of ${r.runs} runs failed (rows with an "error" column); icsim summarise ${values.out} lists them\n`);
      return EXIT.ok;
    } catch (e) {
      // Missing runs are incomplete work; other problems with the shards are bad input.
      if (e instanceof SweepError) throw sweepErrorToCli(e);
      if (isFsError(e)) {
        const input = positionals.find((p) => p === e.path);
        throw input ? ioError(e, 'cannot read the shard', input) : ioError(e, 'cannot write the merged file', values.out);
      }
      throw e;
    }
  },
};
