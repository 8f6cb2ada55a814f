/**
 * What events cost (docs/ODD.md §7.14), through the ledger: community
 * investment spread over its months; transition costs of a reorganisation or
 * a hospital closure in their first month.
 */
import { eventDescriptor } from '../eventTypes.ts';
import { isActive } from '../events.ts';
import type { RunState } from '../runState.ts';

/** Pays this month's event costs. */
export function payEventCosts(st: RunState, month: number): void {
  const w = st.world;
  const L = st.ledger;
  for (const e of st.events) {
    const cost = eventDescriptor(e.type).cost;
    if (!cost || e.cost <= 0 || !isActive(e, month)) continue;
    if (cost.when === 'spread') {
      const months = e.end - e.start;
      const part = Math.floor(e.cost / months) + (month === e.end - 1 ? e.cost - Math.floor(e.cost / months) * months : 0);
      for (const p of e.places) {
        const place = w.places[p]!;
        const payer = L.yearIn[place.org]! > 0 ? place.org : w.systems[place.system]!.icb;
        const a = L.authorise(`investment ${e.name}`, w.orgs[payer]!.id, w.orgs[payer]!.officer);
        L.transfer(payer, place.community, Math.round(part / e.places.length), 'investment', a);
      }
    } else if (month === e.start) {
      // A reorganising provider pays its own transition; the ICB pays for closing a hospital (eventTypes.ts).
      for (const o of e.orgs) {
        const payer = cost.payer === 'icb' ? w.systems[w.orgs[o]!.system]!.icb : o;
        const a = L.authorise(`transition cost of ${e.name}`, w.orgs[payer]!.id, w.orgs[payer]!.officer);
        L.transfer(payer, w.external.suppliers, Math.round(e.cost / e.orgs.length), 'transitionCost', a);
      }
    }
  }
}
