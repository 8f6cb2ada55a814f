/**
 * The year's cost plan (docs/ODD.md §7.4): each provider forecasts its income
 * (contract offers, acute activity at plan and the national price, income
 * from outside the ICB, council funding) and the bed-days and care packages
 * it must pay for, then carries its cost base forward and plans savings
 * (providerFinance).
 */
import { trendIndex } from '../demand.ts';
import { LINES } from '../lines.ts';
import { isTrust, KIND_DESCRIPTORS, type OrgKind } from '../orgKinds.ts';
import { isProvider, planProviderYear } from '../providerFinance.ts';
import type { RunState } from '../runState.ts';
import { valueIn } from '../yearly.ts';
import { cashIndex } from '../allocation.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;
/** The line whose activity drives a trust's income from outside the ICB: its kind's main line (others have none; acute stands in). */
const ownLine = (kind: OrgKind): number => (isTrust(kind) ? LI[KIND_DESCRIPTORS[kind].lines[0]!] : LI.acute);

/** Planned acute activity of a place in a year at the national price (pence). */
export function activityPlan(st: RunState, place: number, year: number): number {
  // Net of the activity its beds could not take last year: a plan does not count on cancelled work.
  return st.nationalPrice * st.activityUnits[place]! * trendIndex(st.scenario, LI.acute, year) * st.communityPlan[place]! * (1 - st.cancelledShare[place]!);
}

/** Plans every provider's costs and savings for the year. */
export function planCosts(st: RunState, year: number): void {
  const s = st.scenario;
  const w = st.world;
  const sy = s.startYear;
  const income = Float64Array.from(st.offers);
  for (let i = 0; i < w.orgs.length; i++) income[i]! += st.councilFunding[i]!;
  for (const p of w.places) income[p.council]! += st.dischargeFund[p.index]!;
  // The first year's income of each source, taken back by that source's own growth this year, is the
  // income of the year before the run: contracts by the allocation's growth, council funding by its own,
  // activity and other income by the national price and demand.
  const first = year === 0;
  const tariffGrowth = (1 + valueIn(s.income.costUplift, sy, 0)) * (1 - valueIn(s.income.efficiencyFactor, sy, 0));
  const firstCash = cashIndex(s, 0);
  const base = first ? Float64Array.from(st.offers, (v) => v / firstCash) : undefined;
  if (base) for (let i = 0; i < w.orgs.length; i++) base[i]! += st.councilFunding[i]! / (1 + valueIn(s.council.fundingGrowth, sy, 0));
  const activityBack = (line: number) => tariffGrowth * (1 + valueIn(s.demand.growth[LINES[line]!], sy, 0));
  // Acute activity at plan: the first year's units grown with demand, at the national price.
  for (const p of w.places) {
    const done = st.yearAdmitted[p.index]! + st.yearCancelled[p.index]!;
    st.cancelledShare[p.index] = done > 0 ? st.yearCancelled[p.index]! / done : 0;
    st.yearAdmitted[p.index] = 0;
    st.yearCancelled[p.index] = 0;
    st.communityPlan[p.index] = st.communityNow[p.index]!;
    const planned = activityPlan(st, p.index, year);
    const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
    income[p.acute]! += planned * (1 - moved);
    if (moved > 0) income[p.acuteShift.to]! += planned * moved;
    if (base) base[p.acute]! += planned / activityBack(LI.acute);
  }
  // Income from outside the ICB contracts (specialised services, education and training, other).
  if (year === 0) {
    st.otherBase = Float64Array.from(w.orgs, (o) => {
      const k = o.kind;
      return isTrust(k) ? s.income.otherIncome[k] * income[o.index]! : 0;
    });
  }
  // It is paid under the same contract form as the ICB's (NHS England's specialised commissioning uses the
  // same payment scheme): its activity share follows the national price and the trust's own demand, the
  // rest is a block that grows with the NHS budget (the allocation's cash growth), not with demand.
  const cash = cashIndex(s, year) / firstCash;
  const tariff = st.nationalPrice / ((1 + valueIn(s.income.costUplift, sy, 0)) * (1 - valueIn(s.income.efficiencyFactor, sy, 0)));
  st.otherAnnual = Float64Array.from(w.orgs, (o) => {
    if (!isTrust(o.kind)) return 0;
    const a = s.income.activityShare[o.kind];
    const line = ownLine(o.kind);
    return Math.round(st.otherBase[o.index]! * (a * tariff * (trendIndex(s, line, year) / trendIndex(s, line, 0)) + (1 - a) * cash));
  });
  for (let i = 0; i < w.orgs.length; i++) {
    income[i]! += st.otherAnnual[i]!;
    const o = w.orgs[i]!;
    if (base && isTrust(o.kind)) {
      const a = s.income.activityShare[o.kind];
      base[i]! += st.otherAnnual[i]! * (a / activityBack(ownLine(o.kind)) + (1 - a) / firstCash);
    }
  }
  // Bed-days and packages are forecast from today's stocks, grown by half a year of demand.
  const growth = trendIndex(s, LI.acute, year + 0.5) / trendIndex(s, LI.acute, year);
  for (const prof of st.profiles) {
    prof.baseBedDays = 0;
    prof.basePackageMonths = 0;
  }
  for (const p of w.places) {
    const beds = (p.stocks.treating + p.stocks.delayed) * 365 * growth;
    const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
    st.profiles[p.acute]!.baseBedDays += beds * (1 - moved);
    if (moved > 0) st.profiles[p.acuteShift.to]!.baseBedDays += beds * moved;
    st.profiles[p.council]!.basePackageMonths += p.stocks.packages * 12 * growth;
  }
  const a = s.acute;
  for (const o of w.orgs) {
    if (!isProvider(o.kind)) continue;
    const prof = st.profiles[o.index]!;
    // The bed base is set once, from occupancy at the start.
    if (year === 0 && prof.baseBedDays > 0) prof.beds = prof.baseBedDays / 365 / a.startOccupancy;
    const escalation = Math.max(0, prof.baseBedDays / 365 - a.safeOccupancy * prof.beds) * 365;
    const explicit = o.costIndex * 100 * ((prof.baseBedDays + escalation * a.escalationPremium) * a.costPerBedDay + prof.basePackageMonths * s.council.packageCostPerMonth);
    let served = 0;
    let grown = 0;
    for (const sv of prof.served) {
      served += sv.weight;
      grown += sv.weight * (1 + valueIn(s.demand.growth[LINES[sv.line]!], s.startYear, year));
    }
    // Trusts plan on the national planning assumption for their input prices, the tariff's cost uplift
    // (NHS planning assumed a 2.5% deflator for 2023/24 against 6.1%: docs/SOURCES.md).
    const assumedPriceGrowth = isTrust(o.kind) ? 1 + valueIn(s.income.costUplift, sy, year) : undefined;
    planProviderYear(s, o, year, { income: income[o.index]!, explicit, activityGrowth: served > 0 ? grown / served : 1, debt: o.debt, baseIncome: base?.[o.index], assumedPriceGrowth, intervened: st.intervened[o.index] === 1 });
  }
}
