/**
 * solveLp runs its own copy of YALPS' simplex (simplex.ts) on a tableau built
 * straight from dense rows; its answers must equal, bit for bit, those of the
 * yalps package itself given the model the earlier front end built. Random
 * programmes of the bargaining solvers' shape (a budget equality, unit upper
 * bounds, utility floors, a tie-breaking row), with small integer data for
 * degenerate ties, plus infeasible, unbounded and minimising cases.
 */
import { describe, expect, it } from 'vitest';
import { solve, type Constraint, type Model } from 'yalps';
import { LP_PRECISION, prepareRows, solveLp, solvePrepared, type LinearProgram, type LpSolution } from '../../../src/engine/governance/linearProgram.ts';
import { stream, type Rng } from '../../../src/engine/rng.ts';

/** The front end solveLp had before it built its own tableau: the model handed to yalps. */
function viaYalps(lp: LinearProgram, precision = LP_PRECISION): LpSolution {
  const nv = lp.objective.length;
  const constraints: [number, Constraint][] = [];
  lp.rows.forEach((r, i) => {
    constraints.push([i, r.equal !== undefined ? { equal: r.equal } : { min: r.min, max: r.max }]);
  });
  const obj = -1;
  const variables: [number, [number, number][]][] = [];
  for (let j = 0; j < nv; j++) {
    const coefs: [number, number][] = [];
    const c = lp.objective[j]!;
    if (c !== 0) coefs.push([obj, c]);
    lp.rows.forEach((r, i) => {
      const a = r.coef[j] ?? 0;
      if (a !== 0) coefs.push([i, a]);
    });
    variables.push([j, coefs]);
  }
  const model: Model<number, number> = { direction: lp.direction, objective: obj, constraints, variables };
  const sol = solve(model, { precision, maxPivots: 20000 });
  const x = new Array<number>(nv).fill(0);
  for (const [j, v] of sol.variables) x[j] = v;
  return { status: sol.status, x, value: sol.result };
}

/** Same status and the same bits in every number (Object.is tells 0 from -0 and matches NaN). */
function expectIdentical(a: LpSolution, b: LpSolution): void {
  expect(a.status).toBe(b.status);
  expect(a.x.length).toBe(b.x.length);
  a.x.forEach((v, j) => expect(Object.is(v, b.x[j]), `x[${j}]: ${v} against ${b.x[j]}`).toBe(true));
  expect(Object.is(a.value, b.value), `value: ${a.value} against ${b.value}`).toBe(true);
}

/**
 * A random programme: integer data when `coarse` (many ties and degenerate vertices), otherwise continuous;
 * `nudge` moves bounds by a few multiples of 3e-12, near YALPS' precision, where its tolerances decide.
 */
function randomLp(rng: Rng, coarse: boolean, nudge = false): LinearProgram {
  const nv = 1 + Math.floor(rng() * 8);
  const raw = () => (coarse ? Math.floor(rng() * 5) - 1 : rng() < 0.2 ? 0 : rng() * 2 - 0.5);
  const num = nudge ? () => raw() + (rng() < 0.5 ? 0 : (Math.floor(rng() * 5) - 2) * 3e-12) : raw;
  const vec = () => Array.from({ length: nv }, num);
  const rows: LinearProgram['rows'][number][] = [];
  if (rng() < 0.8) rows.push({ coef: Array.from({ length: nv }, () => (coarse ? 1 : rng())), equal: coarse ? Math.floor(rng() * 4) : rng() * nv * 0.6 });
  if (rng() < 0.8) for (let j = 0; j < nv; j++) rows.push({ coef: Array.from({ length: nv }, (_, q) => (q === j ? 1 : 0)), max: 1 });
  const floors = Math.floor(rng() * 6);
  for (let f = 0; f < floors; f++) {
    const kind = rng();
    if (kind < 0.6) rows.push({ coef: vec(), min: coarse ? num() : rng() - 0.3 });
    else if (kind < 0.8) rows.push({ coef: vec(), max: coarse ? num() + 1 : rng() * 2 });
    else if (kind < 0.9) rows.push({ coef: vec(), min: -rng(), max: rng() * 2 });
    else rows.push({ coef: vec() });
  }
  return { objective: vec(), direction: rng() < 0.8 ? 'maximize' : 'minimize', rows };
}

describe('solveLp against the yalps package', () => {
  it('gives the same bits on 20,000 random programmes (half with small integer data)', () => {
    const rng = stream(1, 'negotiation', 'simplex-test');
    const statuses = new Map<string, number>();
    for (let t = 0; t < 20000; t++) {
      const lp = randomLp(rng, t % 2 === 0);
      const ours = solveLp(lp);
      expectIdentical(ours, viaYalps(lp));
      statuses.set(ours.status, (statuses.get(ours.status) ?? 0) + 1);
    }
    // The sample reaches every outcome the bargaining solvers meet.
    expect(statuses.get('optimal')).toBeGreaterThan(1000);
    expect(statuses.get('infeasible')).toBeGreaterThan(100);
    expect(statuses.get('unbounded')).toBeGreaterThan(100);
  });

  it('gives the same bits on 20,000 degenerate programmes with bounds within a few precisions of each other', () => {
    const rng = stream(3, 'negotiation', 'simplex-test');
    for (let t = 0; t < 20000; t++) {
      const lp = randomLp(rng, true, true);
      expectIdentical(solveLp(lp), viaYalps(lp));
    }
  });

  it('gives the same bits when the first rows are prepared once and the rest added (solvePrepared)', () => {
    const rng = stream(4, 'negotiation', 'simplex-test');
    for (let t = 0; t < 10000; t++) {
      const lp = randomLp(rng, t % 3 === 0, t % 3 === 1);
      const split = Math.floor(rng() * (lp.rows.length + 1));
      const prepared = prepareRows(lp.objective.length, lp.rows.slice(0, split));
      expectIdentical(solvePrepared(prepared, lp.objective, lp.direction, lp.rows.slice(split)), viaYalps(lp));
    }
  });

  it('gives the same bits at another precision and on hand-made edge cases', () => {
    const cases: LinearProgram[] = [
      { objective: [], direction: 'maximize', rows: [] },
      { objective: [1, 1], direction: 'maximize', rows: [] },
      { objective: [1, -1], direction: 'minimize', rows: [{ coef: [1, 1], equal: 1 }] },
      { objective: [0, 0], direction: 'maximize', rows: [{ coef: [1, 1], min: 2, max: 1 }] },
      { objective: [1, 2], direction: 'maximize', rows: [{ coef: [1], max: 3 }, { coef: [0, 1], max: 0 }, { coef: [1, 1], min: -0 }] },
      { objective: [1, 2], direction: 'maximize', rows: [{ coef: [1, 1], max: Number.NaN }, { coef: [1, 1], max: 4 }] },
      { objective: [1e-13, 1], direction: 'maximize', rows: [{ coef: [1, 1e-17], max: 1 }, { coef: [0, 1], max: 1e-12 }] },
    ];
    for (const lp of cases) {
      expectIdentical(solveLp(lp), viaYalps(lp));
      expectIdentical(solveLp(lp, 1e-6), viaYalps(lp, 1e-6));
    }
    const rng = stream(2, 'negotiation', 'simplex-test');
    for (let t = 0; t < 2000; t++) {
      const lp = randomLp(rng, t % 2 === 1);
      expectIdentical(solveLp(lp, 1e-7), viaYalps(lp, 1e-7));
    }
  });
});
