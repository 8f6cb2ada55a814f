/**
 * The headline figures of a run (docs/ODD.md §5.3): every entry of the
 * metric registry (metrics.ts), read from the run state and placed at its
 * path, in the registry's order.
 */
import { METRICS } from './metrics.ts';
import type { Summary } from './result.ts';
import type { RunState } from './runState.ts';
import { summaryInputs } from './summaryInputs.ts';

/** The summary of a run so far. */
export function summarise(st: RunState): Summary {
  const inputs = summaryInputs(st);
  const out: Record<string, unknown> = {};
  for (const m of METRICS) place(out, m.id.split('.'), m.read(inputs));
  return out as Summary;
}

/**
 * Puts a value at a dotted path; at a `*` the value maps each key to what
 * lies below it. The objects on the way are created even when a family has
 * no keys (an empty record stays `{}`); an undefined value is left out.
 */
function place(target: Record<string, unknown>, parts: readonly string[], value: unknown): void {
  if (value === undefined) return;
  const star = parts.indexOf('*');
  const head = star < 0 ? parts.slice(0, -1) : parts.slice(0, star);
  let node = target;
  for (const p of head) node = (node[p] ??= {}) as Record<string, unknown>;
  if (star < 0) {
    node[parts[parts.length - 1]!] = value;
    return;
  }
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) place(node, [k, ...parts.slice(star + 1)], v);
}
