/** One run of a sweep as the main thread asks a worker for it. */
export interface RunTask {
  /** Run id: the position of the run in the sweep's full list. */
  run: number;
  /** Design point index. */
  point: number;
  /** Values of the varied paths at the point, in the sweep's order of paths. */
  values: unknown[];
  variant: string;
  /** Replication number, from 0. */
  rep: number;
  seed: string;
}

/**
 * One tidy row per run: the run id, the design point (index and values of
 * the varied paths, each under its path), the variant, the replication, the
 * seed and every summary metric under its dotted path.
 */
export interface SweepRow {
  run: number;
  point: number;
  variant: string;
  rep: number;
  seed: string;
  [column: string]: unknown;
}

/** Columns every row starts with. */
export const FIXED_COLUMNS = ['run', 'point', 'variant', 'rep', 'seed'] as const;
