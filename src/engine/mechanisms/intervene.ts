/**
 * Intervention after consecutive deficits (docs/ODD.md §7.14): the leadership of
 * an organisation in deficit `afterDeficits` years running is replaced (its
 * priorities move towards the ICB's), and a place may lose its delegated
 * budget. ICBs in deficit are intervened in too (NHS England's recovery
 * support); practices are independent contractors and are not.
 */
import { fyLabel } from '../calendar.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import type { RunState } from '../runState.ts';

/** Intervenes after the accounts of financial year `year` close. */
export function intervene(st: RunState, year: number): void {
  const s = st.scenario;
  const iv = s.finance.intervention;
  for (const o of st.world.orgs) {
    if (o.deficitYears < iv.afterDeficits || !KIND_DESCRIPTORS[o.kind].intervention) continue;
    o.deficitYears = 0;
    o.leadershipReset = Math.min(1, o.leadershipReset + iv.priorityReset * (1 - o.leadershipReset));
    st.intervened[o.index] = 1;
    const withdraw = KIND_DESCRIPTORS[o.kind].losesDelegation && iv.withdrawDelegation;
    if (withdraw) st.withdrawn[o.place] = 1;
    st.interventions.push({ year: s.startYear + year, fy: fyLabel(s.startYear + year), org: o.id, kind: o.kind, delegationWithdrawn: withdraw });
  }
}
