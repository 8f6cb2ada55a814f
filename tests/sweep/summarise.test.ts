import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe as group, expect, it } from 'vitest';
import { describe, formatSummaryCsv, studentTQuantile, summariseSweep } from '../../src/sweep/index.ts';
import { fakeHeader, tempDir, writeNdjson } from './helpers.ts';

group('studentTQuantile', () => {
  it('matches tables of t(0.975, df) to 1e-9', () => {
    const table: Array<[number, number]> = [
      [1, 12.7062047361747],
      [2, 4.30265272974946],
      [4, 2.77644510519779],
      [9, 2.2621571627982],
      [29, 2.0452296421327],
      [1000, 1.96233908082641],
    ];
    for (const [df, t] of table) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 9);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.77644510519779, 9);
  });
});

group('describe', () => {
  it('gives mean, sample sd and mean ± t·sd/√n', () => {
    const d = describe([1, 2, 3]);
    expect(d.n).toBe(3);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(1);
    // t(0.975, 2) / √3 = 4.30265272974946 / 1.73205080756888
    expect(d.ciLow).toBeCloseTo(2 - 2.48413771175033, 9);
    expect(d.ciHigh).toBeCloseTo(2 + 2.48413771175033, 9);
    expect(describe([5])).toMatchObject({ n: 1, mean: 5 });
    expect(describe([5]).sd).toBeNaN();
    expect(describe([]).n).toBe(0);
  });
});

group('summariseSweep', () => {
  // 2 design points (x = 1, 2) × 2 variants × 3 replications; m by hand, k constant.
  const m: Record<string, number[]> = { '1 base': [1, 2, 3], '1 alt': [2, 4, 3], '2 base': [10, 10, 13], '2 alt': [10, 12, 13] };
  const dir = tempDir();
  const file = join(dir, 's.ndjson');
  const header = fakeHeader({ variants: ['base', 'alt'], vary: ['x=1,2'], paths: ['x'], points: 2, reps: 3, runs: 12 });
  const rows: object[] = [];
  for (let rep = 0; rep < 3; rep++)
    for (let point = 0; point < 2; point++)
      for (const [v, variant] of ['base', 'alt'].entries()) {
        rows.push({ run: (rep * 2 + point) * 2 + v, point, variant, rep, seed: `1:${rep}`, x: point + 1, m: m[`${point + 1} ${variant}`]![rep], k: 7 });
      }
  writeNdjson(file, header, rows);
  const half = 2.48413771175033; // t(0.975, 2) · 1 / √3

  it('per design point and variant: n, mean, sd, t interval; constant metrics left out', () => {
    const s = summariseSweep(file);
    expect(s.by).toEqual(['x']);
    expect(s.metrics).toEqual(['m']);
    expect(s.constant).toEqual(['k']);
    expect(s.lines.map((l) => [l.group[0], l.variant, l.level.n, l.level.mean])).toEqual([
      [1, 'base', 3, 2],
      [1, 'alt', 3, 3],
      [2, 'base', 3, 11],
      [2, 'alt', 3, 35 / 3],
    ]);
    expect(s.lines[0]!.level.sd).toBe(1);
    expect(s.lines[0]!.level.ciHigh).toBeCloseTo(2 + half, 9);
    expect(s.lines[2]!.level.sd).toBeCloseTo(Math.sqrt(3), 12);
  });

  it('paired differences from the baseline, by replication', () => {
    const s = summariseSweep(file, { baseline: 'base' });
    const alt1 = s.lines.find((l) => l.group[0] === 1 && l.variant === 'alt')!;
    // differences 1, 2, 0: mean 1, sd 1
    expect(alt1.diff).toMatchObject({ n: 3, mean: 1, sd: 1 });
    expect(alt1.diff!.ciLow).toBeCloseTo(1 - half, 9);
    const alt2 = s.lines.find((l) => l.group[0] === 2 && l.variant === 'alt')!;
    // differences 0, 2, 0: mean 2/3, sd √(4/3)/... = sample sd of (0,2,0)
    expect(alt2.diff!.mean).toBeCloseTo(2 / 3, 12);
    expect(alt2.diff!.sd).toBeCloseTo(Math.sqrt(4 / 3), 12);
    expect(s.lines.find((l) => l.variant === 'base')!.diff).toBeUndefined();
  });

  it('groups by another column and pools the design points', () => {
    const s = summariseSweep(file, { by: [], metrics: ['m', 'k'], baseline: 'base' });
    const alt = s.lines.find((l) => l.variant === 'alt' && l.metric === 'm')!;
    expect(alt.level.n).toBe(6);
    expect(alt.diff).toMatchObject({ n: 6 });
    expect(alt.diff!.mean).toBeCloseTo(5 / 6, 12);
    expect(s.lines.find((l) => l.metric === 'k')!.level).toMatchObject({ mean: 7, sd: 0 });
  });

  it('writes CSV', () => {
    const csv = formatSummaryCsv(summariseSweep(file, { baseline: 'base' }));
    const lines = csv.trim().split('\n');
    expect(lines[0]).toBe('x,variant,metric,n,mean,sd,ci95_low,ci95_high,baseline,diff_n,diff_mean,diff_sd,diff_ci95_low,diff_ci95_high');
    expect(lines[1]).toMatch(/^1,base,m,3,2,1,/);
    expect(lines[2]).toMatch(/^1,alt,m,3,3,1,[-\d.e]+,[\d.e]+,base,3,1,1,/);
    expect(lines).toHaveLength(5);
  });

  it('rejects unknown metrics, columns and baselines', () => {
    expect(() => summariseSweep(file, { metrics: ['nope'] })).toThrow(/--metric nope: no such metric/);
    expect(() => summariseSweep(file, { by: ['y'] })).toThrow(/--by y: no such column/);
    expect(() => summariseSweep(file, { baseline: 'other' })).toThrow(/--baseline other: the sweep has no such variant/);
    expect(readFileSync(file, 'utf8').split('\n')).toHaveLength(14);
  });
});
