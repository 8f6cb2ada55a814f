import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { designPoints, grid, gridSize, latinHypercube, levels, parseVary, randomDesign, SweepError } from '../../src/sweep/index.ts';

describe('grid', () => {
  it('has the product of the levels as its size, last dimension fastest', () => {
    const g = grid([2, 3]);
    expect(g).toEqual([
      [0, 0],
      [0, 1],
      [0, 2],
      [1, 0],
      [1, 1],
      [1, 2],
    ]);
    expect(grid([3, 4, 5])).toHaveLength(60);
    expect(gridSize([3, 4, 5])).toBe(60);
    expect(grid([])).toEqual([[]]);
    expect(new Set(grid([3, 4, 5]).map((p) => p.join())).size).toBe(60);
  });
});

describe('latinHypercube', () => {
  it('puts exactly one point in each stratum of each dimension', () => {
    for (const [n, k] of [
      [1, 1],
      [10, 3],
      [97, 5],
    ] as const) {
      const pts = latinHypercube(n, k, seedrandom.alea(`lhs${n}`));
      expect(pts).toHaveLength(n);
      for (let d = 0; d < k; d++) {
        const strata = pts.map((p) => Math.floor(p[d]! * n)).sort((a, b) => a - b);
        expect(strata).toEqual(Array.from({ length: n }, (_, i) => i));
        for (const p of pts) {
          expect(p[d]).toBeGreaterThanOrEqual(0);
          expect(p[d]).toBeLessThan(1);
        }
      }
    }
  });

  it('is a pure function of its random stream', () => {
    expect(latinHypercube(8, 2, seedrandom.alea('s'))).toEqual(latinHypercube(8, 2, seedrandom.alea('s')));
    expect(latinHypercube(8, 2, seedrandom.alea('s'))).not.toEqual(latinHypercube(8, 2, seedrandom.alea('t')));
  });
});

describe('randomDesign', () => {
  it('draws n points in the unit cube', () => {
    const pts = randomDesign(50, 3, seedrandom.alea('r'));
    expect(pts).toHaveLength(50);
    for (const p of pts) {
      expect(p).toHaveLength(3);
      for (const x of p) expect(x >= 0 && x < 1).toBe(true);
    }
  });
});

describe('parseVary', () => {
  it('reads lists and ranges', () => {
    expect(parseVary('a.b=1,2.5,x')).toEqual({ path: 'a.b', kind: 'list', values: [1, 2.5, 'x'] });
    expect(parseVary('a=[1,2],{"k":3}')).toEqual({ path: 'a', kind: 'list', values: [[1, 2], { k: 3 }] });
    expect(parseVary('a=0.1:0.3:0.1')).toEqual({ path: 'a', kind: 'range', lo: 0.1, hi: 0.3, step: 0.1 });
    expect(parseVary('a=-1:2')).toEqual({ path: 'a', kind: 'range', lo: -1, hi: 2 });
    expect(levels(parseVary('a=0.1:0.3:0.1'))).toEqual([0.1, 0.2, 0.3]);
    expect(levels(parseVary('a=4:6:0.5'))).toEqual([4, 4.5, 5, 5.5, 6]);
  });

  it.each([
    ['nopath', /expected path=/],
    ['a=', /no values/],
    ['a=1,,2', /empty value/],
    ['a=1:2:0', /step .* must be a positive/],
    ['a=3:1:1', /low end \(3\) must be less than the high end \(1\)/],
    ['a=1:x', /malformed range/],
    ['a=1:2:3:4', /malformed range/],
    ['a=1,1', /listed twice/],
    ['seed=1,2', /not a parameter to vary/],
    ['a..b=1', /malformed path/],
  ])('rejects %s', (text, message) => {
    expect(() => parseVary(text)).toThrow(SweepError);
    expect(() => parseVary(text)).toThrow(message);
  });
});

describe('designPoints', () => {
  const varies = [parseVary('x=1,2,3'), parseVary('y=0:1:0.5')];
  it('grid: every combination', () => {
    const pts = designPoints(varies, 'grid', undefined, 1);
    expect(pts).toHaveLength(9);
    expect(pts[0]).toEqual([1, 0]);
    expect(pts[8]).toEqual([3, 1]);
  });

  it('lhs: each level of a stepped range and of a list equally often; continuous ranges stratified', () => {
    const pts = designPoints([parseVary('x=1,2,3'), parseVary('y=10:20')], 'lhs', 30, 'seed');
    const count = (v: unknown) => pts.filter((p) => p[0] === v).length;
    expect([count(1), count(2), count(3)]).toEqual([10, 10, 10]);
    const strata = pts.map((p) => Math.floor(((p[1] as number) - 10) / (10 / 30))).sort((a, b) => a - b);
    expect(strata).toEqual(Array.from({ length: 30 }, (_, i) => i));
    expect(designPoints([parseVary('x=1,2,3'), parseVary('y=10:20')], 'lhs', 30, 'seed')).toEqual(pts);
  });

  it('random: values within the ranges, reproducible by seed', () => {
    const a = designPoints([parseVary('y=10:20')], 'random', 20, 5);
    expect(a.every(([y]) => (y as number) >= 10 && (y as number) < 20)).toBe(true);
    expect(designPoints([parseVary('y=10:20')], 'random', 20, 5)).toEqual(a);
    expect(designPoints([parseVary('y=10:20')], 'random', 20, 6)).not.toEqual(a);
  });

  it('rejects inconsistent options', () => {
    expect(() => designPoints([parseVary('y=10:20')], 'grid', undefined, 1)).toThrow(/grid needs a step/);
    expect(() => designPoints(varies, 'grid', 5, 1)).toThrow(/--samples applies to/);
    expect(() => designPoints(varies, 'lhs', undefined, 1)).toThrow(/needs --samples/);
    expect(() => designPoints([], 'random', 3, 1)).toThrow(/at least one --vary/);
  });
});
