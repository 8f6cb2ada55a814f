/**
 * A provider's cost base and savings programme (docs/ODD.md §7.4, §7.15): the
 * cost a provider carries from one year to the next. In the first year the
 * cost base is what the organisation's income would pay for at its
 * underlying position from published accounts; afterwards it is never
 * re-set to income. Each April it grows by the pay award and non-pay
 * inflation (weighted by the kind's pay share) and by the activity it must
 * serve, less the savings delivered recurrently the year before. The estate
 * (depreciation and capital charges) is fixed in cash. A savings programme
 * plans to close the gap between planned cost and planned income (and to
 * repay past deficits) but delivers only part of it, and part of what it
 * delivers is non-recurrent, so the gap returns the next year.
 */
import { isProviderKind, type ProviderKind } from './orgKinds.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { Org } from './world.ts';
import { valueIn } from './yearly.ts';

export type { ProviderKind };

/** Whether an organisation is a provider with a cost base (its kind's descriptor says it is not a commissioner). */
export const isProvider = isProviderKind;

/** Growth of a kind's input prices in run year `year`: that year's pay award and non-pay inflation weighted by its pay share. */
export function inputPriceGrowth(scenario: Scenario, kind: ProviderKind, year: number): number {
  const c = scenario.costs;
  const pay = c.payShare[kind];
  return pay * (1 + valueIn(c.payAward, scenario.startYear, year)) + (1 - pay) * (1 + valueIn(c.nonPayInflation, scenario.startYear, year));
}

/**
 * Pay cost relative to the start through vacancies: posts left vacant are
 * covered by bank and agency staff at a premium, and vacancies rise as
 * morale falls. 1 at normal morale.
 */
export function vacancyFactor(scenario: Scenario, morale: number): number {
  const c = scenario.costs;
  const base = 1 + c.agencyPremium * c.vacancyRate;
  // A vacancy rate is a share of posts: between none and all, whatever morale is.
  const now = 1 + c.agencyPremium * Math.min(1, Math.max(0, c.vacancyRate + c.moraleVacancies * (1 - morale)));
  return now / base;
}

/** Multiplier on operating cost from vacancies (applies to its pay part). */
export function workforceFactor(scenario: Scenario, kind: ProviderKind, morale: number): number {
  return 1 + scenario.costs.payShare[kind] * (vacancyFactor(scenario, morale) - 1);
}

/**
 * Savings delivered by a plan: a share `delivery` of what is achievable,
 * saturating as the plan grows beyond the achievable scale `achievable`
 * (so the delivered share of the plan falls as the plan grows).
 * delivered = delivery * A * (1 - exp(-plan / A)).
 */
export function savingsDelivered(plan: number, achievable: number, delivery: number): number {
  if (plan <= 0 || achievable <= 0) return 0;
  return delivery * achievable * (1 - Math.exp(-plan / achievable));
}

/** What an organisation expects this year, for its plan (pence a year). */
export interface YearPlanInputs {
  /** Income it expects: contracts, activity at plan, other income, council funding. */
  income: number;
  /** Bed-day and care-package costs it expects at this year's prices (and escalation premium). */
  explicit: number;
  /** Growth of the activity it serves, this year over last (1 = none). */
  activityGrowth: number;
  /** Deficit still to repay (pence). */
  debt: number;
  /**
   * First year only: the income of the year before the run (the starting outturn), each
   * source of this year's income taken back by its own growth this year (pence).
   */
  baseIncome?: number;
  /**
   * The growth of input prices the organisation plans on in April, where it plans on a national
   * assumption rather than on what happens (trusts: the tariff's cost uplift). Undefined: it plans on
   * the year's actual pay award and non-pay inflation.
   */
  assumedPriceGrowth?: number;
  /** Whether a regulator has intervened in the organisation (it then runs a recovery plan while in underlying deficit). */
  intervened?: boolean;
}

/**
 * Plans an organisation's year: carries its cost base forward (or sets it in
 * the first year), plans and delivers savings, and sets the planned cost.
 * Mutates the organisation's finance fields.
 */
