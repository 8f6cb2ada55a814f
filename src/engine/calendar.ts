/**
 * The financial calendar: months run April (0) to March (11), with their
 * lengths in days (a 365-day year; leap days are ignored).
 */
export const DAYS_IN_MONTH = [30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 28, 31] as const;

/** Month index of January within the financial year (for the winter peak). */
export const JANUARY = 9;

/** Financial year label, e.g. `2024/25`. */
export function fyLabel(startYear: number): string {
  return `${startYear}/${String((startYear + 1) % 100).padStart(2, '0')}`;
}
