/**
 * The envelope and its division across service lines. `rollForward` keeps
 * last year's shares and grows the envelope; it is the baseline against
 * which negotiated rules are compared.
 */
import { LINE_COUNT, lineArray } from './lines.ts';
import type { Scenario } from './scenarioSchema.ts';
import { growthIndex } from './yearly.ts';
import type { System, World } from './world.ts';

/**
 * Cash growth of the allocation from the year before the run (the starting outturn) to run year `year`:
 * real growth times inflation, each year's own. Year 0 is one year of growth on.
 */
export function cashIndex(scenario: Scenario, year: number): number {
  return growthIndex(scenario.allocation.growthRate, scenario.startYear, year + 1) * growthIndex(scenario.costs.inflation, scenario.startYear, year + 1);
}

/** The year's envelope for a system, in pence, before the reserve is held back. */
export function envelope(scenario: Scenario, world: World, system: System, year: number): number {
  const a = scenario.allocation;
  // perHead is the year before the run's (the starting outturn).
  return Math.round(system.weightedPopulation * a.perHead * 100 * cashIndex(scenario, year));
}

/** First-year shares as an array in line order. */
export function initialShares(scenario: Scenario): Float64Array {
  return Float64Array.from(lineArray(scenario.allocation.shares));
}

/**
 * Splits a system's allocatable envelope across its places by weighted
 * population, then across lines by `shares`. Returns budgets per place index
 * (only this system's places are filled).
 */
export function placeBudgets(world: World, system: System, allocatable: number, shares: Float64Array, out: Float64Array[]): void {
  for (const pi of system.places) {
    const place = world.places[pi]!;
    const w = (place.population * place.need) / system.weightedPopulation;
    const b = out[pi] ?? new Float64Array(LINE_COUNT);
    for (let l = 0; l < LINE_COUNT; l++) b[l] = allocatable * w * shares[l]!;
    out[pi] = b;
  }
}
