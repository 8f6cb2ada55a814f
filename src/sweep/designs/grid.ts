/**
 * The full factorial design: every combination of levels, the last
 * dimension varying fastest.
 * @param levels the number of levels of each dimension
 * @returns one array of level indices per design point (one empty point when there are no dimensions)
 */
export function grid(levels: readonly number[]): number[][] {
  let points: number[][] = [[]];
  for (const n of levels) {
    const next: number[][] = [];
    for (const p of points) for (let i = 0; i < n; i++) next.push([...p, i]);
    points = next;
  }
  return points;
}

/** The number of points of a grid, without building it. */
export function gridSize(levels: readonly number[]): number {
  return levels.reduce((a, n) => a * n, 1);
}
