/**
 * The asymmetric Nash bargaining solution (Nash 1950, Econometrica 18:155-162;
 * Kalai 1977, "Nonsymmetric Nash solutions and replications of 2-person
 * bargaining", IJGT 6:129-133; Roth 1979, "Axiomatic Models of Bargaining")
 * over the allocation polytope X = { x : sum x = E, lo <= x <= hi } with
 * linear utilities u_i(x) = p_i . x, disagreement payoffs d_i and bargaining
 * weights w_i > 0:
 *
 *   maximise sum_i w_i log(u_i(x) - d_i)  over x in X with u_i(x) >= d_i.
 *
 * Method. (1) Scale: every line to [0, 1] (eta_j = (x_j - lo_j)/(hi_j - lo_j)),
 * every member's gain to its range over X, so the linear programmes below are
 * of order one. (2) Feasibility and a centre, with YALPS: maximise t such
 * that every bound and every member's normalised gain has slack >= t.
 * Infeasible: no allocation gives everyone its disagreement payoff, and
 * bargaining fails. (3) If t = 0 the bargaining set S = { x in X : u >= d }
 * has no interior: its implicit equalities (members who cannot gain without
 * someone falling below d, lines held at a bound) are found by repeated
 * linear programmes maximising the sum of capped slacks (a standard
 * relative-interior construction), and become equality constraints.
 * (4) A log-barrier interior-point method (Boyd and Vandenberghe 2004,
 * "Convex Optimization", §11.3) on the remaining inequalities: damped Newton
 * steps in the null space of the equalities, barrier weight mu from 0.01, cut by 100
 * each round, stopping when the duality-gap bound m mu (m barrier terms,
 * objective weights summing to 1) is at most 1e-12. The objective is in log
 * units, so this is a relative accuracy: utilities and allocations are
 * correct to about 1e-12 of the scale of X. (5) Members whose weight is a
 * rounding-level share of the whole (the boards' floor for members with no
 * recognition) cannot steer the path at that precision: with the others'
 * gains held where (4) left them, their own Nash product (equal weights) is
 * maximised on the face those gains define, so they break the others' ties
 * lexicographically. (6) Members' gains are unique; where the optimal
 * allocation is not (directions no member cares about), Newton's method on
 * the bounds' log barrier alone moves it to the analytic centre of the
 * optimal face, so symmetric lines are treated alike, and the answer does
 * not depend on the order of the members or the unit of money (the path of
 * (4) stops along such directions wherever its start left it: about 1e-5 of
 * a line, found by the metamorphic fuzz).
 *
 * Members whose gain over X is below 1e-7 of their utility range are treated
 * as held exactly at their disagreement payoff.
 */
import { type AllocationBox, validateBox } from './feasibleSet.ts';
import { greedyFill } from './executive.ts';
import { solveLp, type LpRow } from './linearProgram.ts';

/** A bargaining problem over an allocation polytope. */
export interface BargainingProblem {
  /** Each member's non-negative priority per line: u_i(x) = priorities[i] . x. */
  priorities: readonly (readonly number[])[];
  /** Bargaining weights, > 0 (normalised internally). */
  weights: readonly number[];
  /** Disagreement payoffs d_i, in the members' utility units. */
  disagreement: readonly number[];
  /** The allocation polytope X. */
  box: AllocationBox;
}

/** A bargaining outcome. */
export type BargainingResult =
  | {
      /** 'agreed': someone gains over the disagreement point; 'statusQuo': every feasible agreement leaves everyone exactly at d. */
      status: 'agreed' | 'statusQuo';
      allocation: number[];
      utilities: number[];
      /** Newton steps taken. */
      iterations: number;
      /** Whether the interior-point method met its tolerance. */
      converged: boolean;
    }
  | {
      status: 'fails';
      /** Why no agreement exists. */
      reason: string;
    };

