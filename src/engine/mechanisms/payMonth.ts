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
  for (const sys of w.systems) {
    L.transfer(w.external.nhsEngland, sys.icb, monthlyInstalment(st.envelopes[sys.index]!, mo), 'allocation', st.auth.nhse);
  }
  for (const o of w.orgs) {
    const f = st.councilFunding[o.index]!;
    if (f > 0) L.transfer(w.external.localGovernment, o.index, monthlyInstalment(f, mo), 'councilFunding', st.auth.localGov);
  }
  for (const p of w.places) {
    const fund = st.dischargeFund[p.index]!;
    if (fund > 0) L.transfer(w.systems[p.system]!.icb, p.council, monthlyInstalment(fund, mo), 'dischargeFunding', st.auth.allocation[p.system]!);
  }
  for (const d of st.delegatedPay) L.transfer(d.from, d.to, monthlyInstalment(d.annual, mo), 'delegation', d.auth);
  for (const c of st.contracts) {
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
  for (const o of w.orgs) {
    const other = st.otherAnnual[o.index]!;
    if (other > 0) L.transfer(w.external.nhsEngland, o.index, monthlyInstalment(other, mo), 'otherIncome', st.auth.nhse);
  }
  for (const p of w.places) {
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
  for (const o of w.orgs) {
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
