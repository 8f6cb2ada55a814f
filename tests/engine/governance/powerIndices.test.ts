import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { powerIndices, validateVotingGame } from '../../../src/engine/governance/powerIndices.ts';

/** Brute force over all 2^n coalitions (Banzhaf) and the subset form of Shapley-Shubik. */
function bruteForce(weights: number[], quota: number) {
  const n = weights.length;
  const swings = new Array<number>(n).fill(0);
  const ss = new Array<number>(n).fill(0);
  const fact = (m: number): number => (m <= 1 ? 1 : m * fact(m - 1));
  for (let mask = 0; mask < 1 << n; mask++) {
    let w = 0;
    let size = 0;
    for (let i = 0; i < n; i++) if (mask & (1 << i)) (w += weights[i]!), size++;
    for (let i = 0; i < n; i++) {
      if (mask & (1 << i)) continue;
      if (w < quota && w + weights[i]! >= quota) {
        swings[i]!++;
        ss[i]! += (fact(size) * fact(n - size - 1)) / fact(n);
      }
    }
  }
  const total = swings.reduce((a, b) => a + b, 0);
  return { swings, banzhaf: swings.map((s) => s / total), banzhafAbsolute: swings.map((s) => s / 2 ** (n - 1)), shapleyShubik: ss };
}

describe('powerIndices', () => {
  it('reproduces the EEC Council of Ministers, 1958 (Felsenthal and Machover 1998, The Measurement of Voting Power, Edward Elgar)', () => {
    // France, Germany, Italy 4; Belgium, Netherlands 2; Luxembourg 1; quota 12 of 17.
    const r = powerIndices([4, 4, 4, 2, 2, 1], 12);
    expect(r.swings).toEqual([10, 10, 10, 6, 6, 0]);
    // Normalised Banzhaf 5/21 and 1/7; Luxembourg a dummy with no power at all.
    for (let i = 0; i < 3; i++) expect(r.banzhaf[i]).toBeCloseTo(5 / 21, 14);
    for (let i = 3; i < 5; i++) expect(r.banzhaf[i]).toBeCloseTo(3 / 21, 14);
    expect(r.banzhaf[5]).toBe(0);
    expect(r.banzhafAbsolute).toEqual([10 / 32, 10 / 32, 10 / 32, 6 / 32, 6 / 32, 0]);
    // Shapley-Shubik 7/30 for the big three, 3/20 for Belgium and the Netherlands, 0 for Luxembourg.
    for (let i = 0; i < 3; i++) expect(r.shapleyShubik[i]).toBeCloseTo(7 / 30, 14);
    for (let i = 3; i < 5; i++) expect(r.shapleyShubik[i]).toBeCloseTo(3 / 20, 14);
    expect(r.shapleyShubik[5]).toBe(0);
  });

  it('reproduces the UN Security Council since 1965 (Felsenthal and Machover 1998; Straffin 1993, Game Theory and Strategy, MAA)', () => {
    // Five permanent members with a veto and ten others; nine votes including all five permanent:
    // the weighted game [39; 7,7,7,7,7,1,...,1].
    const weights = [7, 7, 7, 7, 7, ...new Array(10).fill(1)];
    const r = powerIndices(weights, 39);
    // Swings: a permanent member 848 = sum_{k>=4} C(10,k); a non-permanent one C(9,3) = 84.
    expect(r.swings).toEqual([...new Array(5).fill(848), ...new Array(10).fill(84)]);
    expect(r.banzhaf[0]).toBeCloseTo(848 / 5080, 14); // 0.1669
    expect(r.banzhaf[5]).toBeCloseTo(84 / 5080, 14); // 0.0165
    expect(r.banzhafAbsolute[0]).toBeCloseTo(848 / 16384, 14); // 0.0518
    // Shapley-Shubik 421/2145 = 0.1963 per permanent member, 4/2145 = 0.0019 per other member.
    expect(r.shapleyShubik[0]).toBeCloseTo(421 / 2145, 14);
    expect(r.shapleyShubik[5]).toBeCloseTo(4 / 2145, 14);
  });

  it('counts the game [6; 4, 3, 2, 1] as by hand (minimal winning coalitions {4,3}, {4,2}, {3,2,1})', () => {
    const r = powerIndices([4, 3, 2, 1], 6);
    expect(r.swings).toEqual([5, 3, 3, 1]);
    expect(r.shapleyShubik.map((v) => v * 12)).toEqual([5, 3, 3, 1].map((v) => expect.closeTo(v, 12)));
  });

  it('agrees with brute force on random small games', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 12 }), { minLength: 1, maxLength: 9 }), fc.double({ min: 0, max: 1, noNaN: true }), (weights, u) => {
        const total = weights.reduce((a, b) => a + b, 0);
        fc.pre(total > 0);
        const quota = Math.max(1, Math.ceil(u * total));
        const r = powerIndices(weights, quota);
        const b = bruteForce(weights, quota);
        expect(r.swings).toEqual(b.swings);
        r.banzhaf.forEach((v, i) => expect(v).toBeCloseTo(b.banzhaf[i]!, 12));
        r.banzhafAbsolute.forEach((v, i) => expect(v).toBeCloseTo(b.banzhafAbsolute[i]!, 12));
        r.shapleyShubik.forEach((v, i) => expect(v).toBeCloseTo(b.shapleyShubik[i]!, 12));
        expect(r.shapleyShubik.reduce((a, c) => a + c, 0)).toBeCloseTo(1, 12);
      }),
      { numRuns: 300, seed: 42 },
    );
  });

  it('treats a fractional quota as the next whole weight and ignores a common factor', () => {
    expect(powerIndices([4, 4, 4, 2, 2, 1], 11.5)).toEqual(powerIndices([4, 4, 4, 2, 2, 1], 12));
    expect(powerIndices([40, 40, 40, 20, 20, 10], 120)).toEqual(powerIndices([4, 4, 4, 2, 2, 1], 12));
  });

  it('counts exactly for 40 seats', () => {
    const t0 = performance.now();
    const r = powerIndices(new Array(40).fill(1), 21);
    expect(performance.now() - t0).toBeLessThan(2000);
    // Each seat swings when exactly 20 of the other 39 vote yes: C(39, 20).
    expect(r.swings[0]).toBe(68923264410);
    r.shapleyShubik.forEach((v) => expect(v).toBeCloseTo(1 / 40, 14));
    const mixed = powerIndices([...new Array(20).fill(3), ...new Array(20).fill(1), 0].slice(0, 40), 41);
    expect(mixed.shapleyShubik.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    expect(mixed.banzhaf.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('gives a dictator all the power and a zero-weight seat none', () => {
    const r = powerIndices([5, 1, 1, 0], 5);
    expect(r.banzhaf).toEqual([1, 0, 0, 0]);
    expect(r.shapleyShubik).toEqual([1, 0, 0, 0]);
    expect(r.banzhafAbsolute[0]).toBe(1);
  });

  it('rejects invalid games with clear errors', () => {
    expect(() => powerIndices([], 1)).toThrow(/at least one weight/);
    expect(() => powerIndices([1, -1], 1)).toThrow(/non-negative integers/);
    expect(() => powerIndices([1, 1.5], 1)).toThrow(/non-negative integers/);
    expect(() => powerIndices([1, 2], 0)).toThrow(/quota 0 is out of range/);
    expect(() => powerIndices([1, 2], 4)).toThrow(/at most the total weight 3/);
    expect(() => powerIndices([1, 2], NaN)).toThrow(/out of range/);
    expect(() => validateVotingGame(new Array(60).fill(1), 30)).toThrow(/at most 52 players/);
  });
});
