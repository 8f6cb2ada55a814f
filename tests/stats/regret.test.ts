import { describe, expect, it } from 'vitest';
import { regret, satisficing } from '../../src/stats/index.ts';

describe('regret', () => {
  // Three options × four scenarios (larger is better). Best per scenario: 5, 6, 4, 9.
  const values = [
    [5, 2, 4, 1],
    [3, 6, 1, 9],
    [4, 5, 3, 7],
  ];
  it('is the distance from the best option in each scenario, by hand', () => {
    const r = regret(values, { larger: 'better' });
    expect(r.regret).toEqual([
      [0, 4, 0, 8],
      [2, 0, 3, 0],
      [1, 1, 1, 2],
    ]);
    expect(r.maxRegret).toEqual([8, 3, 2]);
    // Sorted regrets: [0,0,4,8], [0,0,2,3], [1,1,1,2]; the 50th percentile lies halfway between the 2nd and 3rd.
    expect(r.percentileRegret(50)).toEqual([2, 1, 1]);
    // 90th: position 2.7.
    expect(r.percentileRegret(90)[0]).toBeCloseTo(4 + 0.7 * 4, 12);
    expect(r.percentileRegret(100)).toEqual(r.maxRegret);
  });
  it('flips when larger is worse', () => {
    const r = regret(values, { larger: 'worse' });
    // Best (smallest) per scenario: 3, 2, 1, 1.
    expect(r.regret).toEqual([
      [2, 0, 3, 0],
      [0, 4, 0, 8],
      [1, 3, 2, 6],
    ]);
    expect(r.maxRegret).toEqual([3, 8, 6]);
  });
  it('refuses a ragged or non-finite table', () => {
    expect(() => regret([[1, 2], [1]], { larger: 'better' })).toThrow(/option 1 has 1 scenarios/);
    expect(() => regret([[1, NaN]], { larger: 'better' })).toThrow(/scenario 1 is NaN/);
  });
});

describe('satisficing', () => {
  it('is the share of scenarios meeting every threshold, by hand', () => {
    const a = [
      [5, 2, 4, 1],
      [3, 6, 1, 9],
    ];
    const b = [
      [0, 0, 1, 0],
      [1, 0, 0, NaN],
    ];
    // a >= 3 and b <= 0: option 0 meets it in scenario 0 only; option 1 in scenario 1 (scenario 3 has NaN).
    expect(satisficing([a, b], [{ min: 3 }, { max: 0 }])).toEqual([0.25, 0.25]);
    expect(satisficing([a], [{ min: 3 }])).toEqual([0.5, 0.75]);
  });
});
