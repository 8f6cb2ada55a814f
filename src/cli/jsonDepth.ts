/**
 * How deeply JSON data nests, found without recursion: a file nested 200,000
 * levels deep parses, but any recursive walk of it (a copy, the schema's
 * checks) would overflow the stack and report "Maximum call stack size
 * exceeded" against an unrelated option (issue 25).
 */

/** Deepest nesting any icsim input needs is under 20 levels; 64 leaves room without risking the stack. */
export const MAX_JSON_DEPTH = 64;

/**
 * The path of the first value nested deeper than `max` levels (objects and
 * arrays), or undefined when none is.
 */
export function tooDeep(value: unknown, max = MAX_JSON_DEPTH): string | undefined {
  const stack: Array<{ v: unknown; depth: number; path: string }> = [{ v: value, depth: 0, path: '' }];
  while (stack.length) {
    const { v, depth, path } = stack.pop()!;
    if (v === null || typeof v !== 'object') continue;
    if (depth >= max) return path || '(root)';
    if (Array.isArray(v)) v.forEach((x, i) => stack.push({ v: x, depth: depth + 1, path: `${path}[${i}]` }));
    else for (const [k, x] of Object.entries(v)) stack.push({ v: x, depth: depth + 1, path: path ? `${path}.${k}` : k });
  }
  return undefined;
}
