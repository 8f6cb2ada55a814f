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
 * The proposer's best response is a maximum over the winning coalitions it
 * has considered: the greedy coalition below, its rotations over members
 * tied on cost, every coalition it chose earlier in the solve, and what
 * local search by exchanging one member for another finds. Each coalition's
 * proposal is a linear programme (YALPS' simplex, see simplex.ts, on data
 * scaled to order one, accurate to about 1e-11 of each line's range; each
 * solve memoises its programmes, see `proposerLp`, and solves a programme at
 * a new v from the optimal basis it had at the last, see `bases`); among allocations the
 * proposer values equally it picks the one the board as a whole values most,
 * so proposals move continuously with v (a second programme, which goes on
 * from the first one's optimal basis, solving the first again if need be).
 *
 * Greedy coalition (documented heuristic: the exact minimum-cost winning
 * coalition is a knapsack problem): the cost of buying member i is the share
 * of i's utility range over X that j must concede to it beyond what j's own
 * ideal allocation already gives it, max(0, v_i - u_i(ideal_j)) / range_i.
 * Members are added in increasing order of cost per unit of voting weight,
 * ties (within 1e-9) broken cyclically starting after the proposer's index
 * (so symmetric games give symmetric strategies), until the coalition's
 * weight with the proposer's reaches the quota; then members not needed to
 * stay winning are dropped, dearest first.
 *
 * The stationary equilibrium is found in three stages:
 * 1. best-response iteration on v from v = m (on symmetric games, such as
 *    divide-the-dollar, it is exact within a few iterations; a proposer
 *    indifferent between coalitions mixes uniformly). While the coalitions
 *    played stay the same it contracts about as fast as delta, and it runs
 *    on when Newton's method (2) does not settle;
 * 2. once the coalitions played stop changing, Newton's method on the
 *    stationary conditions themselves (see `newton` below): v equals the
 *    discounted expected utility, and a proposer that mixes is indifferent
 *    between its coalitions, the mixing probabilities being unknowns. A pure
 *    stationary equilibrium need not exist in weighted majority games;
 *    stationary equilibria in mixed strategies do (Banks and Duggan 2000, "A
 *    bargaining model of collective choice", APSR 94:73-88);
 * 3. when the coalitions played keep changing (a cycle: no pure
 *    equilibrium near), averaged best responses (fictitious play on v) reveal
 *    the coalitions each proposer mixes over and their frequencies, from
 *    which Newton's method starts again.
 * Every candidate is certified: the residual is the larger of the
 * continuation-value error and each proposer's regret against the best
 * coalition it can find at v; `converged` says it is within the tolerance
 * (default 1e-9 of each member's utility range), and when it is not, the
 * profile with the smallest residual is returned with that residual.
 */
import type { Rng } from '../rng.ts';
import { type AllocationBox, validateBox } from './feasibleSet.ts';
import { greedyFill } from './executive.ts';
import { LP_PRECISION, pivotCount, prepareRows, saveTableau, solveFromBasis, solveOnOptimalFace, solvePreparedFloors, STRICT_PIVOT, tableauStamp, type LpRow, type LpSolution, type SavedTableau } from './linearProgram.ts';
import { dampedLeastSquaresStep } from './linearSystem.ts';
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
 * One member's equilibrium strategy as proposer. When it is indifferent
 * between coalitions it may mix: `options` lists the proposals it makes with
 * positive probability, `probabilities` how likely each is, and the
 * top-level fields repeat the first. Without mixing `options` has one entry.
 */
export interface Proposal extends ProposalOption {
  /** Index of the proposer. */
  proposer: number;
  options: ProposalOption[];
  /** Probability of each option (sums to 1). */
  probabilities: number[];
}

/** The stationary equilibrium. */
export interface LegislativeResult {
  /** Proposals of every member with positive recognition, in member order. */
  proposals: Proposal[];
  /** Continuation values v_i the proposals were built against (m_i + delta (E u_i - m_i), see the module header). */
  continuationValues: number[];
  /** Expected utility of each member over the draw of the proposer: sum_j rho_j u_i(x_j). */
  expectedUtilities: number[];
  /** Fixed-point iterations plus Newton steps taken. */
  iterations: number;
  /** Whether the residual is within the tolerance. */
  converged: boolean;
  /**
   * Distance from a stationary equilibrium, as a share of utility ranges: the
   * larger of max_i |v_i - (m_i + delta (E u_i - m_i))| / range_i and each
   * proposer's regret (what its worst option played forgoes against the best
   * coalition it can find, over its range).
   */
  residual: number;
  /**
   * Each member's continuation value as a share of its utility range over X,
   * (v_i - min_X u_i) / range_i: scale-free, so a later solve of a similar
   * problem can start from it (`LegislativeOptions.start`).
   */
  continuationShares: number[];
}

/** Options for {@link baronFerejohn}. */
export interface LegislativeOptions {
  /** Maximum best-response iterations on v (default 600: plain iteration, then up to 90 averaged). */
  maxIterations?: number;
  /** Maximum Newton steps per attempt at solving the stationary conditions (default: 10 in a quick search, then 40 in a patient one from scratch if that does not converge). */
  newtonSteps?: number;
  /**
   * Where delay costs are measured from: 'worst' (default) discounts utility
   * above each member's worst outcome in X; 'zero' discounts utility itself,
   * v_i = delta E u_i, as in Baron and Ferejohn's divide-the-dollar. With tight
   * bounds 'zero' makes continuation values fall below anything X allows, so
   * no constraint binds and every proposer takes its ideal allocation.
   */
  utilityOrigin?: 'worst' | 'zero';
  /** Convergence tolerance on the residual, relative to each member's utility range over X (default 1e-9: the linear programmes are solved to about 1e-11 of each line's range). */
  tolerance?: number;
  /**
   * Residual below which the answer is certified as converged (default 1e-8): the search aims at
   * `tolerance`, but a residual sums several linear programmes, each accurate to about 1e-11 of a
   * line's range; on a board deciding £1bn, 1e-8 of a member's range is of the order of £10.
   */
  certify?: number;
  /**
   * Where the search starts: each member's continuation value as a share of
   * its utility range over X (as `continuationShares` returns; NaN or missing
   * for a member with no guess, which starts at its worst outcome). A board
   * that meets every year faces a similar game each time, so last year's
   * equilibrium is a close start and the best-response iteration settles in
   * a few steps instead of contracting from the worst outcome (issue 26).
   * The equilibrium is certified to the same tolerance from any start.
   */
  start?: ArrayLike<number>;
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
 * mixes, one of its options by their probabilities, from a single draw of `rng` (the
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
  // The options are taken in a canonical order (by coalition), so that which one a draw picks depends on
  // the equilibrium alone, not on the order the search happened to meet their coalitions in.
  const order = chosen.options.map((_, t) => t).sort((a, b) => compareCoalitions(chosen!.options[a]!.coalition, chosen!.options[b]!.coalition));
  let option = order[order.length - 1]!;
  let acc = 0;
  for (const t of order) {
    acc += chosen.probabilities[t] ?? 1 / chosen.options.length;
    if (frac < acc) {
      option = t;
      break;
    }
  }
  return { proposer: chosen.proposer, option, proposal: chosen.options[option]! };
}

/**
 * The stationary equilibrium of closed-rule Baron-Ferejohn bargaining over
 * X (see the module header for the coalition rule and the method).
 *
 * @throws RangeError for malformed input or a quota above the total voting weight.
 */
export function baronFerejohn(problem: LegislativeProblem, options: LegislativeOptions = {}): LegislativeResult {
  // First a quick search: Newton's method gets few steps on each support (with Broyden's update a right
  // support settles in under ten; a wrong one would spend forty failing), from the warm start if given.
  // A start from a neighbouring game can also lead the search into a cycle it would not have met from
  // the worst outcome. Where the quick search does not converge, the patient one runs from scratch.
  const quick = solveStationary(problem, { ...options, newtonSteps: options.newtonSteps ?? QUICK_NEWTON_STEPS });
  if (quick.converged) return quick;
  const { start: _start, ...cold } = options;
  const patient = solveStationary(problem, cold);
  const better = patient.residual <= quick.residual ? patient : quick;
  return { ...better, iterations: quick.iterations + patient.iterations };
}

/**
 * A Newton step from the right linear piece of the stationary conditions cuts the residual to the
 * rounding level of the linear programmes; one that leaves more than this share of it came from
 * another piece, and the Jacobian is corrected along the step (Broyden's update). A numerical-method
 * setting, not a model parameter: it changes the path to the equilibrium, not the equilibrium.
 */
const PIECE_CHANGE_RATIO = 0.1;

/** Newton steps per support in the quick search, and in the patient one (see {@link baronFerejohn}). */
const QUICK_NEWTON_STEPS = 10;
const PATIENT_NEWTON_STEPS = 40;

/**
 * When the best-response iteration already contracts at least this fast (its value residual falls by
 * this factor or more per iteration on an unchanged support), Newton's method is given up on as soon
 * as it stalls: {@link SLOW_STEPS} accepted steps running that each leave more than
 * {@link SLOW_STEP_RATIO} of the residual mean the support it solves on is not the equilibrium's
 * (on the right one the system is linear and a step removes nearly all of it), and the iteration it
 * interrupted reaches the tolerance for less than the steps Newton would go on spending. Measured on
 * England 2023/24's late years, where majority boards decide (issue 21): a stalled Newton round ran
 * its ten steps, three times, and the iteration then converged on its own; with this rule (and a
 * round given up so is not widened and tried again) the solves take about half of the linear
 * programmes, most with identical results and the rest within 6e-8 of a member's range.
 * Numerical-method settings, not model parameters: they change the path to
 * an equilibrium, which is certified to the same tolerance either way.
 */
const FAST_CONTRACTION = 0.5;
const SLOW_STEP_RATIO = 0.5;
const SLOW_STEPS = 2;

/**
 * A proposer's programme whose answer misses its own rows by more than this (in its scaled units,
 * order one) is solved again with the stricter pivot tolerance (linearProgram.ts STRICT_PIVOT): well
 * above the 1e-11 the programmes are solved to, well below the 1e-8 the equilibrium is certified to.
 */
const ROW_MISS = 1e-9;

/**
 * Pivots a chain of programmes solved from one another's optimal bases may make before the next is
 * built afresh (see `bases` in {@link solveStationary}): bounds the rounding a chain builds up. A
 * numerical-method setting, not a model parameter.
 */
const MAX_CHAINED_PIVOTS = 100;

/** {@link baronFerejohn}'s search from one start (see the module header). */
function solveStationary(problem: LegislativeProblem, options: LegislativeOptions): LegislativeResult {
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
  const maxIterations = options.maxIterations ?? 600;
  const newtonSteps = options.newtonSteps ?? PATIENT_NEWTON_STEPS;
  const tol = options.tolerance ?? 1e-9;

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
  /** Every member's utility from each proposer's ideal allocation (the greedy coalition's reference point). */
  const idealUtilities = ideal.map((x) => utilitiesAt(priorities, x));

  const toAllocation = (eta: readonly number[]): number[] => {
    const x = base.slice();
    free.forEach((j, f) => (x[j] = lo[j]! + eta[f]! * (hi[j]! - lo[j]!)));
    return repairSum(x, box);
  };

  // Sum of every member's utility, each scaled to its range, plus a small line-ordered term that makes ties generic.
  const secondary = free.map((_, f) => c.reduce((a, ci) => a + ci[f]!, 0) / n + (1e-3 * (f + 1)) / Math.max(1, kf));
  let fallback = box.lo.length > 0 ? greedyFill(new Array<number>(k).fill(1), box) : [];

  /**
   * The linear programmes of this solve, by proposer, coalition and the
   * members' utility floors: best-response scans, evaluation, certification
   * and Newton's method ask for the same programme again and again (more
   * than half of all requests), and a programme's answer depends on nothing
   * else within one solve (sumRow, upperRows and c are fixed). Members whose
   * scaled utility rows c are equal (members of one kind often are) give
   * equal programmes, so the key names the first such member. Nearly every
   * repeat comes at the same continuation values v (the same array), so the
   * memo keeps the programmes of the current v and of the one before: short
   * lived, they cost the garbage collector little. Scoped to the solve, so no
   * answer depends on what was solved before.
   */
  type Solved = { lp: LpSolution; kinds: number[]; mins: number[]; x?: number[]; utilities?: number[]; stamp: number; pivot: number; basis?: Basis };
  /**
   * The last optimal basis of each programme shape (proposer's kind and its coalition's kinds), with the
   * floors it was solved at: at the next v the same programme differs only in its floors' right-hand
   * sides, and goes on from that basis in a few pivots instead of from scratch (`solveFromBasis`).
   * `lineage` counts the pivots made since a programme was last built afresh: rounding builds up along
   * a chain of solves, so past {@link MAX_CHAINED_PIVOTS} it is built afresh again. Scoped to the solve.
   */
  type Basis = { kinds: number[]; mins: number[]; lineage: number; saved: SavedTableau };
  const bases = new Map<number, Basis[]>();
  const sameKinds = (a: readonly number[], b: readonly number[]): boolean => a.length === b.length && a.every((x, t) => x === b[t]);
  /** Solved programmes by a hash of their key; a bucket's entries are compared exactly (Object.is tells -0 from 0). */
  let solved = new Map<number, Solved[]>();
  let solvedBefore = new Map<number, Solved[]>();
  let solvedAt: readonly number[] | undefined;
  const kind = c.map((ci, i) => c.findIndex((cq, q) => q <= i && cq.every((x, f) => x === ci[f])));
  const bits = new Float64Array(1);
  const words = new Uint32Array(bits.buffer);
  /** Floors of the programme being looked up (scratch: filled by `proposerLp`, copied into an entry when solved). */
  const floors = new Array<number>(n).fill(0);
  /** Whether entry e is the programme of proposer j buying `coalition` with the floors in `floors`. */
  const matches = (e: Solved, j: number, coalition: readonly number[]): boolean => {
    if (e.kinds.length !== coalition.length + 1 || e.kinds[0] !== kind[j]) return false;
    for (let t = 0; t < coalition.length; t++) if (e.kinds[t + 1] !== kind[coalition[t]!] || !Object.is(e.mins[t], floors[t])) return false;
    return true;
  };
  /** The proposer's programme for `coalition` at v, solved once per solve. */
  const proposerLp = (j: number, coalition: readonly number[], v: readonly number[]): Solved => {
    let hash = Math.imul(kind[j]! + 1, 0x9e3779b1);
    for (let t = 0; t < coalition.length; t++) {
      const i = coalition[t]!;
      const min = (v[i]! - baseU[i]!) / sc[i]!;
      floors[t] = min;
      bits[0] = min;
      hash = Math.imul(hash ^ kind[i]!, 0x85ebca6b);
      hash = Math.imul(hash ^ words[0]!, 0xc2b2ae35);
      hash = Math.imul(hash ^ words[1]!, 0x27d4eb2f);
    }
    if (v !== solvedAt) {
      solvedAt = v;
      solvedBefore = solved;
      solved = new Map();
    }
    let bucket = solved.get(hash);
    if (bucket) {
      for (const e of bucket) if (matches(e, j, coalition)) return e;
    } else solved.set(hash, (bucket = []));
    const before = solvedBefore.get(hash);
    if (before) {
      for (const e of before) {
        if (matches(e, j, coalition)) {
          bucket.push(e);
          return e;
        }
      }
    }
    const mins = floors.slice(0, coalition.length);
    const kinds = [kind[j]!];
    for (const i of coalition) kinds.push(kind[i]!);
    // The same programme at other floors (another v) left an optimal basis: go on from it.
    let finite = true;
    let shape = Math.imul(kind[j]! + 1, 0x9e3779b1);
    for (let t = 0; t < coalition.length; t++) {
      shape = Math.imul(shape ^ kind[coalition[t]!]!, 0x85ebca6b);
      if (!Number.isFinite(mins[t]!)) finite = false;
    }
    let shapeBucket = bases.get(shape);
    let basis: Basis | undefined;
    if (shapeBucket) for (const b of shapeBucket) if (sameKinds(b.kinds, kinds)) basis = b;
    let lp: LpSolution | undefined;
    let miss = 0;
    let chained = 0;
    let warmStamp = -1;
    if (basis && finite && basis.lineage < MAX_CHAINED_PIVOTS) {
      const before = pivotCount();
      const warm = solveFromBasis(basis.saved, fixedRows, basis.mins, mins);
      // Kept when optimal and meeting its rows; anything else is answered afresh, as before.
      const warmMiss = warm.status === 'optimal' ? missOf(warm.x, coalition, mins) : Infinity;
      if (warmMiss <= ROW_MISS) {
        lp = warm;
        miss = warmMiss;
        chained = pivotCount() - before;
        // Pivoted to in the shared tableau (a new basis to keep), or read from the kept basis alone (the shared tableau then holds nothing).
        if (chained > 0) warmStamp = tableauStamp();
      }
    }
    let stamp: number;
    if (lp) stamp = warmStamp;
    else {
      lp = solvePreparedFloors(fixedRows, c[j]!, 'maximize', c, coalition, mins);
      stamp = tableauStamp();
      miss = lp.status === 'optimal' ? missOf(lp.x, coalition, mins) : 0;
    }
    let pivot = LP_PRECISION;
    // An answer that misses its own rows was pivoted on rounding noise (STRICT_PIVOT): solved again
    // refusing small pivots, and kept if it misses less. Never so in the shipped models, whose answers
    // meet their rows to about 1e-11. (When the first answer is kept, its stamp is stale and `offer`
    // solves it again for the tie-break.)
    if (miss > ROW_MISS) {
      const strict = solvePreparedFloors(fixedRows, c[j]!, 'maximize', c, coalition, mins, [], LP_PRECISION, STRICT_PIVOT);
      if (strict.status === 'optimal' && missOf(strict.x, coalition, mins) < miss) (lp = strict), (pivot = STRICT_PIVOT), (stamp = tableauStamp());
    }
    const hit: Solved = { lp, kinds, mins, stamp, pivot };
    if (lp.status === 'optimal' && pivot === LP_PRECISION && finite) {
      if (stamp === tableauStamp()) {
        // A new optimal basis in the shared tableau (built afresh, or pivoted to): kept for this programme at the next v.
        const lineage = basis && stamp === warmStamp ? basis.lineage + chained : 0;
        if (!basis) {
          if (!shapeBucket) bases.set(shape, (shapeBucket = []));
          shapeBucket.push((basis = { kinds, mins, lineage, saved: saveTableau() }));
        } else {
          basis.saved = saveTableau(basis.saved);
          basis.mins = mins;
          basis.lineage = lineage;
        }
      }
      // Where the answer was read from the kept basis, that basis is still this programme's (at its own floors).
      hit.basis = basis;
    }
    bucket.push(hit);
    return hit;
  };
  /** How far x misses the budget, the unit bounds or the floors of `coalition` (in the programme's scaled units). */
  const missOf = (x: readonly number[], coalition: readonly number[], mins: readonly number[]): number => {
    let sum = 0;
    let miss = 0;
    for (let f = 0; f < kf; f++) {
      sum += sumRow.coef[f]! * x[f]!;
      miss = Math.max(miss, x[f]! - 1);
    }
    miss = Math.max(miss, Math.abs(sum - sumRow.equal!));
    for (let t = 0; t < coalition.length; t++) {
      const ci = c[coalition[t]!]!;
      let u = 0;
      for (let f = 0; f < kf; f++) u += ci[f]! * x[f]!;
      miss = Math.max(miss, mins[t]! - u);
    }
    return miss;
  };
  /** Every proposer's programme has the budget and the unit bounds, then one floor per coalition member. */
  const fixedRows = prepareRows(kf, [sumRow, ...upperRows]);
  /** The proposal that buys `coalition` (LP), with the votes it gets. Its arrays are shared between calls: read only. */
  const offer = (j: number, coalition: number[], v: readonly number[]): ProposalOption => {
    let x: number[];
    let utilities: number[];
    if (kf === 0) {
      x = toAllocation([]);
      utilities = utilitiesAt(priorities, x);
    } else {
      const s = proposerLp(j, coalition, v);
      if (!s.x) {
        const lp = s.lp;
        if (lp.status !== 'optimal') s.x = fallback.slice();
        else {
          // Among the proposer's optimal allocations, the one the board as a whole values most, so that
          // the proposal moves continuously with v (a vertex picked from a tied face can jump).
          // (Members of one kind have equal rows, so this coalition's rows are those the programme was solved with.)
          // The second programme goes on from the first one's optimal basis (a few pivots), solving the
          // first again when the shared tableau no longer holds it: started afresh, the second programme
          // could be judged infeasible where the first's optimum meets the floors only to rounding
          // (issue 25), and the tie-break was then silently lost.
          const slack = 1e-10 * Math.max(1, Math.abs(lp.value));
          if (s.stamp !== tableauStamp()) {
            // Its kept basis (perhaps since moved on to other floors) taken back to its own floors, or a fresh solve.
            if (s.basis) solveFromBasis(s.basis.saved, fixedRows, s.basis.mins, s.mins, true);
            else solvePreparedFloors(fixedRows, c[j]!, 'maximize', c, coalition, s.mins, [], LP_PRECISION, s.pivot);
          }
          const second = solveOnOptimalFace(c[j]!, lp.value, slack, secondary, LP_PRECISION, s.pivot);
          s.x = toAllocation(second.status === 'optimal' ? second.x : lp.x);
        }
        s.utilities = utilitiesAt(priorities, s.x);
      }
      x = s.x;
      utilities = s.utilities!;
    }
    const votesFor: number[] = [];
    for (let i = 0; i < n; i++) if (i === j || utilities[i]! >= v[i]! - 1e-9 * range[i]!) votesFor.push(i);
    return { allocation: x, utilities, coalition: sortedCopy(coalition), votesFor };
  };

  /** The proposer's utility from the best proposal that buys `coalition` (one LP, no tie-breaking). */
  const valueOf = (j: number, coalition: readonly number[], v: readonly number[]): number => {
    if (kf === 0) return utilitiesAt([priorities[j]!], toAllocation([]))[0]!;
    const lp = proposerLp(j, coalition, v).lp;
    return lp.status === 'optimal' ? baseU[j]! + sc[j]! * lp.value : -Infinity;
  };

  /**
   * The coalitions proposer j considers at v: the greedy cheapest-per-vote
   * coalition and, when members tie on cost at the margin, each cyclic
   * rotation of the tie group.
   */
  // Scratch of `candidates` (one call at a time): cost per vote by member, and which members are already ordered.
  const costs = new Float64Array(n);
  const taken = new Uint8Array(n);
  const candidates = (j: number, v: readonly number[]): number[][] => {
    const uIdeal = idealUtilities[j]!;
    const pool: number[] = [];
    for (let i = 0; i < n; i++) if (i !== j && votingWeights[i]! > 0) pool.push(i);
    // Cost per vote by member (members outside the pool are never looked up).
    for (let t = 0; t < pool.length; t++) {
      const i = pool[t]!;
      costs[i] = Math.max(0, v[i]! - uIdeal[i]!) / range[i]! / votingWeights[i]!;
      taken[i] = 0;
    }
    // Candidates in order of cost per vote, ties in cyclic order after the proposer: each pass takes the
    // cheapest member left, scanning those left in index order (as removing it from the pool would).
    const order: number[] = [];
    for (let left = pool.length; left > 0; left--) {
      let best = -1;
      for (let t = 0; t < pool.length; t++) {
        const i = pool[t]!;
        if (taken[i]) continue;
        if (best < 0) {
          best = i;
          continue;
        }
        const diff = costs[i]! - costs[best]!;
        if (diff < -1e-9 || (Math.abs(diff) <= 1e-9 && cyc(j, i) < cyc(j, best))) best = i;
      }
      taken[best] = 1;
      order.push(best);
    }
    /** Greedy fill along `seq` (read through `at`) until winning, then drop members not needed, dearest (latest) first. */
    const build = (length: number, at: (t: number) => number): number[] => {
      const coalition: number[] = [];
      let weight = votingWeights[j]!;
      for (let t = 0; t < length; t++) {
        if (weight >= quota) break;
        const i = at(t);
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
    const first = build(order.length, (t) => order[t]!);
    const out = [first];
    let marginal = -Infinity;
    for (const i of first) marginal = Math.max(marginal, costs[i]!);
    // The members tied at the margin, in order; the coalition is rebuilt with each rotation of them.
    const group: number[] = [];
    let start = -1;
    for (let t = 0; t < order.length; t++) {
      if (Math.abs(costs[order[t]!]! - marginal) <= 1e-9) {
        if (start < 0) start = t;
        group.push(order[t]!);
      }
    }
    if (first.length > 0 && group.some((i) => !first.includes(i))) {
      // Members before the first tied one, then the tied ones rotated, then the rest in order.
      const after: number[] = [];
      for (let t = start; t < order.length; t++) if (Math.abs(costs[order[t]!]! - marginal) > 1e-9) after.push(order[t]!);
      const g = group.length;
      for (let rot = 1; rot < g; rot++) {
        out.push(build(order.length, (t) => (t < start ? order[t]! : t < start + g ? group[(t - start + rot) % g]! : after[t - start - g]!)));
      }
    }
    return out;
  };

  /** A (possibly mixed) strategy profile: per proposer, coalitions and their probabilities. */
  type Profile = Array<{ proposer: number; coalitions: number[][]; probabilities: number[] }>;
  const keyOf = (c: readonly number[]): string => c.join(',');

  /** Coalitions each proposer has considered so far in this solve (its best response is a maximum over them). */
  const memory: Array<Map<string, number[]>> = Array.from({ length: n }, () => new Map());
  const remember = (j: number, c: number[]): void => {
    const key = keyOf(c);
    if (!memory[j]!.has(key)) memory[j]!.set(key, c);
  };
  const weightOf = (j: number, c: readonly number[]) => c.reduce((s, i) => s + votingWeights[i]!, votingWeights[j]!);
  /** Local search over winning coalitions by exchanging one member for another, while the proposer gains. */
  const localSearch = (j: number, start: number[], v: readonly number[]): number[] => {
    let cur = start;
    let curU = valueOf(j, cur, v);
    const outsiders = (c: readonly number[]) => {
      const o: number[] = [];
      for (let i = 0; i < n; i++) if (i !== j && votingWeights[i]! > 0 && !c.includes(i)) o.push(i);
      return o;
    };
    for (let pass = 0; pass < 4 * n; pass++) {
      let improved = false;
      for (const out of cur) {
        for (const inn of outsiders(cur)) {
          const cand: number[] = [];
          for (const i of cur) if (i !== out) cand.push(i);
          cand.push(inn);
          sortInPlace(cand);
          if (weightOf(j, cand) < quota) continue;
          const u = valueOf(j, cand, v);
          if (u > curU + 1e-12 * range[j]!) {
            cur = cand;
            curU = u;
            improved = true;
            break;
          }
        }
        if (improved) break;
      }
      if (!improved) break;
    }
    return cur;
  };

  /**
   * Proposer j's best responses at v: the best of the coalitions it has
   * considered (its greedy candidates at v added), improved by local search
   * when `search` is set; mixed uniformly when tied (within 1e-9 of its range).
   */
  const bestResponse = (j: number, v: readonly number[], search: boolean): Profile[number] => {
    for (const c of candidates(j, v)) remember(j, c);
    const scan = () => {
      const coals: number[][] = [];
      const opts: ProposalOption[] = [];
      // A coalition's offer costs a second programme (the tie-break), but its value to the proposer is, within
      // the programmes' accuracy, the first one's: offers worth clearly less than the best cannot be kept
      // (below), cannot be the best, and (being far from every better offer) cannot make a better one a
      // duplicate, so they are skipped. The margin is about 1e4 times the error of the programmes (1e-11 of
      // a line, 1e-10 relative in the tie-break); an infeasible first programme gives the fallback, and is
      // always evaluated.
      const all = [...memory[j]!.values()];
      const value: number[] = [];
      let top = -Infinity;
      const marginAt = (t: number) => 1e-9 * range[j]! + 1e-6 * (Math.abs(t) + sc[j]! * Math.max(1, kf));
      for (const c of all) {
        const u = kf === 0 ? NaN : valueOf(j, c, v);
        value.push(u);
        if (u > top) top = u;
        // An offer that may be kept is made while its first programme is still in the shared tableau,
        // so its tie-break needs no second solve of it (the same answer: see `offer`).
        if (kf > 0 && u !== -Infinity && u + marginAt(top) >= top && proposerLp(j, c, v).stamp === tableauStamp()) offer(j, c, v);
      }
      const margin = marginAt(top);
      // Coalitions that lead to the same allocation are one strategy.
      for (let t = 0; t < all.length; t++) {
        const c = all[t]!;
        const u = value[t]!;
        if (u !== -Infinity && u + margin < top) continue;
        const o = offer(j, c, v);
        if (opts.some((q) => q.allocation.every((x, l) => Math.abs(x - o.allocation[l]!) <= 1e-12 * U))) continue;
        coals.push(c);
        opts.push(o);
      }
      let best = -Infinity;
      let at = 0;
      opts.forEach((o, t) => {
        if (o.utilities[j]! > best) (best = o.utilities[j]!), (at = t);
      });
      return { coals, opts, best, at };
    };
    let r = scan();
    if (search) {
      const c = localSearch(j, r.coals[r.at]!, v);
      if (!memory[j]!.has(keyOf(c))) {
        remember(j, c);
        r = scan();
      }
    }
    const keep = r.coals.filter((_, t) => r.opts[t]!.utilities[j]! >= r.best - 1e-9 * range[j]!);
    return { proposer: j, coalitions: keep, probabilities: keep.map(() => 1 / keep.length) };
  };

  /** Proposals of a profile at v, expected utilities and the residual of the continuation values. */
  const evaluate = (profile: Profile, v: readonly number[]) => {
    const proposals: Proposal[] = [];
    const expected = new Array<number>(n).fill(0);
    const mean = new Array<number>(k).fill(0);
    for (const p of profile) {
      const options = p.coalitions.map((c) => offer(p.proposer, c, v));
      options.forEach((o, t) => {
        const r = rho[p.proposer]! * p.probabilities[t]!;
        for (let i = 0; i < n; i++) expected[i]! += r * o.utilities[i]!;
        for (let l = 0; l < k; l++) mean[l]! += r * o.allocation[l]!;
      });
      proposals.push({ proposer: p.proposer, ...options[0]!, options, probabilities: p.probabilities.slice() });
    }
    const target = expected.map((u, i) => origin[i]! + discount * (u - origin[i]!));
    let valueResidual = 0;
    for (let i = 0; i < n; i++) valueResidual = Math.max(valueResidual, Math.abs(target[i]! - v[i]!) / range[i]!);
    return { proposals, expected, target, valueResidual, mean };
  };

  /**
   * How far (v, profile) is from a stationary equilibrium: the larger of the
   * continuation-value residual and each proposer's regret (the utility it
   * forgoes, as a share of its range, by playing its worst option in the
   * support instead of the best coalition it can find at v).
   */
  const certify = (profile: Profile, v: readonly number[]) => {
    const ev = evaluate(profile, v);
    let regret = 0;
    const better: Array<{ p: number; coalition: number[] }> = [];
    profile.forEach((p, pi) => {
      const j = p.proposer;
      let worst = Infinity;
      let bestSupport = -Infinity;
      ev.proposals[pi]!.options.forEach((o, t) => {
        bestSupport = Math.max(bestSupport, o.utilities[j]!);
        if (p.probabilities[t]! > 1e-12) worst = Math.min(worst, o.utilities[j]!);
      });
      let best = bestSupport;
      const have = new Set(p.coalitions.map(keyOf));
      const top = p.coalitions[ev.proposals[pi]!.options.findIndex((o) => o.utilities[j]! === bestSupport)] ?? p.coalitions[0]!;
      remember(j, localSearch(j, top, v));
      for (const c of candidates(j, v)) remember(j, c);
      // A remembered coalition's key is its map key (remember): not joined again here.
      for (const [key, c] of memory[j]!) {
        if (have.has(key)) continue;
        const u = valueOf(j, c, v);
        if (u > best) best = u;
        if (u > worst + tol * range[j]!) better.push({ p: pi, coalition: c });
      }
      regret = Math.max(regret, (best - worst) / range[j]!);
    });
    return { ...ev, residual: Math.max(ev.valueResidual, regret), better };
  };

  /**
   * Solves the stationary conditions for a given support by Newton's method
   * (damped least squares): unknowns are the continuation values and each
   * mixing proposer's probabilities; equations are
   * v = origin + delta (E u - origin) and, for a mixing proposer, equal
   * utility from every coalition it mixes over. The Jacobian is exact in the
   * probabilities (the equations are linear in them) and by forward
   * differences in v, where only proposals whose coalition includes the
   * member moved need solving again. Probabilities stay in the simplex.
   */
  const newton = (profile: Profile, v0: readonly number[], impatient: boolean): { v: number[]; profile: Profile; steps: number; stalled: boolean } => {
    const mixers = profile.map((p, pi) => ({ pi, m: p.coalitions.length })).filter((x) => x.m > 1);
    const dim = n + mixers.reduce((s, x) => s + x.m - 1, 0);
    type State = { v: number[]; probs: number[][]; opts: ProposalOption[][] };
    const project = (v: number[], free: readonly number[]): State => {
      const probs = profile.map((p) => p.probabilities.slice());
      let o = 0;
      for (const { pi, m } of mixers) {
        const f = free.slice(o, o + m - 1).map((x) => Math.min(1, Math.max(0, x)));
        o += m - 1;
        const s = f.reduce((a, b) => a + b, 0);
        const g = s > 1 ? f.map((x) => x / s) : f;
        probs[pi] = [Math.max(0, 1 - g.reduce((a, b) => a + b, 0)), ...g];
      }
      return { v, probs, opts: profile.map((p) => p.coalitions.map((c) => offer(p.proposer, c, v))) };
    };
    const freeOf = (st: State) => mixers.flatMap(({ pi, m }) => st.probs[pi]!.slice(1, m));
    const residuals = (v: readonly number[], probs: readonly number[][], opts: readonly ProposalOption[][]): number[] => {
      const expected = new Array<number>(n).fill(0);
      profile.forEach((p, pi) => {
        const r = rho[p.proposer]!;
        opts[pi]!.forEach((o, t) => {
          const w = r * probs[pi]![t]!;
          if (w !== 0) for (let i = 0; i < n; i++) expected[i]! += w * o.utilities[i]!;
        });
      });
      const out = v.map((vi, i) => (vi - origin[i]! - discount * (expected[i]! - origin[i]!)) / range[i]!);
      for (const { pi } of mixers) {
        const os = opts[pi]!;
        const j = profile[pi]!.proposer;
        for (let t = 1; t < os.length; t++) out.push((os[t]!.utilities[j]! - os[0]!.utilities[j]!) / range[j]!);
      }
      return out;
    };
    const norm = (f: readonly number[]) => f.reduce((s, x) => Math.max(s, Math.abs(x)), 0);
    const norm2 = (f: readonly number[]) => f.reduce((s, x) => s + x * x, 0);
    let st = project(v0.slice(), mixers.flatMap(({ pi, m }) => profile[pi]!.probabilities.slice(1, m)));
    let f = residuals(st.v, st.probs, st.opts);
    let lambda = 1e-10;
    let steps = 0;
    const jacobian = (st: State, f: readonly number[]): number[][] => {
      const jac: number[][] = f.map(() => new Array<number>(dim).fill(0));
      for (let col = 0; col < n; col++) {
        const h = 1e-7 * range[col]!;
        const vc = st.v.slice();
        vc[col]! += h;
        const opts = st.opts.map((os, pi) => (os.some((_, t) => profile[pi]!.coalitions[t]!.includes(col)) ? profile[pi]!.coalitions.map((c, t) => (c.includes(col) ? offer(profile[pi]!.proposer, c, vc) : os[t]!)) : os));
        const fc = residuals(vc, st.probs, opts);
        for (let r = 0; r < f.length; r++) jac[r]![col] = (fc[r]! - f[r]!) / h;
      }
      let col = n;
      for (const { pi, m } of mixers) {
        const os = st.opts[pi]!;
        const r = rho[profile[pi]!.proposer]!;
        for (let t = 1; t < m; t++, col++) {
          for (let i = 0; i < n; i++) jac[i]![col] = (-discount * r * (os[t]!.utilities[i]! - os[0]!.utilities[i]!)) / range[i]!;
        }
      }
      return jac;
    };
    // The equations are piecewise linear in v: a Jacobian stays exact until a step fails (chord method).
    let jac: number[][] | null = null;
    /** Accepted steps running that left more than SLOW_STEP_RATIO of the residual (see FAST_CONTRACTION). */
    let slow = 0;
    let stalled = false;
    for (; steps < newtonSteps && norm(f) > tol / 10; steps++) {
      const before = norm(f);
      const fresh = !jac;
      if (!jac) jac = jacobian(st, f);
      let accepted = false;
      for (let attempt = 0; attempt < 4 && !accepted; attempt++) {
        if (attempt > 0 && !fresh && attempt === 1) jac = jacobian(st, f);
        const dz = dampedLeastSquaresStep(jac!, f, lambda);
        if (dz) {
          const free = freeOf(st);
          for (let t = 1; t >= 1 / 16; t /= 2) {
            const trial = project(
              st.v.map((x, i) => x + t * dz[i]!),
              free.map((x, q) => x + t * dz[n + q]!),
            );
            const ft = residuals(trial.v, trial.probs, trial.opts);
            if (norm2(ft) < norm2(f)) {
              // A Jacobian from the right linear piece solves the equations in one step. One that cuts the
              // residual by less than ten times is from another piece (the root sits at a kink, where a
              // proposal changes vertex): Broyden's update corrects it along the step taken, which
              // converges across the kink where a fresh one-sided Jacobian keeps bouncing.
              if (norm(ft) > PIECE_CHANGE_RATIO * norm(f)) {
                const step = [...trial.v.map((x, i) => x - st.v[i]!), ...freeOf(trial).map((x, q) => x - free[q]!)];
                const ss = norm2(step);
                if (ss > 0) {
                  for (let r = 0; r < f.length; r++) {
                    const row = jac![r]!;
                    let predicted = 0;
                    for (let q = 0; q < dim; q++) predicted += row[q]! * step[q]!;
                    const gap = (ft[r]! - f[r]! - predicted) / ss;
                    for (let q = 0; q < dim; q++) row[q]! += gap * step[q]!;
                  }
                }
              }
              st = trial;
              f = ft;
              accepted = true;
              break;
            }
          }
        }
        lambda = accepted ? Math.max(1e-12, lambda / 10) : lambda * 1e3;
      }
      if (!accepted) break;
      slow = norm(f) > SLOW_STEP_RATIO * before ? slow + 1 : 0;
      if (impatient && slow >= SLOW_STEPS) {
        steps++;
        stalled = true;
        break;
      }
    }
    return { v: st.v, profile: profile.map((p, pi) => ({ ...p, probabilities: st.probs[pi]! })), steps, stalled };
  };

  let v = origin.slice();
  if (options.start) {
    for (let i = 0; i < n; i++) {
      const z = options.start[i];
      if (z !== undefined && Number.isFinite(z)) v[i] = Math.max(origin[i]!, umin[i]! + Math.min(1, Math.max(0, z)) * range[i]!);
    }
  }
  let iterations = 0;
  type Found = ReturnType<typeof certify> & { v: number[]; profile: Profile };
  let found: Found | undefined;
  const consider = (profile: Profile, values: readonly number[]): Found => {
    const c = { ...certify(profile, values), v: values.slice(), profile };
    if (!found || c.residual < found.residual) found = c;
    return c;
  };
  /** Newton from a support, widened (up to twice) by coalitions that beat it; `impatient`: see FAST_CONTRACTION. */
  const solveFrom = (profile: Profile, values: readonly number[], impatient: boolean): boolean => {
    let prof = profile;
    let start = values;
    for (let round = 0; round < 3; round++) {
      const r = newton(prof, start, impatient);
      iterations += r.steps;
      const c = consider(r.profile, r.v);
      if (c.residual <= tol) return true;
      // A round given up as stalled is not widened: the iteration it interrupted is the cheaper way on.
      if (c.better.length === 0 || round === 2 || r.stalled) return false;
      // Add the better coalitions to the support and solve again.
      prof = r.profile.map((p) => ({ ...p, coalitions: p.coalitions.slice(), probabilities: p.probabilities.slice() }));
      for (const b of c.better) {
        const p = prof[b.p]!;
        if (p.coalitions.some((x) => keyOf(x) === keyOf(b.coalition))) continue;
        p.coalitions.push(b.coalition);
        p.probabilities.push(0.5 / p.coalitions.length);
        const s = p.probabilities.reduce((a, x) => a + x, 0);
        p.probabilities = p.probabilities.map((x) => x / s);
      }
      start = r.v;
    }
    return false;
  };
  const supportKey = (profile: Profile) => profile.map((p) => p.coalitions.map(keyOf).join('|')).join(';');

  // Phase 1: best-response iteration on v (exact in a few steps on symmetric games). While the
  // coalitions played stay the same it contracts like the discount factor, so it runs on until
  // converged or out of iterations; if they keep changing (a cycle) it gives way to phase 2.
  let stable = 0;
  let lastSupport = '';
  let triedNewton = false;
  /** The value residual of the iteration before (how fast the iteration contracts: FAST_CONTRACTION). */
  let lastResidual = Infinity;
  const changes: boolean[] = [];
  const phase2 = Math.min(90, maxIterations);
  const phase1 = Math.max(0, maxIterations - phase2);
  let done = false;
  for (let it = 0; it < phase1 && !done; it++) {
    iterations++;
    const profile: Profile = [];
    for (let j = 0; j < n; j++) if (rho[j]! > 0) profile.push(bestResponse(j, v, it === 0));
    const ev = evaluate(profile, v);
    if (ev.valueResidual <= tol) {
      done = consider(profile, v).residual <= tol;
      if (done) break;
    }
    const key = supportKey(profile);
    changes.push(key !== lastSupport);
    stable = key === lastSupport ? stable + 1 : 0;
    lastSupport = key;
    // The same support twice running: solve its stationary conditions directly.
    const contraction = ev.valueResidual / lastResidual;
    lastResidual = ev.valueResidual;
    if (stable >= 1 && !triedNewton) {
      triedNewton = true;
      if (solveFrom(profile, v, contraction <= FAST_CONTRACTION)) {
        done = true;
        break;
      }
    }
    if (it >= 30 && changes.slice(-10).filter(Boolean).length >= 2) break;
    v = ev.target;
  }
  if (!done) {
    // Phase 2: averaged best responses (fictitious play on v) reveal the coalitions proposers mix over.
    const counts = new Map<number, Map<string, { coalition: number[]; weight: number }>>();
    for (let t = 1; t <= phase2; t++) {
      iterations++;
      const profile: Profile = [];
      for (let j = 0; j < n; j++) if (rho[j]! > 0) profile.push(bestResponse(j, v, t % 5 === 0));
      const ev = evaluate(profile, v);
      if (t > phase2 / 2) {
        for (const p of profile) {
          const m = counts.get(p.proposer) ?? new Map();
          counts.set(p.proposer, m);
          p.coalitions.forEach((c, q) => {
            const e = m.get(keyOf(c)) ?? { coalition: c, weight: 0 };
            e.weight += p.probabilities[q]!;
            m.set(keyOf(c), e);
          });
        }
      }
      v = v.map((vi, i) => vi + (ev.target[i]! - vi) / (t + 1));
    }
    if (counts.size > 0) {
      const profile: Profile = [...counts.entries()].map(([j, m]) => {
        const es = [...m.values()].sort((a, b) => b.weight - a.weight);
        const total = es.reduce((s, e) => s + e.weight, 0);
        return { proposer: j, coalitions: es.map((e) => e.coalition), probabilities: es.map((e) => e.weight / total) };
      });
      solveFrom(profile, v, false);
    }
  }
  const best = found!;
  // Options never played are left out of the strategies reported.
  const proposals: Proposal[] = best.proposals.map((p) => {
    const live = p.options.map((o, t) => ({ o, w: p.probabilities[t]! })).filter((x) => x.w > 1e-12);
    const s = live.reduce((a, x) => a + x.w, 0);
    // Offers share their arrays within the solve (see `offer`): the caller gets its own.
    const options = live.map(({ o }) => ({ ...o, allocation: o.allocation.slice(), utilities: o.utilities.slice() }));
    return { proposer: p.proposer, ...options[0]!, options, probabilities: live.map((x) => x.w / s) };
  });
  // Certified against what the linear programmes can resolve (see `certify`), not the tighter search target.
  const converged = best.residual <= (options.certify ?? 1e-8);
  const continuationShares = best.v.map((vi, i) => (vi - umin[i]!) / range[i]!);
  return { proposals, continuationValues: best.v, expectedUtilities: best.expected, iterations, converged, residual: best.residual, continuationShares };
}


/**
 * A coalition's members in increasing order, as a new array: insertion sort, which on these short
 * lists of distinct indices gives what `slice().sort((a, b) => a - b)` gives without a comparator
 * call per comparison (sorting every offer's coalition was about a twentieth of a late-year solve).
 */
function sortedCopy(c: readonly number[]): number[] {
  return sortInPlace(c.slice());
}

/** Sorts short lists of distinct indices in increasing order, in place (see {@link sortedCopy}); returns the list. */
function sortInPlace(out: number[]): number[] {
  for (let t = 1; t < out.length; t++) {
    const x = out[t]!;
    let u = t - 1;
    while (u >= 0 && out[u]! > x) {
      out[u + 1] = out[u]!;
      u--;
    }
    out[u + 1] = x;
  }
  return out;
}

/** Orders coalitions (sorted member indices) lexicographically, shorter first on a common prefix. */
function compareCoalitions(a: readonly number[], b: readonly number[]): number {
  for (let t = 0; t < Math.min(a.length, b.length); t++) if (a[t] !== b[t]) return a[t]! - b[t]!;
  return a.length - b.length;
}
