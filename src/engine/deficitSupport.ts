/**
 * Non-recurrent support (MODEL.md §4.9; docs/CALIBRATION.md). In the accounts,
 * the gap between trusts' underlying (recurrent) position and their reported
 * result is bridged by one-off measures: non-recurrent allocations and deficit
 * support from NHS England, and the one-off income and balance-sheet measures
 * trusts find themselves. The model carries non-recurrent savings separately
 * (providerFinance.ts); this is NHS England's money, a policy input by year
 * (`finance.support.share`, for example the £1.2bn added to systems in
 * 2023/24: docs/SOURCES.md).
 *
 * Each year, each system's pot is `finance.support.share` of its trusts'
 * planned income. It is shared among its trusts in proportion to the gaps
 * they planned in April (planned cost above planned income), as support is
 * agreed with plans, never more than a trust's planned gap; what no plan
 * needs is not paid. Because it follows plans and not outturns, it does not
 * decide which trusts end the year in deficit: a trust that does worse than
 * it planned still does. The money is one-off: it improves the year's result
 * and balance, not the underlying position next year's plan starts from. It
 * is paid at year end.
 */
import type { Ledger } from './ledger.ts';
import { isTrust } from './orgKinds.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';
import { valueIn } from './yearly.ts';

/**
 * Pays the year's non-recurrent support through the ledger.
 * @param year the run's year (0 = the first), for the year's support share
 * @param auth the authorisation for a system's support (NHS England's)
 * @returns pence paid, per organisation index (zero for most)
 */
export function payDeficitSupport(s: Scenario, w: World, L: Ledger, year: number, auth: (system: number) => number): Float64Array {
  const paid = new Float64Array(w.orgs.length);
  const share = valueIn(s.finance.support.share, s.startYear, year);
  if (share <= 0) return paid;
  for (const sys of w.systems) {
    const trusts = w.orgs.filter((o) => o.system === sys.index && isTrust(o.kind));
    const pot = Math.round(share * trusts.reduce((a, o) => a + o.plannedIncome, 0));
    const gaps = trusts.map((o) => Math.max(0, o.plannedCost - o.plannedIncome));
    const total = gaps.reduce((a, b) => a + b, 0);
    if (pot <= 0 || total <= 0) continue;
    const given = Math.min(pot, total);
    const a = auth(sys.index);
    trusts.forEach((o, i) => {
      const amount = Math.round((given * gaps[i]!) / total);
      if (amount <= 0) return;
      L.transfer(w.external.nhsEngland, o.index, amount, 'deficitSupport', a);
      paid[o.index] = amount;
    });
  }
  return paid;
}
