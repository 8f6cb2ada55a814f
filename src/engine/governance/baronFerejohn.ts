/**
 * Closed-rule legislative bargaining (Baron and Ferejohn 1989, "Bargaining in
 * legislatures", APSR 83:1181-1206), generalised to linear utilities over the
 * allocation polytope X = { x : sum x = E, lo <= x <= hi }, weighted votes and
 * a quota, in the style of Eraslan (2002, "Uniqueness of stationary
 * equilibrium payoffs in the Baron-Ferejohn model", JET 103:11-30) and
 * Snyder, Ting and Ansolabehere (2005, "Legislative bargaining under weighted
 * voting", AER 95:981-1004).
 *
 * Each round a member j is recognised with probability rho_j and proposes an
 * allocation; members vote; a proposal whose supporters' voting weight
 * reaches the quota is adopted, otherwise the game repeats after discounting
 * by delta. In a stationary equilibrium member i accepts x iff
 * u_i(x) >= v_i, its continuation value, and proposer j buys a cheapest
 * winning coalition C_j:
 *
 *   x_j = argmax u_j(x)  over x in X with u_i(x) >= v_i for i in C_j.
 *
 * Delay is costly only for what X leaves open: utilities are measured from
 * each member's worst outcome in X, m_i = min_X u_i (the part of the budget
 * locked in by the bounds is not at stake), so
 * v_i = m_i + delta * (sum_j rho_j u_i(x_j) - m_i). With lo = 0 (divide the
 * dollar) m_i = 0 and this is Baron and Ferejohn's v_i = delta * E u_i.
 *
 * The equilibrium is found by fixed-point iteration on v (starting from
 * v = m), with damping (one half) after 20 iterations if it has not
 * settled, for at most 40 iterations by default. Each
 * proposer's programme is solved by the simplex method (YALPS) on data scaled
 * to order one, accurate to about 1e-11 of each line's range.
 *
 * Coalition rule (documented heuristic: the exact minimum-cost winning
 * coalition is a knapsack problem): the cost of buying member i is the share
 * of i's utility range over X that j must concede to it beyond what j's own
 * ideal allocation already gives it, max(0, v_i - u_i(ideal_j)) / range_i.
 * Members are added in increasing order of cost per unit of voting weight,
 * ties (within 1e-9) broken cyclically starting after the proposer's index
 * (so symmetric games give symmetric strategies), until the coalition's
 * weight with the proposer's reaches the quota; then members not needed to
 * stay winning are dropped, dearest first. When members tied at the margin
 * are left out, the proposer is indifferent and mixes uniformly over the
 * cyclic rotations of the tied group (see {@link Proposal}); continuation
 * values average over the mixture. Weighted games can still lack a
 * stationary equilibrium in these strategies; the iteration then stops at
 * `maxIterations` with `converged: false`, and every proposal returned still
 * passes against the continuation values reported.
 */
import type { Rng } from '../rng.ts';
import { type AllocationBox, validateBox } from './feasibleSet.ts';
import { greedyFill } from './executive.ts';
import { solveLp, type LpRow } from './linearProgram.ts';
import { repairSum, utilitiesAt, validatePriorities } from './nashBargaining.ts';

/** A legislative bargaining problem. */
export interface LegislativeProblem {
  /** Each member's non-negative priority per line. */
  priorities: readonly (readonly number[])[];
  /** Each member's voting weight (>= 0). */
  votingWeights: readonly number[];
  /** A proposal passes when its supporters' voting weight is at least this (0 < quota <= total weight). */
  quota: number;
  /** Recognition weights (>= 0, not all zero; normalised to probabilities). */
  recognition: readonly number[];
  /** Discount factor delta in [0, 1]. */
  discount: number;
  /** The allocation polytope. */
  box: AllocationBox;
}

/** One proposal a proposer may make. */
export interface ProposalOption {
  allocation: number[];
  /** Every member's utility from the proposal. */
  utilities: number[];
  /** Members bought into the coalition (indices, proposer excluded). */
  coalition: number[];
  /** Members who vote for it (utility at least their continuation value), proposer included. */
  votesFor: number[];
}

/**
 * One member's equilibrium proposal. When the proposer is indifferent between
 * coalitions (members tied on cost at the margin) it mixes uniformly over the
 * cyclic rotations of the tied members: `options` lists them, equally likely,
 * and the top-level fields repeat the first (the cyclic order after the
 * proposer). Without ties `options` has one entry.
 */
