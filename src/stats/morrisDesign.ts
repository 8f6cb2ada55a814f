/**
 * Morris's elementary-effects design (Morris 1991, Technometrics 33(2):
 * 161-174): `trajectories` random one-at-a-time paths through a grid of
 * `levels` levels in the unit cube. Each path starts at a random grid point
 * and moves every input once, in random order, by Δ = levels / (2 (levels -
 * 1)) up or down, so it has dims + 1 points.
 */
import seedrandom from 'seedrandom';

/** Options of a Morris design. */
export interface MorrisDesignOptions {
  /** Number of inputs. */
  dims: number;
  /** Number of trajectories (paths); 10 to 50 is usual. */
  trajectories: number;
  /** Grid levels, an even number (default 4, Saltelli et al. 2004). */
  levels?: number;
  /** Seed of the design's random stream. */
  seed: string | number;
}

/** The step of a Morris design with `levels` levels. */
export function morrisDelta(levels: number): number {
  return levels / (2 * (levels - 1));
}

/** Checks the shared options of the Morris design and analysis. */
export function checkMorrisOptions(dims: number, levels: number): void {
  if (!Number.isInteger(dims) || dims < 1) throw new RangeError(`Morris: dims ${dims}: expected a whole number of at least 1`);
  if (!Number.isInteger(levels) || levels < 2 || levels % 2 !== 0) throw new RangeError(`Morris: levels ${levels}: expected an even whole number of at least 2`);
}

/**
 * A Morris design.
 * @returns `trajectories × (dims + 1)` points in [0, 1]^dims, one trajectory after another
 * @throws RangeError for bad options
 */
export function morrisDesign(options: MorrisDesignOptions): number[][] {
  const { dims, trajectories, seed } = options;
  const levels = options.levels ?? 4;
  checkMorrisOptions(dims, levels);
  if (!Number.isInteger(trajectories) || trajectories < 1) throw new RangeError(`Morris: trajectories ${trajectories}: expected a whole number of at least 1`);
  const random = seedrandom.alea(`icsim-morris|${seed}`);
  const delta = morrisDelta(levels);
  // Start levels: those from which a step of Δ up stays in the cube (levels / 2 of them).
  const starts = levels / 2;
  const out: number[][] = [];
  for (let t = 0; t < trajectories; t++) {
    const x = new Array<number>(dims);
    const up = new Array<boolean>(dims);
    for (let i = 0; i < dims; i++) {
      const base = Math.floor(random() * starts) / (levels - 1);
      up[i] = random() < 0.5;
      x[i] = up[i] ? base : base + delta;
    }
    const order = Array.from({ length: dims }, (_, i) => i);
    for (let i = dims - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j]!, order[i]!];
    }
    out.push(x.map(tidy));
    for (const i of order) {
      x[i] = up[i] ? x[i]! + delta : x[i]! - delta;
      out.push(x.map(tidy));
    }
  }
  return out;
}

/** Removes binary noise so that grid points are exact (e.g. 1/3 + 2/3 = 1). */
function tidy(v: number): number {
  return Math.min(1, Math.max(0, Number(v.toPrecision(14))));
}
