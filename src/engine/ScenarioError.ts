/**
 * The error of an invalid scenario, in a file of its own so that the command
 * line can recognise it without loading the schema (start-up time).
 */

/** One problem found in a scenario. */
export interface ScenarioIssue {
  /** Dotted path of the field, e.g. `systems[0].places[1].pcns[2]`. */
  path: string;
  /** What is wrong and what is allowed. */
  message: string;
}

/** Thrown when a scenario is invalid. `message` lists every issue with the source. */
export class ScenarioError extends Error {
  constructor(
    readonly source: string,
    readonly issues: ScenarioIssue[],
  ) {
    super(issues.map((i) => `${source}: ${i.path || '(root)'}: ${i.message}`).join('\n'));
    this.name = 'ScenarioError';
  }
}
