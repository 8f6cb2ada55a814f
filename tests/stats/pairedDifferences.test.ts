import { describe as group, expect, it } from 'vitest';
import { pairedDifferences } from '../../src/stats/pairedDifferences.ts';

group('pairedDifferences', () => {
  it('pairs by key, skips unmatched and NaN pairs, and gives the t interval of the differences', () => {
    const base = new Map([['0', 10], ['1', 12], ['2', 11], ['3', Number.NaN]]);
    const d = pairedDifferences([['0', 11], ['1', 14], ['2', 14], ['3', 1], ['9', 5]] as const, (k) => base.get(k));
    // Differences 1, 2, 3: mean 2, sd 1, t(0.975, 2) = 4.302652729911275.
    expect(d.n).toBe(3);
    expect(d.mean).toBe(2);
    expect(d.sd).toBe(1);
    expect(d.ciLow).toBeCloseTo(2 - 4.302652729911275 / Math.sqrt(3), 9);
    expect(d.ciHigh).toBeCloseTo(2 + 4.302652729911275 / Math.sqrt(3), 9);
  });
  it('gives n = 0 and NaN with no pairs', () => {
    const d = pairedDifferences([] as Array<[string, number]>, () => 1);
    expect(d.n).toBe(0);
    expect(Number.isNaN(d.mean)).toBe(true);
  });
});
