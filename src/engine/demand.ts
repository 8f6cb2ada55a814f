/**
 * Demand per place and service line (docs/ODD.md §7.1): a trend growth per
 * line, a winter peak and seeded log-normal noise. Each place has its own
 * stream and draws every line every month, so changing one submodel never
 * shifts another's random numbers.
 */
import { JANUARY } from './calendar.ts';
import { LINE_COUNT, LINES } from './lines.ts';
import { lognormal } from './rng.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';
import { growthIndex } from './yearly.ts';

/** Expected demand index of a line at fractional year `t` (no season or noise). */
export function trendIndex(scenario: Scenario, lineIndex: number, t: number): number {
  return growthIndex(scenario.demand.growth[LINES[lineIndex]!], scenario.startYear, t);
}

/** Seasonal multiplier for a month of the financial year (mean 1 over the year). */
export function seasonal(scenario: Scenario, monthOfYear: number): number {
  return 1 + scenario.demand.seasonality * Math.cos((2 * Math.PI * (monthOfYear - JANUARY)) / 12);
}

/** Each line's trend index this month (drawDemand's buffer, written before it is read). */
const trendScratch = new Float64Array(LINE_COUNT);

/**
 * Fills `out[place * LINE_COUNT + line]` with this month's demand index.
 * @param month months since the start of the run
 * @param shock optional extra multiplier per place and line (events)
 */
export function drawDemand(scenario: Scenario, world: World, month: number, out: Float64Array, shock?: Float64Array): void {
  const t = (month + 0.5) / 12;
  const season = seasonal(scenario, month % 12);
  const sigma = scenario.demand.noise;
  // The trend is the same in every place: computed once a month per line.
  const trend = trendScratch;
  for (let l = 0; l < LINE_COUNT; l++) trend[l] = trendIndex(scenario, l, t);
  for (let i = 0; i < world.places.length; i++) {
    const place = world.places[i]!;
    const base = place.index * LINE_COUNT;
    for (let l = 0; l < LINE_COUNT; l++) {
      const noise = lognormal(place.demandStream, sigma);
      out[base + l] = trend[l]! * season * noise * (shock ? shock[base + l]! : 1);
    }
  }
}
