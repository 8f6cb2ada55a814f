/**
 * What the page does with an input by year (issue 21; src/engine/yearly.ts):
 * one number for every year, or a series keyed by the calendar year in which
 * each financial year starts (`{"2024": 0.05, "2025": 0.055}`), starting at
 * the scenario's `startYear`, with no gaps; the last value holds after. Pure
 * functions: the control (src/ui/controlsView.ts) shows the series as a
 * sentence and a row of per-year inputs, and every edit goes through these,
 * so a series is never shown or written back as one number unless the user
 * asks for one number.
 */
import { fyLabel } from '../engine/light.ts';

/** A series by year as the control edits it: values keyed by year (values may be invalid, for the schema to report). */
export type Series = Record<string, unknown>;

const YEAR = /^\d{4}$/;

/** True for a series (an object), false for one number or anything else. */
export function isSeriesValue(v: unknown): v is Series {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** The series' entries with a year for a key, in year order. */
export function seriesYears(s: Series): Array<[year: number, value: unknown]> {
  return Object.keys(s)
    .filter((k) => YEAR.test(k))
    .map((k) => [Number(k), s[k]] as [number, unknown])
    .sort((a, b) => a[0] - b[0]);
}

/** A rate as a percentage with at least one decimal (0.05 → `5.0%`, 0.0525 → `5.25%`); not Intl, which is slow to load in a page. */
export function formatRate(v: unknown): string {
  if (typeof v !== 'number' || !Number.isFinite(v)) return JSON.stringify(v) ?? String(v);
  const p = Math.round(v * 100_000) / 1000;
  const text = String(Object.is(p, -0) ? 0 : p);
  return `${text.includes('.') ? text : `${text}.0`}%`;
}

/**
 * A series as a short sentence: `2024/25: 5.0%, 2025/26: 5.5%, then 5.5%`.
 * Keys that are not years are listed as written, for the schema to report.
 */
export function describeSeries(s: Series): string {
  const years = seriesYears(s);
  const odd = Object.keys(s).filter((k) => !YEAR.test(k));
  const parts = years.map(([y, v]) => `${fyLabel(y)}: ${formatRate(v)}`);
  for (const k of odd) parts.push(`"${k}": ${formatRate(s[k])}`);
  if (!parts.length) return 'no years given';
  const last = years[years.length - 1];
  return last ? `${parts.join(', ')}, then ${formatRate(last[1])}` : parts.join(', ');
}

/** One number as a series of two years from `startYear` (the same value each year), ready to edit. */
export function toSeries(v: unknown, startYear: number): Series {
  return { [startYear]: v, [startYear + 1]: v };
}

/**
 * The series with the year after its last, holding the last value (so the
 * series means the same until edited); an empty series gets `startYear` at `fill`.
 */
export function addYear(s: Series, startYear: number, fill: unknown): Series {
  const years = seriesYears(s);
  const last = years[years.length - 1];
  return last ? { ...s, [last[0] + 1]: last[1] } : { ...s, [startYear]: fill };
}

/** The series without its last year; a series keeps at least one year (use `oneNumber` for one number). */
export function removeLastYear(s: Series): Series {
  const years = seriesYears(s);
  if (years.length <= 1) return s;
  const out = { ...s };
  delete out[String(years[years.length - 1]![0])];
  return out;
}

/** The series with `year` set to `value`. */
export function withYear(s: Series, year: number, value: unknown): Series {
  return { ...s, [year]: value };
}

/** The one number that replaces a series when asked: its first year's value (the one the run starts with). */
export function oneNumber(s: Series): unknown {
  return seriesYears(s)[0]?.[1];
}

/** The scenario's first year: its `startYear` when it is a whole number, else `fallback` (the schema's default). */
export function startYearOf(raw: unknown, fallback: number): number {
  const s = isSeriesValue(raw) ? raw.startYear : undefined;
  return typeof s === 'number' && Number.isInteger(s) ? s : fallback;
}
