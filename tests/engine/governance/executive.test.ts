import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { executiveAllocation } from '../../../src/engine/governance/executive.ts';
import { solveLp } from '../../../src/engine/governance/linearProgram.ts';

describe('executiveAllocation', () => {
  it('fills lines greedily by priority from their lower bounds', () => {
    const box = { envelope: 100, lo: [10, 10, 10], hi: [50, 50, 50] };
    expect(executiveAllocation([1, 3, 2], box)).toEqual([10, 50, 40]);
    expect(executiveAllocation([0, 0, 1], box)).toEqual([25, 25, 50]);
  });

  it('splits a tie in proportion to room, whatever the line order', () => {
    const box = { envelope: 100, lo: [0, 0, 0], hi: [100, 50, 100] };
    expect(executiveAllocation([1, 1, 0], box)).toEqual([100 * (100 / 150), 50 * (100 / 150), 0]);
    expect(executiveAllocation([0, 1, 1], { envelope: 100, lo: [0, 0, 0], hi: [100, 100, 50] })).toEqual([0, 100 * (100 / 150), 50 * (100 / 150)]);
  });

  it('matches the linear programme optimum on random problems', () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true }), fc.double({ min: 0, max: 1, noNaN: true })), { minLength: 2, maxLength: 7 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (lines, t) => {
          const lo = lines.map(([a]) => a);
          const hi = lines.map(([a, b]) => a + b);
          const p = lines.map(([, , c]) => c);
          const sLo = lo.reduce((x, y) => x + y, 0);
          const sHi = hi.reduce((x, y) => x + y, 0);
          const box = { envelope: sLo + t * (sHi - sLo), lo, hi };
          const x = executiveAllocation(p, box);
          expect(x.reduce((a, b) => a + b, 0)).toBeCloseTo(box.envelope, 10);
          x.forEach((v, j) => {
            expect(v).toBeGreaterThanOrEqual(lo[j]! - 1e-12);
            expect(v).toBeLessThanOrEqual(hi[j]! + 1e-12);
          });
          const lp = solveLp({
            objective: p,
            direction: 'maximize',
            rows: [{ coef: p.map(() => 1), equal: box.envelope }, ...lo.map((l, j) => ({ coef: p.map((_, q) => (q === j ? 1 : 0)), min: l, max: hi[j]! }))],
          });
          const value = p.reduce((s, v, j) => s + v * x[j]!, 0);
          expect(value).toBeCloseTo(lp.value, 7);
        },
      ),
      { numRuns: 200, seed: 3 },
    );
  });

  it('throws when no allocation fits', () => {
    expect(() => executiveAllocation([1, 1], { envelope: 10, lo: [6, 6], hi: [9, 9] })).toThrow(/no allocation fits/);
    expect(() => executiveAllocation([1], { envelope: 10, lo: [6, 6], hi: [9, 9] })).toThrow(/expected 1/);
  });
});
