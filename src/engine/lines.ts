/**
 * The service lines over which an envelope is allocated (MODEL.md §2).
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

/** Converts an array in {@link LINES} order to a per-line record. */
export function lineRecord(values: ArrayLike<number>): PerLine<number> {
  const out = {} as PerLine<number>;
  LINES.forEach((l, i) => {
    out[l] = values[i] ?? 0;
  });
  return out;
}
