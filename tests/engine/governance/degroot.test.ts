import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { degroot, degrootConsensus, degrootStep, stationaryDistribution } from '../../../src/engine/governance/degroot.ts';

const rowStochastic = (n: number) =>
  fc.array(fc.array(fc.double({ min: 0.01, max: 1, noNaN: true }), { minLength: n, maxLength: n }), { minLength: n, maxLength: n }).map((rows) =>
    rows.map((r) => {
      const s = r.reduce((a, b) => a + b, 0);
      return r.map((v) => v / s);
    }),
  );

describe('degroot', () => {
  it('takes one averaging step x\' = T x over position vectors', () => {
    const T = [
      [0.5, 0.5, 0],
      [0, 0.5, 0.5],
      [0.25, 0.25, 0.5],
    ];
    const x = [
      [1, 0],
      [0, 1],
      [0.5, 0.5],
    ];
    expect(degrootStep(T, x)).toEqual([
      [0.5, 0.5],
      [0.25, 0.75],
      [0.5, 0.5],
    ]);
  });

  it('converges to the stationary-distribution-weighted mean of the initial positions (DeGroot 1974, Theorem 2)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 2, max: 7 }).chain((n) =>
          fc.tuple(rowStochastic(n), fc.array(fc.array(fc.double({ min: 0, max: 1, noNaN: true }), { minLength: 3, maxLength: 3 }), { minLength: n, maxLength: n })),
        ),
        ([T, x0]) => {
          const res = degroot(T, x0);
          expect(res.converged).toBe(true);
          const target = degrootConsensus(T, x0);
          for (const p of res.positions) p.forEach((v, l) => expect(v).toBeCloseTo(target[l]!, 9));
        },
      ),
      { numRuns: 100, seed: 7 },
    );
  });

  it('finds the stationary distribution of a known chain', () => {
    // pi = (2/7, 4/7, 1/7) for this chain (solve pi T = pi by hand).
    const T = [
      [0.5, 0.5, 0],
      [0.25, 0.5, 0.25],
      [0, 1, 0],
    ];
    const pi = stationaryDistribution(T);
    [2 / 7, 4 / 7, 1 / 7].forEach((v, i) => expect(pi[i]).toBeCloseTo(v, 14));
    // Check pi T = pi and the sum.
    const piT = [0, 1, 2].map((j) => pi.reduce((s, p, i) => s + p * T[i]![j]!, 0));
    piT.forEach((v, j) => expect(v).toBeCloseTo(pi[j]!, 14));
    expect(pi.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  it('handles periodic chains, where power iteration fails', () => {
    expect(stationaryDistribution([
      [0, 1],
      [1, 0],
    ])).toEqual([0.5, 0.5]);
    const res = degroot(
      [
        [0, 1],
        [1, 0],
      ],
      [[1], [0]],
      { maxSteps: 50 },
    );
    expect(res.converged).toBe(false);
  });

  it('weights a stubborn agent fully', () => {
    const T = [
      [1, 0, 0],
      [0.3, 0.4, 0.3],
      [0.2, 0.2, 0.6],
    ];
    expect(stationaryDistribution(T)).toEqual([1, 0, 0]);
    const res = degroot(T, [[0.9], [0.1], [0.5]]);
    for (const p of res.positions) expect(p[0]).toBeCloseTo(0.9, 10);
  });

  it('rejects matrices that are not row-stochastic or have two closed classes', () => {
    expect(() => stationaryDistribution([[0.5, 0.4], [0.5, 0.5]])).toThrow(/sums to/);
    expect(() => stationaryDistribution([[1, 0], [0, 1]])).toThrow(/more than one closed class/);
    expect(() => degroot([[1]], [[1], [2]])).toThrow(/2 positions for 1 agents/);
  });
});
