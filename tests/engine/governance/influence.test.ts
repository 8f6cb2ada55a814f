import { describe, expect, it } from 'vitest';
import { gpInfluence, idealPosition, priorityScale, toShares, utilityGainShares, weightedPosition } from '../../../src/engine/governance/influence.ts';

describe('gpInfluence', () => {
  it('is the clamped scalar projection onto the segment from the others (0) to GP (1)', () => {
    const others = [0.6, 0.2, 0.2];
    const gp = [0.4, 0.2, 0.4];
    expect(gpInfluence(others, gp, others).influence).toBe(0);
    expect(gpInfluence(gp, gp, others).influence).toBe(1);
    expect(gpInfluence([0.5, 0.2, 0.3], gp, others).influence).toBeCloseTo(0.5, 14);
    // Off the line: only the component along it counts.
    // (a - o) . (g - o) = 0.02 + 0.01; |g - o|^2 = 0.08.
    expect(gpInfluence([0.5, 0.25, 0.25], gp, others).influence).toBeCloseTo(0.375, 14);
    const beyond = gpInfluence([0.3, 0.2, 0.5], gp, others);
    expect(beyond.influence).toBe(1);
    expect(beyond.projection).toBeCloseTo(1.5, 14);
    expect(gpInfluence([0.7, 0.2, 0.1], gp, others).influence).toBe(0);
  });

  it('is neutral and flagged when the two reference positions coincide', () => {
    const m = gpInfluence([0.5, 0.5], [0.3, 0.7], [0.3, 0.7]);
    expect(m).toEqual({ influence: 0.5, projection: NaN, degenerate: true });
    expect(gpInfluence([0.5, 0.5], [0.3, 0.7], [0.3, 0.7 + 1e-12]).degenerate).toBe(true);
  });

  it('builds positions from ideal allocations over the feasible set', () => {
    const box = { envelope: 100, lo: [40, 20, 10], hi: [60, 40, 30] };
    // 30 above the floors: 20 fills line 2, the last 10 splits between the indifferent lines by room.
    expect(idealPosition([0, 0, 1], box)).toEqual([0.45, 0.25, 0.3]);
    expect(idealPosition([1, 0, 0], box)).toEqual([0.6, 0.25, 0.15]);
    expect(weightedPosition([[0.4, 0.3, 0.3], [0.6, 0.2, 0.2]], [3, 1])).toEqual([0.45, 0.275, 0.275].map((v) => expect.closeTo(v, 14)));
    expect(toShares([20, 60, 20])).toEqual([0.2, 0.6, 0.2]);
    expect(() => weightedPosition([[1]], [0])).toThrow(/positive/);
  });
});

describe('utilityGainShares', () => {
  it('shares the positive gains over the disagreement point by bloc', () => {
    const g = utilityGainShares([12, 15, 20, 9], [10, 10, 20, 10], ['gp', 'gp', 'acute', 'council']);
    expect(g).toEqual([
      { bloc: 'gp', gain: 7, share: 1 },
      { bloc: 'acute', gain: 0, share: 0 },
      { bloc: 'council', gain: -1, share: 0 },
    ]);
    const scaled = utilityGainShares([12, 20], [10, 10], ['gp', 'acute'], [priorityScale([1, 1]), priorityScale([2, 8])]);
    expect(scaled.map((b) => b.share)).toEqual([0.5, 0.5]);
    expect(utilityGainShares([1], [1], ['gp'])[0]!.share).toBe(0);
  });
});
