import { describe, expect, it } from 'vitest';
import { gpPower, idealPosition, priorityScale, toShares, utilityGainShares, weightedPosition } from '../../../src/engine/governance/influence.ts';

describe('gpPower (docs/ODD.md §7.13: influence, success, luck)', () => {
  const box = { envelope: 100, lo: [20, 20, 20], hi: [60, 60, 60] };
  // GP values line 2 most, then line 1: ideal (20, 20, 60)... greedy: line 2 to 60, then line 1 gets the rest (20).
  const p = [0, 1, 2];
  it('measures influence against the counterfactual, success and luck from GP\'s worst outcome', () => {
    // u = x1 + 2 x2. Ideal (20, 20, 60): u = 140. Worst (60, 20, 20): u = 60.
    const a = [20, 40, 40]; // u = 120
    const a0 = [40, 30, 30]; // u = 90
    const m = gpPower(p, box, a, a0);
    expect(m.ideal).toEqual([20, 20, 60]);
    expect(m.influence).toBeCloseTo((120 - 90) / (140 - 90), 14);
    expect(m.success).toBeCloseTo((120 - 60) / (140 - 60), 14);
    expect(m.luck).toBeCloseTo((90 - 60) / (140 - 60), 14);
  });
  it('is exactly 0 when GP\'s presence changed nothing, whatever the success', () => {
    const a = [30, 30, 40];
    const m = gpPower(p, box, a, a);
    expect(m.influence).toBe(0);
    expect(m.success).toBeGreaterThan(0);
    expect(m.success).toBe(m.luck);
  });
  it('is 1 when GP\'s presence moves the decision to its ideal, and 0 when the counterfactual is already ideal', () => {
    expect(gpPower(p, box, [20, 20, 60], [60, 20, 20]).influence).toBe(1);
    expect(gpPower(p, box, [20, 20, 60], [20, 20, 60]).influence).toBe(0);
  });
  it('is negative when GP\'s presence moves the decision away from its ideal', () => {
    // u(a) = 60, u(a0) = 130, worst 60: all the room below a0 was lost.
    expect(gpPower(p, box, [60, 20, 20], [20, 30, 50]).influence).toBe(-1);
    // u(a) = 120 against u(a0) = 130: a loss of 10 of the 70 below a0.
    expect(gpPower(p, box, [20, 40, 40], [20, 30, 50]).influence).toBeCloseTo(-10 / 70, 14);
  });
});

describe('positions and gains', () => {
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
