/** The closest of a few names to a mistyped one, for "did you mean ...?" (issue 25). */

/** Levenshtein distance between two short texts. */
export function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) cur[j] = Math.min(prev[j]! + 1, cur[j - 1]! + 1, prev[j - 1]! + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[b.length]!;
}

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
    const d = n.startsWith(t) && t.length >= 2 ? 0.5 : editDistance(t, n);
    if (d < bestD) [best, bestD] = [n, d];
  }
  return best !== undefined && bestD <= Math.max(1, Math.floor(best.length / 2)) ? best : undefined;
}