/** Slack (normalised) below which a constraint counts as binding. */
const EPS = 1e-7;
/** Lines narrower than this share of the scale are fixed at their midpoint. */
const NARROW = 1e-9;
/** Stop when m * mu, a bound on the objective's suboptimality, is below this. */
const GAP = 1e-12;
const MU_FACTOR = 0.01;
const MU_START = 0.01;
const MAX_NEWTON = 600;
/** Share of the Newton decrement a backtracking step must gain (Armijo's condition; Boyd and Vandenberghe 2004, §9.2, take it in (0, 0.5)). */
const ARMIJO = 0.25;
/** Newton steps at most, and the decrement at which they stop, when centring on a flat optimal face (see `centreOnFace`). */
const CENTRE_STEPS = 200;
const CENTRE_DECREMENT = 1e-24;
/** Components of an orthonormal basis vector below this are rounding noise (see `centreOnFace`). */
const BASIS_NOISE = 1e-12;
/**
 * A member whose normalised bargaining weight is at most this share only breaks ties (see
 * `barrierSolve`): the boards' floor for a member with no recognition is 1e-9, far below it, while
 * default recognition weights are 0.5-1.5 (docs/SOURCES.md). A numerical-method setting, not a model parameter.
 */
const WEAK_SHARE = 1e-6;

/** Utilities of every member at an allocation. */
export function utilitiesAt(priorities: readonly (readonly number[])[], x: readonly number[]): number[] {
  return priorities.map((p) => {
    let u = 0;
    for (let j = 0; j < x.length; j++) u += p[j]! * x[j]!;
    return u;
  });
}

/** Validates members' priorities (non-negative, finite, one per line). */
export function validatePriorities(priorities: readonly (readonly number[])[], lines: number): void {
  priorities.forEach((p, i) => {
    if (p.length !== lines) throw new RangeError(`member ${i} has ${p.length} priorities for ${lines} lines`);
    p.forEach((v, j) => {
      if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`member ${i}'s priority for line ${j} is ${v}; must be finite and non-negative`);
    });
  });
}

/**
 * Solves the asymmetric Nash bargaining problem (see the module header for
 * the method and its tolerance). Returns `fails` when no allocation in X
 * gives every member at least its disagreement payoff; `statusQuo` when
 * allocations exist but none gives anyone more than d (the allocation
 * returned is then the analytic centre of that set); `agreed` otherwise.
 *
 * @throws RangeError for malformed input (lengths, negative priorities, non-positive weights, empty X).
 */
export function nashBargaining(problem: BargainingProblem): BargainingResult {
  // Members with the same priorities and disagreement payoff enter the Nash product as one member
  // whose weight is the sum of theirs (w1 log g + w2 log g = (w1 + w2) log g): an exact reduction
  // that shrinks boards whose executives, non-executives or GP seats share a position.
  const merged = mergeIdentical(problem);
  if (merged) {
    const r = solveNash(merged);
    return r.status === 'fails' ? r : { ...r, utilities: utilitiesAt(problem.priorities, r.allocation) };
  }
  return solveNash(problem);
}

/** The problem with identical members merged, or null when all members differ. */
function mergeIdentical(problem: BargainingProblem): BargainingProblem | null {
  const { priorities, weights, disagreement } = problem;
  const n = priorities.length;
  if (weights.length !== n || disagreement.length !== n) return null;
  const same = (a: readonly number[], b: readonly number[]) => {
    if (a.length !== b.length) return false;
    for (let l = 0; l < a.length; l++) if (a[l] !== b[l]) return false;
    return true;
  };
  const p: (readonly number[])[] = [];
  const w: number[] = [];
  const d: number[] = [];
  for (let i = 0; i < n; i++) {
    let at = -1;
    for (let j = 0; j < p.length; j++) {
      if (d[j] === disagreement[i] && same(p[j]!, priorities[i]!)) {
        at = j;
        break;
      }
    }
    if (at < 0) {
      p.push(priorities[i]!);
      w.push(weights[i]!);
      d.push(disagreement[i]!);
    } else w[at]! += weights[i]!;
  }
  return p.length === n ? null : { ...problem, priorities: p, weights: w, disagreement: d };
}

