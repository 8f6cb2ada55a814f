/**
 * Morris's elementary effects and their summaries: mu (mean effect), mu*
 * (mean absolute effect; Campolongo, Cariboni and Saltelli 2007, Environ.
 * Model. Softw. 22:1509-1518) and sigma (their standard deviation: a large
 * sigma signals interactions or non-linearity), with a bootstrap interval of
 * mu* over trajectories' effects.
 */
import { bootstrapHalfWidths, type BootstrapOptions } from './bootstrap.ts';
import { checkMorrisOptions, morrisDelta } from './morrisDesign.ts';

/** Options of a Morris analysis. */
export interface MorrisIndicesOptions extends Omit<BootstrapOptions, 'level'> {
  dims: number;
  /** The design's levels (default 4). */
  levels?: number;
}

/** The Morris measures, one entry per input. */
export interface MorrisIndices {
  mu: number[];
  muStar: number[];
  sigma: number[];
  /** 95% bootstrap half-width of mu*. */
  muStarConf: number[];
}

/**
 * The elementary effects of each input: (y after - y before) / step, the step
 * being the signed change of the input in the unit cube. Steps whose outputs
 * are not finite numbers are skipped.
 * @throws RangeError when the design is not a Morris design
 */
export function elementaryEffects(design: readonly (readonly number[])[], y: readonly number[], dims: number, levels: number): number[][] {
  checkMorrisOptions(dims, levels);
  const per = dims + 1;
  if (design.length !== y.length) throw new RangeError(`Morris: ${design.length} design points but ${y.length} outputs`);
  if (design.length === 0 || design.length % per !== 0) throw new RangeError(`Morris: ${design.length} points is not a whole number of trajectories of ${per} points`);
  const delta = morrisDelta(levels);
  const effects: number[][] = Array.from({ length: dims }, () => []);
  for (let start = 0; start < design.length; start += per) {
    for (let j = start; j < start + dims; j++) {
      const a = design[j]!;
      const b = design[j + 1]!;
      let moved = -1;
      for (let i = 0; i < dims; i++) {
        if (Math.abs(b[i]! - a[i]!) > 1e-12) {
          if (moved >= 0) throw new RangeError(`Morris: points ${j} and ${j + 1} differ in more than one input`);
          moved = i;
        }
      }
      if (moved < 0) throw new RangeError(`Morris: points ${j} and ${j + 1} are equal`);
      const step = b[moved]! - a[moved]!;
      if (Math.abs(Math.abs(step) - delta) > 1e-9) throw new RangeError(`Morris: points ${j} and ${j + 1} differ by ${step}, not ±${delta} (levels ${levels})`);
      const d = y[j + 1]! - y[j]!;
      if (Number.isFinite(d)) effects[moved]!.push(d / step);
    }
  }
  return effects;
}

const mean = (v: readonly number[]) => (v.length ? v.reduce((s, x) => s + x, 0) / v.length : NaN);
function sd(v: readonly number[]): number {
  if (v.length < 2) return NaN;
  const m = mean(v);
  return Math.sqrt(v.reduce((s, x) => s + (x - m) ** 2, 0) / (v.length - 1));
}

/**
 * The Morris measures of a design and its outputs.
 * @throws RangeError when the design is not a Morris design of `dims` inputs
 */
export function morrisIndices(design: readonly (readonly number[])[], y: readonly number[], options: MorrisIndicesOptions): MorrisIndices {
  const levels = options.levels ?? 4;
  const effects = elementaryEffects(design, y, options.dims, levels);
  const muStarConf = effects.map((ee, i) => {
    const abs = ee.map(Math.abs);
    return bootstrapHalfWidths(abs.length, (idx) => [mean(Array.from(idx, (k) => abs[k]!))], { ...options, seed: `${options.seed ?? 'morris'}|${i}` })[0] ?? NaN;
  });
  return {
    mu: effects.map(mean),
    muStar: effects.map((ee) => mean(ee.map(Math.abs))),
    sigma: effects.map(sd),
    muStarConf,
  };
}
