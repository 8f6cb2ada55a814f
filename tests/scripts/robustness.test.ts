/**
 * scripts/robustness.ts at its small size (4 design points, 3 paired
 * replications, 1-year runs): the report covers every pattern, its counts
 * add up, it is deterministic, and the statistics it uses are right. The
 * shares themselves are not asserted: the small size says nothing about
 * the model (docs/ROBUSTNESS.md is regenerated at full size).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { main, PATTERNS, runRobustness, spearman, wilson, type RobustnessReport } from '../../scripts/robustness.ts';
import { robustnessDesign, type RobustnessJson } from '../../src/sweep/discoveryData.ts';

describe('scripts/robustness.ts --small', () => {
  // About 100 s on an idle 2-core machine: more than the default limit allows when the machine is busy.
  it('writes a provisional report covering every pattern, with counts that add up (on the worker pool)', { timeout: 300_000 }, async () => {
    const dir = mkdtempSync(join(tmpdir(), 'icsim-robustness-'));
    const md = join(dir, 'ROBUSTNESS.md');
    const json = join(dir, 'robustness.json');
    const out = vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
    try {
      expect(await main(['--small', '--quiet', '--workers', '2', '--out', md, '--json', json])).toBe(0);
    } finally {
      out.mockRestore();
    }
    const text = readFileSync(md, 'utf8');
    expect(text).toMatch(/\*\*Provisional\.\*\*/);
    const report = JSON.parse(readFileSync(json, 'utf8')) as RobustnessReport;
    expect(report).toMatchObject({ points: 4, reps: 3 });
    // The designs are in the JSON (icsim discover reads them), and an older JSON without them is redrawn to the same points.
    for (const [model, params] of Object.entries(report.parameters)) {
      expect(report.designs[model]).toHaveLength(4);
      expect(report.designs[model]![0]).toHaveLength(params.length);
      expect(robustnessDesign({ ...report, designs: undefined } as unknown as RobustnessJson, model)).toEqual(report.designs[model]);
    }
    expect(report.patterns.map((p) => p.id)).toEqual(PATTERNS.map((p) => p.id));
    for (const p of report.patterns) {
      expect(text).toContain(`| ${p.id} |`);
      expect(p.holds + p.reversed + p.unclear).toBe(4);
      expect(p.perPoint).toHaveLength(4);
      expect(p.holdsLow).toBeLessThanOrEqual(p.holds / 4);
      expect(p.holdsHigh).toBeGreaterThanOrEqual(p.holds / 4);
    }
    // Every table row has the same number of cells as the header (no stray pipes).
    const rows = text.split('\n').filter((l) => l.startsWith('| '));
    const cells = (l: string) => l.replace(/\\\|/g, '').split('|').length;
    for (const r of rows) expect(cells(r)).toBe(cells(rows[0]!));
  });

  it('is deterministic for a seed, in this thread or on the pool', async () => {
    const o = { points: 3, reps: 2, seed: 't', groups: ['governance.gp'], years: 1, only: ['4a', '9'] };
    const a = await runRobustness({ ...o, workers: 0 });
    const b = await runRobustness({ ...o, workers: 2 });
    expect(a).toEqual(b);
    expect(a.patterns.map((p) => p.id)).toEqual(['4a', '9']);
  });

  it('rejects an unknown pattern id', async () => {
    await expect(runRobustness({ points: 2, reps: 2, seed: 't', groups: ['governance.gp'], only: ['99'] })).rejects.toThrow(/--only 99: no such pattern/);
  });
});

describe('robustness statistics', () => {
  it('Spearman rank correlation: monotone data give ±1, ties are averaged', () => {
    expect(spearman([1, 2, 3, 4], [10, 20, 30, 40])).toBeCloseTo(1, 12);
    expect(spearman([1, 2, 3, 4], [9, 4, 1, 0])).toBeCloseTo(-1, 12);
    expect(spearman([1, 2, 3, 4], [1, 1, 1, 1])).toBe(0);
    // x = 1..5, y = 0,0,1,1,1 (a holding indicator): ranks 1.5,1.5,4,4,4; rho = sqrt(3/4 × 4/... ) computed by hand: 0.8660
    expect(spearman([1, 2, 3, 4, 5], [0, 0, 1, 1, 1])).toBeCloseTo(0.866025, 5);
  });

  it('Wilson interval of 4 out of 10 (Newcombe 1998 table I: 0.1682 to 0.6873)', () => {
    const [lo, hi] = wilson(4, 10);
    expect(lo).toBeCloseTo(0.1682, 4);
    expect(hi).toBeCloseTo(0.6873, 4);
  });
});
