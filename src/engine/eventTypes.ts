/**
 * Kinds of event (docs/ODD.md §7.14), one descriptor each, as orgKinds.ts
 * describes kinds of organisation: what an event of the kind can hit, what its
 * magnitude and its cost mean, who pays the cost, what it multiplies and the
 * smallest magnitude it accepts. The scenario schema (names and field
 * descriptions), validation (parseScenario.ts), the resolution of targets
 * (events.ts), the payment of costs (mechanisms/payEventCosts.ts), the fuzz
 * checks and docs/ODD.md §7.14's table of events (tests/engine/eventTypes.test.ts)
 * follow this table. What an event does while it runs is in mechanisms/applyEventEffects.ts
 * (monthly multipliers and one-off starts), and an `allocationShock` scales the
 * envelope in mechanisms/planBudgets.ts; `effect` below says which.
 */

/** The organisations, places or systems an event of a kind can hit. */
export type EventTargets =
  /** Trusts that provide acute care, with the places they serve. */
  | 'acuteProviders'
  /** Organisations paid for social care (councils), with their places. */
  | 'councils'
  /** Organisations that are some place's community provider, with those places. */
  | 'communityProviders'
  /** Each place (its own organisation). */
  | 'places'
  /** Each system (its ICB and all its places). */
  | 'systems';

/** How an event's one-off cost is paid, through the ledger. */
export interface EventCost {
  /** `spread`: evenly over the event's months; `start`: all in its first month. */
  when: 'spread' | 'start';
  /** `place`: the place (its ICB when the place has no income); `self`: the organisation hit; `icb`: its system's ICB. */
  payer: 'place' | 'self' | 'icb';
  /** What the cost is, for the schema's description. */
  meaning: string;
}

/** What the rest of the engine needs to know about one kind of event. */
export interface EventDescriptor {
  /** Plain name, for the page's table of events. */
  label: string;
  targets: EventTargets;
  /** What `magnitude` means for this kind (for the schema's description). */
  magnitude: string;
  /** What the event does, in a few words, and where the code is. */
  effect: string;
  /** Its one-off cost, if the engine charges one; otherwise `cost` is ignored. */
  cost?: EventCost;
  /** What 1 + magnitude multiplies while it runs, if it multiplies a provider's spending: its whole cost or its activity (the fuzz checks bound spending by it). */
  multiplies?: 'cost' | 'activity';
  /** The smallest magnitude the model accepts, and why (validation reads it). */
  minMagnitude?: { value: number; why: string };
}

/** Every kind of event, in the order the schema lists them. */
export const EVENT_DESCRIPTORS = {
  acuteOverspend: {
    label: 'Acute trust overspend',
    targets: 'acuteProviders',
    magnitude: 'share of extra cost',
    effect: "multiplies the trust's whole cost while it runs (applyEventEffects)",
    multiplies: 'cost',
  },
  acuteOverperformance: {
    label: 'Acute trust over-performance',
    targets: 'acuteProviders',
    magnitude: 'share of extra activity',
    effect: "multiplies the trust's activity (its admissions, and so its beds, variable cost and activity income) while it runs, never below a quarter of plan (applyEventEffects)",
    multiplies: 'activity',
    // The deepest fall England has recorded, April 2020: elective admissions at about a quarter of what
    // was expected (Simon Stevens to the Health and Social Care Committee, June 2020), emergency admissions
    // 39% down on April 2019 (NHS England, May 2020). A trust that stops is a closure, not under-performance.
    minMagnitude: { value: -0.75, why: 'activity can fall by at most 75% of plan, the deepest fall recorded; a trust that stops is a hospitalClosure' },
  },
  hospitalClosure: {
    label: 'Hospital closure',
    targets: 'acuteProviders',
    magnitude: "share of its places' acute activity moved to another acute provider, or of extra cost where there is none",
    effect: 'moves activity for good at its start, or raises cost while it runs where nowhere can take it (applyEventEffects)',
    cost: { when: 'start', payer: 'icb', meaning: 'transition of a hospital closure, paid by the ICB' },
    // Where no other acute provider can take the activity, the closing trust's cost rises instead.
    multiplies: 'cost',
  },
  socialCareGoSlow: {
    label: 'Social care go-slow',
    targets: 'councils',
    magnitude: 'slowdown factor minus one: 1 doubles acceptance time',
    effect: "multiplies the council's acceptance time while it runs (applyEventEffects)",
  },
  pcnWorkloadRampUp: {
    label: 'PCN workload ramp-up',
    targets: 'places',
    magnitude: 'share of hours lost',
    effect: "cuts the hours of the place's PCN clinical directors while it runs (applyEventEffects)",
  },
  investment: {
    label: 'Community investment',
    targets: 'places',
    magnitude: 'rise of community spending index',
    effect: "raises the place's community spending index from its start (applyEventEffects)",
    cost: { when: 'spread', payer: 'place', meaning: 'investment, paid over its months by the place (or its ICB) to the community provider' },
  },
  reorganisation: {
    label: 'Reorganisation of community services',
    targets: 'communityProviders',
    magnitude: 'morale lost',
    effect: "lowers the provider's morale at its start (applyEventEffects)",
    cost: { when: 'start', payer: 'self', meaning: 'transition of a reorganisation, paid by the provider' },
  },
  allocationShock: {
    label: 'Allocation shock',
    targets: 'systems',
    magnitude: 'change of the envelope',
    effect: "scales the system's envelope in the planning round of an April it covers (planBudgets)",
    minMagnitude: { value: -0.9, why: 'an envelope can fall by at most 90% in a year' },
  },
} as const satisfies Record<string, EventDescriptor>;

/** One kind of event. */
export type EventType = keyof typeof EVENT_DESCRIPTORS;

/** The kinds of event, in the table's order. */
export const EVENT_TYPES = Object.keys(EVENT_DESCRIPTORS) as [EventType, ...EventType[]];

/** The descriptor of a kind, typed as the interface (optional fields readable on every kind). */
export function eventDescriptor(type: EventType): EventDescriptor {
  return EVENT_DESCRIPTORS[type];
}

/** The plain name of a kind of event (the name itself for one the table does not know). */
export function eventLabel(type: string): string {
  return (EVENT_DESCRIPTORS as Record<string, EventDescriptor | undefined>)[type]?.label ?? type;
}
