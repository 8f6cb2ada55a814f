/**
 * solveOnOptimalFace goes on from the optimal basis of the programme solved
 * last (the Baron-Ferejohn tie-break, issue 21's time per year): it must answer
 * as a fresh solve of the same programme with the extra row does, on random
 * programmes shaped like a proposer's (a budget, unit bounds, utility floors),
 * including ones whose first optimum is a whole face; and, on a programme
 * recorded from fuzz case 917, where a fresh solve judges the tie-break
 * infeasible, it finds it (issue 25).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { LP_PRECISION, prepareRows, solveOnOptimalFace, solvePrepared, solvePreparedFloors, STRICT_PIVOT, tableauStamp, type LpRow } from '../../../src/engine/governance/linearProgram.ts';

function randomProgramme(rng: () => number, tied: boolean) {
  const nv = 3 + Math.floor(rng() * 6);
  const weights = Array.from({ length: nv }, () => 0.2 + rng());
  const total = weights.reduce((a, b) => a + b, 0);
  const fixed: LpRow[] = [{ coef: weights, equal: total * (0.2 + 0.6 * rng()) }];
  for (let f = 0; f < nv; f++) {
    const coef = new Array<number>(nv).fill(0);
    coef[f] = 1;
    fixed.push({ coef, max: 1 });
  }
  // The proposer values some lines equally when `tied`: its optimum is then a face, not a vertex.
  const first = Array.from({ length: nv }, (_, f) => (tied && f < 3 ? 0.5 : rng()));
  const floors: LpRow[] = [];
  const members = Math.floor(rng() * 4);
  for (let i = 0; i < members; i++) floors.push({ coef: Array.from({ length: nv }, () => rng()), min: 0.05 * rng() });
  const secondary = Array.from({ length: nv }, (_, f) => rng() + (1e-3 * (f + 1)) / nv);
  return { nv, fixed, first, floors, secondary };
}

describe('solveOnOptimalFace', () => {
  it('answers as a fresh solve of the programme with the value row, to the programmes accuracy', () => {
    const rng = seedrandom('face');
    let compared = 0;
    for (let k = 0; k < 400; k++) {
      const p = randomProgramme(rng, k % 2 === 0);
      const prepared = prepareRows(p.nv, p.fixed);
      const lp = solvePrepared(prepared, p.first, 'maximize', p.floors);
      if (lp.status !== 'optimal') continue;
      const slack = 1e-10 * Math.max(1, Math.abs(lp.value));
      const warm = solveOnOptimalFace(p.first, lp.value, slack, p.secondary);
      const cold = solvePrepared(prepared, p.secondary, 'maximize', [...p.floors, { coef: p.first, min: lp.value - slack }]);
      expect(warm.status).toBe('optimal');
      if (cold.status !== 'optimal') continue;
      compared++;
      expect(Math.abs(warm.value - cold.value)).toBeLessThan(1e-9);
      warm.x.forEach((x, j) => expect(Math.abs(x - cold.x[j]!)).toBeLessThan(1e-8));
    }
    expect(compared).toBeGreaterThan(300);
  });

  it('changes the stamp, so a caller can tell the shared tableau no longer holds the first programme', () => {
    const prepared = prepareRows(2, [{ coef: [1, 1], equal: 1 }]);
    solvePrepared(prepared, [1, 2], 'maximize', []);
    const stamp = tableauStamp();
    solveOnOptimalFace([1, 2], 2, 1e-10, [1, 0]);
    expect(tableauStamp()).not.toBe(stamp);
  });
});

describe('the tie-break where the first optimum meets a floor only to rounding (issue 25)', () => {
  const rec = JSON.parse(readFileSync(join(import.meta.dirname, 'fixtures', 'tieBreakRounding.json'), 'utf8')) as {
    nv: number;
    fixed: LpRow[];
    first: number[];
    floors: LpRow[];
    value: number;
    slack: number;
    secondary: number[];
  };
  it('is judged infeasible when solved afresh, and found when started from the first optimum', () => {
    const prepared = prepareRows(rec.nv, rec.fixed);
    const cold = solvePrepared(prepared, rec.secondary, 'maximize', [...rec.floors, { coef: rec.first, min: rec.value - rec.slack }]);
    expect(cold.status).toBe('infeasible');
    const lp = solvePrepared(prepared, rec.first, 'maximize', rec.floors);
    expect(lp.status).toBe('optimal');
    expect(lp.value).toBe(rec.value);
    const warm = solveOnOptimalFace(rec.first, lp.value, rec.slack, rec.secondary);
    expect(warm.status).toBe('optimal');
    const dot = (a: readonly number[], x: readonly number[]) => a.reduce((s, v, j) => s + v * x[j]!, 0);
    // It stays on the first programme's optimal face and meets every floor as well as the first
    // programme's own answer does (which here misses two floors by 1e-7 and 3e-7: the accuracy of the
    // simplex on this programme, not the 1e-11 it has on well-scaled ones).
    expect(dot(rec.first, warm.x)).toBeGreaterThanOrEqual(rec.value - rec.slack - 1e-9);
    for (const f of rec.floors) expect(dot(f.coef, warm.x) - f.min!).toBeGreaterThanOrEqual(Math.min(0, dot(f.coef, lp.x) - f.min!) - 1e-9);
    const budget = rec.fixed[0]!;
    expect(Math.abs(dot(budget.coef, warm.x) - budget.equal!)).toBeLessThanOrEqual(Math.abs(dot(budget.coef, lp.x) - budget.equal!) + 1e-9);
    // And it is the tie-break: at least as good for the board as the first programme's own vertex.
    expect(dot(rec.secondary, warm.x)).toBeGreaterThanOrEqual(dot(rec.secondary, lp.x) - 1e-9);
  });

  it('is solved to its rows when small pivots are refused (STRICT_PIVOT), where YALPS\' tolerance misses them by 1e-7', () => {
    const prepared = prepareRows(rec.nv, rec.fixed);
    const members = rec.floors.map((_, t) => t);
    const coefs = rec.floors.map((f) => f.coef);
    const mins = rec.floors.map((f) => f.min!);
    const miss = (x: readonly number[]) => {
      const dot = (a: readonly number[]) => a.reduce((s, v, j) => s + v * x[j]!, 0);
      const budget = rec.fixed[0]!;
      return Math.max(Math.abs(dot(budget.coef) - budget.equal!), ...rec.floors.map((f) => f.min! - dot(f.coef)));
    };
    const loose = solvePreparedFloors(prepared, rec.first, 'maximize', coefs, members, mins);
    const strict = solvePreparedFloors(prepared, rec.first, 'maximize', coefs, members, mins, [], LP_PRECISION, STRICT_PIVOT);
    expect(loose.status).toBe('optimal');
    expect(strict.status).toBe('optimal');
    expect(miss(loose.x)).toBeGreaterThan(1e-7);
    expect(miss(strict.x)).toBeLessThan(1e-11);
    // The loose answer's value was bought by missing floors: the strict optimum is a little lower.
    expect(strict.value).toBeLessThan(loose.value);
    expect(loose.value - strict.value).toBeLessThan(1e-6);
    // And the tie-break from the strict basis stays on its face.
    const warm = solveOnOptimalFace(rec.first, strict.value, rec.slack, rec.secondary, LP_PRECISION, STRICT_PIVOT);
    expect(warm.status).toBe('optimal');
    expect(miss(warm.x)).toBeLessThan(1e-9);
  });
});
