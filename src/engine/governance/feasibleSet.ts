/**
 * The set of allocations a board may choose from (docs/ODD.md §7.11):
 * X = { x : sum x = envelope, lo <= x <= hi }, a box cut by one hyperplane.
 * Bounds come from last year's allocation (contracts and fixed costs cannot
 * move overnight) and statutory floors (the mental health investment
 * standard: NHS England, "Mental Health Investment Standard (MHIS)
 * categorisation guidance", 2019: mental health spending must grow at least
 * as fast as the allocation).
 */
import { LINES } from '../lines.ts';

/** An allocation polytope: lines sum to `envelope`, each within [lo, hi]. */
export interface AllocationBox {
  envelope: number;
  lo: readonly number[];
  hi: readonly number[];
}

/** Index of the mental health line in {@link LINES} order. */
export const MENTAL_HEALTH_LINE = LINES.indexOf('mentalHealth');

/** Inputs for {@link feasibleSet}. */
export interface FeasibleSetInput {
  /** Last year's allocation per line (in {@link LINES} order, or any order used consistently). */
  last: readonly number[];
  /** This year's envelope. */
  envelope: number;
  /** Maximum change per line as a share of last year's amount scaled to the new envelope (one value, or one per line); >= 0. */
  maxChangeShare: number | readonly number[];
  /**
   * Lines whose amount must grow at least as fast as the envelope (their
   * lower bound is last year's amount scaled to the new envelope). Default:
   * the mental health line (the mental health investment standard).
   */
  floorLines?: readonly number[];
  /** Optional absolute minimum per line (e.g. a ring-fence), applied after the change limits. */
  minimum?: readonly number[];
}

/** Bounds for next year's allocation. */
export interface FeasibleSet extends AllocationBox {
  /** Last year's allocation scaled to the new envelope (sums to the envelope): the natural status quo. */
  rolledForward: number[];
  /** Whether bounds had to be relaxed so that sum lo <= envelope <= sum hi: 'none', 'lower' or 'upper'. */
  relaxed: 'none' | 'lower' | 'upper';
}

/**
 * Last year's allocation scaled to a new envelope, keeping last year's
 * shares (equal shares if last year's total was zero).
 */
export function rollForward(last: readonly number[], envelope: number): number[] {
  const total = last.reduce((a, b) => a + b, 0);
  if (!(total > 0)) return last.map(() => envelope / last.length);
  return last.map((v) => (v * envelope) / total);
}

/**
 * Bounds for next year's allocation. Each line j may move by at most
 * m_j times its rolled-forward amount c_j = last_j * E / sum(last):
 * lo_j = c_j (1 - m_j), hi_j = c_j (1 + m_j) (lo_j >= 0). Floor lines get
 * lo_j = max(lo_j, c_j): they grow at least with the envelope. `minimum`
 * raises lower bounds further (and upper bounds with them where needed).
 *
 * The rolled-forward allocation always lies inside the change limits, so X
 * is non-empty unless `minimum` asks for more than the envelope. If sum lo >
 * E, every lower bound is cut by the same proportion (lo_j * E / sum lo: the
 * floors give way pro rata, and X is the single point lo); if sum hi < E,
 * every upper bound is raised by the same proportion. `relaxed` reports which.
 */
export function feasibleSet(input: FeasibleSetInput): FeasibleSet {
  const { last, envelope } = input;
  const k = last.length;
  if (k === 0) throw new RangeError('feasibleSet needs at least one line');
  if (!(envelope >= 0) || !Number.isFinite(envelope)) throw new RangeError(`envelope ${envelope} must be finite and non-negative`);
  last.forEach((v, j) => {
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`last year's amount for line ${j} is ${v}; must be finite and non-negative`);
  });
  const m = typeof input.maxChangeShare === 'number' ? last.map(() => input.maxChangeShare as number) : input.maxChangeShare;
  if (m.length !== k) throw new RangeError(`maxChangeShare has ${m.length} values for ${k} lines`);
  m.forEach((v, j) => {
    if (!(v >= 0) || !Number.isFinite(v)) throw new RangeError(`maxChangeShare for line ${j} is ${v}; must be finite and non-negative`);
  });
  const c = rollForward(last, envelope);
  const lo = c.map((v, j) => Math.max(0, v * (1 - m[j]!)));
  const hi = c.map((v, j) => v * (1 + m[j]!));
  for (const j of input.floorLines ?? [MENTAL_HEALTH_LINE]) {
    if (!Number.isInteger(j) || j < 0 || j >= k) throw new RangeError(`floor line ${j} is not a line index`);
    lo[j] = Math.max(lo[j]!, c[j]!);
  }
  if (input.minimum) {
    if (input.minimum.length !== k) throw new RangeError(`minimum has ${input.minimum.length} values for ${k} lines`);
    input.minimum.forEach((v, j) => {
      lo[j] = Math.max(lo[j]!, v);
      hi[j] = Math.max(hi[j]!, lo[j]!);
    });
  }
  let relaxed: FeasibleSet['relaxed'] = 'none';
  const sumLo = lo.reduce((a, b) => a + b, 0);
  const sumHi = hi.reduce((a, b) => a + b, 0);
  if (sumLo > envelope) {
    relaxed = 'lower';
    for (let j = 0; j < k; j++) lo[j] = (lo[j]! * envelope) / sumLo;
  } else if (sumHi < envelope) {
    relaxed = 'upper';
    if (sumHi > 0) for (let j = 0; j < k; j++) hi[j] = (hi[j]! * envelope) / sumHi;
    else for (let j = 0; j < k; j++) hi[j] = envelope / k;
  }
  return { envelope, lo, hi, rolledForward: c, relaxed };
}

/**
 * Checks an allocation box: matching lengths, finite bounds with
 * lo <= hi, and sum lo <= envelope <= sum hi (within a relative 1e-9).
 * Throws a RangeError naming the problem.
 */
export function validateBox(box: AllocationBox, lines?: number): void {
  const { envelope, lo, hi } = box;
  const k = lo.length;
  if (k === 0) throw new RangeError('an allocation needs at least one line');
  if (hi.length !== k) throw new RangeError(`lo has ${k} lines but hi has ${hi.length}`);
  if (lines !== undefined && k !== lines) throw new RangeError(`the bounds have ${k} lines; expected ${lines}`);
  if (!Number.isFinite(envelope)) throw new RangeError(`envelope ${envelope} is not finite`);
  let sLo = 0;
  let sHi = 0;
  for (let j = 0; j < k; j++) {
    const a = lo[j]!;
    const b = hi[j]!;
    if (!Number.isFinite(a) || !Number.isFinite(b) || a > b) throw new RangeError(`line ${j} has bounds [${a}, ${b}]`);
    sLo += a;
    sHi += b;
  }
  const tol = 1e-9 * Math.max(Math.abs(envelope), sHi - sLo, Number.MIN_VALUE);
  if (envelope < sLo - tol || envelope > sHi + tol) {
    throw new RangeError(`no allocation fits: the envelope ${envelope} is outside [sum lo, sum hi] = [${sLo}, ${sHi}]`);
  }
}
