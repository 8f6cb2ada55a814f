/**
 * Events (docs/ODD.md §3 step 2, §7.14): sets this month's effects of the run's
 * events on the state. One-off effects happen in an event's first month.
 */
import { isActive, type ResolvedEvent } from '../events.ts';
import { KIND_DESCRIPTORS } from '../orgKinds.ts';
import type { RunState } from '../runState.ts';
import type { Place } from '../world.ts';
import { eventDescriptor } from '../eventTypes.ts';

/** Sets this month's event effects (acceptance delays, CD hours, cost and activity multipliers). */
export function applyEventEffects(st: RunState, month: number): void {
  const s = st.scenario;
  const w = st.world;
  st.acceptanceDays.fill(s.council.acceptanceDays);
  st.cdHoursFactor.fill(1);
  st.costMultiplier.fill(1);
  st.activityMultiplier.fill(1);
  for (const e of st.events) {
    if (month === e.start) startEvent(st, e);
    if (!isActive(e, month)) continue;
    switch (e.type) {
      case 'acuteOverspend':
        // The trust spends more than planned for the same activity (docs/ODD.md, events): its whole
        // cost rises by the magnitude, and no contract pays for it.
        for (const o of e.orgs) st.costMultiplier[o]! *= 1 + e.magnitude;
        break;
      case 'acuteOverperformance':
        // The trust treats more patients than planned (seed 000's Cumbria under Payment by Results): its
        // activity, and so its variable cost, rises; activity contracts bill the commissioners for it at
        // the marginal rate, a block does not.
        for (const o of e.orgs) st.activityMultiplier[o]! *= 1 + e.magnitude;
        break;
      case 'socialCareGoSlow':
        for (const p of e.places) st.acceptanceDays[p]! *= 1 + e.magnitude;
        break;
      case 'pcnWorkloadRampUp':
        for (const p of e.places) for (const c of w.places[p]!.pcns) st.cdHoursFactor[c] = Math.max(0, st.cdHoursFactor[c]! * (1 - e.magnitude));
        break;
      case 'hospitalClosure':
        if (!e.places.length) for (const o of e.orgs) st.costMultiplier[o]! *= 1 + e.magnitude;
        break;
      default:
        break;
    }
  }
  // Overlapping under-performance compounds, but never below the deepest fall recorded (eventTypes.ts).
  const floor = 1 + eventDescriptor('acuteOverperformance').minMagnitude!.value;
  if (st.events.length) for (let o = 0; o < st.activityMultiplier.length; o++) if (st.activityMultiplier[o]! < floor) st.activityMultiplier[o] = floor;
}

/** One-off effects at the start of an event. */
function startEvent(st: RunState, e: ResolvedEvent): void {
  const w = st.world;
  if (e.type === 'reorganisation') {
    // Community staff change employer: morale dips (seed 000's HR question).
    // Morale is 1 when normal; a reorganisation staff welcome (a negative magnitude) restores it at most to normal.
    for (const o of e.orgs) w.orgs[o]!.morale = Math.min(Math.max(1, w.orgs[o]!.morale), Math.max(0, w.orgs[o]!.morale - e.magnitude));
  }
  if (e.type === 'investment') {
    for (const p of e.places) st.investmentBoost[p]! *= 1 + e.magnitude;
  }
  if (e.type === 'hospitalClosure') {
    // A site closes: a share (the magnitude) of its places' acute activity moves, for good, to another
    // acute provider in the system, chosen by receivingTrust; where there is none, the trust absorbs the loss as cost.
    // Every site the event closes is closed before any receiver is chosen, so that none of them receives
    // another's activity and the order trusts are listed in decides nothing (issue 25).
    for (const o of e.orgs) st.closed[o] = 1;
    for (const o of e.orgs) {
      const alternative = receivingTrust(st, o);
      if (!alternative) {
        e.places = [];
        continue;
      }
      for (const p of w.places) {
        if (p.acute !== o) continue;
        p.acuteShift = { to: alternative.index, share: Math.min(1, Math.max(0, p.acuteShift.share + e.magnitude)) };
      }
    }
  }
}

/**
 * The acute provider that takes a closed trust's activity (issue 25: a stated
 * rule, not the first one listed). A scenario holds no distances, so the
 * nearest cannot be told; the rule is the largest other open acute or
 * integrated trust of the same system, by the resident population of the
 * places it serves as their acute provider, ties broken by id. Reordering the
 * scenario's lists does not change the choice.
 */
export function receivingTrust(st: RunState, closed: number): { index: number } | undefined {
  const w = st.world;
  const sys = w.orgs[closed]!.system;
  const served = new Map<number, number>();
  for (const p of w.places) if (p.system === sys) served.set(p.acute, (served.get(p.acute) ?? 0) + p.population);
  let best: { index: number; id: string; population: number } | undefined;
  for (const x of w.orgs) {
    if (x.system !== sys || x.index === closed || !KIND_DESCRIPTORS[x.kind].acuteProvider || st.closed[x.index] === 1) continue;
    const population = served.get(x.index) ?? 0;
    if (!best || population > best.population || (population === best.population && x.id < best.id)) best = { index: x.index, id: x.id, population };
  }
  return best;
}

/**
 * This month's activity against plan of the trusts that serve a place's acute care (acuteOverperformance),
 * weighted by the share each provides after a closure: it scales the place's admissions (stepFlows) and
 * what its commissioners pay for them (payActivity) alike.
 */
export function placeActivityMultiplier(st: RunState, place: Place): number {
  const moved = place.acuteShift.to >= 0 ? place.acuteShift.share : 0;
  return st.activityMultiplier[place.acute]! * (1 - moved) + (moved > 0 ? st.activityMultiplier[place.acuteShift.to]! * moved : 0);
}
