/**
 * Inputs that differ from one financial year to the next (issue 21; docs/CALIBRATION.md
 * "what a year needs"). A yearly input is either one number for every year, or a series
 * keyed by the calendar year in which each financial year starts (`{"2023": 0.05,
 * "2024": 0.055}`): the series starts at the scenario's `startYear`, has no gaps, and its
 * last value holds for every later year. A spending review with different growth each
 * year, a run of past years, or a pay award that changes can then be written as given.
 */
/** A yearly input as validated: a number, or values by financial year. */
export type Yearly = number | Readonly<Record<string, number>>;

/** Problems of a series against the run's first year: keys before `startYear`, a missing first year, gaps, an empty series. */
export function yearlyIssues(v: Yearly, startYear: number): string[] {
  if (typeof v === 'number') return [];
  const years = Object.keys(v).map(Number).sort((a, b) => a - b);
  if (!years.length) return ['a series needs at least one year (or give one number for every year)'];
  const out: string[] = [];
  const early = years.filter((y) => y < startYear);
  if (early.length) out.push(`year ${early[0]} is before the scenario's startYear ${startYear}`);
  else if (years[0] !== startYear) out.push(`the series must start at the scenario's startYear ${startYear} (it starts at ${years[0]})`);
  for (let i = 1; i < years.length; i++) {
    if (years[i]! !== years[i - 1]! + 1) {
      out.push(`the series has a gap: no value for ${years[i - 1]! + 1}`);
      break;
    }
  }
  return out;
}

/**
 * The value of a yearly input in the run's year `year` (0 = the first financial year,
 * the one starting in `startYear`). Before the first year the first value holds; after
 * the last given year, the last.
 */
export function valueIn(v: Yearly, startYear: number, year: number): number {
  if (typeof v === 'number') return v;
  const want = startYear + Math.max(0, Math.floor(year));
  let best: number | undefined;
  let bestYear = -Infinity;
  let first: number | undefined;
  let firstYear = Infinity;
  for (const k in v) {
    const y = Number(k);
    const x = v[k]!;
    if (y <= want && y > bestYear) ((best = x), (bestYear = y));
    if (y < firstYear) ((first = x), (firstYear = y));
  }
  return best ?? first ?? 0;
}

/**
 * The growth index of a yearly rate at fractional time `t` years from the start of the
 * first year: the product of (1 + rate) over the whole years passed, times the part
 * year at its own rate. For a constant rate it is exactly (1 + rate)^t. Negative `t`
 * (the year before the run) uses the first year's rate.
 */
export function growthIndex(v: Yearly, startYear: number, t: number): number {
  if (typeof v === 'number') return Math.pow(1 + v, t);
  if (t <= 0) return Math.pow(1 + valueIn(v, startYear, 0), t);
  const whole = Math.floor(t);
  let index = 1;
  for (let k = 0; k < whole; k++) index *= 1 + valueIn(v, startYear, k);
  const part = t - whole;
  return part > 0 ? index * Math.pow(1 + valueIn(v, startYear, whole), part) : index;
}
