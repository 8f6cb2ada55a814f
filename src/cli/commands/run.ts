/** `icsim run`: one simulation, a readable summary or the full JSON result. */
import { runScenario, type RunResult } from '../../engine/index.ts';
import type { Command } from '../command.ts';
import { CliError } from '../CliError.ts';
import { loadModel } from '../loadModel.ts';
import { writeAtomic } from '../writeAtomic.ts';
import { formatSummary } from '../formatSummary.ts';
import { parseCommandArgs } from '../parseCommandArgs.ts';
import { selectSystem, SystemNotFoundError } from '../../data/selectSystem.ts';
import type { Scenario } from '../../engine/index.ts';

/** The scenario with only the named system; an unknown name is bad input (exit 2) listing the closest. */
function oneSystem(scenario: Scenario, query: string, seed: string | number | undefined): Scenario {
  try {
    return selectSystem(scenario, query, seed);
  } catch (e) {
    if (e instanceof SystemNotFoundError) throw new CliError(`--system: ${e.message}`);
    throw e;
  }
}

const help = `Usage: icsim run [MODEL] [options]

Runs one simulation of MODEL (default: models/default.json).

Options:
  --seed N           seed (integer or text); default: the scenario's seed
  --years N          years to simulate (1-50); default: the scenario's
  --variant NAME     apply the scenario's named variant (its overrides) first
  --system NAME      run one system alone, by name or code (e.g. --system
                     "Lancashire and South Cumbria" or --system QE1); an
                     unknown name lists the closest
  --set path=value   override a field, e.g. --set allocation.growthRate=0.02
                     (repeatable; validated like the file). Inputs by year
                     (growth, inflation, pay award, ...) take one number or a
                     series: --set 'costs.payAward={"2024":0.05,"2025":0.06}',
                     or one year: --set costs.payAward.2025=0.06 (a number
                     becomes a series from startYear; the last value holds)
  --json             print the full result as JSON
  --out FILE         write the full JSON result to FILE (only when the run succeeds)
  -h, --help         show this help
`;

/**
 * Parses a seed given on the command line: digits are a number, anything
 * else is text. The scenario schema allows non-negative integers and
 * non-empty text, so an empty seed is refused here as it would be in a file.
 * @throws CliError for an empty seed
 */
export function parseSeed(text: string): string | number {
  if (text.trim() === '') throw new CliError(`--seed ${JSON.stringify(text)}: expected a non-negative integer or a non-empty text`);
  return /^\d+$/.test(text) && Number.isSafeInteger(Number(text)) ? Number(text) : text;
}

export const runCommand: Command = {
  name: 'run',
  help,
  async run(args) {
    const parsed = parseCommandArgs(
      args,
      {
        seed: { type: 'string' },
        variant: { type: 'string' },
        system: { type: 'string' },
        years: { type: 'string' },
        set: { type: 'string', multiple: true, default: [] },
        json: { type: 'boolean', default: false },
        out: { type: 'string' },
      },
      help,
    );
    if (!parsed) return 0;
    const { values, positionals } = parsed;
    if (positionals.length > 1) throw new CliError(`run takes one MODEL file; got ${positionals.length}`);
    const sets = [...(values.set ?? [])];
    if (values.years !== undefined) {
      if (!/^\d+$/.test(values.years)) throw new CliError(`--years ${values.years}: expected a whole number of years from 1 to 50`);
      sets.push(`years=${values.years}`);
    }
    const loaded = loadModel(positionals[0], sets, values.variant).scenario;
    const seed = values.seed !== undefined ? parseSeed(values.seed) : undefined;
    const scenario = values.system === undefined ? loaded : oneSystem(loaded, values.system, seed);
    // The printed summary needs only the summary: without --json or --out the run keeps nothing else (same summary, bit for bit).
    const full = Boolean(values.json || values.out);
    const result: RunResult = runScenario(scenario, { seed, summaryOnly: !full });
    if (full) {
      const json = JSON.stringify(result);
      if (values.out) writeAtomic(values.out, json + '\n');
      if (values.json) process.stdout.write(json + '\n');
    }
    if (!values.json) process.stdout.write(formatSummary(result));
    return 0;
  },
};
