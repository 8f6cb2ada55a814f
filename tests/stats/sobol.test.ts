/**
 * Sobol' indices of the Ishigami function (Ishigami and Homma 1990), whose
 * indices are known exactly: with a = 7 and b = 0.1, S1 = 0.3139, 0.4424,
 * 0 and ST = 0.5576, 0.4424, 0.2437 (Saltelli et al. 2008, Global
 * Sensitivity Analysis: The Primer, section 4.6). n = 1024 rows (5,120
 * evaluations), 1000 bootstrap resamples, fixed seeds.
 */
import { describe, expect, it } from 'vitest';
import { sobolDesign, sobolIndices } from '../../src/stats/index.ts';

const A = 7;
const B = 0.1;
const ishigami = (u: readonly number[]) => {
  const [x1, x2, x3] = u.map((v) => -Math.PI + 2 * Math.PI * v) as [number, number, number];
  return Math.sin(x1) + A * Math.sin(x2) ** 2 + B * x3 ** 4 * Math.sin(x1);
};
// Analytic values (Sobol' and Levitan 1999; SALib's Ishigami test).
const V = A ** 2 / 8 + (B * Math.PI ** 4) / 5 + (B ** 2 * Math.PI ** 8) / 18 + 0.5;
const V1 = 0.5 * (1 + (B * Math.PI ** 4) / 5) ** 2;
const V2 = A ** 2 / 8;
const V13 = (B ** 2 * Math.PI ** 8) * (1 / 18 - 1 / 50);
const S1_TRUE = [V1 / V, V2 / V, 0];
const ST_TRUE = [(V1 + V13) / V, V2 / V, V13 / V];

describe('sobolDesign', () => {
  const design = sobolDesign({ dims: 3, n: 8, seed: 1 });
  it('has n × (dims + 2) points in the order A, B, AB_1 ... AB_dims', () => {
    expect(design).toHaveLength(8 * 5);
    const a = design.slice(0, 8);
    const b = design.slice(8, 16);
    for (let i = 0; i < 3; i++) {
      const ab = design.slice((2 + i) * 8, (3 + i) * 8);
      ab.forEach((row, r) => {
        row.forEach((x, j) => expect(x).toBe(j === i ? b[r]![j] : a[r]![j]));
      });
    }
    for (const p of design) for (const x of p) expect(x >= 0 && x < 1).toBe(true);
  });
  it('is deterministic for a seed; other seeds shift it', () => {
    expect(sobolDesign({ dims: 3, n: 8, seed: 1 })).toEqual(design);
    expect(sobolDesign({ dims: 3, n: 8, seed: 2 })).not.toEqual(design);
  });
});

describe('sobolIndices on the Ishigami function (a = 7, b = 0.1), n = 1024, 95% bootstrap intervals', () => {
  it('the analytic values are what the Primer tabulates', () => {
    expect(S1_TRUE.map((v) => +v.toFixed(4))).toEqual([0.3139, 0.4424, 0]);
    expect(ST_TRUE.map((v) => +v.toFixed(4))).toEqual([0.5576, 0.4424, 0.2437]);
  });

  const n = 1024;
  const design = sobolDesign({ dims: 3, n, seed: 'ishigami' });
  const y = design.map(ishigami);
  const s = sobolIndices(design, y, { dims: 3, n, seed: 'ishigami' });
  const f = (v: number[]) => v.map((x) => x.toFixed(4)).join(', ');
  console.log(`Ishigami n=${n}: S1 ${f(s.S1)} ± ${f(s.S1Conf)}; ST ${f(s.ST)} ± ${f(s.STConf)}`);

  it('S1 and ST lie within their bootstrap intervals of the true values', () => {
    for (let i = 0; i < 3; i++) {
      expect(Math.abs(s.S1[i]! - S1_TRUE[i]!), `S1[${i}]`).toBeLessThanOrEqual(s.S1Conf[i]!);
      expect(Math.abs(s.ST[i]! - ST_TRUE[i]!), `ST[${i}]`).toBeLessThanOrEqual(s.STConf[i]!);
    }
  });

  it('the intervals are narrow enough to rank the inputs (half-widths below 0.1)', () => {
    for (const c of [...s.S1Conf, ...s.STConf]) expect(c).toBeLessThan(0.1);
  });

  it('does not depend on a shift of the outputs (they are centred first)', () => {
    const shifted = sobolIndices(design, y.map((v) => v + 1000), { dims: 3, n, seed: 'ishigami' });
    for (const k of ['S1', 'ST', 'S1Conf', 'STConf'] as const) shifted[k].forEach((v, i) => expect(v).toBeCloseTo(s[k][i]!, 8));
  });

  it('is deterministic for fixed seeds', () => {
    expect(sobolIndices(design, y, { dims: 3, n, seed: 'ishigami' })).toEqual(s);
  });

  it('rejects mismatched sizes and non-finite outputs', () => {
    expect(() => sobolIndices(design, y.slice(1), { dims: 3, n })).toThrow(/5119 outputs for 5120 design points/);
    expect(() => sobolIndices(design, y, { dims: 2, n })).toThrow(/n × \(dims \+ 2\) = 4096/);
    const bad = y.slice();
    bad[7] = NaN;
    expect(() => sobolIndices(design, bad, { dims: 3, n })).toThrow(/output 7 is NaN/);
  });
});
