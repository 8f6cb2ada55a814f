/**
 * The service lines over which an envelope is allocated (docs/ODD.md §2.2).
 * Order matters: arrays indexed by line use this order everywhere.
 */
export const LINES = [
  'acute',
  'community',
  'mentalHealth',
  'primaryCare',
  'prescribing',
  'socialCare',
  'prevention',
] as const;

/** One service line. */
export type Line = (typeof LINES)[number];

/** A value per service line. */
export type PerLine<T> = Record<Line, T>;

/** Number of service lines. */
export const LINE_COUNT = LINES.length;

/** Converts a per-line record to an array in {@link LINES} order. */
export function lineArray(values: PerLine<number>): number[] {
  return LINES.map((l) => values[l]);
}
