/**
 * The records a run keeps as it goes, in the shape of its output: year-end
 * rows, the monthly series, organisations and board power. Plain JSON-ready
 * data; money in pounds (rounded to pence), counts integers. result.ts puts
 * them together with the summary.
 */
import type { Line } from './lines.ts';
import type { MonthlyId } from './monthlyMetrics.ts';
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
  /** Underlying (recurrent) result: the result without one-off money (loans, pooling, backstop, transition costs) and non-recurrent savings. */
  underlying: number;
  /** Savings the organisation planned this year, and what it delivered (recurrent and non-recurrent). */
  savingsPlanned: number;
  savingsDelivered: number;
  /** 'none' when the organisation had no income that year (not counted). */
  outcome: Outcome;
}

/**
 * Monthly time series (index = month of the run): one per entry of the
 * registry's monthly table (monthlyMetrics.ts: beds occupied, delayed
 * discharges, care packages, emergency admissions, GP attendance, cohesion
 * and mandate gap, LMC contradiction), with the structured series below.
 */
export interface Series extends Record<MonthlyId, number[]> {
  /** Financial-year month labels, e.g. `2024-04`. */
  month: string[];
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

