/**
 * The figures of issue 27 through `icsim chart` and `icsim report
 * --conditions`: a discovery JSON made by `icsim discover` from a
 * hand-made robustness JSON with a known box, and a hand-written robust
 * analysis.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { FigureManifest } from '../../src/export/exportChart.ts';
import type { RobustReport } from '../../src/sweep/robustAnalysis.ts';
import { files, icsim, OPTIONS, scratch } from './helpers.ts';

let dir: string;
let discovery: string;
let robust: string;
beforeAll(async () => {
  dir = scratch();
  const random = seedrandom.alea('conditions-charts');
  const design = Array.from({ length: 200 }, () => [random(), 10 * random(), random()]);
  const rob = {
    icsim: 'test', seed: 's', points: 200, reps: 3, groups: ['all'],
    parameters: { default: ['governance.recognition.trust', 'governance.gp.cdHours', 'costs.inflation'].map((path, i) => ({ path, lo: 0, hi: i === 1 ? 10 : 1, integer: false, source: 'test' })) },
    designs: { default: design },
    patterns: [{ id: '1', claim: 'a claim', model: 'default', perPoint: design.map((d) => ({ verdict: d[0]! < 0.6 && d[1]! > 3 ? 'holds' : 'unclear' })) }],
  };
  writeFileSync(join(dir, 'rob.json'), JSON.stringify(rob));
  discovery = join(dir, 'discovery.json');
  expect((await icsim('discover', join(dir, 'rob.json'), '--pattern', '1', '--out', discovery)).code).toBe(0);
  const report: RobustReport = {
    icsimRobust: 1, inputs: ['r.ndjson'], sweep: 'abc', model: 'models/three-point-plan.json', uncertain: ['allocation.growthRate'], options: ['a', 'b', 'c'], scenarios: 200, reps: 2,
    metrics: [
      { metric: 'gpInfluence', larger: 'better', mean: [0.3, 0.2, 0.25], maxRegret: [0.05, 0.2, 0.1], p90Regret: [0.03, 0.15, 0.08], medianRegret: [0, 0.1, 0.04], minimax: 'a' },
      { metric: 'outcomes.deficit', larger: 'worse', mean: [20, 18, 19], maxRegret: [4, 0, 2], p90Regret: [3, 0, 1], medianRegret: [2, 0, 1], minimax: 'b' },
    ],
    satisficing: [{ threshold: 'gpInfluence>=0.25', share: [0.8, 0.1, 0.5] }],
  };
  robust = join(dir, 'r.robust.json');
  writeFileSync(robust, JSON.stringify(report));
});

describe('charts of conditions and robustness', () => {
  it('tradeoff: every box a dot, the chosen one ringed; CSV and manifest with provenance', async () => {
    const out = join(dir, 'tradeoff.svg');
    const r = await icsim('chart', discovery, '--type', 'tradeoff', '--out', out, '--date', '2000-01-01');
    expect(r.code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    const report = JSON.parse(readFileSync(discovery, 'utf8')) as { trajectory: unknown[]; chosen: number };
    expect(svg.match(/class="box"/g)).toHaveLength(report.trajectory.length);
    expect(svg).toContain('class="chosen"');
    expect(svg).toMatch(/Source: .*discovery\.json \(sha256 [0-9a-f]{12}\)/);
    const manifest = JSON.parse(readFileSync(join(dir, 'tradeoff.manifest.json'), 'utf8')) as FigureManifest;
    expect(manifest.input.kind).toBe('discovery');
    expect(readFileSync(join(dir, 'tradeoff.data.csv'), 'utf8').trim().split('\n')).toHaveLength(report.trajectory.length + 1);
  });

  it('box: one row per limit that matters, with its value and quasi-p-value', async () => {
    const out = join(dir, 'box.svg');
    expect((await icsim('chart', discovery, '--type', 'box', '--out', out, '--date', '2000-01-01')).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/class="input"/g)).toHaveLength(2);
    expect(svg).toMatch(/governance\.recognition\.trust/);
    expect(svg).toMatch(/class="limit limit-hi"[^>]*>0\.[56]\d* \(p&lt;0\.001\)|>0\.[56]\d* \(p&lt;0\.001\)</);
    expect(svg).not.toMatch(/costs\.inflation/);
  });

  it('regret: a cell per option and metric, shaded by the share of the largest regret', async () => {
    const out = join(dir, 'regret.svg');
    expect((await icsim('chart', robust, '--type', 'regret', '--out', out, '--date', '2000-01-01')).code).toBe(0);
    const svg = readFileSync(out, 'utf8');
    expect(svg.match(/class="cell"/g)).toHaveLength(6);
    expect(svg).toMatch(/data-x="GP influence" data-y="a"|data-y="a" data-x="GP influence"/);
    const csv = readFileSync(join(dir, 'regret.data.csv'), 'utf8');
    expect(csv.split('\n')[0]).toBe('metric,better,option,mean,maxRegret,p90Regret,medianRegret');
    const manifest = JSON.parse(readFileSync(join(dir, 'regret.manifest.json'), 'utf8')) as FigureManifest;
    expect(manifest.provenance.footer).toMatch(/icsim robust of models\/three-point-plan\.json, sweep abc: 3 options × 200 futures × 2 replications/);
  });

  it('refuses a type that does not fit the input', async () => {
    const a = await icsim('chart', discovery, '--type', 'influence', '--out', join(dir, 'x.svg'));
    expect(a.code).toBe(2);
    expect(a.stderr).toMatch(/draws --type tradeoff or box/);
    const b = await icsim('chart', OPTIONS, '--type', 'regret', '--out', join(dir, 'x.svg'));
    expect(b.code).toBe(2);
    expect(b.stderr).toMatch(/--type regret draws the JSON of icsim robust/);
    expect(files(dir)).not.toContain('x.svg');
  });

  it('icsim report --conditions adds the section with the box, the regret table and their figures', async () => {
    const out = join(dir, 'report.html');
    const r = await icsim('report', OPTIONS, '--out', out, '--no-pdf', '--baseline', 'status-quo-plus', '--conditions', discovery, '--conditions', robust, '--date', '2000-01-01');
    expect(r.stderr).toBe('');
    expect(r.code).toBe(0);
    const html = readFileSync(out, 'utf8');
    expect(html).toContain('<h2>Conditions and robustness</h2>');
    expect(html).toContain('id="figure-box-0"');
    expect(html).toContain('id="figure-tradeoff-0"');
    expect(html).toContain('id="figure-regret-1"');
    expect(html).toMatch(/<td class="opt clear">a<\/td>/);
    expect(html).toMatch(/gpInfluence&gt;=0\.25<\/td><td class="num">80%<\/td>/);
    const bad = await icsim('report', OPTIONS, '--out', join(dir, 'r2.html'), '--no-pdf', '--conditions', OPTIONS);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toMatch(/--conditions .*expected the JSON of icsim discover/);
  });
});
