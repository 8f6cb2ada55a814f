/**
 * Non-recurrent support (MODEL.md §4.9; docs/CALIBRATION.md). In the accounts,
 * the gap between trusts' underlying (recurrent) position and their reported
 * result is bridged by one-off measures: non-recurrent allocations and deficit
 * support from NHS England, and the one-off income and balance-sheet measures
 * trusts find themselves. The model carries non-recurrent savings separately
 * (providerFinance.ts); this is the rest, as money from NHS England.
 *
 * Each year end, each system receives a pot of `finance.support.share` of its
 * trusts' income for the year, and shares it among its trusts in deficit in
 * proportion to their deficits, never more than a trust's deficit; what no
 * trust needs is not paid. The money is one-off: it improves the year's
 * result and balance, not the underlying position that next year's plan
 * starts from, so the deficit returns unless savings close it.
 */
import type { Ledger } from './ledger.ts';
import { isTrust } from './orgKinds.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';
import { valueIn } from './yearly.ts';

/**
 * Pays the year's non-recurrent support through the ledger.
 * @param auth the authorisation for a system's support (NHS England's)
 * @returns pence paid, per organisation index (zero for most)
 */
export function payDeficitSupport(s: Scenario, w: World, L: Ledger, year: number, auth: (system: number) => number): Float64Array {
  const paid = new Float64Array(w.orgs.length);
  const share = valueIn(s.finance.support.share, s.startYear, year);
  if (share <= 0) return paid;
  for (const sys of w.systems) {
    const trusts = w.orgs.filter((o) => o.system === sys.index && isTrust(o.kind));
    const pot = Math.round(share * trusts.reduce((a, o) => a + L.yearIn[o.index]!, 0));
    const deficits = trusts.map((o) => Math.max(0, L.yearOut[o.index]! - L.yearIn[o.index]!));
    const total = deficits.reduce((a, b) => a + b, 0);
    if (pot <= 0 || total <= 0) continue;
    const given = Math.min(pot, total);
    const a = auth(sys.index);
    trusts.forEach((o, i) => {
      const amount = Math.round((given * deficits[i]!) / total);
      if (amount <= 0) return;
      L.transfer(w.external.nhsEngland, o.index, amount, 'deficitSupport', a);
      paid[o.index] = amount;
    });
  }
  return paid;
}
