/**
 * The zod schema of a yearly input (src/engine/yearly.ts says what one is). Apart from
 * yearly.ts so that the simulation's modules, which read yearly inputs, do not load zod:
 * only the scenario schema does (the page's worker can then start a run without it).
 */
import { z } from 'zod';

const YEAR_KEY = /^\d{4}$/;

/**
 * The zod schema of a yearly input between `min` and `max` with default `def`.
 * Keys are checked for shape here; that the series starts at `startYear` and has no
 * gaps is checked with the whole scenario (`yearlyIssues`).
 */
export function yearlySchema(min: number, max: number, def: number, description: string) {
  const value = z.number().min(min).max(max);
  return z
    .union([value, z.record(z.string().regex(YEAR_KEY, 'a financial year is written as the calendar year it starts in, e.g. "2024"'), value)])
    .default(def)
    .meta({ description: `${description}. One number for every year, or values by financial year ({"2024": x, "2025": y}; the last holds after)` });
}
