import { readFileSync } from 'node:fs';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { binomialUpperTail, choosePrimBox, prim, primBoxAt, primQuantile, prunePrimBox } from '../../src/stats/index.ts';

const fixture = (name: string) => new URL(`../fixtures/prim/${name}`, import.meta.url);

/** Inputs uniform on [0, 1]; the outcome holds where x0 > 0.3 and x1 < 0.6; each label flipped with probability 0.1. */
function knownBox(seed: string, n = 2000, dims = 4) {
  const random = seedrandom.alea(`prim-known-box|${seed}`);
  const x: number[][] = [];
  const y: boolean[] = [];
  for (let i = 0; i < n; i++) {
    const row = Array.from({ length: dims }, () => random());
    const inside = row[0]! > 0.3 && row[1]! < 0.6;
    x.push(row);
    y.push(random() < 0.1 ? !inside : inside);
  }
  return { x, y };
}

describe('prim recovers a known box', () => {
  // Tolerance 0.05 on each limit (the box's true limits are 0.3 and 0.6; with
  // 2,000 points a peel of 5% of the box moves a limit by about 0.02-0.05).
  const TOL = 0.05;
  for (const seed of ['a', 'b', 'c']) {
    it(`seed ${seed}: the densest box with coverage >= 0.8 is x0 > 0.3, x1 < 0.6 within ${TOL}, noise inputs whole`, () => {
      const { x, y } = knownBox(seed);
      const r = prim(x, y);
      const b = r.trajectory[choosePrimBox(r)]!;
      expect(b.restricted).toEqual([0, 1]);
      expect(Math.abs(b.lo[0]! - 0.3)).toBeLessThan(TOL);
      expect(Math.abs(b.hi[1]! - 0.6)).toBeLessThan(TOL);
      // The unrestricted limits are the data's range.
      expect(b.hi[0]).toBe(r.range.hi[0]);
      expect(b.lo[1]).toBe(r.range.lo[1]);
      for (const j of [2, 3]) {
        expect(b.lo[j]).toBe(r.range.lo[j]);
        expect(b.hi[j]).toBe(r.range.hi[j]);
      }
      // True box: coverage 0.867 and density 0.9 in expectation.
      expect(b.coverage).toBeGreaterThan(0.8);
      expect(b.density).toBeGreaterThan(0.88);
      // Both limits matter: dropping either makes the box's count of cases of interest wildly unlikely.
      expect(b.quasiP[0]!.lo!).toBeLessThan(1e-20);
      expect(b.quasiP[1]!.hi!).toBeLessThan(1e-20);
      expect(b.quasiP[0]!.hi).toBeNull();
      expect(b.quasiP[2]).toEqual({ lo: null, hi: null });
    });
  }

  it('box 0 holds all the data; peeling raises density and lowers mass at every step', () => {
    const { x, y } = knownBox('a');
    const r = prim(x, y);
    const t = r.trajectory;
    expect(t[0]).toMatchObject({ coverage: 1, mass: 1, restricted: [], step: 'start', n: 2000 });
    for (let i = 1; i < t.length; i++) {
      expect(t[i]!.density).toBeGreaterThan(t[i - 1]!.density);
      if (t[i]!.step === 'peel') expect(t[i]!.mass).toBeLessThan(t[i - 1]!.mass);
      else expect(t[i]!.mass).toBeGreaterThan(t[i - 1]!.mass);
      expect(t[i]!.mass).toBeGreaterThanOrEqual(0.05);
    }
  });
});

