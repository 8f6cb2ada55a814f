/**
 * A run's summary as flat metric columns: every number (and every boolean,
 * as 0 or 1) of a metric of the engine's registry (src/engine/metrics.ts)
 * under its dotted path, e.g. `outcomes.byKind.acute.deficit`, in the
 * summary's order. Text, nulls and anything the registry does not define are
 * left out, so a metric added to the registry becomes a column with no
 * change here.
 */
// The light entry: the page flattens summaries too, and its start-up must not build the schema.
import { findMetric } from '../engine/light.ts';

/**
 * Whether a dotted path names a metric, remembered: `findMetric` scans the
 * whole registry, and a sweep asks about the same few hundred paths after
 * every run (about 1.4 ms a run, a tenth of a five-year run of the default
 * model, before this cache). Bounded, in case a scenario's keys never repeat.
 */
const isMetric = new Map<string, boolean>();
const IS_METRIC_MAX = 20_000;
function namesMetric(path: string): boolean {
  let known = isMetric.get(path);
  if (known === undefined) {
    known = findMetric(path) !== undefined;
    if (isMetric.size >= IS_METRIC_MAX) isMetric.clear();
    isMetric.set(path, known);
  }
  return known;
}

/** The flat metric columns of a summary (`prefix` and `out` are for its own recursion). */
export function flattenSummary(summary: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return out;
  for (const [key, value] of Object.entries(summary)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) flattenSummary(value, name, out);
    else if ((typeof value === 'number' || typeof value === 'boolean') && namesMetric(name)) out[name] = typeof value === 'number' ? value : value ? 1 : 0;
  }
  return out;
}
