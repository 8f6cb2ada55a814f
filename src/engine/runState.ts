/**
 * The state of one run, as plain data: everything the mechanisms read and
 * write between months. Records per organisation, place, PCN and board live
 * in {@link World}; per-entity numbers the run adds are typed arrays indexed
 * like the world's lists; random streams are the four numbers of their
 * generator ({@link RandomStream}), not closures. The ledger and the
 * collector keep their own columns. Nothing here holds a function, so a run
 * can be saved at any month and continued byte for byte (`checkpoint.ts`).
 *
 * Mechanisms are free functions over this record (`mechanisms/`), called by
 * `Simulation.step()` in the order of the schedule (schedule.ts, docs/ODD.md §3); `createRunState` builds it.
 */
import type { DecisionRecord } from './boards/planningRound.ts';
import type { AllocationMemory, DevolutionState } from './boards/planAllocation.ts';
import type { BoardSeats } from './boards/seats.ts';
import type { Contract } from './contracts.ts';
import type { CostProfile } from './costModel.ts';
import type { ResolvedEvent } from './events.ts';
import type { Recovery } from './financeRules.ts';
import type { Ledger } from './ledger.ts';
import type { LoanBook } from './loans.ts';
import type { BoardPower, Series, YearRow } from './runRecords.ts';
import type { RandomStream } from './rng.ts';
import type { Scenario } from './scenarioSchema.ts';
import type { GpVoiceState } from './voice/gpVoice.ts';
import type { World } from './world.ts';

/**
 * The collector's own state (plain data; `collector.ts` fills it): the
 * monthly series (left empty in a summary-only run) and the running sums the
 * summary reads, which both kinds of run keep.
 */
export interface ObservationState {
  series: Series;
  /** Sums over months of general practice's attendance, cohesion and mandate gap, as recorded (rounded). */
  attendanceSum: number;
  cohesionSum: number;
  mandateGapSum: number;
  /** Organisations whose balances are tracked one by one (all but practices), and the practices summed. */
  tracked: number[];
  practiceOrgs: number[];
  /** Sum over months of the delayed share of occupied beds, and of delayed beds. */
  delayedShareSum: number;
  delayedSum: number;
  months: number;
}

/** Who pays a share of a cost, and under which ledger authorisation. */
export interface Payer {
  org: number;
  share: number;
  auth: number;
}

/** The run's random streams that are drawn month by month (plain data). */
export interface RunStreams {
  /** Each PCN clinical director's attendance at its place board, by PCN index (each stream keyed by the PCN's id). */
  cds: RandomStream[];
  /** Each board's proposer draws, by the id of the board that decides (opened on first use). */
  boards: Record<string, RandomStream>;
  /** Each board seat's attendance, by seat id (opened on first use). */
  seats: Record<string, RandomStream>;
  /** Each place's leader turnover, by place id (opened on first use). */
  leaders: Record<string, RandomStream>;
  /** Whether breaches are found, by the lender's id (opened on its first breach). */
  accountability: Record<string, RandomStream>;
}

/** General practice's executive this year: its cost as funded and what has been paid. */
export interface ExecutiveState {
  /** Annual cost as funded (pence); 0 when nothing new is paid. */
  cost: number;
  /** Ledger authorisation of its payments (-1 before the first). */
  auth: number;
  /** Paid over the run (pence). */
  paid: { practices: number; icb: number };
  /** Per financial year: the share funded and what practices and the ICB paid (pence). */
  byYear: Array<{ fundedShare: number; practices: number; icb: number }>;
}

/** Ledger authorisations reused through a year. */
export interface RunAuthorisations {
  nhse: number;
  localGov: number;
  /** Operating spending, per organisation, for the whole run. */
  spend: Int32Array;
  /** This year's allocation, per system. */
  allocation: Int32Array;
}

/** This month's outcomes of the flows, per place, for the collector. */
export interface MonthFlowState {
  /** Bed-days, delayed bed-days, care packages running and admissions of each place this month. */
  bedDays: Float64Array;
  delayedBedDays: Float64Array;
  packages: Float64Array;
  admissions: Float64Array;
  /** Admissions of each place cancelled this month because its beds were full to the escalation ceiling. */
  cancelled: Float64Array;
  /** Days in the month. */
  days: number;
  /** Spending by line this month (pence), added in payment order. */
  spendByLine: Float64Array;
}

/** A run in progress. */
export interface RunState {
  readonly scenario: Scenario;
  readonly seed: string | number;
  readonly totalMonths: number;
  /** Keep only what the summary needs (no decision details, monthly series or transfer history). */
  readonly summaryOnly: boolean;
  /** Replay each decision with GP's seats empty (GP influence). */
  readonly replayWithoutGp: boolean;
  /** Months completed. */
  month: number;
  readonly world: World;
  readonly ledger: Ledger;
  /** Year-end accounts, one row per organisation per year closed. */
  readonly years: YearRow[];
  readonly observation: ObservationState;
  readonly streams: RunStreams;