function solveNash(problem: BargainingProblem): BargainingResult {
  const { priorities, weights, disagreement, box } = problem;
  const k = box.lo.length;
  validateBox(box);
  validatePriorities(priorities, k);
  const n = priorities.length;
  if (weights.length !== n || disagreement.length !== n) {
    throw new RangeError(`${n} members but ${weights.length} weights and ${disagreement.length} disagreement payoffs`);
  }
  weights.forEach((w, i) => {
    if (!(w > 0) || !Number.isFinite(w)) throw new RangeError(`member ${i}'s bargaining weight is ${w}; must be positive`);
  });
  disagreement.forEach((d, i) => {
    if (!Number.isFinite(d)) throw new RangeError(`member ${i}'s disagreement payoff is ${d}`);
  });

  const { envelope: E, lo, hi } = box;
  let width = 0;
  for (let j = 0; j < k; j++) width = Math.max(width, hi[j]! - lo[j]!);
  const U = Math.max(Math.abs(E), width, Number.MIN_VALUE);
  // Fixed lines sit at their midpoint; free lines map to eta in [0, 1].
  const free: number[] = [];
  const base = new Float64Array(k);
  for (let j = 0; j < k; j++) {
    if (hi[j]! - lo[j]! > NARROW * U) {
      free.push(j);
      base[j] = lo[j]!;
    } else base[j] = (lo[j]! + hi[j]!) / 2;
  }
  const kf = free.length;
  let rmax = 0;
  for (const j of free) rmax = Math.max(rmax, hi[j]! - lo[j]!);
  // Sum row: sum_f rho_f eta_f = e.
  const rho = free.map((j) => (hi[j]! - lo[j]!) / rmax);
  let e = E;
  for (let j = 0; j < k; j++) e -= base[j]!;
  e = kf > 0 ? e / rmax : 0;

  // Members: gain_i = s_i (c_i . eta - b_i), with max_f c_if = 1.
  type Member = { i: number; c: Float64Array; b: number; range: number };
  const active: Member[] = [];
  let constantPositive = false;
  for (let i = 0; i < n; i++) {
    const p = priorities[i]!;
    let baseU = 0;
    for (let j = 0; j < k; j++) baseU += p[j]! * base[j]!;
    const raw = new Float64Array(kf);
    let s = 0;
    for (let f = 0; f < kf; f++) {
      const j = free[f]!;
      raw[f] = p[j]! * (hi[j]! - lo[j]!);
      s = Math.max(s, raw[f]!);
    }
    const umax = kf > 0 ? dot(p, greedyFill(p, box)) : baseU;
    const umin = kf > 0 ? dot(p, greedyFill(p.map((v) => -v), box)) : baseU;
    const scale = Math.max(Math.abs(umax), Math.abs(umin), Math.abs(disagreement[i]!), Number.MIN_VALUE);
    if (s === 0 || umax - umin <= 1e-12 * scale) {
      // Constant utility over X.
      const gain = (kf > 0 ? umax : baseU) - disagreement[i]!;
      if (gain < -1e-9 * scale) return { status: 'fails', reason: `member ${i} cannot reach its disagreement payoff with any feasible allocation` };
      if (gain > 1e-9 * scale) constantPositive = true;
      continue;
    }
    const c = new Float64Array(kf);
    for (let f = 0; f < kf; f++) c[f] = raw[f]! / s;
    active.push({ i, c, b: (disagreement[i]! - baseU) / s, range: (umax - umin) / s });
  }
  const toAllocation = (eta: ArrayLike<number>): number[] => {
    const x = Array.from(base);
    free.forEach((j, f) => (x[j] = lo[j]! + eta[f]! * (hi[j]! - lo[j]!)));
    return repairSum(x, box);
  };
  if (kf === 0) {
    const x = toAllocation([]);
    return finish(active.length > 0 || constantPositive, x, 0, true);
  }

  // Constraints as normalised slacks: lower bound f, upper bound f, member m.
  // slack = coef . eta + constant; kinds: 0 = lower, 1 = upper, 2 = member.
  const nc = 2 * kf + active.length;
  const slackCoef: Float64Array[] = [];
  const slackConst = new Float64Array(nc);
  for (let f = 0; f < kf; f++) {
    const a = new Float64Array(kf);
    a[f] = 1;
    slackCoef.push(a);
    slackConst[f] = 0;
  }
  for (let f = 0; f < kf; f++) {
    const a = new Float64Array(kf);
    a[f] = -1;
    slackCoef.push(a);
    slackConst[kf + f] = 1;
  }
  active.forEach((m, t) => {
    const a = new Float64Array(kf);
    for (let f = 0; f < kf; f++) a[f] = m.c[f]! / m.range;
    slackCoef.push(a);
    slackConst[2 * kf + t] = -m.b / m.range;
  });

  // (2) The max-min slack centre.
  const sumRow: LpRow = { coef: rho, equal: e };
  {
    const rows: LpRow[] = [sumRow, { coef: [...new Array(kf).fill(0), 1], max: 1 }];
    for (let c = 0; c < nc; c++) rows.push({ coef: [...slackCoef[c]!, -1], min: -slackConst[c]! });
    const lp = solveLp({ objective: [...new Array(kf).fill(0), 1], direction: 'maximize', rows });
    if (lp.status !== 'optimal') {
      return { status: 'fails', reason: 'no feasible allocation gives every member at least its disagreement payoff' };
    }
    const t = lp.x[kf]!;
    const eta0 = Float64Array.from(lp.x.slice(0, kf));
    if (t > EPS && minSlack(eta0, slackCoef, slackConst, new Set()) > 0) {
      return barrierSolve(eta0, new Set());
    }
  }

  // (3) Implicit equalities, by repeated capped-slack programmes.
  const open = new Set<number>(Array.from({ length: nc }, (_, c) => c));
  const points: Float64Array[] = [];
  for (let round = 0; round <= nc; round++) {
    const list = [...open];
    const nv = kf + list.length;
    const rows: LpRow[] = [{ coef: [...rho, ...new Array(list.length).fill(0)], equal: e }];
    for (let c = 0; c < nc; c++) {
      const coef = new Array<number>(nv).fill(0);
      for (let f = 0; f < kf; f++) coef[f] = slackCoef[c]![f]!;
      const pos = list.indexOf(c);
      if (pos >= 0) coef[kf + pos] = -1;
      rows.push({ coef, min: -slackConst[c]! });
    }
    list.forEach((_, pos) => {
      const coef = new Array<number>(nv).fill(0);
      coef[kf + pos] = 1;
      rows.push({ coef, max: 1 });
    });
    const objective = [...new Array(kf).fill(0), ...new Array(list.length).fill(1)];
    const lp = solveLp({ objective, direction: 'maximize', rows });
    if (lp.status !== 'optimal') {
      if (points.length === 0) return { status: 'fails', reason: 'no feasible allocation gives every member at least its disagreement payoff' };
      break;
    }
    points.push(Float64Array.from(lp.x.slice(0, kf)));
    let moved = false;
    list.forEach((c, pos) => {
      if (lp.x[kf + pos]! > EPS) {
        open.delete(c);
        moved = true;
      }
    });
    if (!moved || open.size === 0) break;
  }
  const eta0 = new Float64Array(kf);
  for (const p of points) for (let f = 0; f < kf; f++) eta0[f]! += p[f]! / points.length;
  if (minSlack(eta0, slackCoef, slackConst, open) <= 0) {
    return { status: 'fails', reason: 'numerical failure: could not find a relative interior point of the bargaining set' };
  }
  return barrierSolve(eta0, open);

  function finish(agreed: boolean, x: number[], iterations: number, converged: boolean): BargainingResult {
    return { status: agreed ? 'agreed' : 'statusQuo', allocation: x, utilities: utilitiesAt(priorities, x), iterations, converged };
  }

  /** (4) Log-barrier Newton in the null space of the equalities (`tight` constraints held at zero slack). */
  function barrierSolve(eta: Float64Array, tight: Set<number>): BargainingResult {
    // Equality rows: the sum, and every tight constraint.
    const eqRows: Float64Array[] = [Float64Array.from(rho)];
    for (const c of tight) eqRows.push(slackCoef[c]!);
    const Z = nullSpace(eqRows, kf);
    const r = Z.length;
    // Barrier terms: bounds of lines with neither bound tight.
    const barrierLines: number[] = [];
    for (let f = 0; f < kf; f++) if (!tight.has(f) && !tight.has(kf + f)) barrierLines.push(f);
    const objMembers: { c: Float64Array; b: number; w: number }[] = [];
    let wsum = 0;
    active.forEach((m, t) => {
      if (!tight.has(2 * kf + t)) wsum += weights[m.i]!;
    });
    active.forEach((m, t) => {
      if (!tight.has(2 * kf + t)) objMembers.push({ c: m.c, b: m.b, w: weights[m.i]! / wsum });
    });
    const agreed = objMembers.length > 0 || constantPositive;
    if (r === 0) return finish(agreed, toAllocation(eta), 0, true);
    const first = descend(eta, Z, barrierLines, objMembers);
    let iterations = first.iterations;
    // Members whose bargaining weight is a rounding-level share of the whole (a floor standing for no
    // recognition) cannot move the barrier path at the precision it stops at: they break ties among
    // the allocations the others value equally, lexicographically, with equal shares among themselves.
    const strong = objMembers.filter((m) => m.w > WEAK_SHARE);
    const weak = objMembers.filter((m) => !(m.w > WEAK_SHARE));
    if (first.converged && strong.length > 0 && weak.length > 0) {
      const W = nullSpace([...eqRows, ...strong.map((m) => m.c)], kf);
      if (W.length > 0) iterations += descend(eta, W, barrierLines, weak.map((m) => ({ ...m, w: 1 / weak.length }))).iterations;
    }
    if (objMembers.length > 0 && barrierLines.length > 0) iterations += centreOnFace(eta, eqRows, objMembers, barrierLines);
    return finish(agreed, toAllocation(eta), iterations, first.converged);
  }

  /**
   * The barrier method proper: maximises the members' weighted log gains plus mu times the bounds'
   * log barrier over eta + span(Z), mu falling to the gap (or the barrier alone, mu = 1, when no
   * member bargains). Moves `eta`; returns the Newton steps taken and whether the gap was reached.
   */
  function descend(eta: Float64Array, Z: readonly Float64Array[], barrierLines: readonly number[], objMembers: readonly { c: Float64Array; b: number; w: number }[]): { iterations: number; converged: boolean } {
    const r = Z.length;
    const mb = 2 * barrierLines.length;
    const onlyCentre = objMembers.length === 0;
    const nm = objMembers.length;
    // Members' gradients in the reduced space, Z^T c_i, are constant: precompute them.
    const zc = new Float64Array(nm * r);
    const cm = new Float64Array(nm * kf);
    const bm = new Float64Array(nm);
    const wm = new Float64Array(nm);
    objMembers.forEach((m, t) => {
      bm[t] = m.b;
      wm[t] = m.w;
      for (let f = 0; f < kf; f++) cm[t * kf + f] = m.c[f]!;
      for (let u = 0; u < r; u++) zc[t * r + u] = dot(Z[u]!, m.c);
    });
    const zf = new Float64Array(kf * r); // zf[f*r + u] = Z[u][f]
    for (let u = 0; u < r; u++) for (let f = 0; f < kf; f++) zf[f * r + u] = Z[u]![f]!;
    let mu = onlyCentre ? 1 : MU_START;
    let iterations = 0;
    let converged = false;
    const sigma = new Float64Array(nm);
    const gr = new Float64Array(r);
    const Hr = new Float64Array(r * r);
    const dy = new Float64Array(r);
    const dx = new Float64Array(kf);
    const trial = new Float64Array(kf);
    const gains = (y: Float64Array, out: Float64Array): boolean => {
      for (let t = 0; t < nm; t++) {
        let s = -bm[t]!;
        const o = t * kf;
        for (let f = 0; f < kf; f++) s += cm[o + f]! * y[f]!;
        if (!(s > 0)) return false;
        out[t] = s;
      }
      return true;
    };
    const trialSigma = new Float64Array(nm);
    const value = (y: Float64Array, s: Float64Array): number => {
      if (!gains(y, s)) return -Infinity;
      let v = 0;
      for (let t = 0; t < nm; t++) v += wm[t]! * Math.log(s[t]!);
      for (const f of barrierLines) {
        const a = y[f]!;
        if (!(a > 0 && a < 1)) return -Infinity;
        v += mu * (Math.log(a) + Math.log(1 - a));
      }
      return v;
    };
    gains(eta, sigma);
    outer: for (;;) {
      // Centre for this mu.
      let prevLambda2 = Infinity;
      for (let inner = 0; ; inner++) {
        if (iterations >= MAX_NEWTON) break outer;
        iterations++;
        gr.fill(0);
        Hr.fill(0);
        for (let t = 0; t < nm; t++) {
          const s = sigma[t]!;
          const g = wm[t]! / s;
          const h = g / s;
          const o = t * r;
          for (let u = 0; u < r; u++) {
            const a = zc[o + u]!;
            gr[u]! += g * a;
            const ha = h * a;
            for (let v = 0; v <= u; v++) Hr[u * r + v]! += ha * zc[o + v]!;
          }
        }
        for (const f of barrierLines) {
          const a = eta[f]!;
          const b = 1 - a;
          const g = mu * (1 / a - 1 / b);
          const h = mu * (1 / (a * a) + 1 / (b * b));
          const o = f * r;
          for (let u = 0; u < r; u++) {
            const zu = zf[o + u]!;
            gr[u]! += g * zu;
            const hz = h * zu;
            for (let v = 0; v <= u; v++) Hr[u * r + v]! += hz * zf[o + v]!;
          }
        }
        for (let u = 0; u < r; u++) for (let v = 0; v < u; v++) Hr[v * r + u] = Hr[u * r + v]!;
        choleskySolve(Hr, r, gr, dy);
        let lambda2 = 0;
        for (let u = 0; u < r; u++) lambda2 += gr[u]! * dy[u]!;
        dx.fill(0);
        for (let u = 0; u < r; u++) {
          const zu = Z[u]!;
          for (let f = 0; f < kf; f++) dx[f]! += dy[u]! * zu[f]!;
        }
        if (!(lambda2 >= 0)) break;
        let stepSize = 0;
        for (let f = 0; f < kf; f++) stepSize = Math.max(stepSize, Math.abs(dx[f]!));
        // Converged, or down to rounding noise (the decrement stopped falling once tiny).
        // Intermediate centres need only be approximate (the path is followed, not hit); the last one is polished.
        const last = onlyCentre || mb === 0 || mb * mu <= GAP;
        if (stepSize <= 1e-14 || (lambda2 < 1e-16 && lambda2 >= prevLambda2) || (!last && lambda2 < 1e-6) || inner >= 60) break;
        prevLambda2 = lambda2;
        // Damped step: stay strictly inside, then backtrack (Armijo) while the decrease is measurable.
        const f0 = value(eta, sigma);
        let step = 1;
        let accepted = false;
        for (let h = 0; h < 80; h++) {
          for (let f = 0; f < kf; f++) trial[f] = eta[f]! + step * dx[f]!;
          const f1 = value(trial, trialSigma);
          if (f1 > -Infinity && (lambda2 < 1e-9 || f1 >= f0 + ARMIJO * step * lambda2)) {
            accepted = true;
            break;
          }
          step /= 2;
        }
        if (!accepted) break;
        eta.set(trial);
        sigma.set(trialSigma);
      }
      if (onlyCentre || mb === 0 || mb * mu <= GAP) {
        converged = true;
        break;
      }
      mu *= MU_FACTOR;
    }
    return { iterations, converged };
  }

  /**
   * Where the optimal allocation is not unique (directions along which no
   * bargaining member's utility changes), moves `eta` to the analytic centre
   * of the optimal face: the maximum of the bounds' log barrier over the
   * allocations that give every bargaining member the utility it has now.
   * The barrier path tends there as mu falls, but along such directions its
   * pull vanishes with mu and the path stops wherever its start, the order
   * of the members and the scale of the money left it (about 1e-5 of a
   * line: metamorphic fuzz, issue 25). The centre is a property of the face
   * alone, so lists in another order or money in other units give the same
   * allocation. Returns the Newton steps taken.
   */
  function centreOnFace(eta: Float64Array, eqRows: readonly Float64Array[], members: readonly { c: Float64Array }[], lines: readonly number[]): number {
    const W = nullSpace([...eqRows, ...members.map((m) => m.c)], kf);
    const r = W.length;
    if (r === 0) return 0;
    // Lines left within rounding of a bound (eta ~ 1e-25) weigh 1/eta in the gradient, so a basis
    // vector's rounding noise on them (~1e-17) would swamp the true directions: drop it.
    for (const w of W) for (let f = 0; f < kf; f++) if (Math.abs(w[f]!) < BASIS_NOISE) w[f] = 0;
    const g = new Float64Array(r);
    const H = new Float64Array(r * r);
    const dy = new Float64Array(r);
    const dx = new Float64Array(kf);
    const trial = new Float64Array(kf);
    // Lines held at a bound are among the equalities: the face's directions leave them there.
    const barrier = (y: Float64Array): number => {
      let v = 0;
      for (const f of lines) {
        const a = y[f]!;
        if (!(a > 0 && a < 1)) return -Infinity;
        v += Math.log(a) + Math.log(1 - a);
      }
      return v;
    };
    let steps = 0;
    for (; steps < CENTRE_STEPS; steps++) {
      g.fill(0);
      H.fill(0);
      for (const f of lines) {
        const a = eta[f]!;
        const b = 1 - a;
        const gf = 1 / a - 1 / b;
        const hf = 1 / (a * a) + 1 / (b * b);
        for (let u = 0; u < r; u++) {
          const wu = W[u]![f]!;
          g[u]! += gf * wu;
          for (let v = 0; v <= u; v++) H[u * r + v]! += hf * wu * W[v]![f]!;
        }
      }
      for (let u = 0; u < r; u++) for (let v = 0; v < u; v++) H[v * r + u] = H[u * r + v]!;
      choleskySolve(H, r, g, dy);
      let lambda2 = 0;
      for (let u = 0; u < r; u++) lambda2 += g[u]! * dy[u]!;
      // The barrier's decrement: below this the centre is found to the rounding of eta.
      if (!(lambda2 > CENTRE_DECREMENT)) break;
      dx.fill(0);
      for (let u = 0; u < r; u++) for (let f = 0; f < kf; f++) dx[f]! += dy[u]! * W[u]![f]!;
      const f0 = barrier(eta);
      let step = 1;
      let accepted = false;
      for (let h = 0; h < 60; h++) {
        for (let f = 0; f < kf; f++) trial[f] = eta[f]! + step * dx[f]!;
        const f1 = barrier(trial);
        // Armijo while the gain is measurable; near the centre, any step that does not lose.
        if (f1 > -Infinity && f1 >= f0 + (lambda2 > 1e-12 ? ARMIJO * step * lambda2 : 0)) {
          accepted = true;
          break;
        }
        step /= 2;
      }
      if (!accepted) break;
      // A step below the rounding of eta moves nothing: the centre is found as closely as eta can say.
      let moved = false;
      for (let f = 0; f < kf && !moved; f++) moved = trial[f] !== eta[f];
      if (!moved) break;
      eta.set(trial);
    }
    return steps;
  }
}

