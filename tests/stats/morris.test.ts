import { describe, expect, it } from 'vitest';
import { morrisDelta, morrisDesign, morrisIndices } from '../../src/stats/index.ts';

describe('morrisDesign', () => {
  const dims = 5;
  const trajectories = 7;
  const levels = 4;
  const design = morrisDesign({ dims, trajectories, levels, seed: 3 });

  it('has trajectories × (dims + 1) points in the unit cube on the grid', () => {
    expect(design).toHaveLength(trajectories * (dims + 1));
    for (const p of design) {
      expect(p).toHaveLength(dims);
      for (const x of p) {
        expect(x).toBeGreaterThanOrEqual(0);
        expect(x).toBeLessThanOrEqual(1);
        expect(Math.abs(x * (levels - 1) - Math.round(x * (levels - 1)))).toBeLessThan(1e-9);
      }
    }
  });

  it('moves each input exactly once per trajectory by ±Δ', () => {
    const delta = morrisDelta(levels);
    for (let t = 0; t < trajectories; t++) {
      const moved: number[] = [];
      for (let j = 0; j < dims; j++) {
        const a = design[t * (dims + 1) + j]!;
        const b = design[t * (dims + 1) + j + 1]!;
        const diff = a.map((x, i) => b[i]! - x).map((d, i) => [d, i] as const).filter(([d]) => Math.abs(d) > 1e-12);
        expect(diff).toHaveLength(1);
        expect(Math.abs(diff[0]![0])).toBeCloseTo(delta, 12);
        moved.push(diff[0]![1]);
      }
      expect(moved.sort()).toEqual([0, 1, 2, 3, 4]);
    }
  });

  it('is deterministic for a seed and differs between seeds', () => {
    expect(morrisDesign({ dims, trajectories, levels, seed: 3 })).toEqual(design);
    expect(morrisDesign({ dims, trajectories, levels, seed: 4 })).not.toEqual(design);
  });
});

describe('morrisIndices', () => {
  it('ranks the inputs of a linear function by their coefficients exactly, with sigma 0', () => {
    const coef = [0.5, -4, 2, 0, 8, 1, -3];
    const dims = coef.length;
    const design = morrisDesign({ dims, trajectories: 10, levels: 4, seed: 'linear' });
    const y = design.map((x) => coef.reduce((s, c, i) => s + c * x[i]!, 0));
    const m = morrisIndices(design, y, { dims, levels: 4 });
    m.muStar.forEach((v, i) => expect(v).toBeCloseTo(Math.abs(coef[i]!), 10));
    m.mu.forEach((v, i) => expect(v).toBeCloseTo(coef[i]!, 10));
    m.sigma.forEach((v) => expect(v).toBeCloseTo(0, 10));
    const rank = (v: number[]) => v.map((_, i) => i).sort((a, b) => v[b]! - v[a]!);
    expect(rank(m.muStar)).toEqual(rank(coef.map(Math.abs)));
    console.log(`Morris linear (10 trajectories): mu* ${m.muStar.map((v) => v.toFixed(3)).join(', ')}`);
  });

  it('separates a non-linear, interacting input by sigma (Sobol g-like test)', () => {
    // y = x0 + x1 * x2 + 0 * x3: x1 and x2 interact, so their effects vary (sigma > 0); x3 is inert.
    const design = morrisDesign({ dims: 4, trajectories: 20, levels: 4, seed: 5 });
    const y = design.map((x) => x[0]! + 4 * x[1]! * x[2]!);
    const m = morrisIndices(design, y, { dims: 4, levels: 4, seed: 1 });
    expect(m.sigma[0]).toBeCloseTo(0, 10);
    expect(m.sigma[1]).toBeGreaterThan(0.5);
    expect(m.sigma[2]).toBeGreaterThan(0.5);
    expect(m.muStar[3]).toBe(0);
    expect(m.muStarConf[3]).toBe(0);
    expect(m.muStarConf[1]).toBeGreaterThan(0);
  });

  it('rejects a design that is not a Morris design', () => {
    const design = morrisDesign({ dims: 2, trajectories: 2, levels: 4, seed: 1 });
    expect(() => morrisIndices(design.slice(1), design.slice(1).map(() => 0), { dims: 2, levels: 4 })).toThrow(/not a whole number of trajectories/);
    expect(() => morrisIndices(design, [1, 2], { dims: 2, levels: 4 })).toThrow(/6 design points but 2 outputs/);
    const bad = design.map((p) => p.slice());
    bad[1]![0] = bad[0]![0]! === 0 ? 1 / 3 : 0;
    bad[1]![1] = bad[0]![1]!;
    expect(() => morrisIndices(bad, bad.map(() => 0), { dims: 2, levels: 4 })).toThrow(/differ/);
  });
});
