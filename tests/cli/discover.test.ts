/**
 * `icsim discover` on hand-made inputs whose conditions are known: a sweep
 * (whole and in shards) where a metric is high only for a <= ... box, and a
 * robustness JSON whose pattern holds in a box.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { DiscoveryReport } from '../../src/sweep/discoveryReport.ts';
import { cli, fakeHeader, tempDir, writeNdjson } from '../sweep/helpers.ts';

const POINTS = 300;
const REPS = 2;
let dir: string;
let whole: string;
let shards: string[];

/** The box: allocation.growthRate >= 0.03 and demand.growth.acute <= 0.025 (council.fundingGrowth is noise). */
const inBox = (g: number, d: number) => g >= 0.03 && d <= 0.025;

beforeAll(() => {
  dir = tempDir();
  const random = seedrandom.alea('discover-test');
  const paths = ['allocation.growthRate', 'demand.growth.acute', 'council.fundingGrowth'];
  const variants = ['A', 'B'];
  const header = fakeHeader({ id: 'd15c0ffeed15c0ff', variants, paths, vary: paths.map((p) => `${p}=0:1`), design: 'lhs', samples: POINTS, points: POINTS, reps: REPS, runs: POINTS * REPS * 2 });
  const rows: object[] = [];
  const pts = Array.from({ length: POINTS }, () => [0.01 + 0.04 * random(), 0.01 + 0.035 * random(), -0.05 + 0.1 * random()]);
  for (let rep = 0; rep < REPS; rep++) {
    pts.forEach((p, point) => {
      variants.forEach((variant, v) => {
        const run = (rep * POINTS + point) * 2 + v;
        // Variant A scores 1 in the box (0 outside), B scores 0 everywhere; both with noise of sd ~0.05.
        const noise = (random() - 0.5) * 0.17;
        const score = variant === 'A' && inBox(p[0]!, p[1]!) ? 1 + noise : noise;
        rows.push({ run, point, variant, rep, seed: `1:${rep}`, [paths[0]!]: p[0], [paths[1]!]: p[1], [paths[2]!]: p[2], score });
      });
    });
  }
  rows.sort((a, b) => (a as { run: number }).run - (b as { run: number }).run);
  whole = join(dir, 'sweep.ndjson');
  writeNdjson(whole, header, rows);
  // The same runs as a sensitivity design's file: the design's ranges are the inputs' ranges.
  const params = paths.map((path, i) => ({ path, lo: [0.01, 0.01, -0.05][i]!, hi: [0.05, 0.045, 0.05][i]!, integer: false, source: 'test' }));
  writeNdjson(join(dir, 'sensitivity.ndjson'), { ...header, id: '5e5e5e5e5e5e5e5e', sensitivity: { method: 'morris', params, metrics: ['score'], trajectories: 10, levels: 4 } } as typeof header, rows);
  shards = [0, 1].map((i) => {
    const f = join(dir, `shard${i}.ndjson`);
    writeNdjson(f, { ...header, shard: { index: i, count: 2 } }, rows.filter((r) => (r as { run: number }).run % 2 === i));
    return f;
  });
});

const limitsOf = (r: DiscoveryReport) => Object.fromEntries(r.pruned.limits.map((l) => [l.path, [l.restrictsLo ? l.lo : null, l.restrictsHi ? l.hi : null]]));

