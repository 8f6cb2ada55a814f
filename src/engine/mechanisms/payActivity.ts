/**
 * Acute activity paid at the national price (docs/ODD.md §7.4): each month a
 * place's planned units times its actual over planned activity, with
 * activity above plan at the marginal rate, less elective work displaced by
 * delayed discharges; split between its payers and, after a hospital
 * closure, between the trusts that now provide it.
 */
import { trendIndex, seasonal } from '../demand.ts';
import { LINE_COUNT, LINES } from '../lines.ts';
import type { RunState } from '../runState.ts';
import { placeActivityMultiplier } from './applyEventEffects.ts';

const ACUTE = LINES.indexOf('acute');

/** Pays month `month`'s acute activity. */
export function payActivity(st: RunState, month: number): void {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  const year = Math.floor(month / 12);
  const mo = month % 12;
  const expected = trendIndex(s, ACUTE, (month + 0.5) / 12) * seasonal(s, mo);
  for (let i = 0; i < w.places.length; i++) {
    const p = w.places[i]!;
    const units = st.activityUnits[p.index]!;
    if (units <= 0) continue;
    const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
    const mult = placeActivityMultiplier(st, p);
    const r = (st.demand[p.index * LINE_COUNT + ACUTE]! / expected) * (st.communityNow[p.index]! / st.communityPlan[p.index]!) * mult;
    // Admissions cancelled because the beds were full earn nothing.
    const done = st.flows.admissions[p.index]!;
    const lost = done + st.flows.cancelled[p.index]! > 0 ? st.flows.cancelled[p.index]! / (done + st.flows.cancelled[p.index]!) : 0;
    const paidUnits = (1 - lost) * (units * trendIndex(s, ACUTE, year) * st.communityPlan[p.index]!) / 12 * (Math.min(r, 1) + s.income.marginalRate * Math.max(r - 1, 0));
    // Valued at a bed-day's cost as the trust's accounts carry it (explicitScale: docs/ODD.md 7.4).
    const share = st.activityShare[p.index]!;
    const wanted = share * st.flows.delayedBedDays[p.index]! * s.income.electiveDisplacement * s.acute.costPerBedDay * 100 * w.orgs[p.acute]!.explicitScale;
    // Delayed patients displace elective work only: at most the elective part of the contract, which is
    // paid per unit up to what the activity-paid share holds (under payment by results, all of it is).
    const displaced = Math.min(wanted, paidUnits * Math.min(1, s.income.electiveShare / share));
    const total = Math.round(Math.max(0, st.nationalPrice * (paidUnits - displaced)));
    if (total <= 0) continue;
    // The providers: the place's acute trust, and after a hospital closure the trust its patients moved to.
    const nProviders = moved > 0 ? 2 : 1;
    let paid = 0;
    const payers = st.activityPayers[p.index]!;
    for (let i = 0; i < payers.length; i++) {
      const payer = payers[i]!;
      for (let j = 0; j < nProviders; j++) {
        const org = j === 0 ? p.acute : p.acuteShift.to;
        const share = j === 0 ? (moved > 0 ? 1 - moved : 1) : moved;
        const last = i === payers.length - 1 && j === nProviders - 1;
        const part = last ? total - paid : Math.round(total * payer.share * share);
        paid += part;
        if (part > 0 && payer.org !== org) L.transfer(payer.org, org, part, 'activity', payer.auth);
      }
    }
    st.flows.spendByLine[ACUTE]! += total;
  }
}
