/** `icsim power`: Banzhaf and Shapley-Shubik indices of a weighted voting game. */
import { powerIndices, MAX_POWER_PLAYERS } from '../../engine/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';

const help = `Usage: icsim power --weights W1,W2,... --quota Q [--json]

Prints the structural power of each seat of the weighted voting game in which
a coalition wins when its total weight is at least Q: the Banzhaf index
(normalised, and absolute: the chance of being decisive) and the
Shapley-Shubik index. Exact for up to ${MAX_POWER_PLAYERS} seats.

Options:
  --weights LIST   comma-separated non-negative whole-number weights, e.g. 4,4,4,2,2,1
  --quota Q        winning threshold, above 0 and at most the total weight
  --json           print {weights, quota, banzhaf, banzhafAbsolute, shapleyShubik} as JSON
  -h, --help       show this help

Example (EEC Council of Ministers, 1958):
  icsim power --weights 4,4,4,2,2,1 --quota 12
`;

/** Parses a comma-separated list of non-negative integer weights. */
export function parseWeights(text: string): number[] {
  const parts = text.split(',').map((p) => p.trim());
  if (text.trim() === '' || parts.some((p) => p === '')) {
    throw new CliError(`--weights "${text}": expected a comma-separated list of whole numbers, e.g. 4,4,4,2,2,1`);
  }
  return parts.map((p) => {
    if (!/^\+?\d+$/.test(p) || !Number.isSafeInteger(Number(p))) {
      throw new CliError(`--weights: "${p}" is not a non-negative whole number`);
    }
    return Number(p);
  });
}

function pad(text: string, width: number): string {
  return text.padStart(width);
}

export const powerCommand: Command = {
  name: 'power',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        weights: { type: 'string' },
        quota: { type: 'string' },
        json: { type: 'boolean', default: false },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length > 0) throw new CliError(`unexpected argument "${positionals[0]}" (see icsim power --help)`);
    if (values.weights === undefined) throw new CliError('--weights is required, e.g. --weights 4,4,4,2,2,1');
    if (values.quota === undefined) throw new CliError('--quota is required, e.g. --quota 12');
    const weights = parseWeights(values.weights);
    if (weights.length > MAX_POWER_PLAYERS) throw new CliError(`--weights: at most ${MAX_POWER_PLAYERS} seats are supported; got ${weights.length}`);
    const total = weights.reduce((a, b) => a + b, 0);
    const quota = Number(values.quota);
    if (values.quota.trim() === '' || !Number.isFinite(quota)) throw new CliError(`--quota "${values.quota}" is not a number`);
    if (quota <= 0 || quota > total) throw new CliError(`--quota ${values.quota} is out of range: it must be above 0 and at most the total weight ${total}`);
    let result;
    try {
      result = powerIndices(weights, quota);
    } catch (e) {
      if (e instanceof RangeError) throw new CliError(e.message);
      throw e;
    }
    if (values.json) {
      const { banzhaf, banzhafAbsolute, shapleyShubik, swings } = result;
      process.stdout.write(JSON.stringify({ weights, quota, banzhaf, banzhafAbsolute, shapleyShubik, swings }) + '\n');
      return 0;
    }
    const lines = [
      `Weighted voting game [${quota}; ${weights.join(', ')}]: ${weights.length} seats, total weight ${total}`,
      '',
      `${pad('seat', 5)}  ${pad('weight', 7)}  ${pad('Banzhaf', 8)}  ${pad('abs. Banzhaf', 12)}  ${pad('Shapley-Shubik', 14)}`,
      ...weights.map(
        (w, i) =>
          `${pad(String(i + 1), 5)}  ${pad(String(w), 7)}  ${pad(result.banzhaf[i]!.toFixed(4), 8)}  ${pad(result.banzhafAbsolute[i]!.toFixed(4), 12)}  ${pad(result.shapleyShubik[i]!.toFixed(4), 14)}`,
      ),
      '',
    ];
    process.stdout.write(lines.join('\n'));
    return 0;
  },
};
