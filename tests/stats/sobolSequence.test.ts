import { describe, expect, it } from 'vitest';
import { SOBOL_MAX_DIMS, sobolSequence } from '../../src/stats/index.ts';

describe("sobolSequence (Joe and Kuo's new-joe-kuo-6.21201 direction numbers)", () => {
  it('gives the published first ten points in three dimensions', () => {
    // The first points printed by Joe and Kuo's sobol.cc for new-joe-kuo-6.21201 (N = 10, D = 3).
    expect(sobolSequence(10, 3)).toEqual([
      [0, 0, 0],
      [0.5, 0.5, 0.5],
      [0.75, 0.25, 0.25],
      [0.25, 0.75, 0.75],
      [0.375, 0.375, 0.625],
      [0.875, 0.875, 0.125],
      [0.625, 0.125, 0.875],
      [0.125, 0.625, 0.375],
      [0.1875, 0.3125, 0.9375],
      [0.6875, 0.8125, 0.4375],
    ]);
  });

  it('agrees with scipy.stats.qmc.Sobol (same table) in high dimensions', () => {
    // scipy 1.17.1: qmc.Sobol(d=1024, scramble=False).random(64), dimensions 10, 64, 501 and 1024 (from 1).
    const p = sobolSequence(64, 1024);
    const pick = (i: number) => [9, 63, 500, 1023].map((d) => p[i]![d]);
    expect(pick(7)).toEqual([0.875, 0.375, 0.625, 0.625]);
    expect(pick(33)).toEqual([0.546875, 0.953125, 0.296875, 0.359375]);
    expect(pick(63)).toEqual([0.578125, 0.734375, 0.640625, 0.515625]);
    expect(SOBOL_MAX_DIMS).toBe(1024);
  });

  it('fills every dyadic interval once in each dimension (a (0, m, 1)-net)', () => {
    const p = sobolSequence(256, 64);
    for (let d = 0; d < 64; d++) {
      const cells = new Set(p.map((x) => Math.floor(x[d]! * 256)));
      expect(cells.size).toBe(256);
    }
  });

  it('a digital shift moves the origin and keeps the net', () => {
    const shift = [0x80000000, 0x12345678];
    const p = sobolSequence(16, 2, shift);
    expect(p[0]).toEqual([0.5, 0x12345678 / 2 ** 32]);
    expect(new Set(p.map((x) => Math.floor(x[1]! * 16))).size).toBe(16);
  });

  it('rejects dimensions beyond the table', () => {
    expect(() => sobolSequence(4, 1025)).toThrow(/dims 1025: expected a whole number from 1 to 1024/);
  });
});