export interface Proposal extends ProposalOption {
  /** Index of the proposer. */
  proposer: number;
  options: ProposalOption[];
}

/** The stationary equilibrium. */
export interface LegislativeResult {
  /** Proposals of every member with positive recognition, in member order. */
  proposals: Proposal[];
  /** Continuation values v_i the proposals were built against (m_i + delta (E u_i - m_i), see the module header). */
  continuationValues: number[];
  /** Expected utility of each member over the draw of the proposer: sum_j rho_j u_i(x_j). */
  expectedUtilities: number[];
  /** Fixed-point iterations. */
  iterations: number;
  /** Whether v settled to within 1e-10 of each member's utility range. */
  converged: boolean;
  /** How far v is from stationarity at the end: max_i |m_i + delta (E u_i - m_i) - v_i| / range_i. */
  residual: number;
}

/** Options for {@link baronFerejohn}. */
export interface LegislativeOptions {
  /** Maximum fixed-point iterations (default 40). */
  maxIterations?: number;
  /**
   * Where delay costs are measured from: 'worst' (default) discounts utility
   * above each member's worst outcome in X; 'zero' discounts utility itself,
   * v_i = delta E u_i, as in Baron and Ferejohn's divide-the-dollar. With tight
   * bounds 'zero' makes continuation values fall below anything X allows, so
   * no constraint binds and every proposer takes its ideal allocation.
   */
  utilityOrigin?: 'worst' | 'zero';
  /** Convergence tolerance on v, relative to each member's utility range over X (default 1e-10). */
  tolerance?: number;
}

/**
 * Draws the proposer: index j with probability recognition[j] / sum, using
 * exactly one draw from `rng`.
 *
 * @throws RangeError when no weight is positive or a weight is negative.
 */
export function drawProposer(recognition: readonly number[], rng: Rng): number {
  let total = 0;
  for (const r of recognition) {
    if (!(r >= 0) || !Number.isFinite(r)) throw new RangeError(`recognition weight ${r} must be finite and non-negative`);
    total += r;
  }
  if (!(total > 0)) throw new RangeError('at least one recognition weight must be positive');
  const u = rng() * total;
  let cum = 0;
  let last = -1;
  for (let j = 0; j < recognition.length; j++) {
    if (recognition[j]! <= 0) continue;
    cum += recognition[j]!;
    last = j;
    if (u < cum) return j;
  }
  return last;
}

/**
 * Draws the proposal adopted: the proposer by recognition weight and, if it
 * mixes, one of its equally likely options, from a single draw of `rng` (the
 * position of the draw within the proposer's interval picks the option).
 */
export function drawProposal(result: LegislativeResult, recognition: readonly number[], rng: Rng): { proposer: number; option: number; proposal: ProposalOption } {
  let total = 0;
  for (const r of recognition) total += r > 0 ? r : 0;
  if (!(total > 0)) throw new RangeError('at least one recognition weight must be positive');
  const u = rng() * total;
  let cum = 0;
  let chosen: Proposal | undefined;
  let frac = 0;
  for (const p of result.proposals) {
    const r = recognition[p.proposer]!;
    if (!(r > 0)) continue;
    chosen = p;
    if (u < cum + r) {
      frac = (u - cum) / r;
      break;
    }
    cum += r;
    frac = 1 - Number.EPSILON;
  }
  if (!chosen) throw new RangeError('no proposer has a positive recognition weight');
  const option = Math.min(chosen.options.length - 1, Math.floor(frac * chosen.options.length));
  return { proposer: chosen.proposer, option, proposal: chosen.options[option]! };
}

/**
 * The stationary equilibrium of closed-rule Baron-Ferejohn bargaining over
 * X (see the module header for the coalition rule and the method).
 *
 * @throws RangeError for malformed input or a quota above the total voting weight.
 */
