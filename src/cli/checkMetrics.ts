/**
 * Checking, before a sweep starts, that every metric an analysis will read
 * is a numeric column of a run's row (shared by icsim sensitivity and icsim
 * robust), with a suggestion for a misspelt name.
 */
import { createRunOne, type SweepPlan } from '../sweep/index.ts';
import { CliError } from './CliError.ts';
import { distance } from 'fastest-levenshtein';

/**
 * Checks that every metric is a column of a run's row, by running the first
 * design point once (a fraction of a second; two more points when a metric
 * is missing there), so that a misspelt --metric fails before the sweep
 * rather than after it.
 */
export function checkMetrics(plan: SweepPlan, metrics: readonly string[]): void {
  const runOne = createRunOne(plan.context);
  const row = runOne(plan.task(0));
  let others: Array<Record<string, unknown>> | undefined;
  for (const m of metrics) {
    if (m in row && typeof row[m] === 'number') continue;
    // A field can be undefined in one run (left out of its row): look at two more points before refusing.
    others ??= [Math.floor(plan.points.length / 2), plan.points.length - 1].map((p) => runOne(plan.task(p)));
    if (others.some((r) => typeof r[m] === 'number')) continue;
    const near = Object.keys(row)
      .filter((c) => typeof row[c] === 'number')
      .map((c) => ({ c, d: distance(c.toLowerCase(), m.toLowerCase()) }))
      .filter((x) => x.d <= Math.max(2, Math.floor(m.length / 4)))
      .sort((a, b) => a.d - b.d || a.c.localeCompare(b.c))
      .slice(0, 5)
      .map((x) => x.c);
    throw new CliError(`--metric ${m}: not a numeric column of a run's summary${near.length ? `; similar: ${near.join(', ')}` : ' (see the columns of icsim sweep)'}`);
  }
}
