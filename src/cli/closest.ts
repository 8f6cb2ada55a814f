/** The closest of a few names to a mistyped one, for "did you mean ...?" (issue 25). */
import { distance } from 'fastest-levenshtein';

/**
 * The name nearest to `typed` (ties: the first listed), or undefined when
 * even the nearest differs in more than half its letters (then a guess would
 * mislead). A name that starts with what was typed counts as near.
 */
export function closest(typed: string, names: readonly string[]): string | undefined {
  const t = typed.toLowerCase();
  let best: string | undefined;
  let bestD = Infinity;
  for (const n of names) {
    const d = n.startsWith(t) && t.length >= 2 ? 0.5 : distance(t, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 2)) ? best : undefined;
}