export function baronFerejohn(problem: LegislativeProblem, options: LegislativeOptions = {}): LegislativeResult {
  const { priorities, votingWeights, quota, recognition, discount, box } = problem;
  const k = box.lo.length;
  validateBox(box);
  validatePriorities(priorities, k);
  const n = priorities.length;
  if (votingWeights.length !== n || recognition.length !== n) {
    throw new RangeError(`${n} members but ${votingWeights.length} voting weights and ${recognition.length} recognition weights`);
  }
  let totalWeight = 0;
  votingWeights.forEach((w, i) => {
    if (!(w >= 0) || !Number.isFinite(w)) throw new RangeError(`member ${i}'s voting weight is ${w}; must be non-negative`);
    totalWeight += w;
  });
  if (!(quota > 0) || quota > totalWeight) throw new RangeError(`quota ${quota} must be above 0 and at most the total voting weight ${totalWeight}`);
  if (!(discount >= 0 && discount <= 1)) throw new RangeError(`discount ${discount} must be in [0, 1]`);
  let rsum = 0;
  recognition.forEach((r, i) => {
    if (!(r >= 0) || !Number.isFinite(r)) throw new RangeError(`member ${i}'s recognition weight is ${r}; must be non-negative`);
    rsum += r;
  });
  if (!(rsum > 0)) throw new RangeError('at least one recognition weight must be positive');
  const rho = recognition.map((r) => r / rsum);
  const maxIterations = options.maxIterations ?? 40;
  const tol = options.tolerance ?? 1e-10;

  const { envelope: E, lo, hi } = box;
  // Scaled variables: x_j = lo_j + (hi_j - lo_j) eta_j on free lines.
  let width = 0;
  for (let j = 0; j < k; j++) width = Math.max(width, hi[j]! - lo[j]!);
  const U = Math.max(Math.abs(E), width, Number.MIN_VALUE);
  const free: number[] = [];
  const base = new Array<number>(k);
  for (let j = 0; j < k; j++) {
    if (hi[j]! - lo[j]! > 1e-9 * U) (free.push(j), (base[j] = lo[j]!));
    else base[j] = (lo[j]! + hi[j]!) / 2;
  }
  const kf = free.length;
  let rmax = 0;
  for (const j of free) rmax = Math.max(rmax, hi[j]! - lo[j]!);
  let e = E;
  for (let j = 0; j < k; j++) e -= base[j]!;
  const sumRow: LpRow = { coef: free.map((j) => (hi[j]! - lo[j]!) / rmax), equal: kf > 0 ? e / rmax : 0 };
  const upperRows: LpRow[] = free.map((_, f) => {
    const coef = new Array<number>(kf).fill(0);
    coef[f] = 1;
    return { coef, max: 1 };
  });
  // Member i: u_i = baseU_i + s_i c_i . eta.
  const baseU = priorities.map((p) => p.reduce((s, v, j) => s + v * base[j]!, 0));
  const sc = priorities.map((p) => Math.max(Number.MIN_VALUE, ...free.map((j) => p[j]! * (hi[j]! - lo[j]!))));
  const c = priorities.map((p, i) => free.map((j) => (p[j]! * (hi[j]! - lo[j]!)) / sc[i]!));
  const ideal = priorities.map((p) => greedyFill(p, box));
  const umax = priorities.map((p, i) => utilitiesAt([p], ideal[i]!)[0]!);
  const umin = priorities.map((p) => utilitiesAt([p], greedyFill(p.map((v) => -v), box))[0]!);
  const range = umax.map((u, i) => Math.max(u - umin[i]!, 1e-300));
  const origin = options.utilityOrigin === 'zero' ? umin.map(() => 0) : umin;
  const cyc = (j: number, i: number): number => (i - j - 1 + n) % n;

  const toAllocation = (eta: readonly number[]): number[] => {
    const x = base.slice();
    free.forEach((j, f) => (x[j] = lo[j]! + eta[f]! * (hi[j]! - lo[j]!)));
    return repairSum(x, box);
  };

  let fallback = box.lo.length > 0 ? greedyFill(new Array<number>(k).fill(1), box) : [];
  /** The proposal that buys `coalition` (LP), with the votes it gets. */
  const offer = (j: number, coalition: number[], v: readonly number[]): ProposalOption => {
    let x: number[];
    if (kf === 0) x = toAllocation([]);
    else {
      const rows: LpRow[] = [sumRow, ...upperRows];
      for (const i of coalition) rows.push({ coef: c[i]!, min: (v[i]! - baseU[i]!) / sc[i]! });
      const lp = solveLp({ objective: c[j]!, direction: 'maximize', rows });
      x = lp.status === 'optimal' ? toAllocation(lp.x) : fallback.slice();
    }
    const utilities = utilitiesAt(priorities, x);
    const votesFor: number[] = [];
    for (let i = 0; i < n; i++) if (i === j || utilities[i]! >= v[i]! - 1e-9 * range[i]!) votesFor.push(i);
    return { allocation: x, utilities, coalition: coalition.slice().sort((a, b) => a - b), votesFor };
  };

  const propose = (j: number, v: readonly number[]): Proposal => {
    const uIdeal = utilitiesAt(priorities, ideal[j]!);
    const cost = (i: number): number => Math.max(0, v[i]! - uIdeal[i]!) / range[i]! / votingWeights[i]!;
    const candidates: number[] = [];
    for (let i = 0; i < n; i++) if (i !== j && votingWeights[i]! > 0) candidates.push(i);
    // Candidates in order of cost per vote, ties in cyclic order after the proposer.
    const costs = new Map(candidates.map((i) => [i, cost(i)]));
    const order: number[] = [];
    const pool = candidates.slice();
    while (pool.length > 0) {
      let best = 0;
      for (let t = 1; t < pool.length; t++) {
        const diff = costs.get(pool[t]!)! - costs.get(pool[best]!)!;
        if (diff < -1e-9 || (Math.abs(diff) <= 1e-9 && cyc(j, pool[t]!) < cyc(j, pool[best]!))) best = t;
      }
      order.push(pool.splice(best, 1)[0]!);
    }
    /** Greedy fill along `seq` until winning, then drop members not needed, dearest (latest) first. */
    const build = (seq: readonly number[]): number[] => {
      const coalition: number[] = [];
      let weight = votingWeights[j]!;
      for (const i of seq) {
        if (weight >= quota) break;
        coalition.push(i);
        weight += votingWeights[i]!;
      }
      for (let t = coalition.length - 1; t >= 0; t--) {
        const i = coalition[t]!;
        if (weight - votingWeights[i]! >= quota) {
          coalition.splice(t, 1);
          weight -= votingWeights[i]!;
        }
      }
      return coalition;
    };
    const first = build(order);
    // The tie group at the margin: candidates as cheap per vote as the dearest member bought.
    let marginal = -Infinity;
    for (const i of first) marginal = Math.max(marginal, costs.get(i)!);
    const group = order.filter((i) => Math.abs(costs.get(i)! - marginal) <= 1e-9);
    const options: ProposalOption[] = [offer(j, first, v)];
    if (first.length > 0 && group.some((i) => !first.includes(i))) {
      // The proposer is indifferent: it mixes uniformly over the cyclic rotations of the tie group.
      const start = order.indexOf(group[0]!);
      const before = order.slice(0, start);
      const after = order.filter((i) => !before.includes(i) && !group.includes(i));
      for (let rot = 1; rot < group.length; rot++) {
        const g = [...group.slice(rot), ...group.slice(0, rot)];
        options.push(offer(j, build([...before, ...g, ...after]), v));
      }
    }
    return { proposer: j, ...options[0]!, options };
  };

  let v = origin.slice();
  let proposals: Proposal[] = [];
  let expected = new Array<number>(n).fill(0);
  let iterations = 0;
  let converged = false;
  let residual = Infinity;
  for (; iterations < maxIterations && !converged; ) {
    iterations++;
    proposals = [];
    for (let j = 0; j < n; j++) if (rho[j]! > 0) proposals.push(propose(j, v));
    expected = new Array<number>(n).fill(0);
    const mean = new Array<number>(k).fill(0);
    for (const p of proposals) {
      const r = rho[p.proposer]! / p.options.length;
      for (const o of p.options) {
        for (let i = 0; i < n; i++) expected[i]! += r * o.utilities[i]!;
        for (let l = 0; l < k; l++) mean[l]! += r * o.allocation[l]!;
      }
    }
    fallback = mean;
    const target = expected.map((u, i) => origin[i]! + discount * (u - origin[i]!));
    let diff = 0;
    for (let i = 0; i < n; i++) diff = Math.max(diff, Math.abs(target[i]! - v[i]!) / range[i]!);
    residual = diff;
    if (diff <= tol) {
      converged = true;
      break;
    }
    const alpha = iterations <= 20 ? 1 : 0.5;
    v = v.map((vi, i) => (1 - alpha) * vi + alpha * target[i]!);
  }
    return { proposals, continuationValues: v, expectedUtilities: expected, iterations, converged, residual };
}
