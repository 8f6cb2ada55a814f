/**
 * The page's Morris screen (src/ui/morrisScreen.ts) against the command
 * line: the same design points and seeds as `icsim sensitivity --method
 * morris`, and, run through the worker API's `summarise` as the page runs
 * it, the same mu, mu* and sigma as `icsim sensitivity analyse` (the
 * bootstrap interval of mu* is seeded differently, so it is not compared).
 * Plus the estimator's behaviour on a known function, and bad settings.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSimApi } from '../../src/api/index.ts';
import { setPath } from '../../src/engine/index.ts';
import { parseParam, type RangedParameter } from '../../src/sweep/parameterSpace.ts';
import { flattenSummary } from '../../src/sweep/flattenSummary.ts';
import { planSensitivity } from '../../src/sweep/sensitivityPlan.ts';
import { analyseMorrisScreen, planMorrisScreen, pointMeans, type MorrisScreenPlan } from '../../src/ui/morrisScreen.ts';
import { cli, ROOT, tempDir } from '../sweep/helpers.ts';

const DEFAULT = join(ROOT, 'models', 'default.json');
const PARAMS = ['governance.recognition.gp=0.5:1.5', 'governance.maxChange=0.02:0.1', 'governance.gp.systemLeads=1:3'];
const params: RangedParameter[] = PARAMS.map(parseParam);

describe('planMorrisScreen', () => {
  it('gives the design points and replication seeds of icsim sensitivity', () => {
    const raw = JSON.parse(readFileSync(DEFAULT, 'utf8'));
    const cliPlan = planSensitivity({ model: 'default', raw, method: 'morris', params, metrics: ['gpInfluence'], trajectories: 3, reps: 2, seed: 7 });
    const plan = planMorrisScreen({ params, trajectories: 3, seed: 7, reps: 2 });
    expect(plan.unit).toEqual(cliPlan.unit);
    expect(plan.points.map((p) => params.map((q) => p[q.path]))).toEqual(cliPlan.points);
    expect(plan.points).toHaveLength(3 * (3 + 1));
    // Replication r of every point runs with the seed of run r × points of the command line.
    expect(plan.seeds).toEqual([cliPlan.task(0).seed, cliPlan.task(plan.points.length).seed]);
    expect(plan.seeds).toEqual(['7:0', '7:1']);
  });

  it('refuses bad settings with a message naming the setting', () => {
    expect(() => planMorrisScreen({ params: [], trajectories: 4, seed: 1 })).toThrow(/^Parameters: choose at least one/);
    expect(() => planMorrisScreen({ params: [params[0]!, params[0]!], trajectories: 4, seed: 1 })).toThrow(/governance\.recognition\.gp is listed twice/);
    expect(() => planMorrisScreen({ params, trajectories: 1, seed: 1 })).toThrow(/^Trajectories: 1 is not allowed; give a whole number from 2 to 100/);
    expect(() => planMorrisScreen({ params, trajectories: 2.5, seed: 1 })).toThrow(/^Trajectories: 2\.5/);
    expect(() => planMorrisScreen({ params, trajectories: 4, seed: 1, reps: 0 })).toThrow(/^Replications: 0/);
    expect(() => planMorrisScreen({ params, trajectories: 4, seed: 1, levels: 3 })).toThrow(/^Levels: 3/);
    expect(() => planMorrisScreen({ params, trajectories: 4, seed: ' ' })).toThrow(/^Seed:/);
  });
});

describe('pointMeans', () => {
  it('averages a metric over replications, leaving out those where it is undefined', () => {
    const rows: Array<Array<Record<string, number>>> = [[{ a: 1 }, { a: 3 }], [{ a: 2 }, { b: 5 }], [{ b: 1 }], [{ a: Number.NaN }, { a: 4 }]];
    expect(pointMeans(rows, 'a')).toEqual([2, 2, Number.NaN, 4]);
  });
});

describe('analyseMorrisScreen', () => {
  const linear = (plan: MorrisScreenPlan, coef: number[]) => plan.unit.map((u) => u.reduce((s, x, i) => s + coef[i]! * x, 0));
  const unitParams = ['a', 'b', 'c', 'd'].map((p) => ({ path: p, lo: 0, hi: 1, integer: false, source: 'test' }));

  it('ranks the inputs of a linear function by their coefficients, with exact effects and no spread', () => {
    const plan = planMorrisScreen({ params: unitParams, trajectories: 5, seed: 'lin' });
    const rows = analyseMorrisScreen(plan, linear(plan, [1, -4, 0, 2]), 'y');
    expect(rows.map((r) => r.path)).toEqual(['b', 'd', 'a', 'c']);
    expect(rows.map((r) => r.muStar)).toEqual([4, 2, 1, 0].map((v) => expect.closeTo(v, 12)));
    expect(rows.find((r) => r.path === 'b')!.mu).toBeCloseTo(-4, 12);
    for (const r of rows) expect(r.sigma).toBeCloseTo(0, 12);
  });

  it('says which point lacks the metric rather than computing with a gap', () => {
    const plan = planMorrisScreen({ params: unitParams, trajectories: 2, seed: 1 });
    const y = linear(plan, [1, 1, 1, 1]);
    y[3] = Number.NaN;
    expect(() => analyseMorrisScreen(plan, y, 'loans.made')).toThrow('The metric loans.made has no value at design point 3 (it is undefined there); choose another metric.');
  });
});

describe('the page\u2019s screen on the worker API', () => {
  let dir: string;
  beforeAll(() => {
    dir = tempDir();
  });

  it('gives the mu, mu* and sigma of icsim sensitivity analyse for the same design', async () => {
    const out = join(dir, 'screen.ndjson');
    const r = await cli(['sensitivity', DEFAULT, '--method', 'morris', ...PARAMS.flatMap((p) => ['--param', p]), '--trajectories', '2', '--reps', '2', '--years', '1', '--workers', '0', '--seed', '11', '--quiet', '--out', out]);
    expect(r.code).toBe(0);
    const cliAnalysis = JSON.parse(readFileSync(join(dir, 'screen.sensitivity.json'), 'utf8')) as { metrics: Array<{ metric: string; parameters: Array<Record<string, number | string>> }> };

    // As the panel does: the edited scenario (here with years = 1), each point's summaries from the worker API, flattened.
    const raw = setPath(JSON.parse(readFileSync(DEFAULT, 'utf8')), 'years', 1);
    const plan = planMorrisScreen({ params, trajectories: 2, seed: 11, reps: 2 });
    const summaries = createSimApi().summarise(raw, { points: plan.points, seeds: plan.seeds });
    const rows = summaries.map((reps) => reps.map((s) => flattenSummary(s)));
    for (const m of cliAnalysis.metrics) {
      const page = analyseMorrisScreen(plan, pointMeans(rows, m.metric), m.metric);
      expect(page.map((p) => [p.path, p.mu, p.muStar, p.sigma])).toEqual(m.parameters.map((p) => [p.path, p.mu, p.muStar, p.sigma]));
      for (const p of page) expect(p.muStarConf).toBeGreaterThanOrEqual(0);
    }
    expect(cliAnalysis.metrics.map((m) => m.metric)).toEqual(['gpInfluence', 'outcomes.deficit']);
  });

  it('names the bad field when a design point is invalid', () => {
    const raw = JSON.parse(readFileSync(DEFAULT, 'utf8'));
    expect(() => createSimApi().summarise(raw, { points: [{ 'governance.maxChange': -1 }], seeds: [1] })).toThrow(/governance\.maxChange/);
  });
});
