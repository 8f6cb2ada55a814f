/**
 * Care-package capacity follows what the council can buy (MODEL.md §4.9): its
 * funding plus the NHS social care line, in real terms at its input prices,
 * against the first year. Delays then rise when funding falls behind demand.
 */
import { LINES } from '../lines.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import type { RunState } from '../runState.ts';

const SOCIAL_CARE = LINES.indexOf('socialCare');

/** Sets each place's care-package capacity for the year from its council's money. */
export function planSocialCareCapacity(st: RunState, year: number, budgets: Float64Array[]): void {
  const w = st.world;
  const money = new Float64Array(w.orgs.length);
  for (const o of w.orgs) if (KIND_DESCRIPTORS[o.kind].localGovernmentFunded) money[o.index] = st.councilFunding[o.index]!;
  for (const p of w.places) money[p.council]! += budgets[p.index]![SOCIAL_CARE]!;
  if (year === 0) st.councilMoneyBase = money;
  for (const p of w.places) {
    const base = st.councilMoneyBase[p.council]!;
    const real = base > 0 ? money[p.council]! / base / w.orgs[p.council]!.costIndex : 1;
    st.packageCapacityNow[p.index] = p.packageCapacity * real;
  }
}