function dot(a: ArrayLike<number>, b: ArrayLike<number>): number {
  let s = 0;
  for (let j = 0; j < a.length; j++) s += a[j]! * b[j]!;
  return s;
}

/** Smallest slack over the constraints not in `skip`. */
function minSlack(eta: Float64Array, coef: readonly Float64Array[], constant: Float64Array, skip: Set<number>): number {
  let m = Infinity;
  for (let c = 0; c < coef.length; c++) {
    if (skip.has(c)) continue;
    m = Math.min(m, dot(coef[c]!, eta) + constant[c]!);
  }
  return m;
}

/** An orthonormal basis (as rows) of the null space of the given rows, by modified Gram-Schmidt. */
function nullSpace(rows: readonly Float64Array[], k: number): Float64Array[] {
  const Q: Float64Array[] = [];
  for (const row of rows) {
    const v = Float64Array.from(row);
    const n0 = Math.sqrt(dot(v, v));
    if (n0 === 0) continue;
    for (const q of Q) {
      const a = dot(v, q);
      for (let j = 0; j < k; j++) v[j]! -= a * q[j]!;
    }
    const n1 = Math.sqrt(dot(v, v));
    if (n1 <= 1e-9 * n0) continue;
    for (let j = 0; j < k; j++) v[j]! /= n1;
    Q.push(v);
  }
  const Z: Float64Array[] = [];
  for (let j = 0; j < k && Q.length + Z.length < k; j++) {
    const v = new Float64Array(k);
    v[j] = 1;
    for (let pass = 0; pass < 2; pass++) {
      for (const q of [...Q, ...Z]) {
        const a = dot(v, q);
        for (let t = 0; t < k; t++) v[t]! -= a * q[t]!;
      }
    }
    const nv = Math.sqrt(dot(v, v));
    if (nv <= 1e-6) continue;
    for (let t = 0; t < k; t++) v[t]! /= nv;
    Z.push(v);
  }
  return Z;
}

