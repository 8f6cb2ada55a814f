/**
 * Events (docs/ODD.md §7.14): scripted in the scenario or drawn at random from
 * their own seeded stream (all draws are made when the run starts, so events
 * never shift other streams and two scenarios with one seed see the same
 * random events). Each event has a target, a start month, a duration and a
 * size; the simulation asks which events are active in a month and applies
 * their effects.
 */
import { KIND_DESCRIPTORS } from './orgKinds.ts';
import { stream } from './rng.ts';
import { eventDescriptor, type EventType } from './eventTypes.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { World } from './world.ts';

/** An event resolved to its targets. */
export interface ResolvedEvent {
  id: number;
  type: EventType;
  name: string;
  start: number;
  end: number;
  magnitude: number;
  /** One-off cost in pence. */
  cost: number;
  /** Org indices hit (trusts, councils, places' orgs or ICBs, by type). */
  orgs: number[];
  /** Place indices hit. */
  places: number[];
  /** System indices hit. */
  systems: number[];
  scripted: boolean;
  /** Months the start was put back (an investment deferred to fund a loan). */
  deferred: number;
}

/** Which organisations an event of a type can hit (its descriptor's `targets`, eventTypes.ts). */
function eligible(type: EventType, w: World): Array<{ orgs: number[]; places: number[]; systems: number[] }> {
  switch (eventDescriptor(type).targets) {
    case 'acuteProviders':
      return w.orgs.filter((o) => KIND_DESCRIPTORS[o.kind].acuteProvider).map((o) => ({ orgs: [o.index], places: w.places.filter((p) => p.acute === o.index).map((p) => p.index), systems: [o.system] }));
    case 'councils':
      return w.orgs.filter((o) => KIND_DESCRIPTORS[o.kind].lines.includes('socialCare')).map((o) => ({ orgs: [o.index], places: w.places.filter((p) => p.council === o.index).map((p) => p.index), systems: [o.system] }));
    case 'communityProviders':
      return w.orgs
        .filter((o) => w.places.some((p) => p.community === o.index))
        .map((o) => ({ orgs: [o.index], places: w.places.filter((p) => p.community === o.index).map((p) => p.index), systems: [o.system] }));
    case 'places':
      return w.places.map((p) => ({ orgs: [p.org], places: [p.index], systems: [p.system] }));
    case 'systems':
      return w.systems.map((s) => ({ orgs: [s.icb], places: s.places, systems: [s.index] }));
  }
}

/** Whether events of a type hit whole systems, named by the system's id. */
const bySystem = (type: EventType): boolean => eventDescriptor(type).targets === 'systems';

/**
 * Ids that can be given as the target of an event of a type in a world
 * (besides "all"): the organisations it can hit, and for place-level and
 * allocation events the places or systems.
 */
export function eventTargetIds(type: EventType, w: World): string[] {
  const ids = new Set<string>();
  for (const e of eligible(type, w)) {
    for (const o of e.orgs) ids.add(w.orgs[o]!.id);
    if (bySystem(type)) for (const sys of e.systems) ids.add(w.systems[sys]!.id);
    else if (e.places.length === 1) ids.add(w.places[e.places[0]!]!.id);
  }
  return [...ids];
}

/** Resolves a target id (system-qualified or local, or 'all') against the eligible targets of a type. */
function resolveTarget(type: EventType, target: string, w: World, index: number): { orgs: number[]; places: number[]; systems: number[] } {
  const all = eligible(type, w);
  if (target === 'all') {
    return { orgs: [...new Set(all.flatMap((e) => e.orgs))], places: [...new Set(all.flatMap((e) => e.places))], systems: [...new Set(all.flatMap((e) => e.systems))] };
  }
  const matches = (id: string) => id === target || id.endsWith(`:${target}`);
  const hit = all.filter(
    (e) => e.orgs.some((o) => matches(w.orgs[o]!.id)) || (!bySystem(type) && e.places.length === 1 && matches(w.places[e.places[0]!]!.id)) || e.systems.some((s) => w.systems[s]!.id === target && bySystem(type)),
  );
  if (hit.length === 0) {
    throw new RangeError(`events[${index}].target: "${target}" is not a target of ${/^[aeiou]/i.test(type) ? 'an' : 'a'} ${type} event (try "all" or an id such as ${all[0] ? w.orgs[all[0].orgs[0]!]!.id : 'none'})`);
  }
  return { orgs: [...new Set(hit.flatMap((e) => e.orgs))], places: [...new Set(hit.flatMap((e) => e.places))], systems: [...new Set(hit.flatMap((e) => e.systems))] };
}

/**
 * Checks every scripted event's target against a world, without drawing
 * anything: what `resolveEvents` would refuse, as `{ path, message }` pairs
 * (used by parseScenario, so that `validate` rejects what a run cannot do).
 */
export function eventTargetIssues(s: Scenario, w: World): Array<{ path: string; message: string }> {
  const out: Array<{ path: string; message: string }> = [];
  s.events.forEach((e, i) => {
    try {
      resolveTarget(e.type, e.target, w, i);
    } catch (err) {
      const text = (err as Error).message;
      out.push({ path: `events[${i}].target`, message: text.replace(/^events\[\d+\]\.target: /, '') });
    }
  });
  return out;
}

/** Resolves scripted events and draws random ones for the whole run. */
export function resolveEvents(s: Scenario, w: World, seed: string | number, totalMonths: number): ResolvedEvent[] {
  const out: ResolvedEvent[] = [];
  if (!s.eventsEnabled) return out;
  s.events.forEach((e, i) => {
    const t = resolveTarget(e.type, e.target, w, i);
    out.push({ id: out.length, type: e.type, name: e.name ?? e.type, start: e.month, end: e.month + e.durationMonths, magnitude: e.magnitude, cost: Math.round(e.cost * 100), ...t, scripted: true, deferred: 0 });
  });
  s.randomEvents.forEach((r, i) => {
    // One stream per event kind and target, so adding a kind or a target shifts nothing else; targets are
    // taken in the order of their keys, so that the order organisations are listed in changes no event's id (issue 25).
    const targets = eligible(r.type, w)
      .map((t) => ({ t, key: `${i}:${r.type}:${t.orgs.map((o) => w.orgs[o]!.id).join('+')}` }))
      .sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    targets.forEach(({ t, key }, k) => {
      const rng = stream(seed, 'events', key);
      const p = r.ratePerYear / 12;
      for (let m = 0; m < totalMonths; m++) {
        if (rng() < p) {
          out.push({ id: out.length, type: r.type, name: `random ${r.type}`, start: m, end: m + r.durationMonths, magnitude: r.magnitude, cost: Math.round(r.cost * 100), ...t, scripted: false, deferred: 0 });
          void k;
          m += r.durationMonths - 1;
        }
      }
    });
  });
  return out;
}

/** Whether an event is running in a month. */
export function isActive(e: ResolvedEvent, month: number): boolean {
  return month >= e.start && month < e.end;
}
