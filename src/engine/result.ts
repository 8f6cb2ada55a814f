/**
 * The shape of a run's output: plain JSON-ready data. Money is in pounds
 * (rounded to pence); counts are integers.
 */
import type { Line } from './lines.ts';
import type { OrgKind } from './orgKinds.ts';
import type { DecisionRecord } from './boards/planningRound.ts';
import type { DevolutionDecision } from './boards/decideDevolution.ts';

/** Surplus, break-even and deficit counts (organisation-years). */
export interface OutcomeCounts {
  surplus: number;
  breakeven: number;
  deficit: number;
}

/** Outcome of one organisation's financial year. */
export type Outcome = 'surplus' | 'breakeven' | 'deficit' | 'none';

/** One row of the year-end table. */
export interface YearRow {
  /** Calendar year in which the financial year starts. */
  year: number;
  /** e.g. `2024/25`. */
  fy: string;
  org: string;
  kind: OrgKind;
  /** Place id, or '' for organisations spanning places. */
  place: string;
  income: number;
  spend: number;
  /** income - spend. */
  result: number;
  /** Cumulative balance at year end. */
  balance: number;
  /** Underlying (recurrent) result: the result without one-off money (loans, pooling, backstop, transition costs) and non-recurrent savings. */
  underlying: number;
  /** Savings the organisation planned this year, and what it delivered (recurrent and non-recurrent). */
  savingsPlanned: number;
  savingsDelivered: number;
  /** 'none' when the organisation had no income that year (not counted). */
  outcome: Outcome;
}

/** Monthly time series (index = month of the run). */
export interface Series {
  /** Financial-year month labels, e.g. `2024-04`. */
  month: string[];
  bedsOccupied: number[];
  delayedDischarges: number[];
  carePackages: number[];
  emergencyAdmissions: number[];
  /** Commissioners' spending per line in the month (GBP). */
  spendingByLine: Record<Line, number[]>;
  /** Per place: beds occupied and delayed discharges (monthly means). */
  byPlace: Array<{ place: string; bedsOccupied: number[]; delayedDischarges: number[] }>;
  /** Mean running attendance rate of PCN clinical directors at place boards. */
  gpAttendance: number[];
  /** Mean cohesion of what general practice says at place boards. */
  gpCohesion: number[];
  /** Mean mandate gap: distance between what GP carries to boards and what its practices want. */
  mandateGap: number[];
  /** Share of places where the LMC contradicts the PCNs. */
  contradiction: number[];
  /** Balance at month end of every organisation except practices (GBP), plus all practices summed. */
  balances: Array<{ org: string; kind: OrgKind | 'practices'; values: number[] }>;
}

/** Description of an organisation in the run. */
export interface OrgInfo {
  id: string;
  name: string;
  kind: OrgKind;
  system: string;
  place: string;
}

