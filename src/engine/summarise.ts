/**
 * The headline figures of a run (docs/ODD.md §5.3): every entry of the
 * metric registry (metrics.ts), read from the run state and placed at its
 * path, in the registry's order.
 */
import { METRICS } from './metrics.ts';
import type { Summary } from './result.ts';
import type { RunState } from './runState.ts';
import { summaryInputs } from './summaryInputs.ts';

/** Each metric's id split at its dots, in registry order: split once, as the summary is built after every run of a sweep. */
let paths: ReadonlyArray<readonly string[]> | undefined;

/** The summary of a run so far. */
export function summarise(st: RunState): Summary {
  const inputs = summaryInputs(st);
  const out: Record<string, unknown> = {};
  if (paths?.length !== METRICS.length) paths = METRICS.map((m) => m.id.split('.'));
  for (let i = 0; i < METRICS.length; i++) place(out, paths[i]!, METRICS[i]!.read(inputs));
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
  const end = star < 0 ? parts.length - 1 : star;
  let node = target;
  for (let i = 0; i < end; i++) node = (node[parts[i]!] ??= {}) as Record<string, unknown>;
  if (star < 0) {
    node[parts[parts.length - 1]!] = value;
    return;
  }
  const below = parts.slice(star + 1);
  for (const [k, v] of Object.entries(value as Record<string, unknown>)) place(node, [k, ...below], v);
}
