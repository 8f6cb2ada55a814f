import { describe, expect, it } from 'vitest';
import { LINES } from '../../../src/engine/lines.ts';
import { feasibleSet, MENTAL_HEALTH_LINE, rollForward, validateBox } from '../../../src/engine/governance/feasibleSet.ts';

describe('feasibleSet', () => {
  it('bounds each line within the maximum change of last year scaled to the new envelope, and floors mental health', () => {
    expect(MENTAL_HEALTH_LINE).toBe(LINES.indexOf('mentalHealth'));
    const last = [500, 100, 100, 100, 80, 80, 40]; // sums to 1000
    const fs = feasibleSet({ last, envelope: 1100, maxChangeShare: 0.1 });
    fs.rolledForward.forEach((v, j) => expect(v).toBeCloseTo(last[j]! * 1.1, 9));
    fs.lo.forEach((v, j) => expect(v).toBeCloseTo(j === MENTAL_HEALTH_LINE ? last[j]! * 1.1 : last[j]! * 1.1 * 0.9, 9));
    fs.hi.forEach((v, j) => expect(v).toBeCloseTo(last[j]! * 1.1 * 1.1, 9));
    expect(fs.relaxed).toBe('none');
    expect(() => validateBox(fs)).not.toThrow();
    // The rolled-forward allocation is feasible.
    fs.rolledForward.forEach((v, j) => {
      expect(v).toBeGreaterThanOrEqual(fs.lo[j]! - 1e-9);
      expect(v).toBeLessThanOrEqual(fs.hi[j]! + 1e-9);
    });
  });

  it('takes a limit per line and custom floors', () => {
    const fs = feasibleSet({ last: [60, 40], envelope: 100, maxChangeShare: [0, 0.5], floorLines: [] });
    expect(fs.lo).toEqual([60, 20]);
    expect(fs.hi).toEqual([60, 60]);
  });

  it('relaxes lower bounds proportionally when minimums exceed the envelope', () => {
    const fs = feasibleSet({ last: [50, 50], envelope: 100, maxChangeShare: 0.1, floorLines: [], minimum: [80, 40] });
    expect(fs.relaxed).toBe('lower');
    const sum = fs.lo.reduce((a, b) => a + b, 0);
    expect(sum).toBeCloseTo(100, 12);
    // The minimum lifts line 0 to 80; line 1 keeps its change limit 45; both are cut by 100/125.
    expect(fs.lo[0]!).toBeCloseTo(64, 12);
    expect(fs.lo[1]!).toBeCloseTo(36, 12);
  });

  it('rolls forward in equal shares when last year was empty, and keeps shares otherwise', () => {
    const fs = feasibleSet({ last: [0, 0], envelope: 100, maxChangeShare: 0.1, floorLines: [] });
    expect(fs.rolledForward).toEqual([50, 50]);
    expect(fs.relaxed).toBe('none');
    expect(rollForward([1, 3], 8)).toEqual([2, 6]);
  });

  it('rejects bad input', () => {
    expect(() => feasibleSet({ last: [], envelope: 1, maxChangeShare: 0.1 })).toThrow(/at least one line/);
    expect(() => feasibleSet({ last: [1, -1], envelope: 1, maxChangeShare: 0.1, floorLines: [] })).toThrow(/non-negative/);
    expect(() => feasibleSet({ last: [1, 1], envelope: 1, maxChangeShare: -0.1, floorLines: [] })).toThrow(/maxChangeShare/);
    expect(() => validateBox({ envelope: 10, lo: [6, 6], hi: [8, 8] })).toThrow(/no allocation fits/);
    expect(() => validateBox({ envelope: 10, lo: [6, 6], hi: [5, 8] })).toThrow(/bounds/);
  });
});
