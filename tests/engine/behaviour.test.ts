/**
 * Behaviour is unchanged unless a commit means it to change: every model's
 * summary for seeds 1-5 equals the recorded fixture, bit for bit
 * (`npm run fixtures:behaviour` re-records them; issue 10's restructuring
 * must pass this untouched).
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { behaviourSummaries } from '../helpers/behaviour.ts';
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
      const recorded = JSON.parse(readFileSync(join(dir, file), 'utf8')) as { summaries: unknown[] };
      expect(behaviourSummaries(rawModel(name), name)).toEqual(recorded.summaries);
    });
  }
});
