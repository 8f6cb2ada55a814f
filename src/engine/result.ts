/**
 * The shape of a run's output: plain JSON-ready data. Money is in pounds
 * (rounded to pence); counts are integers. The summary's type is derived
 * from the metric registry (metrics.ts), so an output is defined once.
 */
import type { DecisionRecord } from './boards/planningRound.ts';
import type { DevolutionDecision } from './boards/decideDevolution.ts';
import type { AnyMetric, SummaryOf } from './metrics.ts';
import type { BoardPower, OrgInfo, Series, YearRow } from './runRecords.ts';

export type { BoardPower, OrgInfo, Series, YearRow } from './runRecords.ts';

/**
 * Headline figures of a run: one field per entry of the metric registry
 * (metrics.ts, where each is labelled and defined), at its dotted path.
 */
export type Summary = SummaryOf<AnyMetric>;

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
