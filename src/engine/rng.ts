/**
 * Seeded random streams (MODEL.md §7). Each purpose, and where it matters each
 * organisation, has its own independent generator, derived from the run seed
 * and a label. Adding a draw in one submodel therefore shifts no other, and
 * two scenarios run with one seed see the same demand and events (common
 * random numbers).
 */
import seedrandom from 'seedrandom';

/** A source of uniform numbers in [0, 1). Its `state()` is plain data from which {@link restoreStream} rebuilds it (checkpoints). */
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

/** Creates the stream for a purpose and an optional entity label. Alea: fast and platform independent. */
export function stream(seed: string | number, purpose: StreamPurpose, entity = ''): Rng {
  return seedrandom.alea(`icsim|${seed}|${purpose}|${entity}`, { state: true }) as unknown as Rng;
}

/** Rebuilds a stream from a saved state: it continues exactly where the saved one was. */
export function restoreStream(state: RngState): Rng {
  return seedrandom.alea('', { state: { ...state } }) as unknown as Rng;
}

/** A standard normal draw (Box-Muller, one value per pair of uniforms for stream stability). */
export function normal(rng: Rng): number {
  let u = rng();
  if (u < 1e-300) u = 1e-300;
  const v = rng();
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
}

/** A log-normal multiplier with median 1 and log-sd `sigma`. */
export function lognormal(rng: Rng, sigma: number): number {
  return sigma === 0 ? (rng(), rng(), 1) : Math.exp(sigma * normal(rng));
}
