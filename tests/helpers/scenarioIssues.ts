/** Test helper: the lines of the error a scenario is rejected with (none when it validates). */
import { parseScenario, ScenarioError } from '../../src/engine/index.ts';

/** Validates `raw` as `test.json` and returns each line of its ScenarioError, or [] when it is valid. */
export function issues(raw: unknown): string[] {
  try {
    parseScenario(raw, 'test.json');
  } catch (e) {
    if (e instanceof ScenarioError) return e.message.split('\n');
    throw e;
  }
  return [];
}
