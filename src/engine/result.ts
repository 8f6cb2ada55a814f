/**
 * The shape of a run's output: plain JSON-ready data. Money is in pounds
 * (rounded to pence); counts are integers.
 */
import type { Line } from './lines.ts';
import type { OrgKind } from './orgKinds.ts';

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
  outcomes: OutcomeCounts & {
    byKind: Record<OrgKind, OutcomeCounts>;
    byYear: Array<OutcomeCounts & { year: number; fy: string }>;
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
    trustResultShareOfIncome: number;
  };
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
  organisations: OrgInfo[];
  years: YearRow[];
  series: Series;
}
