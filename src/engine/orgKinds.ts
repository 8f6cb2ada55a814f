/**
 * Kinds of organisation in a simulated system (docs/ODD.md §2.1), one descriptor
 * each. The mechanisms read a kind's properties here (is it a commissioner,
 * a trust, which lines it is paid for, where it sits on boards, which
 * finance rules apply to it) rather than comparing kind names, so a new kind
 * is one entry in {@link KIND_DESCRIPTORS} plus its per-kind parameters in
 * scenarioSchema.ts (docs/ARCHITECTURE.md, "Adding a kind of organisation").
 * Outcome counts are reported per kind.
 */
import type { Line } from './lines.ts';

/**
 * Every kind, in the order outcomes are reported. Order matters: the
 * scenario's per-kind tables list their keys in this order.
 */
export const ORG_KINDS = [
  'icb',
  'place',
  'acute',
  'community',
  'mentalHealth',
  'integrated',
  'practice',
  'council',
] as const;

/** One kind of organisation. */
export type OrgKind = (typeof ORG_KINDS)[number];

/** A priority profile in the scenario's `governance.priorities`. */
export type PriorityProfile = 'icb' | 'acute' | 'community' | 'mentalHealth' | 'council' | 'practice' | 'voluntary';

/** The bloc a kind's representatives sit in on a board; also its key in `governance.recognition`. */
export type KindBloc = 'icb' | 'trust' | 'council' | 'gp' | 'voluntary';

/** What the rest of the engine needs to know about one kind of organisation. */
export interface KindDescriptor {
  /** One organisation of the kind, in running text (`acute trust`). */
  label: string;
  /** Heading for the kind's organisations in charts and tables (`Acute trusts`). */
  plural: string;
  /** A commissioner holds an allocation and carries no cost base; everything else is a provider (providerFinance.ts). */
  commissioner: boolean;
  /**
   * An NHS trust: it has an entry in the scenario's per-trust tables
   * (`income.activityShare`, `income.otherIncome`), its ICB contracts are
   * bargained (contractBargaining.ts) and it shares in deficit support
   * (deficitSupport.ts).
   */
  trust: boolean;
  /** Runs an acute hospital: it can be hit by acute overspends and closures, and takes patients after another's closure. */
  acuteProvider: boolean;
  /** Lines it can be paid for under contract (contracts.ts pays each place's providers of each line); the first is its main line. */
  lines: readonly Line[];
  /** Title of its accountable officer, who signs its transfers. */
  officer: string;
  /** Board bloc of its representatives (and their recognition weight's key). */
  bloc: KindBloc;
  /** Priority profiles whose sum (normalised) its representative on a board holds. */
  priorities: readonly PriorityProfile[];
  /** The profile it decides with when it holds a place's budget as lead provider. */
  leadPriorities: PriorityProfile;
  /** The ICB's backstop tops up its year-end deficit and recovers it later (financeRules.ts, `icbBackstop`). */
  backstop: boolean;
  /** Persistent deficits bring intervention (docs/ODD.md §7.14). */
  intervention: boolean;
  /** Intervention withdraws its delegated budget (`finance.intervention.withdrawDelegation`). */
  losesDelegation: boolean;
  /** Holds the system's reserve (a share of the envelope kept back; the backstop draws on it). */
  holdsReserve: boolean;
  /** Receives local government funding (the council's own social care money). */
  localGovernmentFunded: boolean;
  /** Ledger reason of the payments it receives under contract. */
  paidAs: 'contract' | 'capitation' | 'section75';
  /** Ledger reason of its spending with suppliers. */
  spendsAs: 'staffAndGoods' | 'carePackages';
  /** Reported as one aggregate ('practices') in monthly balances rather than one series each. */
  aggregated: boolean;
  /** Prefix of generated organisations' ids (generateSystems.ts), where the generator creates the kind from counts. */
  idPrefix: string;
}

const TRUST_CHIEF = 'trust chief executive';

