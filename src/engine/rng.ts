/**
 * Seeded random streams (docs/ODD.md §4, Stochasticity). Each purpose, and where it matters each
 * organisation, has its own independent generator, derived from the run seed
 * and a label. Adding a draw in one submodel therefore shifts no other, and
 * two scenarios run with one seed see the same demand and events (common
 * random numbers).
 */

/** A source of uniform numbers in [0, 1). Its `state()` is plain data, which {@link openStream} keeps and {@link uniform} advances. */
export interface Rng {
  (): number;
  state?: () => RngState;
}

/** The internal state of an Alea generator: plain numbers. */
export interface RngState {
  c: number;
  s0: number;
  s1: number;
  s2: number;
}

/** Purposes with a stream of their own. */
export type StreamPurpose = 'generation' | 'demand' | 'events' | 'negotiation' | 'voice' | 'attendance' | 'costs' | 'accountability' | 'leaders';

/** Alea's scale from a 32-bit integer to [0, 1): 2^-32 (an identity of the algorithm, not a model parameter). */
const TWO_POW_M32 = 2 ** -32;
/** Mash's multiplier and starting value, as Baagøe's Mash (seedrandom 3.0.5, lib/alea.js) has them (algorithm constants). */
const MASH_MULTIPLIER = 0.02519603282416938;
const MASH_START = 0xefc8249d;

/** Feeds `data` to Mash from state `n` and returns the new state, exactly as seedrandom's `Mash()` closure advances it. */
function mash(n: number, data: string): number {
  for (let i = 0; i < data.length; i++) {
    n += data.charCodeAt(i);
    let h = MASH_MULTIPLIER * n;
    n = h >>> 0;
    h -= n;
    h *= n;
    n = h >>> 0;
    h -= n;
    n += h * 0x100000000;
  }
  return n;
}

/**
 * The state seedrandom's `alea(label)` starts from, computed directly: a run
 * opens thousands of streams (England: a few for each of 6,500 practices),
 * and building a seedrandom generator for each, with its closures, cost about
 * 5% of a run. Same arithmetic in the same order, so the same bits
 * (tests/engine/rng.test.ts checks it against seedrandom for many labels).
 * Each call to seedrandom's `mash` returns its state as a number in [0, 1).
 */
function seedState(label: string): RngState {
  let n = MASH_START;
  const next = (data: string): number => {
    n = mash(n, data);
    return (n >>> 0) * TWO_POW_M32;
  };
  let s0 = next(' ');
  let s1 = next(' ');
  let s2 = next(' ');
  s0 -= next(label);
  if (s0 < 0) s0 += 1;
  s1 -= next(label);
  if (s1 < 0) s1 += 1;
  s2 -= next(label);
  if (s2 < 0) s2 += 1;
  return { c: 1, s0, s1, s2 };
}

/** Creates the stream for a purpose and an optional entity label. Alea: fast and platform independent. */
export function stream(seed: string | number, purpose: StreamPurpose, entity = ''): Rng {
  const st = seedState(`icsim|${seed}|${purpose}|${entity}`);
  const next = (() => uniform(st)) as Rng;
  next.state = () => ({ c: st.c, s0: st.s0, s1: st.s1, s2: st.s2 });
  return next;
}

/**
 * A random stream held as plain data (the run state keeps these, not
 * closures, so that a run can be saved, cloned and compared): the four
 * numbers of an Alea generator. {@link uniform} advances it in place.
 */
export type RandomStream = RngState;

/** Opens the stream for a purpose and entity as plain data; it draws exactly what {@link stream} would. */
export function openStream(seed: string | number, purpose: StreamPurpose, entity = ''): RandomStream {
  return seedState(`icsim|${seed}|${purpose}|${entity}`);
}

/**
 * The next uniform number in [0, 1) of a plain-data stream, advancing it.
 * Baagøe's Alea step, as seedrandom 3.0.5 computes it (lib/alea.js), so a
 * plain stream and a seedrandom generator from the same seed agree bit for bit.
 */
export function uniform(st: RandomStream): number {
  // Alea's multiplier (2091639) and carry scale (2^-32) are the algorithm's own constants, not model parameters.
  const t = 2091639 * st.s0 + st.c * TWO_POW_M32;
  st.s0 = st.s1;
  st.s1 = st.s2;
  st.c = t | 0;
  st.s2 = t - st.c;
  return st.s2;
}

/** A generator function or a plain-data stream. */
export type RandomSource = Rng | RandomStream;

function draw(r: RandomSource): number {
  return typeof r === 'function' ? r() : uniform(r);
}

/** A standard normal draw (Box-Muller, one value per pair of uniforms for stream stability). */
export function normal(rng: RandomSource): number {
  let u = draw(rng);
  if (u < 1e-300) u = 1e-300;
  const v = draw(rng);
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal multiplier with median 1 and log-sd `sigma`. */
export function lognormal(rng: RandomSource, sigma: number): number {
  return sigma === 0 ? (draw(rng), draw(rng), 1) : Math.exp(sigma * normal(rng));
}
