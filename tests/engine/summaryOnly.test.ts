/**
 * A summary-only run (sweeps) keeps no decision log or transfer history, and
 * its summary is the same, bit for bit, as a full run's.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { applyVariant, parseScenario, runScenario, variantNames } from '../../src/engine/index.ts';
import { rawModel } from '../helpers/models.ts';

const MODELS = readdirSync(new URL('../../models/', import.meta.url))
  .filter((f) => f.endsWith('.json') && f !== 'scenario.schema.json' && !f.startsWith('england'))
  .map((f) => f.replace(/\.json$/, ''));

describe('summary-only runs', () => {
  it.each(MODELS)('%s: every variant gives the full run\u2019s summary, bit for bit', (name) => {
    const raw = rawModel(name);
    for (const v of ['', ...variantNames(raw as never)]) {
      const s = parseScenario(v ? applyVariant(raw, v) : raw, name);
      const full = runScenario(s, { seed: 11, years: 2 });
      const slim = runScenario(s, { seed: 11, years: 2, summaryOnly: true });
      expect(JSON.stringify(slim.summary)).toBe(JSON.stringify(full.summary));
      expect(slim.decisions).toEqual([]);
      // No monthly series either: only what the summary reads is kept.
      expect(slim.series.month).toEqual([]);
      expect(slim.series.balances.every((b) => b.values.length === 0)).toBe(true);
      expect(full.series.month).toHaveLength(24);
    }
  });
});
