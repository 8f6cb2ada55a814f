/**
 * Demand and patient flows (docs/ODD.md §3 step 5, §7.1-7.3): this month's demand
 * per place and line; the community spending index, through its third-order
 * delay, scales acute admissions; each place's acute stock-flow runs for the
 * month; bed-days, delayed bed-days and care-package months fall to the
 * providers that carry them, and escalation beds above safe occupancy are
 * counted.
 */
import { communityEffect as communityMultiplier, stepAcuteFlow, stepDelay3, type FlowParams, type FlowTotals } from '../acuteFlow.ts';
import { DAYS_IN_MONTH } from '../calendar.ts';
import { beginMonthFlows } from '../collector.ts';
import { placeActivityMultiplier } from './applyEventEffects.ts';
import { drawDemand } from '../demand.ts';
import { LINE_COUNT, LINES } from '../lines.ts';
import type { RunState } from '../runState.ts';

const ACUTE = LINES.indexOf('acute');

/** One place's flow parameters and totals, refilled for each place and month (stepAcuteFlow reads and writes them and keeps nothing). */
const params: FlowParams = { admissionsPerDay: 0, lengthOfStayDays: 0, carePackageShare: 0, acceptanceDays: 0, packageDays: 0, packageCapacity: 0, bedCeiling: 0, days: 0, subStepsPerDay: 1 };
const totals: FlowTotals = { admissions: 0, bedDays: 0, delayedBedDays: 0, packageStarts: 0, packageDays: 0, cancelled: 0 };

/** Runs month `month`'s demand and flows. */
export function stepFlows(st: RunState, month: number): void {
  const s = st.scenario;
  const w = st.world;
  drawDemand(s, w, month, st.demand);
  st.bedDays.fill(0);
  st.delayedBedDays.fill(0);
  st.packageMonths.fill(0);
  const days = DAYS_IN_MONTH[month % 12]!;
  beginMonthFlows(st, days);
  const f = st.flows;
  for (let i = 0; i < w.places.length; i++) {
    const p = w.places[i]!;
    const lag = stepDelay3(p.stocks.communityLag, st.communityIndex[p.index]! * st.investmentBoost[p.index]!, s.acute.communityLagYears, 1 / 12);
    const communityEffect = communityMultiplier(lag, s.acute.communityElasticity); // robust (issue 14): bounded, see acuteFlow.ts
    st.communityNow[p.index] = communityEffect;
    // A trust doing more (or less) than planned (acuteOverperformance) admits more (or fewer) patients,
    // who take (or free) beds as demand's patients do.
    const performance = placeActivityMultiplier(st, p);
    params.admissionsPerDay = p.baseAdmissionsPerDay * st.demand[p.index * LINE_COUNT + ACUTE]! * communityEffect * performance;
    params.lengthOfStayDays = s.acute.lengthOfStayDays;
    params.carePackageShare = s.acute.carePackageShare;
    params.acceptanceDays = st.acceptanceDays[p.index]!;
    params.packageDays = (s.acute.carePackageMonths * 365) / 12;
    params.packageCapacity = st.packageCapacityNow[p.index]!;
    params.bedCeiling = p.bedCeiling;
    params.days = days;
    params.subStepsPerDay = s.subStepsPerDay;
    const t = stepAcuteFlow(p.stocks, params, totals);
    const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
    st.bedDays[p.acute]! += t.bedDays * (1 - moved);
    st.delayedBedDays[p.acute]! += t.delayedBedDays * (1 - moved);
    if (moved > 0) {
      st.bedDays[p.acuteShift.to]! += t.bedDays * moved;
      st.delayedBedDays[p.acuteShift.to]! += t.delayedBedDays * moved;
    }
    st.packageMonths[p.council]! += t.packageDays / days;
    f.bedDays[p.index] = t.bedDays;
    f.delayedBedDays[p.index] = t.delayedBedDays;
    f.packages[p.index] = p.stocks.packages;
    f.admissions[p.index] = t.admissions;
    f.cancelled[p.index] = t.cancelled;
    st.yearAdmitted[p.index]! += t.admissions;
    st.yearCancelled[p.index]! += t.cancelled;
  }
  // Escalation beds: bed-days above safe occupancy of each acute provider's bed base.
  for (let o = 0; o < w.orgs.length; o++) {
    const beds = st.profiles[o]!.beds;
    st.escalationBedDays[o] = beds > 0 ? Math.max(0, st.bedDays[o]! / days - s.acute.safeOccupancy * beds) * days : 0;
  }
}