/** Solves A x = b for a symmetric positive (semi)definite A (r x r) by Cholesky, with a tiny ridge if needed. */
function choleskySolve(A: Float64Array, r: number, b: Float64Array, x: Float64Array): void {
  let trace = 0;
  for (let i = 0; i < r; i++) trace += Math.abs(A[i * r + i]!);
  const L = new Float64Array(r * r);
  for (let ridge = 0, attempt = 0; attempt < 8; attempt++, ridge = ridge === 0 ? 1e-14 * trace : ridge * 100) {
    let ok = true;
    for (let i = 0; i < r && ok; i++) {
      for (let j = 0; j <= i; j++) {
        let s = A[i * r + j]! + (i === j ? ridge : 0);
        for (let t = 0; t < j; t++) s -= L[i * r + t]! * L[j * r + t]!;
        if (i === j) {
          if (!(s > 0)) {
            ok = false;
            break;
          }
          L[i * r + i] = Math.sqrt(s);
        } else L[i * r + j] = s / L[j * r + j]!;
      }
    }
    if (!ok) continue;
    for (let i = 0; i < r; i++) {
      let s = b[i]!;
      for (let t = 0; t < i; t++) s -= L[i * r + t]! * x[t]!;
      x[i] = s / L[i * r + i]!;
    }
    for (let i = r - 1; i >= 0; i--) {
      let s = x[i]!;
      for (let t = i + 1; t < r; t++) s -= L[t * r + i]! * x[t]!;
      x[i] = s / L[i * r + i]!;
    }
    return;
  }
  x.fill(0);
}

/**
 * Puts the rounding residual E - sum x onto the line with the most room in
 * the needed direction, and clamps to the bounds, so the allocation sums to
 * the envelope to the last unit of precision.
 */
export function repairSum(x: number[], box: AllocationBox): number[] {
  const { envelope, lo, hi } = box;
  for (let j = 0; j < x.length; j++) x[j] = Math.min(hi[j]!, Math.max(lo[j]!, x[j]!));
  for (let pass = 0; pass < 2; pass++) {
    let s = 0;
    for (const v of x) s += v;
    const res = envelope - s;
    if (res === 0) break;
    let best = -1;
    let room = 0;
    for (let j = 0; j < x.length; j++) {
      const rj = res > 0 ? hi[j]! - x[j]! : x[j]! - lo[j]!;
      if (rj > room) (room = rj), (best = j);
    }
    if (best < 0) break;
    x[best] = x[best]! + (res > 0 ? Math.min(res, room) : -Math.min(-res, room));
  }
  return x;
}
