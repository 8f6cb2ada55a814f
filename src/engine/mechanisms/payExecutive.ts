/**
 * This month's payments for general practice's executive (see
 * planExecutiveFunding): by the ICB, or by the practices of each group's
 * places in proportion to their lists.
 */
import { splitPence } from '../splitPence.ts';
import { monthlyInstalment } from '../contracts.ts';
import type { RunState } from '../runState.ts';

/** Pays this month's instalment of the executive's cost. */
export function payExecutive(st: RunState, monthOfYear: number): void {
  const ex = st.executive;
  if (ex.cost <= 0) return;
  const w = st.world;
  const L = st.ledger;
  const monthly = monthlyInstalment(ex.cost, monthOfYear);
  const thisYear = ex.byYear[ex.byYear.length - 1]!;
  for (const g of st.voice.gplgs) {
    if (st.scenario.governance.gp.executive.funding === 'systemFunded') {
      L.transfer(w.systems[g.system]!.icb, w.external.suppliers, monthly, 'executiveFunding', ex.auth);
      ex.paid.icb += monthly;
      thisYear.icb += monthly;
      continue;
    }
    // The practices of the group's places pay by list, the rounding remainder on the practice whose id sorts last.
    const practices = g.places.flatMap((p) => w.places[p]!.practices);
    const parts = splitPence(
      monthly,
      practices.map((pr) => w.practices[pr]!.list),
      practices.map((pr) => w.orgs[w.practices[pr]!.org]!.id),
    );
    practices.forEach((pr, k) => L.transfer(w.practices[pr]!.org, w.external.suppliers, parts[k]!, 'executiveLevy', ex.auth));
    ex.paid.practices += monthly;
    thisYear.practices += monthly;
  }
}