  // Money: the year's plan.
  /** Allocation shares of each system across lines (rollForward). */
  readonly shares: Float64Array[];
  /** Each system's envelope this year (pence). */
  envelopes: Float64Array;
  contracts: Contract[];
  /** Pre-bargaining offers per provider (pence): the income its cost plan is built on. */
  offers: Float64Array;
  readonly auth: RunAuthorisations;
  /** This year's input-price index (1 in the first year). */
  price: number;
  /** National price index: last year's times the cost uplift less the efficiency factor. */
  nationalPrice: number;
  readonly planTrend: Float64Array;
  /** Monthly payments from an ICB to the bodies its budgets are delegated to. */
  delegatedPay: Array<{ from: number; to: number; annual: number; auth: number }>;
  /** Prescribing budget per place this year, the first year's, and who pays it. */
  prescribing: Float64Array;
  readonly prescribingBase: Float64Array;
  prescribingPayers: Array<Array<{ org: number; share: number }>>;
  /** Per place: first-year value (pence at first-year prices) of the acute activity paid per unit. */
  activityUnits: Float64Array;
  /** Per place: activity-based share of its acute contract (from its acute trust's kind). */
  activityShare: Float64Array;
  /** Per place: who pays for its acute activity this year, and in what shares. */
  activityPayers: Payer[][];
  /** Per organisation: first-year income from outside the ICB contracts (pence), and this year's. */
  otherBase: Float64Array;
  otherAnnual: Float64Array;
  /** Per organisation: council funding this year (pence). */
  readonly councilFunding: Float64Array;
  /** Per council: first-year money for social care. */
  councilMoneyBase: Float64Array;
  /** Per organisation: population its council serves (councils only). */
  readonly councilPopulation: Float64Array;
  /** Per organisation: which lines and places it serves, and its bed base. */
  readonly profiles: CostProfile[];
  readonly executive: ExecutiveState;

  // Flows.
  /** Demand index per place and line this month. */
  readonly demand: Float64Array;
  /** Community spending index per place (real, per unit of need, against the first year). */
  readonly communityIndex: Float64Array;
  readonly baseCommunity: Float64Array;
  /** Per place: the community effect on admissions assumed at planning, and the latest. */
  communityPlan: Float64Array;
  readonly communityNow: Float64Array;
  /** Per place: days for the council to accept a patient this month. */
  readonly acceptanceDays: Float64Array;
  /** Per place: care packages the council can afford this year. */
  readonly packageCapacityNow: Float64Array;
  /** Per place: admissions done and admissions cancelled at the bed ceiling so far this year (reset each April). */
  readonly yearAdmitted: Float64Array;
  readonly yearCancelled: Float64Array;
  /** Per place: the share of last year's admissions cancelled at the bed ceiling (0 in the first year). */
  readonly cancelledShare: Float64Array;
  /** Per place: the year's discharge funding from the ICB to the council for packages its own money cannot buy (pence a year). */
  readonly dischargeFund: Float64Array;
  /** Per organisation this month: bed-days, delayed and escalation bed-days, care-package months. */
  readonly bedDays: Float64Array;
  readonly delayedBedDays: Float64Array;
  readonly escalationBedDays: Float64Array;
  readonly packageMonths: Float64Array;
  readonly flows: MonthFlowState;

  // Events.
  readonly events: ResolvedEvent[];
  /** Per organisation this month: cost multiplier from events (1 = none). */
  readonly costMultiplier: Float64Array;
  /** Per organisation this month: activity multiplier from events (1 = none). */
  readonly activityMultiplier: Float64Array;
  /** Per place: community investment multiplier. */
  readonly investmentBoost: Float64Array;
  /** Per organisation: 1 once a hospital closure has closed it. */
  readonly closed: Uint8Array;

  // Governance.
  readonly voice: GpVoiceState;
  readonly icbBoards: BoardSeats[];
  readonly placeBoards: BoardSeats[];
  readonly power: BoardPower[];
  readonly memory: AllocationMemory;
  readonly devolution: DevolutionState;
  /** Mean delegated share of each year run. */
  readonly shareByYear: number[];
  readonly decisions: DecisionRecord[];
  /** Per PCN: running attendance rate of its clinical director, the hours factor from events, this month's probability. */
  readonly cdAttendanceRate: Float64Array;
  readonly cdHoursFactor: Float64Array;
  cdAttendanceProb: Float64Array;

  // Finance rules, loans and accountability.
  readonly loanBook: LoanBook;
  readonly recoveries: Recovery[];
  readonly interventions: Array<{ year: number; fy: string; org: string; kind: string; delegationWithdrawn: boolean }>;
  /** Per organisation: 1 once intervened in. */
  readonly intervened: Uint8Array;
  /** Per place: 1 once its delegation is withdrawn after intervention. */
  readonly withdrawn: Uint8Array;
  /** Per place: the last run year of a delegation suspended after a proven breach (-1 none). */
  readonly suspendedUntil: Int32Array;
}

/** Whether a place's delegated budget is withdrawn (intervention) or suspended (breach) this year. */
export function delegationWithdrawn(st: RunState, place: number): boolean {
  return st.withdrawn[place] === 1 || st.suspendedUntil[place]! >= Math.floor(st.month / 12);
}
