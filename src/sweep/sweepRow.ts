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

/**
 * The column of a failed run: the error's message. A design point the
 * engine cannot run becomes a row with the run's coordinates and this
 * column instead of metrics, and the sweep goes on.
 */
export const ERROR_COLUMN = 'error';

/** True when a row records a failed run. */
export function isFailedRow(row: SweepRow): boolean {
  const e = row[ERROR_COLUMN];
  return typeof e === 'string' && e !== '';
}

/** Columns every row starts with. */
export const FIXED_COLUMNS = ['run', 'point', 'variant', 'rep', 'seed'] as const;
