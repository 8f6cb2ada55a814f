/**
 * solveFromBasis solves a proposer's programme again at moved floors from the
 * optimal basis a solve at other floors left (the Baron-Ferejohn best
 * responses at a new v, issue 21's time per year): it must answer as a fresh
 * solve at the new floors does, to the programmes' accuracy, whether the basis
 * stays feasible (answered from the moved right-hand sides alone) or the
 * simplex has to go on from it; and, asked for the tableau, leave the shared
 * tableau holding that optimum so that the tie-break can go on from it.
 */
import seedrandom from 'seedrandom';
import { describe, expect, it } from 'vitest';
import { pivotCount, prepareRows, saveTableau, solveFromBasis, solveOnOptimalFace, solvePreparedFloors, tableauStamp } from '../../../src/engine/governance/linearProgram.ts';

/** A proposer's programme (budget, unit bounds) over nv lines, the members' utility rows and floors. */
function randomProgramme(rng: () => number) {
  const nv = 3 + Math.floor(rng() * 6);
  const weights = Array.from({ length: nv }, () => 0.2 + rng());
  const total = weights.reduce((a, b) => a + b, 0);
  const prepared = prepareRows(nv, [
    { coef: weights, equal: total * (0.2 + 0.6 * rng()) },
    ...Array.from({ length: nv }, (_, f) => ({ coef: Array.from({ length: nv }, (_, g) => (g === f ? 1 : 0)), max: 1 })),
  ]);
  const members = 2 + Math.floor(rng() * 5);
  const coefs = Array.from({ length: members }, () => Array.from({ length: nv }, () => rng()));
  const share = (total * 0.5) / weights.reduce((a, b) => a + b, 0);
  const p0 = (c: number[]) => c.reduce((a, b) => a + b * share, 0);
  const coalition = Array.from({ length: members - 1 }, (_, t) => t + 1);
  // Floors around what the members get at an even split, so that some bind.
  const floors = () => coalition.map((i) => (0.6 + 0.5 * rng()) * p0(coefs[i]!));
  return { prepared, coefs, coalition, floors };
}

describe('solveFromBasis', () => {
  it('answers as a fresh solve at the moved floors, read from the basis or pivoted on from it', () => {
    const rng = seedrandom('basis');
    let compared = 0;
    let readOnly = 0;
    let pivoted = 0;
    for (let k = 0; k < 600; k++) {
      const p = randomProgramme(rng);
      const oldMins = p.floors();
      const first = solvePreparedFloors(p.prepared, p.coefs[0]!, 'maximize', p.coefs, p.coalition, oldMins);
      if (first.status !== 'optimal') continue;
      const saved = saveTableau();
      // Small moves keep the basis more often than not; large ones make the simplex go on.
      const size = k % 2 === 0 ? 1e-3 : 0.8;
      const mins = oldMins.map((m) => m * (1 + size * (rng() - 0.5)));
      const cold = solvePreparedFloors(p.prepared, p.coefs[0]!, 'maximize', p.coefs, p.coalition, mins);
      const before = pivotCount();
      const stamp = tableauStamp();
      const warm = solveFromBasis(saved, p.prepared, oldMins, mins);
      if (cold.status !== 'optimal') {
        expect(warm.status).not.toBe('optimal');
        continue;
      }
      expect(warm.status).toBe('optimal');
      if (pivotCount() === before) readOnly++;
      else pivoted++;
      // Either way the shared tableau no longer holds what it held.
      expect(tableauStamp()).not.toBe(stamp);
      compared++;
      expect(Math.abs(warm.value - cold.value)).toBeLessThan(1e-9);
      // The optimum is a vertex here (random objectives), so the allocations agree too.
      warm.x.forEach((x, j) => expect(Math.abs(x - cold.x[j]!)).toBeLessThan(1e-8));
    }
    expect(compared).toBeGreaterThan(300);
    expect(readOnly).toBeGreaterThan(50);
    expect(pivoted).toBeGreaterThan(30);
  });

  it('leaves the optimum in the shared tableau when asked, for the tie-break to go on from', () => {
    const rng = seedrandom('tie');
    let compared = 0;
    for (let k = 0; k < 200; k++) {
      const p = randomProgramme(rng);
      const oldMins = p.floors();
      if (solvePreparedFloors(p.prepared, p.coefs[0]!, 'maximize', p.coefs, p.coalition, oldMins).status !== 'optimal') continue;
      const saved = saveTableau();
      const mins = oldMins.map((m) => m * (1 + 0.2 * (rng() - 0.5)));
      const cold = solvePreparedFloors(p.prepared, p.coefs[0]!, 'maximize', p.coefs, p.coalition, mins);
      if (cold.status !== 'optimal') continue;
      const secondary = Array.from({ length: p.prepared.nv }, () => rng());
      const slack = 1e-10 * Math.max(1, Math.abs(cold.value));
      const fresh = solveOnOptimalFace(p.coefs[0]!, cold.value, slack, secondary);
      const warm = solveFromBasis(saved, p.prepared, oldMins, mins, true);
      const stamp = tableauStamp();
      const tie = solveOnOptimalFace(p.coefs[0]!, warm.value, slack, secondary);
      expect(tableauStamp()).not.toBe(stamp);
      if (fresh.status !== 'optimal') continue;
      compared++;
      expect(tie.status).toBe('optimal');
      tie.x.forEach((x, j) => expect(Math.abs(x - fresh.x[j]!)).toBeLessThan(1e-8));
    }
    expect(compared).toBeGreaterThan(100);
  });
});
