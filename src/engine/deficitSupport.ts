/**
 * Non-recurrent support (docs/ODD.md §7.4; docs/CALIBRATION.md). In the accounts,
 * the gap between trusts' underlying (recurrent) position and their reported
 * result is bridged by one-off measures: non-recurrent allocations and deficit
 * support from NHS England, and the one-off income and balance-sheet measures
 * trusts find themselves. The model carries non-recurrent savings separately
 * (providerFinance.ts); this is NHS England's money, a policy input by year
 * (`finance.support.share`, for example the £1.2bn added to systems in
 * 2023/24: docs/SOURCES.md).
 *
 * Each year every trust receives `finance.support.share` of its planned
 * income: the money is shared on fair shares, as NHS England shared 2023/24's
 * additional funding among systems in proportion to their allocations, not
 * by need or by deficit. So it lifts every trust's result alike and does not
 * decide which trusts end the year in deficit. (Support paid to deficits, or
 * to planned gaps, would: it flattens the ranking of results that the
 * mechanisms produce.) The money is one-off: it improves the year's result
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
    if (!trusts.length) continue;
    const a = auth(sys.index);
    for (const o of trusts) {
      const amount = Math.round(share * o.plannedIncome);
      if (amount <= 0) continue;
      L.transfer(w.external.nhsEngland, o.index, amount, 'deficitSupport', a);
      paid[o.index] = amount;
    }
  }
  return paid;
}