// Kept literal (as const) so the kind subsets below are types derived from the table.
const DESCRIPTORS = {
  icb: {
    label: 'ICB',
    plural: 'ICB',
    commissioner: true,
    trust: false,
    acuteProvider: false,
    lines: [],
    officer: 'ICB chief executive (accountable officer)',
    bloc: 'icb',
    priorities: ['icb'],
    leadPriorities: 'icb',
    backstop: false,
    intervention: true,
    losesDelegation: false,
    holdsReserve: true,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'icb',
  },
  place: {
    label: 'place',
    plural: 'Places',
    commissioner: true,
    trust: false,
    acuteProvider: false,
    lines: [],
    officer: 'place accountable officer',
    bloc: 'icb',
    priorities: ['icb'],
    leadPriorities: 'icb',
    backstop: true,
    intervention: true,
    losesDelegation: true,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'place',
  },
  acute: {
    label: 'acute trust',
    plural: 'Acute trusts',
    commissioner: false,
    trust: true,
    acuteProvider: true,
    lines: ['acute'],
    officer: TRUST_CHIEF,
    bloc: 'trust',
    priorities: ['acute'],
    leadPriorities: 'acute',
    backstop: true,
    intervention: true,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'acute',
  },
  community: {
    label: 'community trust',
    plural: 'Community trusts',
    commissioner: false,
    trust: true,
    acuteProvider: false,
    lines: ['community'],
    officer: TRUST_CHIEF,
    bloc: 'trust',
    priorities: ['community'],
    leadPriorities: 'community',
    backstop: true,
    intervention: true,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'com',
  },
  mentalHealth: {
    label: 'mental health trust',
    plural: 'Mental health trusts',
    commissioner: false,
    trust: true,
    acuteProvider: false,
    // A mental health trust may also be a place's community provider (parseScenario.ts).
    lines: ['mentalHealth', 'community'],
    officer: TRUST_CHIEF,
    bloc: 'trust',
    priorities: ['mentalHealth'],
    leadPriorities: 'mentalHealth',
    backstop: true,
    intervention: true,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'mh',
  },
  integrated: {
    label: 'integrated trust',
    plural: 'Integrated trusts',
    commissioner: false,
    trust: true,
    acuteProvider: true,
    lines: ['acute', 'community'],
    officer: TRUST_CHIEF,
    bloc: 'trust',
    // On a place board it speaks for both its services; as a lead provider it decides as an acute trust.
    priorities: ['acute', 'community'],
    leadPriorities: 'acute',
    backstop: true,
    intervention: true,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'contract',
    spendsAs: 'staffAndGoods',
    aggregated: false,
    idPrefix: 'int',
  },
  practice: {
    label: 'practice',
    plural: 'Practices',
    commissioner: false,
    trust: false,
    acuteProvider: false,
    lines: ['primaryCare'],
    officer: 'practice partners',
    bloc: 'gp',
    priorities: ['practice'],
    leadPriorities: 'practice',
    backstop: false,
    intervention: false,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: false,
    paidAs: 'capitation',
    spendsAs: 'staffAndGoods',
    aggregated: true,
    idPrefix: 'gp',
  },
  council: {
    label: 'council',
    plural: 'Councils',
    commissioner: false,
    trust: false,
    acuteProvider: false,
    lines: ['socialCare', 'prevention'],
    officer: 'director of adult social services',
    bloc: 'council',
    priorities: ['council'],
    leadPriorities: 'council',
    backstop: false,
    intervention: true,
    losesDelegation: false,
    holdsReserve: false,
    localGovernmentFunded: true,
    paidAs: 'section75',
    spendsAs: 'carePackages',
    aggregated: false,
    idPrefix: 'council',
  },
} as const satisfies Record<OrgKind, KindDescriptor>;

/**
 * The descriptor of each kind. Sources for the finance rules are in
 * docs/ODD.md §7.14 and §7.4; for board seats in docs/ODD.md §7.9.
 */
export const KIND_DESCRIPTORS: Readonly<Record<OrgKind, Readonly<KindDescriptor>>> = DESCRIPTORS;

/** The kinds whose descriptor has `trust: true`. */
export type TrustKind = { [K in OrgKind]: (typeof DESCRIPTORS)[K]['trust'] extends true ? K : never }[OrgKind];

/** The kinds that carry a cost base (descriptor `commissioner: false`). */
export type ProviderKind = { [K in OrgKind]: (typeof DESCRIPTORS)[K]['commissioner'] extends false ? K : never }[OrgKind];

/** Whether a kind is an NHS trust. */
export function isTrust(kind: OrgKind): kind is TrustKind {
  return KIND_DESCRIPTORS[kind].trust;
}

/** Whether a kind is a provider with a cost base (not a commissioner). */
export function isProviderKind(kind: OrgKind): kind is ProviderKind {
  return !KIND_DESCRIPTORS[kind].commissioner;
}

/** Trust kinds, in {@link ORG_KINDS} order: the keys of the scenario's per-trust tables. */
export const TRUST_KINDS: readonly TrustKind[] = ORG_KINDS.filter(isTrust);

/** Provider kinds, in {@link ORG_KINDS} order: the keys of the scenario's per-provider tables. */
export const PROVIDER_KINDS: readonly ProviderKind[] = ORG_KINDS.filter(isProviderKind);

/** The lines for which each place names one provider (its `acute`, `community` and `mentalHealth` fields). */
export const PLACE_NAMED_LINES = ['acute', 'community', 'mentalHealth'] as const satisfies readonly Line[];

/** The lines for which each place names one provider. */
export type PlaceNamedLine = (typeof PLACE_NAMED_LINES)[number];

/** The kinds paid for a line a place names a provider for. */
export type PlaceProviderKind = { [K in OrgKind]: [Extract<(typeof DESCRIPTORS)[K]['lines'][number], PlaceNamedLine>] extends [never] ? never : K }[OrgKind];

/** Whether a kind can be named by a place as the provider of one of {@link PLACE_NAMED_LINES}. */
export function isPlaceProviderKind(kind: OrgKind): kind is PlaceProviderKind {
  return KIND_DESCRIPTORS[kind].lines.some((l) => (PLACE_NAMED_LINES as readonly Line[]).includes(l));
}

/**
 * Kinds a system lists in its `trusts` and its places name for their acute,
 * community and mental health lines, in {@link ORG_KINDS} order (today
 * exactly the trust kinds; a provider that is not a trust can be one too).
 */
export const PLACE_PROVIDER_KINDS: readonly PlaceProviderKind[] = ORG_KINDS.filter(isPlaceProviderKind);

/** Headings of each kind in charts and tables, plus `practices` (all practices as one series). */
export const KIND_LABELS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(ORG_KINDS.map((k) => [k, KIND_DESCRIPTORS[k].plural])),
  practices: 'All practices',
};
