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
 * no keys (an empty record stays `{}`); an undefined value is left out. The
 * path is `lead` (the key a `*` above stood for), if given, then
 * `parts[from..]`: read in place, not copied for every key.
 */
function place(target: Record<string, unknown>, parts: readonly string[], value: unknown, from = 0, lead?: string): void {
  if (value === undefined) return;
  let node = target;
  // The key to descend into before the next part (every part but the last is a level).
  let key = lead;
  for (let i = from; i < parts.length; i++) {
    const part = parts[i]!;
    if (key !== undefined) node = (node[key] ??= {}) as Record<string, unknown>;
    if (part === '*') {
      const family = value as Record<string, unknown>;
      const keys = Object.keys(family);
      for (let k = 0; k < keys.length; k++) place(node, parts, family[keys[k]!], i + 1, keys[k]!);
      return;
    }
    key = part;
  }
  node[key!] = value;
}
