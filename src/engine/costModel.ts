/**
 * Providers' costs (MODEL.md §3 step 3). Each provider's first-year cost is
 * its planned cost-to-income ratio times its first-year income, times its
 * own efficiency draw. Acute bed-days are costed explicitly per bed-day and
 * council care packages per package-month; the rest of each provider's cost
 * is part fixed (it grows with planned activity) and part variable (it
 * follows the month's demand). Prices rise with inflation, low morale raises
 * costs, and savings programmes cut them.
 */
import { LINE_COUNT } from './lines.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

/** What a provider is paid for, with first-year values as activity weights. */
export interface ServedLine {
  place: number;
  line: number;
  /** First-year contract value (pence), the weight of this line in its activity index. */
  weight: number;
}

/** Cost structure of one organisation. */
export interface CostProfile {
  served: ServedLine[];
  /** Sum of weights. */
  weightSum: number;
  /** Planned bed-days this year in the places whose acute care it provides. */
  baseBedDays: number;
  /** Planned package-months this year in the places whose social care it provides. */
  basePackageMonths: number;
  /** This year's planned cost that is neither bed-days nor packages (pence a year, at first-year prices). */
  rest: number;
}

/** Morale's effect on cost: a demoralised workforce is less productive. */
export function moraleFactor(scenario: Scenario, morale: number): number {
  return 1 + scenario.finance.moraleCostEffect * (1 - morale);
}

/**
 * Monthly cost of an organisation in pence (before rounding).
 * @param demand this month's demand index per place and line
 * @param planTrend planned activity growth of the year per line
 */
export function monthlyCost(
  scenario: Scenario,
  world: World,
  org: number,
  profile: CostProfile,
  demand: Float64Array,
  planTrend: Float64Array,
  price: number,
  bedDays: number,
  packageMonths: number,
  practiceNoise: number,
): number {
  const o = world.orgs[org]!;
  let act = 0;
  let plan = 0;
  for (const s of profile.served) {
    act += s.weight * demand[s.place * LINE_COUNT + s.line]!;
    plan += s.weight * planTrend[s.line]!;
  }
  const v = scenario.costs.variableShare;
  // Activity relative to plan: the fixed part is spent whatever happens.
  const restMonth = (profile.rest / 12) * ((1 - v) + (plan > 0 ? (v * act * practiceNoise) / plan : v));
  const explicit = bedDays * scenario.acute.costPerBedDay * 100 + packageMonths * scenario.council.packageCostPerMonth * 100;
  const gross = price * moraleFactor(scenario, o.morale) * (restMonth + explicit);
  return Math.max(0, gross - o.savingsTarget / 12);
}

/** Builds the cost profile of every organisation from first-year contracts. */
export function emptyProfiles(world: World): CostProfile[] {
  return world.orgs.map(() => ({ served: [], weightSum: 0, baseBedDays: 0, basePackageMonths: 0, rest: 0 }));
}
