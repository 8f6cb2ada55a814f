/**
 * `icsim sensitivity` and `icsim sensitivity analyse` end to end, on small
 * designs (1 year, 1-2 replications, 2-3 parameters) so each run takes
 * seconds: the file shape, the analysis files, sharding and merging, and
 * the errors for bad input.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { cli, ROOT, tempDir } from '../sweep/helpers.ts';

const DEFAULT = join(ROOT, 'models', 'default.json');
const params = ['--param', 'governance.recognition.gp=0.5:1.5', '--param', 'governance.maxChange=0.02:0.1', '--param', 'governance.gp.systemLeads=1:3'];
const lines = (file: string) => readFileSync(file, 'utf8').trim().split('\n');

let dir: string;
beforeAll(() => {
  dir = tempDir();
});

describe('icsim sensitivity --method morris', () => {
  it('runs trajectories × (parameters + 1) points × reps as a sweep and writes the analysis beside the file', async () => {
    const out = join(dir, 'morris.ndjson');
    const r = await cli(['sensitivity', DEFAULT, '--method', 'morris', ...params, '--trajectories', '3', '--reps', '2', '--years', '1', '--workers', '0', '--seed', '7', '--out', out]);
    expect(r.stderr).toMatch(/morris, 3 parameters, 3 trajectories: 12 points × 2 reps = 24 runs/);
    expect(r.code).toBe(0);
    const [head, ...rows] = lines(out);
    const header = JSON.parse(head!);
    expect(header).toMatchObject({ icsimSweep: 1, design: 'morris', points: 12, reps: 2, runs: 24, paths: ['governance.recognition.gp', 'governance.maxChange', 'governance.gp.systemLeads'] });
    expect(header.sensitivity).toMatchObject({ method: 'morris', trajectories: 3, levels: 4, seed: 7, metrics: ['gpInfluence', 'outcomes.deficit'] });
    expect(rows).toHaveLength(24);
    const parsed = rows.map((l) => JSON.parse(l));
    // Replication first: run 12 is point 0 of replication 1, with the same values as run 0.
    expect(parsed[12]).toMatchObject({ point: 0, rep: 1, seed: '7:1', 'governance.maxChange': parsed[0]['governance.maxChange'] });
    for (const row of parsed) expect([1, 2, 3]).toContain(row['governance.gp.systemLeads']);
    expect(r.stdout).toMatch(/Morris screen of .*default\.json \(base\): 3 parameters, 3 trajectories, 4 levels, 12 points × 2 reps = 24 runs/);
    expect(r.stdout).toMatch(/gpInfluence: mean/);
    const csv = lines(join(dir, 'morris.sensitivity.csv'));
    expect(csv[0]).toBe('metric,rank,parameter,lo,hi,mu,muStar,sigma,muStarConf');
    expect(csv).toHaveLength(1 + 2 * 3);
    const json = JSON.parse(readFileSync(join(dir, 'morris.sensitivity.json'), 'utf8'));
    expect(json).toMatchObject({ icsimSensitivity: 1, method: 'morris', reps: 2, points: 12 });
    expect(json.metrics.map((m: { metric: string }) => m.metric)).toEqual(['gpInfluence', 'outcomes.deficit']);
    const m0 = json.metrics[0].parameters;
    expect(m0.map((p: { muStar: number }) => p.muStar)).toEqual([...m0.map((p: { muStar: number }) => p.muStar)].sort((a, b) => b - a));

    // Analysing again, for another metric, writes where asked and is deterministic.
    const a = await cli(['sensitivity', 'analyse', out, '--metric', 'systemBalance', '--out', join(dir, 'balance')]);
    expect(a.code).toBe(0);
    const b = await cli(['sensitivity', 'analyse', out, '--metric', 'systemBalance', '--out', join(dir, 'balance2')]);
    expect(readFileSync(join(dir, 'balance2.csv'), 'utf8')).toBe(readFileSync(join(dir, 'balance.csv'), 'utf8'));
    expect(b.stdout).toMatch(/systemBalance: mean/);
  });
});

describe("icsim sensitivity --method sobol, sharded and merged", () => {
  it('two shards merged give the same analysis as one run', async () => {
    const common = ['sensitivity', DEFAULT, '--method', 'sobol', '--param', 'governance.recognition.gp=0.5:1.5', '--param', 'governance.maxChange=0.02:0.1', '--n', '8', '--reps', '1', '--years', '1', '--seed', '3'];
    const whole = join(dir, 'sobol.ndjson');
    expect((await cli([...common, '--workers', '0', '--out', whole])).code).toBe(0);
    const s0 = join(dir, 'sobol-0.ndjson');
    const s1 = join(dir, 'sobol-1.ndjson');
    const r0 = await cli([...common, '--workers', '0', '--shard', '0/2', '--out', s0]);
    expect(r0.code).toBe(0);
    expect(r0.stdout).toMatch(/shard 0\/2 is done; .*icsim merge/);
    expect(existsSync(join(dir, 'sobol-0.sensitivity.csv'))).toBe(false);
    const partial = await cli(['sensitivity', 'analyse', s0]);
    expect(partial.code).toBe(1);
    expect(partial.stderr).toMatch(/holds shard 0\/2 only; join the shards with icsim merge first/);
    expect((await cli([...common, '--workers', '1', '--shard', '1/2', '--out', s1])).code).toBe(0);
    const merged = join(dir, 'sobol-merged.ndjson');
    expect((await cli(['merge', s0, s1, '--out', merged])).code).toBe(0);
    expect(lines(merged)).toHaveLength(1 + 8 * 4);
    const a = await cli(['sensitivity', 'analyse', merged]);
    expect(a.code).toBe(0);
    expect(a.stdout).toMatch(/Sobol' analysis .* 2 parameters, n = 8, 32 points × 1 reps = 32 runs/);
    expect(readFileSync(join(dir, 'sobol-merged.sensitivity.csv'), 'utf8')).toBe(readFileSync(join(dir, 'sobol.sensitivity.csv'), 'utf8'));
  });
});

describe('icsim sensitivity: bad input', () => {
  const bad = async (args: string[], message: RegExp, code = 2) => {
    const out = join(dir, `bad-${Math.random().toString(36).slice(2)}.ndjson`);
    const r = await cli(['sensitivity', ...args, '--out', out]);
    expect(r.stderr).toMatch(message);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.code).toBe(code);
    expect(existsSync(out)).toBe(false);
  };

  it('names the option at fault and writes nothing', async () => {
    await bad([DEFAULT], /--method \(missing\): expected morris or sobol/);
    await bad([DEFAULT, '--method', 'fast'], /--method fast: expected morris or sobol/);
    await bad([DEFAULT, '--method', 'morris', '--param', 'governance.recognition.gp=2:1'], /--param governance.recognition.gp=2:1: the low end \(2\) must be less than the high end \(1\)/);
    await bad([DEFAULT, '--method', 'morris', '--param', 'governance.nosuch=0:1'], /governance.nosuch is not a numeric field of the scenario schema/);
    await bad([DEFAULT, '--method', 'morris', '--param', 'governance.recognition.gp=0:11'], /must lie within 0 to 10/);
    await bad([DEFAULT, '--method', 'morris', '--param', 'governance.gp.systemLeads=1:2.5'], /takes whole numbers/);
    await bad([DEFAULT, '--method', 'morris', '--group', 'nosuch'], /--group nosuch: no numeric scenario field has this prefix/);
    await bad([DEFAULT, '--method', 'morris', '--n', '8'], /--n applies to --method sobol/);
    await bad([DEFAULT, '--method', 'sobol', '--trajectories', '8'], /--trajectories and --levels apply to --method morris/);
    await bad([DEFAULT, '--method', 'morris', '--levels', '3', ...params], /--levels 3: expected an even whole number/);
    await bad([join(dir, 'missing.json'), '--method', 'morris'], /missing\.json/, 3);
    await bad([DEFAULT, '--method', 'morris', ...params, '--years', '1', '--metric', 'gpInfluense'], /--metric gpInfluense: not a numeric column of a run's summary; similar: gpInfluence/);
  });

  it('analyse refuses an ordinary sweep, an unknown metric and an incomplete file', async () => {
    const sweep = join(dir, 'plain.ndjson');
    expect((await cli(['sweep', DEFAULT, '--years', '1', '--reps', '1', '--workers', '0', '--quiet', '--out', sweep])).code).toBe(0);
    const r = await cli(['sensitivity', 'analyse', sweep]);
    expect(r.stderr).toMatch(/is a sweep, not a sensitivity analysis/);
    expect(r.code).toBe(2);
    const m = join(dir, 'morris.ndjson');
    const u = await cli(['sensitivity', 'analyse', m, '--metric', 'gpInfluenze', '--out', join(dir, 'never')]);
    expect(u.stderr).toMatch(/--metric gpInfluenze: no such column/);
    expect(existsSync(join(dir, 'never.csv'))).toBe(false);
    const cut = join(dir, 'cut.ndjson');
    writeFileSync(cut, lines(m).slice(0, 10).join('\n') + '\n');
    const c = await cli(['sensitivity', 'analyse', cut]);
    expect(c.stderr).toMatch(/holds 9 of 24 runs; finish it with icsim sensitivity \.\.\. --resume/);
    expect(c.code).toBe(1);
    // --resume finishes it, then the analysis matches the uninterrupted one.
    const resumed = await cli(['sensitivity', DEFAULT, '--method', 'morris', ...params, '--trajectories', '3', '--reps', '2', '--years', '1', '--workers', '0', '--seed', '7', '--resume', '--quiet', '--out', cut]);
    expect(resumed.code).toBe(0);
    expect(readFileSync(join(dir, 'cut.sensitivity.csv'), 'utf8')).toBe(readFileSync(join(dir, 'morris.sensitivity.csv'), 'utf8'));
  });
});

describe('icsim chart --type morris|sobol', () => {
  it('draws the Morris screen as SVG and PNG with its data and manifest; refuses the wrong type', async () => {
    const m = join(dir, 'morris.ndjson');
    const svg = join(dir, 'morris-chart.svg');
    const png = join(dir, 'morris-chart.png');
    const r = await cli(['chart', m, '--type', 'morris', '--metric', 'outcomes.deficit', '--out', svg, '--out', png, '--date', '2026-01-01']);
    expect(r.code).toBe(0);
    const text = readFileSync(svg, 'utf8');
    expect(text).toMatch(/What drives organisation-years in deficit: Morris screen/);
    expect(text).toMatch(/sweep [0-9a-f]{16}/);
    expect(text.match(/class="parameter/g)).toHaveLength(3);
    expect(readFileSync(png).subarray(1, 4).toString()).toBe('PNG');
    const data = lines(join(dir, 'morris-chart.data.csv'));
    expect(data[0]).toBe('metric,rank,parameter,lo,hi,mu,muStar,muStarConf,sigma');
    expect(JSON.parse(readFileSync(join(dir, 'morris-chart.manifest.json'), 'utf8'))).toMatchObject({ type: 'morris', input: { kind: 'sweep' } });
    const wrong = await cli(['chart', m, '--type', 'sobol', '--out', join(dir, 'never.svg')]);
    expect(wrong.stderr).toMatch(/this is a Morris screen; draw it with --type morris/);
    expect(wrong.code).toBe(2);
    expect(existsSync(join(dir, 'never.svg'))).toBe(false);
  });

  it('draws Sobol\' bars from the merged file', async () => {
    const out = join(dir, 'sobol-chart.svg');
    const r = await cli(['chart', join(dir, 'sobol-merged.ndjson'), '--type', 'sobol', '--out', out, '--date', '2026-01-01']);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8').match(/class="bar S1"/g)).toHaveLength(2);
  });
});
