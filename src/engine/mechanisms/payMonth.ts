/**
 * Money each month (docs/ODD.md §3 step 6): allocations from NHS England and
 * council funding in; delegated budgets, contracts and acute activity
 * across; income from outside the ICB; prescribing and every organisation's
 * operating costs out. Spending by line is added to the month's flows for
 * the collector, in payment order.
 */
import { monthlyInstalment } from '../contracts.ts';
import { monthlyCost, type MonthUse } from '../costModel.ts';
import { LINE_COUNT, LINES } from '../lines.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import { lognormal } from '../rng.ts';
import type { RunState } from '../runState.ts';
import { payActivity } from './payActivity.ts';

const PRESCRIBING = LINES.indexOf('prescribing');

/** One record of the month's use, refilled for each organisation (monthlyCost reads it and keeps nothing). */
const use: MonthUse = { bedDays: 0, escalationBedDays: 0, packageMonths: 0, practiceNoise: 1, activityMultiplier: 1 };

/** Makes month `month`'s regular payments. */
export function payMonth(st: RunState, month: number): void {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  const mo = month % 12;
  const spend = st.flows.spendByLine;
  // Indexed loops: in a fresh process this runs before it is optimised, and a for-of loop then allocates an iterator result per element.
  for (let i = 0; i < w.systems.length; i++) {
    const sys = w.systems[i]!;
    L.transfer(w.external.nhsEngland, sys.icb, monthlyInstalment(st.envelopes[sys.index]!, mo), 'allocation', st.auth.nhse);
  }
  for (let i = 0; i < w.orgs.length; i++) {
    const f = st.councilFunding[i]!;
    if (f > 0) L.transfer(w.external.localGovernment, i, monthlyInstalment(f, mo), 'councilFunding', st.auth.localGov);
  }
  for (let i = 0; i < w.places.length; i++) {
    const p = w.places[i]!;
    const fund = st.dischargeFund[p.index]!;
    if (fund > 0) L.transfer(w.systems[p.system]!.icb, p.council, monthlyInstalment(fund, mo), 'dischargeFunding', st.auth.allocation[p.system]!);
  }
  for (let i = 0; i < st.delegatedPay.length; i++) {
    const d = st.delegatedPay[i]!;
    L.transfer(d.from, d.to, monthlyInstalment(d.annual, mo), 'delegation', d.auth);
  }
  for (let i = 0; i < st.contracts.length; i++) {
    const c = st.contracts[i]!;
    const pay = monthlyInstalment(c.annual, mo);
    const fraction = pay / c.annual;
    // A lead provider's own share stays with it.
    if (c.commissioner !== c.provider) {
      L.transfer(c.commissioner, c.provider, pay, KIND_DESCRIPTORS[w.orgs[c.provider]!.kind].paidAs, c.auth);
    }
    // A contract covers one or two lines: adding its zeros would change no sum (all terms are non-negative).
    for (let l = 0; l < LINE_COUNT; l++) {
      const v = c.byLine[l]!;
      if (v !== 0) spend[l]! += v * fraction;
    }
  }
  payActivity(st, month);
  for (let i = 0; i < w.orgs.length; i++) {
    const other = st.otherAnnual[i]!;
    if (other > 0) L.transfer(w.external.nhsEngland, i, monthlyInstalment(other, mo), 'otherIncome', st.auth.nhse);
  }
  for (let i = 0; i < w.places.length; i++) {
    const p = w.places[i]!;
    const cost = Math.round((st.prescribingBase[p.index]! / 12) * st.price * st.demand[p.index * LINE_COUNT + PRESCRIBING]!);
    let paid = 0;
    const payers = st.prescribingPayers[p.index]!;
    for (let k = 0; k < payers.length; k++) {
      const payer = payers[k]!;
      const part = k === payers.length - 1 ? cost - paid : Math.round(cost * payer.share);
      paid += part;
      L.transfer(payer.org, w.external.suppliers, part, 'prescribing', st.auth.spend[payer.org]!);
    }
    spend[PRESCRIBING]! += cost;
  }
  for (let i = 0; i < w.orgs.length; i++) {
    const o = w.orgs[i]!;
    // Commissioners carry no cost base of their own.
    if (KIND_DESCRIPTORS[o.kind].commissioner) continue;
    const pr = w.practiceOfOrg[o.index]!;
    use.practiceNoise = pr >= 0 ? lognormal(w.practices[pr]!.noise, s.demand.noise) : 1;
    use.bedDays = st.bedDays[o.index]!;
    use.escalationBedDays = st.escalationBedDays[o.index]!;
    use.packageMonths = st.packageMonths[o.index]!;
    use.activityMultiplier = st.activityMultiplier[o.index]!;
    const cost = monthlyCost(s, w, o.index, st.profiles[o.index]!, st.demand, st.planTrend, use);
    L.transfer(o.index, w.external.suppliers, Math.round(cost * st.costMultiplier[o.index]!), KIND_DESCRIPTORS[o.kind].spendsAs, st.auth.spend[o.index]!);
  }
}