describe('icsim discover', () => {
  it('finds the box of a threshold on a sweep: growth >= 0.03 and acute demand growth <= 0.025 (limits within 0.004), noise input whole', async () => {
    const out = join(dir, 'box.json');
    const r = await cli(['discover', whole, '--where', 'score>0.5', '--variant', 'A', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/Outcome: mean score \(A\) > 0.5/);
    expect(r.stdout).toMatch(/allocation\.growthRate at least 0\.03/);
    const rep = JSON.parse(readFileSync(out, 'utf8')) as DiscoveryReport;
    const lim = limitsOf(rep);
    expect(Object.keys(lim).sort()).toEqual(['allocation.growthRate', 'demand.growth.acute']);
    expect(Math.abs(lim['allocation.growthRate']![0]! - 0.03)).toBeLessThan(0.004);
    expect(lim['allocation.growthRate']![1]).toBeNull();
    expect(Math.abs(lim['demand.growth.acute']![1]! - 0.025)).toBeLessThan(0.004);
    expect(rep.pruned.density).toBeGreaterThan(0.95);
    expect(rep.pruned.coverage).toBeGreaterThan(0.9);
    expect(rep.points).toBe(POINTS);
  });

  it('reads the shards of the sweep as the whole file; a paired effect gives the same box', async () => {
    const a = await cli(['discover', whole, '--where', 'score:A>B', '--json']);
    const b = await cli(['discover', ...shards, '--where', 'score:A>B', '--json']);
    expect(a.code).toBe(0);
    expect(b.stdout).toBe(a.stdout.replace(JSON.stringify([whole]).slice(1, -1), shards.map((s) => JSON.stringify(s)).join(',\n  ')));
    const ra = JSON.parse(a.stdout) as DiscoveryReport;
    expect(ra.outcome).toMatch(/score higher under A than under B/);
    expect(Object.keys(limitsOf(ra)).sort()).toEqual(['allocation.growthRate', 'demand.growth.acute']);
  });

  it('reads a sensitivity design file, taking the inputs\' ranges from its design', async () => {
    const r = await cli(['discover', join(dir, 'sensitivity.ndjson'), '--where', 'score>0.5', '--variant', 'A', '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as DiscoveryReport;
    const g = rep.pruned.limits.find((l) => l.path === 'allocation.growthRate')!;
    expect([g.rangeLo, g.rangeHi]).toEqual([0.01, 0.05]);
  });

  it('finds the box of a pattern in the JSON of npm run robustness', async () => {
    const random = seedrandom.alea('discover-robustness');
    const design = Array.from({ length: 200 }, () => [random(), 10 * random(), random()]);
    const json = {
      icsim: 'test', seed: 's', points: 200, reps: 3, groups: ['all'],
      parameters: { default: ['governance.recognition.trust', 'governance.gp.cdHours', 'costs.inflation'].map((path) => ({ path, lo: 0, hi: 1, integer: false, source: 'test' })) },
      designs: { default: design },
      // The mean effect is on the claimed (negative) side where governance.gp.cdHours > 4.
      patterns: [{ id: '1', claim: 'a claim', model: 'default', sign: -1, perPoint: design.map((d) => ({ mean: d[1]! > 4 ? -1 : 1, verdict: d[0]! < 0.6 ? 'holds' : random() < 0.5 ? 'reversed' : 'unclear' })) }],
    };
    const file = join(dir, 'robustness.json');
    writeFileSync(file, JSON.stringify(json));
    const r = await cli(['discover', file, '--pattern', '1', '--json']);
    expect(r.code).toBe(0);
    const rep = JSON.parse(r.stdout) as DiscoveryReport;
    expect(rep.outcome).toBe('pattern 1 (a claim) holds');
    const lim = limitsOf(rep);
    expect(Object.keys(lim)).toEqual(['governance.recognition.trust']);
    expect(Math.abs(lim['governance.recognition.trust']![1]! - 0.6)).toBeLessThan(0.02);
    const fails = JSON.parse((await cli(['discover', file, '--pattern', '1', '--verdict', 'fails', '--json'])).stdout) as DiscoveryReport;
    expect(Math.abs(limitsOf(fails)['governance.recognition.trust']![0]! - 0.6)).toBeLessThan(0.02);
    const side = JSON.parse((await cli(['discover', file, '--pattern', '1', '--verdict', 'same-side', '--json'])).stdout) as DiscoveryReport;
    expect(side.outcome).toBe('pattern 1 (a claim) has its mean effect on the claimed side');
    expect(Object.keys(limitsOf(side))).toEqual(['governance.gp.cdHours']);
    expect(Math.abs(limitsOf(side)['governance.gp.cdHours']![0]! - 4)).toBeLessThan(0.2);
  });

  it('refuses bad input with a clear message and exit code', async () => {
    const cases: Array<[string[], number, RegExp]> = [
      [['discover', join(dir, 'nope.ndjson'), '--where', 'score>0'], 3, /nope\.ndjson: cannot read the file: no such file/],
      [['discover', whole, '--where', 'score'], 2, /expected METRIC>VALUE/],
      [['discover', whole, '--where', 'score>0'], 2, /name one with --variant/],
      [['discover', whole, '--where', 'score>0', '--variant', 'C'], 2, /variant C is not in this sweep \(variants: A, B\)/],
      [['discover', whole, '--where', 'nothing>0', '--variant', 'A'], 2, /no run has a numeric column nothing/],
      [['discover', whole], 2, /give one outcome/],
      [['discover', whole, '--where', 'score>0', '--variant', 'A', '--input', 'costs'], 2, /--input costs: not an input/],
      [['discover', whole, '--where', 'score>0', '--variant', 'A', '--peel-alpha', '0.9'], 2, /--peel-alpha 0.9/],
    ];
    const damaged = join(dir, 'damaged.json');
    writeFileSync(damaged, JSON.stringify({ seed: 's', points: 2, parameters: { default: [{ path: 'a', lo: 'x', hi: 1 }] }, patterns: [{ id: '1', claim: 'c', model: 'default', sign: 1, perPoint: [{ mean: 1, verdict: 'holds' }, { mean: 1, verdict: 'unclear' }] }] }));
    cases.push([['discover', damaged, '--pattern', '1'], 2, /damaged\.json: parameters\.default\[0\]: expected \{path, lo, hi\} with numbers lo and hi/]);
    for (const [args, code, msg] of cases) {
      const r = await cli(args);
      expect(r.stderr, args.join(' ')).toMatch(msg);
      expect(r.code, args.join(' ')).toBe(code);
    }
  });
});
