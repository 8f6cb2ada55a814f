/**
 * The design of a sensitivity analysis: which method, which parameters over
 * which ranges, and the unit design (`src/stats`) mapped onto those ranges.
 * Pure (no node:*), so the command line (`icsim sensitivity`, through
 * sensitivityPlan.ts) and the page's Sensitivity panel build the same
 * design points from the same specification.
 */
import { morrisDesign, sobolDesign } from '../stats/index.ts';
import { valueOf, type RangedParameter } from './parameterSpace.ts';

/** The methods of analysis. */
export type SensitivityMethod = 'morris' | 'sobol';

/** What the analysis of a sensitivity sweep needs, kept in its header. */
export interface SensitivitySpec {
  method: SensitivityMethod;
  params: RangedParameter[];
  /** Metrics analysed by default (flattened summary columns). */
  metrics: string[];
  /** Morris: trajectories and grid levels. */
  trajectories: number | null;
  levels: number | null;
  /** Sobol': rows of A and B. */
  n: number | null;
  /** Seed of the unit design (the sweep seed). */
  seed: string | number;
}

/** The unit design of a specification. */
export function unitDesign(spec: SensitivitySpec): number[][] {
  const dims = spec.params.length;
  if (spec.method === 'morris') return morrisDesign({ dims, trajectories: spec.trajectories!, levels: spec.levels!, seed: spec.seed });
  return sobolDesign({ dims, n: spec.n!, seed: spec.seed });
}

/** The parameter values of a unit design point. */
export function pointValues(params: readonly RangedParameter[], u: readonly number[]): number[] {
  return params.map((p, i) => valueOf(p, u[i]!));
}