describe('prim agrees with EMA Workbench', () => {
  // ema-prim.json: EMA Workbench's Prim (peel_alpha = paste_alpha = mass_min = 0.05) on ema-data.csv,
  // recorded by record-ema.py (see the README there). Same trajectory: every box's points and cases
  // exactly, limits to 1e-12, quasi-p-values to a relative 1e-9 (they differ only in the last digits).
  const lines = readFileSync(fixture('ema-data.csv'), 'utf8').trim().split('\n').slice(1);
  const x = lines.map((l) => l.split(',').slice(0, 5).map(Number));
  const y = lines.map((l) => l.split(',')[5] === '1');
  const ema = JSON.parse(readFileSync(fixture('ema-prim.json'), 'utf8')) as {
    trajectory: Array<{ coverage: number; density: number; mass: number; n: number; k: number; resDim: number; lo: number[]; hi: number[]; quasiP: Record<string, Array<number | null>> }>;
  };
  const r = prim(x, y, { peelAlpha: 0.05, pasteAlpha: 0.05, minMass: 0.05 });

  it('has the same boxes, in the same order', () => {
    expect(ema.trajectory).toHaveLength(39);
    expect(r.trajectory).toHaveLength(ema.trajectory.length);
    r.trajectory.forEach((b, i) => {
      const e = ema.trajectory[i]!;
      expect([b.n, b.k, b.restricted.length]).toEqual([e.n, e.k, e.resDim]);
      expect(b.coverage).toBe(e.coverage);
      expect(b.density).toBe(e.density);
      expect(b.mass).toBe(e.mass);
      for (let j = 0; j < 5; j++) {
        expect(b.lo[j]).toBeCloseTo(e.lo[j]!, 12);
        expect(b.hi[j]).toBeCloseTo(e.hi[j]!, 12);
      }
    });
  });

  it('has the same quasi-p-values', () => {
    let compared = 0;
    r.trajectory.forEach((b, i) => {
      const e = ema.trajectory[i]!;
      const mine = Object.fromEntries(b.restricted.map((j) => [`x${j}`, [b.quasiP[j]!.lo, b.quasiP[j]!.hi]]));
      expect(Object.keys(mine).sort()).toEqual(Object.keys(e.quasiP).sort());
      for (const [name, pair] of Object.entries(e.quasiP)) {
        pair.forEach((q, side) => {
          const m = mine[name]![side]!;
          if (q === null) expect(m).toBeNull();
          else {
            expect(Math.abs(m - q)).toBeLessThanOrEqual(1e-9 * q);
            compared++;
          }
        });
      }
    });
    expect(compared).toBeGreaterThan(50);
  });
});

describe('primQuantile', () => {
  it('is the midpoint around (m - 1) q, moved outwards past ties', () => {
    expect(primQuantile([1, 2, 3, 4, 5], 0.05)).toBe(1.5);
    expect(primQuantile([1, 2, 3, 4, 5], 0.95)).toBe(4.5);
    // Position 0.2 lies between 1 and 1 (tied): moved up to the next distinct value.
    expect(primQuantile([1, 1, 1, 4, 5], 0.05)).toBe(2.5);
    expect(primQuantile([1, 2, 5, 5, 5], 0.95)).toBe(3.5);
  });
});

describe('binomialUpperTail', () => {
  // Values of scipy.stats.binomtest(k, n, p, alternative='greater').pvalue (scipy 1.10.1).
  it.each([
    [5, 10, 0.3, 0.15026833259999992],
    [3, 5, 0.5, 0.5],
    [246, 253, 0.8, 2.521483531477598e-16],
    [90, 100, 0.5, 1.5316450877189923e-17],
  ])('P(X >= %i) for Bin(%i, %f)', (k, n, p, want) => {
    expect(Math.abs(binomialUpperTail(k, n, p) - want)).toBeLessThanOrEqual(1e-12 * want);
  });
  it('has its edges', () => {
    expect(binomialUpperTail(0, 10, 0.2)).toBe(1);
    expect(binomialUpperTail(11, 10, 0.2)).toBe(0);
    expect(binomialUpperTail(1, 10, 0)).toBe(0);
    expect(binomialUpperTail(10, 10, 1)).toBe(1);
    expect(() => binomialUpperTail(1.5, 10, 0.2)).toThrow(RangeError);
  });
});

describe('prim refuses bad input', () => {
  it('names the problem', () => {
    expect(() => prim([[1, 2]], [true, false])).toThrow(/1 rows of inputs but 2 outcomes/);
    expect(() => prim([[1, NaN]], [true], { names: ['a', 'b'] })).toThrow(/input b of row 0 is NaN/);
    expect(() => prim([[1]], [true], { peelAlpha: 0.7 })).toThrow(/peelAlpha/);
  });
});

describe('prunePrimBox', () => {
  const { x, y } = knownBox('a');
  const r = prim(x, y);
  it('primBoxAt gives back every box of the trajectory, statistics and quasi-p-values', () => {
    for (const b of r.trajectory) {
      const again = primBoxAt(x, y, r.range, b.lo, b.hi, b.step);
      expect([again.n, again.k, again.restricted]).toEqual([b.n, b.k, b.restricted]);
      again.quasiP.forEach((q, j) => {
        for (const side of ['lo', 'hi'] as const) {
          const want = b.quasiP[j]![side];
          if (want === null) expect(q[side]).toBeNull();
          else expect(Math.abs(q[side]! - want)).toBeLessThanOrEqual(1e-12 * want);
        }
      });
    }
  });
  it('drops the limits peeling put on noise inputs late in the trajectory, keeping the true ones', () => {
    const last = r.trajectory.length - 1;
    expect(r.trajectory[last]!.restricted.length).toBeGreaterThan(2);
    const p = prunePrimBox(x, y, r, last);
    expect(p.restricted).toEqual([0, 1]);
    for (const j of p.restricted) for (const side of ['lo', 'hi'] as const) if (p.quasiP[j]![side] !== null) expect(p.quasiP[j]![side]!).toBeLessThanOrEqual(0.05);
  });
});