/** Headline figures of a run. */
export interface Summary {
  /** Outcome counts over the run and by kind (by year: {@link Summary.yearly}). */
  outcomes: OutcomeCounts & {
    byKind: Record<OrgKind, OutcomeCounts>;
  };
  ledger: {
    /** True when every monthly audit passed (a failure stops the run instead). */
    conserved: boolean;
    transfers: number;
    /** Money that entered from outside (GBP). */
    inflow: number;
    /** Money that left to suppliers (GBP). */
    outflow: number;
  };
  /** Sum of all organisations' balances at the end (GBP); equals inflow - outflow. */
  systemBalance: number;
  /**
   * GP influence (docs/ODD.md §7.13): the budget-weighted mean over all decisions of
   * how far general practice's presence moved the decision from the one taken
   * with its seats empty towards its ideal, in its own utility:
   * (u(a) - u(a0)) / (u(g) - u(a0)). 0 where GP has no seat. Null when no
   * decision was negotiated.
   */
  gpInfluence: number | null;
  /** How good the decisions were for general practice, from its worst feasible outcome (0) to its ideal (1). */
  gpSuccess: number | null;
  /** The success general practice would have had with its seats empty. */
  gpLuck: number | null;
  /** Mean delegated share in the last year (moves year by year when devolution is contested). */
  delegatedShare: number;
  /** GP's influence, success and luck by kind of board (icb, place, leadProvider). */
  gpPowerByScope: Record<string, { gpInfluence: number | null; gpSuccess: number | null; gpLuck: number | null }>;
  /** Per financial year (keyed by its starting calendar year): outcome counts, GP's power and each rule's share of the decisions. */
  yearly: Record<
    string,
    OutcomeCounts & {
      gpInfluence: number | null;
      gpSuccess: number | null;
      gpLuck: number | null;
      decisionsByRule: Record<string, number>;
      /** Mean share of the envelope delegated to places that year. */
      delegatedShare: number;
      /** General practice's executive that year: the share of it funded, and what practices and the ICB paid (GBP). */
      executive: { fundedShare: number; paidByPractices: number; paidByIcb: number };
      byKind: Partial<Record<OrgKind, OutcomeCounts>>;
    }
  >;
  /** Budget-weighted mean share of the utility gained by each bloc. */
  blocShares: Record<string, number>;
  /** Decisions by rule (consensus, majority, executive, statusQuo). */
  decisionsByRule: Record<string, number>;
  /** Mean attendance, cohesion and mandate gap of general practice over the run. */
  gpAttendance: number;
  gpCohesion: number;
  mandateGap: number;
  /** Loans between places (GBP). */
  /** Loans between places; `notMadeForBreachRisk` and `notMadeAmount` (GBP): loans an officer would have made without approval but did not, weighing a breach's consequences (seed 000's trade-off: fewer breaches, fewer rescues). */
  loans: { made: number; repaid: number; defaulted: number; open: number; principal: number; outstanding: number; refused: number; notMadeForBreachRisk: number; notMadeAmount: number };
  /** General practice's executive: who pays (seed 004), the share of it funded in the last year, and what practices and the ICB paid over the run (GBP). */
  executive: { funding: 'existingRoles' | 'practiceLevy' | 'systemFunded'; fundedShare: number; paidByPractices: number; paidByIcb: number };
  /** What proven breaches cost: investigations, officers removed, delegations suspended, penalties (GBP). */
  breachConsequences: { investigated: number; officersRemoved: number; delegationsSuspended: number; penalties: number };
  /** Loans made without a needed ICB approval (docs/ODD.md §7.14a). */
  accountabilityBreaches: number;
  /** Interventions after consecutive deficits. */
  interventions: number;
  /** Changes of place board leader over the run (tenure and turnover). */
  leaderChanges: number;
  /** Events that started during the run. */
  events: number;
  /** Mean share of occupied acute beds held by delayed discharges. */
  delayedDischargeShare: number;
  /** Mean delayed discharges (beds) over the run. */
  delayedDischarges: number;
  /** Last year: trusts in deficit, and the aggregate trust result as a share of trust income. */
  lastYear: {
    fy: string;
    trustsInDeficit: number;
    trusts: number;
    acuteShareOfTrustDeficits: number;
    /** Trusts' income in the last year (GBP). */
    trustIncome: number;
    /** Trusts' aggregate underlying result (without one-off money and non-recurrent savings) as a share of their income. */
    trustUnderlyingShareOfIncome: number;
    /** Acute and integrated trusts' aggregate result as a share of their income. */
    acuteResultShareOfIncome: number;
    /** By NHS region, when the systems name regions: trusts, those in deficit, and their aggregate result as a share of income. */
    byRegion?: Record<string, { trusts: number; trustsInDeficit: number; trustResultShareOfIncome: number }>;
    trustResultShareOfIncome: number;
  };
}

/** Power indices of one board's voting game. */
export interface BoardPower {
  board: string;
  seats: string[];
  blocs: string[];
  weights: number[];
  quota: number;
  banzhaf: number[];
  banzhafAbsolute: number[];
  shapleyShubik: number[];
}

/** Everything a run returns. */
export interface RunResult {
  meta: {
    icsim: string;
    scenario: string;
    scenarioHash: string;
    seed: string | number;
    years: number;
    startYear: number;
    organisations: number;
  };
  summary: Summary;
  /** Power indices of every board's voting game. */
  power: BoardPower[];
  /** Loans between places, with who authorised and signed them. */
  loans: Array<{ id: number; lender: string; borrower: string; month: number; principal: number; outstanding: number; rate: number; termYears: number; approvedBy: string; officer: string; breach: boolean; status: string; deferredInvestment: string | null }>;
  /** Interventions after consecutive deficits. */
  /** Every loan made without a needed approval (an accountability breach) and what followed: investigation, the accountable officer removed, delegation suspended (years), a penalty (GBP). */
  breaches: Array<{ loan: number; lender: string; month: number; fy: string; investigated: boolean; officerRemoved: boolean; delegationSuspendedYears: number; penalty: number }>;
  interventions: Array<{ year: number; fy: string; org: string; kind: string; delegationWithdrawn: boolean }>;
  /** Contested devolution: each system's yearly decision on the delegated share (empty when the share is a fixed input). */
  devolution: DevolutionDecision[];
  /** Events of the run. */
  events: Array<{ type: string; name: string; start: number; end: number; magnitude: number; targets: string[]; scripted: boolean; deferred: number }>;
  /** The decision log: every negotiation, enough to replay it. */
  decisions: DecisionRecord[];
  organisations: OrgInfo[];
  years: YearRow[];
  series: Series;
}
