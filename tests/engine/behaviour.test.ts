/**
 * Behaviour is unchanged unless a commit means it to change: every model's
 * summary for seeds 1-5 equals the recorded fixture, bit for bit, over the
 * metric registry's stable metrics (src/engine/metrics.ts): a metric added
 * since is not compared until `npm run fixtures:behaviour` re-records them
 * (and its entry is marked stable), and every recorded value must still be a
 * stable metric's (issue 10's and issue 23's restructurings pass this untouched).
 *
 * Fields merged on purpose since the fixtures were recorded are mapped here,
 * not re-recorded, so the mapping itself is checked:
 * - `outcomes.byYear` (a list of {year, fy, surplus, breakeven, deficit}) held
 *   the counts that `yearly[year]` also holds; it was removed so the summary
 *   holds each value once. Each recorded entry must equal `yearly[year]`'s
 *   counts (and its label `fyLabel(year)`).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fyLabel, type Summary } from '../../src/engine/index.ts';
import { behaviourSummaries, stableMetrics } from '../helpers/behaviour.ts';
import { rawModel } from '../helpers/models.ts';

const dir = join(import.meta.dirname, 'fixtures', 'behaviour');
const fixtures = readdirSync(dir).filter((f) => f.endsWith('.json'));

describe('behaviour fixtures: every model, seeds 1-5', () => {
  it('has a fixture for every model', () => {
    const models = readdirSync(join(import.meta.dirname, '..', '..', 'models')).filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json');
    expect(fixtures.sort()).toEqual(models.sort());
  });
  for (const file of fixtures) {
    const name = file.replace(/\.json$/, '');
    it(`${name}: the summaries equal the recorded ones`, () => {
      const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { summaries: RecordedSummary[] };
      const now = behaviourSummaries(rawModel(name), name);
      const expected = recorded.summaries.map((r, i) => mapMerged(r, now[i]!));
      // Nothing recorded has left the registry or stopped being stable.
      expect(expected.map((r) => stableMetrics(r))).toEqual(expected);
      expect(now).toEqual(expected);
    });
  }
});

/** A summary as recorded, with the fields merged since. */
type RecordedSummary = Summary & { outcomes: Summary['outcomes'] & { byYear?: Array<{ year: number; fy: string; surplus: number; breakeven: number; deficit: number }> } };

/** The recorded summary with merged fields removed, after checking each against where its values now live. */
function mapMerged(recorded: RecordedSummary, now: Summary): Summary {
  const { byYear, ...outcomes } = recorded.outcomes;
  if (byYear) {
    expect(byYear.map((y) => y.year)).toEqual(Object.keys(now.yearly).map(Number));
    for (const y of byYear) {
      const v = now.yearly[String(y.year)]!;
      expect({ fy: y.fy, surplus: y.surplus, breakeven: y.breakeven, deficit: y.deficit }).toEqual({ fy: fyLabel(y.year), surplus: v.surplus, breakeven: v.breakeven, deficit: v.deficit });
    }
  }
  return { ...recorded, outcomes };
}
