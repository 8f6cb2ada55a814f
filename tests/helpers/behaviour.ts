/** The runs whose summaries the behaviour fixtures record (scripts/record-behaviour.ts). */
import { parseScenario, runScenario, type Summary } from '../../src/engine/index.ts';

/** Seeds of the recorded runs. */
export const BEHAVIOUR_SEEDS = [1, 2, 3, 4, 5] as const;

/** The summary of a model's base scenario for each seed, as plain JSON (what the fixtures hold). */
export function behaviourSummaries(raw: unknown, name: string): Summary[] {
  const s = parseScenario(raw, `models/${name}.json`);
  return BEHAVIOUR_SEEDS.map((seed) => JSON.parse(JSON.stringify(runScenario(s, { seed, summaryOnly: true }).summary)) as Summary);
}
