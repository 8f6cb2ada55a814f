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

/** The flat metric columns of a summary (`prefix` and `out` are for its own recursion). */
export function flattenSummary(summary: unknown, prefix = '', out: Record<string, number> = {}): Record<string, number> {
  if (typeof summary !== 'object' || summary === null || Array.isArray(summary)) return out;
  for (const [key, value] of Object.entries(summary)) {
    const name = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) flattenSummary(value, name, out);
    else if ((typeof value === 'number' || typeof value === 'boolean') && findMetric(name)) out[name] = typeof value === 'number' ? value : value ? 1 : 0;
  }
  return out;
}
