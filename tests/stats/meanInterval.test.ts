import { describe, expect, it } from 'vitest';
import { meanInterval, pairedDifferenceInterval } from '../../src/stats/meanInterval.ts';
import { studentTCdf, studentTQuantile } from '../../src/stats/studentT.ts';

describe('studentTQuantile', () => {
  it('matches published t(0.975, df) and t(0.95, df) to 1e-9', () => {
    // R: qt(0.975, df) and qt(0.95, df).
    const t975: Array<[number, number]> = [
      [1, 12.7062047361747],
      [2, 4.30265272974946],
      [4, 2.77644510519779],
      [9, 2.2621571627982],
      [29, 2.0452296421327],
      [1000, 1.96233908082641],
    ];
    for (const [df, t] of t975) expect(studentTQuantile(0.975, df)).toBeCloseTo(t, 9);
    expect(studentTQuantile(0.95, 10)).toBeCloseTo(1.81246112281168, 9);
    expect(studentTQuantile(0.025, 4)).toBeCloseTo(-2.77644510519779, 9);
  });

  it('inverts the distribution function', () => {
    for (const df of [1, 3, 17, 250]) for (const p of [0.6, 0.9, 0.995]) expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
  });

  it('is NaN outside its domain (no degrees of freedom, p not in (0, 1))', () => {
    expect(studentTQuantile(0.975, 0)).toBeNaN();
    expect(studentTQuantile(1, 5)).toBeNaN();
    expect(studentTQuantile(0, 5)).toBeNaN();
  });
});

describe('meanInterval', () => {
  it('gives mean ± t(0.975, n-1)·sd/√n', () => {
    const s = meanInterval([1, 2, 3]);
    expect(s).toMatchObject({ n: 3, mean: 2, sd: 1 });
    // t(0.975, 2) / √3 = 4.30265272974946 / 1.73205080756888
    expect(s.low).toBeCloseTo(2 - 2.48413771175033, 12);
    expect(s.high).toBeCloseTo(2 + 2.48413771175033, 12);
  });

  it('gives no interval below two values: NaN bounds, not a zero-width interval', () => {
    expect(meanInterval([5])).toEqual({ n: 1, mean: 5, sd: NaN, low: NaN, high: NaN });
    expect(meanInterval([])).toEqual({ n: 0, mean: NaN, sd: NaN, low: NaN, high: NaN });
    // Missing results do not count towards n.
    expect(meanInterval([NaN, 4, Infinity])).toEqual({ n: 1, mean: 4, sd: NaN, low: NaN, high: NaN });
  });

  it('collapses to the mean when every value is equal', () => {
    expect(meanInterval([3, 3, 3, 3])).toEqual({ n: 4, mean: 3, sd: 0, low: 3, high: 3 });
  });

  it('skips missing values and widens with the level', () => {
    const a = meanInterval([1, NaN, 2, 3]);
    expect(a.n).toBe(3);
    const b = meanInterval([1, 2, 3], 0.99);
    expect(b.high - b.low).toBeGreaterThan(a.high - a.low);
    expect(() => meanInterval([1, 2], 1)).toThrow(/level 1/);
  });
});

describe('pairedDifferenceInterval', () => {
  it('is the interval of the differences, skipping incomplete pairs', () => {
    const d = pairedDifferenceInterval([2, 4, 3, NaN], [1, 2, 3, 7]);
    expect(d.n).toBe(3);
    expect(d.mean).toBe(1);
    expect(d).toEqual(meanInterval([1, 2, 0]));
    expect(() => pairedDifferenceInterval([1], [1, 2])).toThrow(/equal lengths/);
  });
});
