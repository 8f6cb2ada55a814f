/**
 * Who pays what through the year (docs/ODD.md §3 step 4, §7.14): each place's acute
 * activity (the ICB for the central part, the delegate for the delegated
 * part), its prescribing, and the monthly transfer of delegated budgets.
 */
import type { YearBudgets } from '../boards/planAllocation.ts';
import { fyLabel } from '../calendar.ts';
import { LINES } from '../lines.ts';
import type { RunState } from '../runState.ts';
import type { YearContracts } from './planContracts.ts';

const ACUTE = LINES.indexOf('acute');

/** Sets the year's payers of activity and prescribing, and the delegated payments. */
export function planPayers(st: RunState, year: number, yb: YearBudgets, c: YearContracts): void {
  const s = st.scenario;
  const w = st.world;
  const L = st.ledger;
  const fy = fyLabel(s.startYear + year);
  const { central, delegated, delegateAuth } = c;
  st.activityPayers = w.places.map((p) => {
    const cen = yb.central[p.index]![ACUTE]!;
    const d = yb.delegated[p.index]![ACUTE]!;
    const del = yb.delegate[p.index]!;
    const icb = w.systems[p.system]!.icb;
    if (del < 0 || d <= 0 || cen + d <= 0) return [{ org: icb, share: 1, auth: st.auth.allocation[p.system]! }];
    const delAuth = delegateAuth.get(del) ?? L.authorise(`allocation ${fy} of the delegated budget`, w.orgs[del]!.id, w.orgs[del]!.officer);
    delegateAuth.set(del, delAuth);
    return [
      { org: icb, share: cen / (cen + d), auth: st.auth.allocation[p.system]! },
      { org: del, share: d / (cen + d), auth: delAuth },
    ];
  });
  st.prescribing = Float64Array.from(w.places, (p) => central.prescribing[p.index]! + delegated.prescribing[p.index]!);
  st.prescribingPayers = w.places.map((p) => {
    const total = st.prescribing[p.index]!;
    const icb = w.systems[p.system]!.icb;
    const del = yb.delegate[p.index]!;
    if (del < 0 || total <= 0) return [{ org: icb, share: 1 }];
    const share = delegated.prescribing[p.index]! / total;
    return [
      { org: icb, share: 1 - share },
      { org: del, share },
    ];
  });
  st.delegatedPay = [];
  for (const p of w.places) {
    const del = yb.delegate[p.index]!;
    if (del < 0) continue;
    const annual = Math.round(yb.delegated[p.index]!.reduce((a, v) => a + v, 0));
    const icb = w.systems[p.system]!.icb;
    st.delegatedPay.push({ from: icb, to: del, annual, auth: st.auth.allocation[p.system]! });
  }
}
