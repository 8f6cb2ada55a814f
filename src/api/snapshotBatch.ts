/**
 * Monthly snapshots packed into typed arrays, so a batch crosses the worker
 * boundary as three transferable buffers rather than hundreds of small
 * objects (the England model tracks several hundred balances a month).
 */
import type { MonthSnapshot } from '../engine/index.ts';

/** Scalar fields of a snapshot, in the column order of `SnapshotBatch.scalars`. */
export const SCALAR_FIELDS = ['bedsOccupied', 'delayedDischarges', 'carePackages', 'emergencyAdmissions'] as const;

/** A run of consecutive months, packed row by row. */
export interface SnapshotBatch {
  /** Month index of the first row. */
  from: number;
  /** Month labels, one per row (e.g. `2024-04`). */
  labels: string[];
  /** rows × SCALAR_FIELDS.length */
  scalars: Float64Array;
  /** rows × lines */
  spending: Float64Array;
  lines: number;
  /** rows × tracked organisations (Series.balances order) */
  balances: Float64Array;
  orgs: number;
  /** True when the run has finished after this batch. */
  done: boolean;
}

/** Packs snapshots (all of one run, consecutive). */
export function packBatch(snaps: readonly MonthSnapshot[], done: boolean): SnapshotBatch {
  const n = snaps.length;
  const lines = snaps[0]?.spendingByLine.length ?? 0;
  const orgs = snaps[0]?.balances.length ?? 0;
  const scalars = new Float64Array(n * SCALAR_FIELDS.length);
  const spending = new Float64Array(n * lines);
  const balances = new Float64Array(n * orgs);
  snaps.forEach((s, r) => {
    SCALAR_FIELDS.forEach((f, c) => (scalars[r * SCALAR_FIELDS.length + c] = s[f]));
    spending.set(s.spendingByLine, r * lines);
    balances.set(s.balances, r * orgs);
  });
  return { from: snaps[0]?.month ?? 0, labels: snaps.map((s) => s.label), scalars, spending, lines, balances, orgs, done };
}

/** Unpacks a batch into snapshots. */
export function unpackBatch(b: SnapshotBatch): MonthSnapshot[] {
  const w = SCALAR_FIELDS.length;
  return b.labels.map((label, r) => ({
    month: b.from + r,
    label,
    bedsOccupied: b.scalars[r * w]!,
    delayedDischarges: b.scalars[r * w + 1]!,
    carePackages: b.scalars[r * w + 2]!,
    emergencyAdmissions: b.scalars[r * w + 3]!,
    spendingByLine: Array.from(b.spending.subarray(r * b.lines, (r + 1) * b.lines)),
    balances: Array.from(b.balances.subarray(r * b.orgs, (r + 1) * b.orgs)),
  }));
}

/** The buffers of a batch, for `Comlink.transfer`. */
export function batchBuffers(b: SnapshotBatch): ArrayBuffer[] {
  return [b.scalars.buffer, b.spending.buffer, b.balances.buffer] as ArrayBuffer[];
}
