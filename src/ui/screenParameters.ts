/**
 * The sets of parameters the page's Sensitivity panel offers, each with the
 * plausible ranges `icsim sensitivity` uses (src/sweep/parameterSpace.ts):
 * the parameters with a documented range, or every parameter under a
 * prefix, as `--group PREFIX` gives them.
 */
import { getPath } from '../engine/index.ts';
import { numericFields, parameterGroup, PLAUSIBLE_RANGES, rangeAt, type RangedParameter } from '../sweep/parameterSpace.ts';

/** One set of parameters: an id (`documented`, or a `--group` prefix) and its label. */
export interface ParameterSet {
  id: string;
  label: string;
}

/** The id of the set of parameters with a documented range. */
export const DOCUMENTED = 'documented';

/** The sets offered, the default first. `governance` is the command line's default group (115 parameters for the default model: slow in a page). */
export const PARAMETER_SETS: readonly ParameterSet[] = [
  { id: DOCUMENTED, label: 'Parameters with a documented plausible range' },
  { id: 'governance.recognition', label: 'Recognition weights (--group governance.recognition)' },
  { id: 'governance.gp', label: 'General practice governance (--group governance.gp)' },
  { id: 'allocation', label: 'Allocation (--group allocation)' },
  { id: 'costs', label: 'Costs (--group costs)' },
  { id: 'demand', label: 'Demand (--group demand)' },
  { id: 'finance', label: 'Finance rules (--group finance)' },
  { id: 'council', label: 'Council (--group council)' },
  { id: 'governance', label: 'All governance (--group governance, the command line\u2019s default; slow)' },
];

/**
 * The parameters of a set at the values of the scenario `raw` (valid scenario data).
 * @throws Error (SweepError) when the set's prefix matches no field
 */
export function screenParameters(raw: unknown, set: string): RangedParameter[] {
  if (set !== DOCUMENTED) return parameterGroup(raw, [set], 'scenario');
  const out: RangedParameter[] = [];
  for (const f of numericFields()) {
    if (!PLAUSIBLE_RANGES[f.path]) continue;
    const r = rangeAt(f, getPath(raw, f.path));
    if (r) out.push(r);
  }
  return out;
}
