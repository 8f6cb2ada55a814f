/**
 * `icsim robust` end to end on a small design (1 year, 4 futures, 2
 * replications): the options share their seeds at every future, the regret
 * table is the one computed by hand from the file's rows, and the shards of
 * the same run, analysed together, give the same tables.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { RobustReport } from '../../src/sweep/robustAnalysis.ts';
import { cli, ROOT, tempDir } from '../sweep/helpers.ts';

const MODEL = join(ROOT, 'models', 'three-point-plan.json');
const OPTIONS = ['devolved-unified-attending', 'advisory-divided-absent'];
const args = (out: string) => [
  'robust', MODEL, ...OPTIONS.flatMap((o) => ['--option', o]),
  '--uncertain', 'allocation.growthRate=0.01:0.05', '--uncertain', 'demand.growth.acute=0.01:0.045',
  '--points', '4', '--reps', '2', '--years', '1', '--workers', '0', '--quiet',
  '--metric', 'gpInfluence:max', '--metric', 'outcomes.deficit:min', '--satisfice', 'gpInfluence>=0.25', '--out', out,
];

let dir: string;
let out: string;
let first: { code: number; stdout: string; stderr: string };
beforeAll(async () => {
  dir = tempDir();
  out = join(dir, 'robust.ndjson');
  first = await cli(args(out));
}, 120_000);

describe('icsim robust', () => {
  it('runs every option at every future with the same seeds, and writes the regret tables beside the file', () => {
    expect(first.code).toBe(0);
    const [head, ...lines] = readFileSync(out, 'utf8').trim().split('\n');
    expect(JSON.parse(head!)).toMatchObject({ design: 'lhs', points: 4, reps: 2, variants: OPTIONS, paths: ['allocation.growthRate', 'demand.growth.acute'] });
    const rows = lines.map((l) => JSON.parse(l) as Record<string, number | string>);
    expect(rows).toHaveLength(16);
    for (const r of rows) {
      const twin = rows.find((q) => q.point === r.point && q.rep === r.rep && q.variant !== r.variant)!;
      expect(twin.seed).toBe(r.seed);
      expect(twin['allocation.growthRate']).toBe(r['allocation.growthRate']);
    }
    const report = JSON.parse(readFileSync(join(dir, 'robust.robust.json'), 'utf8')) as RobustReport;
    expect(report).toMatchObject({ options: OPTIONS, scenarios: 4, uncertain: ['allocation.growthRate', 'demand.growth.acute'] });
    // By hand: mean over replications per option and future, regret from the best option in each future.
    for (const m of report.metrics) {
      const sign = m.larger === 'better' ? 1 : -1;
      const means = OPTIONS.map((o) => [0, 1, 2, 3].map((p) => rows.filter((r) => r.variant === o && r.point === p).reduce((a, r) => a + (r[m.metric] as number), 0) / 2));
      const best = [0, 1, 2, 3].map((p) => Math.max(...means.map((row) => sign * row[p]!)));
      const maxRegret = means.map((row) => Math.max(...row.map((v, p) => best[p]! - sign * v)));
      maxRegret.forEach((v, i) => expect(m.maxRegret[i]).toBeCloseTo(v, 12));
      expect(m.minimax).toBe(OPTIONS[maxRegret.indexOf(Math.min(...maxRegret))]);
    }
    const share = OPTIONS.map((o) => [0, 1, 2, 3].filter((p) => rows.filter((r) => r.variant === o && r.point === p).reduce((a, r) => a + (r.gpInfluence as number), 0) / 2 >= 0.25).length / 4);
    expect(report.satisficing[0]).toEqual({ threshold: 'gpInfluence>=0.25', share });
    expect(first.stdout).toMatch(/gpInfluence \(larger is better\)/);
  });

  it('analyses the shards of the same run together as the whole file', async () => {
    const shards = [0, 1].map((i) => join(dir, `robust-${i}.ndjson`));
    for (const [i, s] of shards.entries()) expect((await cli([...args(s), '--shard', `${i}/2`])).code).toBe(0);
    const a = await cli(['robust', 'analyse', ...shards, '--metric', 'gpInfluence:max', '--metric', 'outcomes.deficit:min', '--satisfice', 'gpInfluence>=0.25', '--out', join(dir, 'shards.json'), '--json']);
    expect(a.code).toBe(0);
    const whole = JSON.parse(readFileSync(join(dir, 'robust.robust.json'), 'utf8')) as RobustReport;
    const sharded = JSON.parse(a.stdout) as RobustReport;
    expect(sharded.metrics).toEqual(whole.metrics);
    expect(sharded.satisficing).toEqual(whole.satisficing);
  }, 120_000);

  it('refuses bad input before running anything', async () => {
    const cases: Array<[string[], RegExp]> = [
      [['robust', MODEL, '--option', 'a', '--uncertain', 'x=0:1', '--metric', 'gpInfluence:max', '--out', join(dir, 'x.ndjson')], /two or more --option/],
      [['robust', MODEL, '--option', OPTIONS[0]!, '--option', OPTIONS[1]!, '--uncertain', 'allocation.growthRate=0:1', '--metric', 'gpInfluence', '--out', join(dir, 'x.ndjson')], /METRIC:max/],
      [['robust', MODEL, '--option', OPTIONS[0]!, '--option', 'nonesuch', '--uncertain', 'allocation.growthRate=0.01:0.02', '--metric', 'gpInfluence:max', '--out', join(dir, 'x.ndjson')], /nonesuch/],
      [['robust', 'analyse', out, '--metric', 'gpInfluence:max', '--satisfice', 'gpInfluence=3'], /--satisfice gpInfluence=3: expected/],
      [args(join(dir, 'misspelt.ndjson')).map((a) => (a === 'outcomes.deficit:min' ? 'gpInfluense:max' : a)), /--metric gpInfluense: not a numeric column of a run's summary; similar: gpInfluence/],
    ];
    for (const [a, msg] of cases) {
      const r = await cli(a);
      expect(r.stderr, a.join(' ')).toMatch(msg);
      expect(r.code, a.join(' ')).toBe(2);
    }
    expect(existsSync(join(dir, 'misspelt.ndjson'))).toBe(false);
  });
});