export function planProviderYear(scenario: Scenario, o: Org, year: number, inputs: YearPlanInputs): void {
  if (!isProvider(o.kind)) return;
  const c = scenario.costs;
  const f = scenario.finance;
  const growth = inputPriceGrowth(scenario, o.kind, year);
  // Across a year a cost base must serve its activity: nearly all of it scales (the estate does not).
  const activity = 1 + c.activityCostElasticity * (inputs.activityGrowth - 1);
  if (year === 0) {
    // The starting outturn (the year before the run): the cost base that year's income paid for at the
    // organisation's underlying position, with that year's bed-days and packages at that year's prices.
    const base = inputs.baseIncome ?? inputs.income;
    const total = Math.max(0, base * (1 - o.startPosition));
    o.estate = c.estateShare[o.kind] * total;
    // The outturn anchors the cost base: bed-days and packages cost at most what was left of it after the
    // estate. Unit costs above that (a scenario's prices against its funding) are scaled to the accounts.
    const explicitBase = inputs.explicit / (o.costIndex * inputs.activityGrowth);
    const room = total - o.estate;
    o.explicitScale = explicitBase > room && explicitBase > 0 ? room / explicitBase : 1;
    o.operating = Math.max(0, room - explicitBase * o.explicitScale);
    o.savingsRecurrent = 0;
  }
  let explicit = inputs.explicit * o.explicitScale;
  // Every year, the first included, grows the cost base by its own input prices and activity (the cost
  // index itself was grown once this April by the planning round, planYear).
  o.operating = Math.max(0, (o.operating - o.savingsRecurrent) * growth * activity);
  let cost = o.operating * workforceFactor(scenario, o.kind, o.morale) + o.estate + explicit;
  // Services no one funds close: where planned income covers less than (1 - decommissionGap) of planned
  // cost (a commissioner that has cut a line, a shock to the envelope), what its commissioners no longer
  // buy is decommissioned and its staff, estate and beds go with it, so the cost base falls to what the
  // income can carry at that gap. Normal deficits (a few per cent) are far from it.
  const carried = (1 - f.decommissionGap) * cost;
  if (cost > 0 && inputs.income < carried) {
    const keep = Math.max(0, inputs.income) / carried;
    o.operating *= keep;
    o.estate *= keep;
    o.explicitScale *= keep;
    explicit *= keep;
    cost *= keep;
  }
  o.plannedIncome = inputs.income;
  // Savings are planned in April against the cost the organisation expects: where it plans on a national
  // assumption for input prices, a pay award above it is a pressure no plan met (it is next year's).
  const expected = inputs.assumedPriceGrowth !== undefined ? (cost * inputs.assumedPriceGrowth) / growth : cost;
  o.savingsPlan = Math.max(0, expected - inputs.income + inputs.debt);
  // Under a regulator's intervention, an organisation still in underlying deficit runs a recovery plan
  // that reaches further: turnaround and NHS England's recovery support.
  const recovering = inputs.intervened === true && o.underlyingShare < -f.toleranceBand;
  const achievable = f.savingsCapacity * cost * (recovering ? 1 + f.recoveryBoost : 1);
  // Managerial place leadership runs finances more tightly than clinical (seed 000; docs/ODD.md §7.14a).
  const leaders = scenario.governance.leaders;
  const delivery = f.savingsDelivery * (leaders.place.background === 'clinical' ? 1 - leaders.managerialControl : 1);
  const delivered = savingsDelivered(o.savingsPlan, achievable, delivery);
  o.savingsRecurrent = delivered * (1 - f.nonRecurrentShare);
  o.savingsNonRecurrent = delivered * f.nonRecurrentShare;
  o.plannedCost = cost - delivered;
  // Savings programmes hurt morale in proportion to how hard they push against what is achievable.
  if (achievable > 0 && delivered > 0) o.morale = Math.max(0, o.morale - f.moraleHit * Math.min(1, o.savingsPlan / achievable));
}
