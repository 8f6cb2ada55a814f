/**
 * A provider's cost in a month (docs/ODD.md §3 step 6, §7.4). Its recurrent
 * operating cost (see providerFinance) is spent part fixed and part in
 * proportion to activity against plan; vacancies covered at a premium raise
 * the pay part as morale falls; the estate is a fixed twelfth; acute
 * bed-days (with a premium on escalation beds above safe occupancy) and
 * council care packages are costed explicitly at the organisation's input
 * prices; savings delivered this year come off in twelfths.
 */
import { LINE_COUNT } from './lines.ts';
import { isProvider, workforceFactor } from './providerFinance.ts';
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
  /** Acute bed base (general and acute beds) of an acute provider, set at the start from occupancy. */
  beds: number;
}

/** What a provider used in a month. */
export interface MonthUse {
  /** Bed-days in its beds. */
  bedDays: number;
  /** Bed-days above safe occupancy (escalation beds). */
  escalationBedDays: number;
  /** Care-package months it funded. */
  packageMonths: number;
  /** Noise of a practice's own workload (1 for others). */
  practiceNoise: number;
  /** Extra activity beyond demand (events), 1 = none. */
  activityMultiplier: number;
}

/**
 * Monthly cost of an organisation in pence (before rounding).
 * @param demand this month's demand index per place and line
 * @param planTrend planned activity of the month per line (trend and season)
 */
export function monthlyCost(scenario: Scenario, world: World, org: number, profile: CostProfile, demand: Float64Array, planTrend: Float64Array, use: MonthUse): number {
  const o = world.orgs[org]!;
  if (!isProvider(o.kind)) return 0;
  let act = 0;
  let plan = 0;
  const served = profile.served;
  for (let i = 0; i < served.length; i++) {
    const s = served[i]!;
    act += s.weight * demand[s.place * LINE_COUNT + s.line]!;
    plan += s.weight * planTrend[s.line]!;
  }
  const v = scenario.costs.variableShare;
  const ratio = plan > 0 ? (act * use.practiceNoise * use.activityMultiplier) / plan : use.activityMultiplier;
  // Activity above plan is covered by bank and agency staff at a premium (the largest in-year driver of
  // overspends), up to what those staff can cover (costs.surgeCapacity): beyond it the work waits, unpaid for
  // in staff (acute activity is bounded by beds as well, acuteFlow.ts).
  const covered = Math.min(ratio, 1 + scenario.costs.surgeCapacity);
  const flex = 1 - v + v * Math.min(covered, 1) + v * Math.max(covered - 1, 0) * (1 + scenario.costs.agencyPremium);
  const operating = (o.operating / 12) * flex * workforceFactor(scenario, o.kind, o.morale);
  const a = scenario.acute;
  const explicit = o.explicitScale * o.costIndex * 100 * ((use.bedDays + use.escalationBedDays * a.escalationPremium) * a.costPerBedDay + use.packageMonths * scenario.council.packageCostPerMonth);
  const saved = (o.savingsRecurrent + o.savingsNonRecurrent) / 12;
  return Math.max(0, operating + o.estate / 12 + explicit - saved);
}

/** Builds the cost profile of every organisation from first-year contracts. */
export function emptyProfiles(world: World): CostProfile[] {
  return world.orgs.map(() => ({ served: [], weightSum: 0, baseBedDays: 0, basePackageMonths: 0, beds: 0 }));
}
