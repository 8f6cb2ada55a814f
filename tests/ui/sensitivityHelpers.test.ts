/**
 * The Sensitivity panel's parameter sets, metric labels and the words
 * beside its chart.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { numericFields, parameterGroup, parseParam, PLAUSIBLE_RANGES } from '../../src/sweep/parameterSpace.ts';
import { morrisReading } from '../../src/ui/morrisReading.ts';
import type { MorrisRow } from '../../src/ui/morrisScreen.ts';
import { DOCUMENTED, PARAMETER_SETS, screenParameters } from '../../src/ui/screenParameters.ts';
import { SENSITIVITY_METRICS, sensitivityMetric } from '../../src/ui/sensitivityMetrics.ts';
import { ROOT } from '../sweep/helpers.ts';

const raw = JSON.parse(readFileSync(join(ROOT, 'models', 'default.json'), 'utf8'));

describe('screenParameters', () => {
  it('gives every parameter with a documented range, at that range', () => {
    const ps = screenParameters(raw, DOCUMENTED);
    expect(ps.map((p) => p.path).sort()).toEqual(Object.keys(PLAUSIBLE_RANGES).sort());
    for (const p of ps) expect([p.lo, p.hi, p.source]).toEqual([PLAUSIBLE_RANGES[p.path]!.lo, PLAUSIBLE_RANGES[p.path]!.hi, PLAUSIBLE_RANGES[p.path]!.why]);
  });

  it('gives a group as icsim sensitivity --group does', () => {
    for (const set of PARAMETER_SETS.filter((s) => s.id !== DOCUMENTED)) expect(screenParameters(raw, set.id)).toEqual(parameterGroup(raw, [set.id], 'x'));
    expect(PARAMETER_SETS[0]!.id).toBe(DOCUMENTED);
  });
});

describe('inputs by year in a screen', () => {
  it('are numeric fields (one number for every year), with their bounds', () => {
    expect(numericFields().find((f) => f.path === 'costs.payAward')).toMatchObject({ integer: false, min: -0.05, max: 0.3 });
    expect(numericFields().find((f) => f.path === 'demand.growth.acute')).toMatchObject({ min: -0.2, max: 0.3 });
    expect(parseParam('costs.payAward=0.03:0.06')).toMatchObject({ path: 'costs.payAward', lo: 0.03, hi: 0.06 });
  });

  it('take their documented range when the model holds a series, saying it replaces the series', () => {
    const series = { ...raw, allocation: { ...raw.allocation, growthRate: { 2024: 0.02, 2025: 0.04 } } };
    const growth = screenParameters(series, DOCUMENTED).find((p) => p.path === 'allocation.growthRate')!;
    expect(growth).toMatchObject({ lo: 0.01, hi: 0.05 });
    expect(growth.source).toMatch(/one number for every year in place of the model’s series by year$/);
    // Without a documented range a series has no centre for the ±50% band, so it is left out.
    const pay = { ...raw, costs: { ...raw.costs, payAward: { 2024: 0.05, 2025: 0.06 } } };
    expect(parameterGroup(pay, ['costs'], 'x').map((p) => p.path)).not.toContain('costs.payAward');
    expect(parameterGroup(raw, ['costs'], 'x').map((p) => p.path)).toContain('costs.payAward');
  });
});

describe('sensitivityMetric', () => {
  it('labels every metric offered, with a name for sentences', () => {
    expect(SENSITIVITY_METRICS.slice(0, 2)).toEqual(['gpInfluence', 'outcomes.deficit']);
    for (const m of SENSITIVITY_METRICS) expect(sensitivityMetric(m).label).not.toBe(m);
    expect(sensitivityMetric('systemBalance')).toMatchObject({ name: 'System balance at the end', scale: 1e-6 });
  });
});

describe('morrisReading', () => {
  const row = (path: string, muStar: number, muStarConf: number, sigma: number): MorrisRow => ({ path, lo: 0, hi: 1, mu: muStar, muStar, muStarConf, sigma });
  const fmt = (v: number) => v.toFixed(2);

  it('names the three largest, says when the first stands clear, flags interactions and counts the small', () => {
    const text = morrisReading([row('a', 1, 0.1, 0.2), row('b', 0.5, 0.1, 0.6), row('c', 0.2, 0.05, 0.1), row('d', 0.05, 0.01, 0.01)], 'GP influence', fmt);
    expect(text).toBe(
      "GP influence turns most on a (mu* 1.00 \u00b1 0.10), b (mu* 0.50 \u00b1 0.10) and c (mu* 0.20 \u00b1 0.05). a stands clear of the rest: its interval lies above the next one's. " +
        'b acts mostly through interactions or unevenly (sigma at least mu*). 1 of the 4 parameters moved it by less than a tenth of the largest effect.',
    );
  });

  it('says when the first two cannot be ranked', () => {
    expect(morrisReading([row('a', 1, 0.3, 0.1), row('b', 0.8, 0.3, 0.1)], 'X', fmt)).toContain('The intervals of the first two overlap, so this screen cannot rank them');
  });

  it('says when nothing moved the metric', () => {
    expect(morrisReading([row('a', 0, 0, 0), row('b', 0, 0, 0)], 'Loans made', fmt)).toBe('No parameter changed Loans made in these runs: at this size the screen finds nothing that drives it.');
  });
});
