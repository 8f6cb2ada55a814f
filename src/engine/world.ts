/**
 * The simulated world: plain data, built once from a scenario and a seed
 * (see buildWorld) and then advanced month by month (see simulation).
 */
import type { OrgKind } from './orgKinds.ts';
import type { RandomStream } from './rng.ts';

/** An organisation: anything that holds an account in the ledger. */
export interface Org {
  /** Index in {@link World.orgs} and ledger account id. */
  index: number;
  /** Unique id, prefixed by its system, e.g. `north:acute-1`. */
  id: string;
  name: string;
  kind: OrgKind;
  /** Index of its system. */
  system: number;
  /** Index of its place, or -1 for organisations spanning places. */
  place: number;
  /** Underlying (recurrent) position at the start, share of income: drawn at build time around its kind's. */
  startPosition: number;
  /** Last year's underlying (recurrent) result as a share of income (the start position before the first year end). */
  underlyingShare: number;
  /** Workforce morale in [0, 1]; 1 is normal. Low morale raises vacancies, covered at a premium. */
  morale: number;
  /** Recurrent operating cost (pay and non-pay) at planned activity this year, pence a year, current prices. */
  operating: number;
  /** Estate cost (depreciation and capital charges), pence a year, fixed in cash. */
  estate: number;
  /** Index of this organisation's input prices (pay and non-pay) since the year before the run (1 then). */
  costIndex: number;
  /**
   * Scale on its bed-day and care-package costs (1 normally): below 1 only where the scenario's unit
   * costs would have cost more than the organisation spent in its starting year, whose outturn anchors
   * its cost base (docs/ODD.md 7.4).
   */
  explicitScale: number;
  /** This year's planned cost and income (pence), from the planning round. */
  plannedCost: number;
  plannedIncome: number;
  /** This year's savings plan and what it delivers, recurrently and non-recurrently (pence). */
  savingsPlan: number;
  savingsRecurrent: number;
  savingsNonRecurrent: number;
  /** Deficit still to be repaid (pence). */
  debt: number;
  /** Consecutive years ending in deficit. */
  deficitYears: number;
  /** How far intervention has moved its leadership's priorities towards the ICB's (0 none, 1 fully). */
  leadershipReset: number;
  /** Accountable officer's title, used to sign transfers. */
  officer: string;
}

/** Patient-flow stocks of a place's acute pathway (people). */
export interface AcuteStocks {
  /** Patients in a bed who still need acute care. */
  treating: number;
  /** Medically fit patients waiting for a care package (delayed discharges). */
  delayed: number;
  /** Care packages running, funded by the council. */
  packages: number;
  /** Third-order delay stages of the community spending index (SD material delay). */
  communityLag: [number, number, number];
}

/** A place: the population unit for demand and flows. */
export interface Place {
  index: number;
  id: string;
  name: string;
  system: number;
  /** Org index of the place's own account (a place-based partnership). */
  org: number;
  population: number;
  need: number;
  /** Acute activity relative to what its need-based allocation funds (1 = as expected). */
  activityRate: number;
  /** Whether the place board's leader is new this financial year (turnover, docs/ODD.md §7.14a). */
  leaderNew: boolean;
  /** Leader changes over the run so far. */
  leaderChanges: number;
  council: number;
  acute: number;
  /** Share of the place's acute activity moved to another trust after a hospital closure, and that trust (-1 if none). */
  acuteShift: { to: number; share: number };
  community: number;
  mentalHealth: number;
  pcns: number[];
  practices: number[];
  stocks: AcuteStocks;
  /** Admissions a day at the start (for steady-state initialisation). */
  baseAdmissionsPerDay: number;
  /** Care-package capacity (packages). */
  packageCapacity: number;
  /**
   * Most beds this place's patients can occupy: its share of its acute provider's bed base, set from
   * occupancy at the start, at the escalation ceiling (`acute.maxOccupancy`).
   */
  bedCeiling: number;
  /** Demand noise stream of this place (plain data). */
  demandStream: RandomStream;
}

/** A primary care network. */
export interface Pcn {
  index: number;
  id: string;
  name: string;
  system: number;
  place: number;
  practices: number[];
}

/** A GP practice (the org holds its account). */
export interface Practice {
  index: number;
  org: number;
  pcn: number;
  place: number;
  list: number;
  gpFte: number;
  /** This practice's own workload noise stream, keyed by its full id (plain data). */
  noise: RandomStream;
}

/** An integrated care system and its board. */
export interface System {
  index: number;
  id: string;
  name: string;
  /** NHS region ('' when not given). */
  region: string;
  /** Org index of the ICB. */
  icb: number;
  places: number[];
  population: number;
  /** Sum over places of population x need. */
  weightedPopulation: number;
}

/** The whole world of one run. */
export interface World {
  seed: string | number;
  orgs: Org[];
  systems: System[];
  places: Place[];
  pcns: Pcn[];
  practices: Practice[];
  /** Practice record of each org (or -1). */
  practiceOfOrg: Int32Array;
  /** Ledger accounts for money from outside and to outside. */
  external: { nhsEngland: number; localGovernment: number; suppliers: number };
}
