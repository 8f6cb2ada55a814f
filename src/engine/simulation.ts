/**
 * One run: builds the world and advances it a month at a time through
 * MODEL.md §3 (events, demand and flows, costs and income, planning at the
 * start of each financial year, year-end accounts, observation). The class
 * has no loop or timer of its own: Node and the browser drive the same
 * `step()`; `runScenario` is the plain loop.
 */
import { envelope, initialShares, placeBudgets } from './allocation.ts';
import { communityEffect as communityMultiplier, stepAcuteFlow, stepDelay3, steadyState } from './acuteFlow.ts'; // robust: communityMultiplier (issue 14)
import { buildWorld } from './buildWorld.ts';
import { DAYS_IN_MONTH, fyLabel } from './calendar.ts';
import { buildContracts, monthlyInstalment, type Contract } from './contracts.ts';
import { emptyProfiles, monthlyCost, type CostProfile } from './costModel.ts';
import { drawDemand, seasonal, trendIndex } from './demand.ts';
import { inputPriceGrowth, isProvider, planProviderYear } from './providerFinance.ts';
import { hashString } from './hash.ts';
import { Ledger } from './ledger.ts';
import { LINE_COUNT, LINES } from './lines.ts';
import { Observer, type MonthSnapshot } from './observer.ts';
import { summarise } from './summarise.ts';
import type { RunResult, YearRow } from './result.ts';
import { lognormal } from './rng.ts';
import type { Scenario } from './scenarioSchema.ts';
import { VERSION } from './version.ts';
import type { World } from './world.ts';
import { closeYear } from './yearEnd.ts';
import { planSystemAllocation, type AllocationMemory, type DevolutionState, type YearBudgets } from './boards/planAllocation.ts';
import type { DecisionRecord } from './boards/planningRound.ts';
import { icbBoardSeats, placeBoardSeats, type BoardSeats } from './boards/seats.ts';
import { bargainContracts, contractOffers } from './contractBargaining.ts';
import { payDeficitSupport } from './deficitSupport.ts';
import { powerIndices } from './governance/powerIndices.ts';
import { cdAttendanceProbabilities, lmcAttendanceProbability, substituteProbability } from './voice/attendance.ts';
import { createGpVoice, hasExecutive, stepGpVoice, type GpVoiceState } from './voice/gpVoice.ts';
import { stream, type Rng } from './rng.ts';
import type { BoardPower } from './result.ts';
import { isActive, resolveEvents, type ResolvedEvent } from './events.ts';
import { backstop, poolResults, recover, type Recovery } from './financeRules.ts';
import { arrangeLoans, repayLoans, type LoanBook } from './loans.ts';

const LI = Object.fromEntries(LINES.map((l, i) => [l, i])) as Record<(typeof LINES)[number], number>;
/** The line whose activity drives a trust's income from outside the ICB. */
const OWN_LINE: Partial<Record<string, number>> = { acute: LI.acute, integrated: LI.acute, community: LI.community, mentalHealth: LI.mentalHealth };

/** Options of a run. */
export interface RunOptions {
  /** Seed; defaults to the scenario's. */
  seed?: string | number;
  /** Years; defaults to the scenario's. */
  years?: number;
  /**
   * Keep only what the summary needs (sweeps): no decision log, monthly
   * series or transfer history in the result. The summary is the same, bit
   * for bit, as a full run's.
   */
  summaryOnly?: boolean;
  /**
   * Measure GP influence by replaying every decision with general practice's
   * seats empty (default true). Off, influence, success and luck are not
   * computed (null in the summary): for timing the replay (`npm run bench`).
   */
  influence?: boolean;
}

/** A simulation in progress. */
export class Simulation {
  readonly world: World;
  readonly ledger: Ledger;
  readonly seed: string | number;
  readonly totalMonths: number;
  /** Months completed. */
  month = 0;
  readonly years: YearRow[] = [];
  private readonly observer: Observer;
  private readonly shares: Float64Array[];
  private contracts: Contract[] = [];
  private prescribing: Float64Array = new Float64Array(0);
  private readonly prescribingBase: Float64Array;
  private readonly profiles: CostProfile[];
  private readonly demand: Float64Array;
  private readonly planTrend = new Float64Array(LINE_COUNT);
  private readonly communityIndex: Float64Array;
  private readonly baseCommunity: Float64Array;
  private readonly acceptanceDays: Float64Array;
  private readonly bedDays: Float64Array;
  private readonly packageMonths: Float64Array;
  private readonly councilFunding: Float64Array;
  private price = 1;
  /** National price index (1 in the first year): last year's times the cost uplift less the efficiency factor. */
  private nationalPrice = 1;
  /** Per place: first-year value (pence at first-year prices) of the acute activity paid per unit. */
  private activityUnits: Float64Array = new Float64Array(0);
  /** Per place: activity-based share of its acute contract (from its acute trust's kind). */
  private activityShare: Float64Array = new Float64Array(0);
  /** Per place: who pays for its acute activity this year, and in what shares. */
  private activityPayers: Array<Array<{ org: number; share: number; auth: number }>> = [];
  /** Per place: the community effect on admissions assumed when activity was planned (April). */
  private communityPlan: Float64Array = new Float64Array(0);
  /** Latest community effect on admissions, per place. */
  private communityNow: Float64Array = new Float64Array(0);
  /** Per organisation: first-year income from outside the ICB contracts (pence), and this year's. */
  private otherBase: Float64Array = new Float64Array(0);
  private otherAnnual: Float64Array = new Float64Array(0);
  /** Per place: care-package capacity the council can afford this year. */
  private packageCapacityNow: Float64Array = new Float64Array(0);
  /** Per council: first-year money for social care (council funding plus the NHS social care line). */
  private councilMoneyBase: Float64Array = new Float64Array(0);
  /** Extra activity of an organisation this month beyond demand (events), 1 = none. */
  private readonly activityMultiplier: Float64Array;
  private readonly delayedBedDays: Float64Array;
  private readonly escalationBedDays: Float64Array;
  /** Per place: delayed-discharge bed-days this month. */
  private placeDelayedBedDays: Float64Array = new Float64Array(0);
  /** GP voice formation state. */
  readonly voice: GpVoiceState;
  private readonly icbBoards: BoardSeats[];
  private readonly placeBoards: BoardSeats[];
  private readonly memory: AllocationMemory = new Map();
  /** Each system's delegated share (moves year by year when contested) and its decisions. */
  readonly devolution: DevolutionState;
  /** Annual cost of each GP leadership group's executive this year, as funded (pence), its ledger authorisation, and what has been paid. */
  private executiveCost = 0;
  private executiveAuth = -1;
  private readonly executivePaid = { practices: 0, icb: 0 };
  /** The executive's funding per financial year: the share funded and what practices and the ICB paid (pence). */
  private readonly executiveByYear: Array<{ fundedShare: number; practices: number; icb: number }> = [];
  /** Mean delegated share of each year run. */
  private readonly shareByYear: number[] = [];
  /** Decision log. */
  readonly decisions: DecisionRecord[] = [];
  /** Whether this run keeps only what its summary needs. */
  readonly summaryOnly: boolean;
  /** Power indices of each board's voting game. */
  readonly power: BoardPower[];
  /** Running attendance rate of each PCN's clinical director (place board). */
  readonly cdAttendanceRate: Float64Array;
  /** Multiplier on each PCN CD's hours (events ramp up delivery duties). */
  readonly cdHoursFactor: Float64Array;
  private cdAttendanceProb: Float64Array = new Float64Array(0);
  private readonly attendanceRng: Rng;
  private readonly seatRngs = new Map<string, Rng>();
  private readonly leaderRngs = new Map<string, Rng>();
  private readonly negotiationRng: Rng;
  private delegatedPay: Array<{ from: number; to: number; annual: number; auth: number }> = [];
  private prescribingPayers: Array<{ org: number; share: number }>[] = [];
  /** Events of the run, resolved to their targets. */
  readonly events: ResolvedEvent[];
  private readonly costMultiplier: Float64Array;
  private readonly investmentBoost: Float64Array;
  private readonly closed = new Set<number>();
  /** Loans between places, breaches and refusals. */
  readonly loanBook: LoanBook = { loans: [], breaches: 0, refusals: 0, notMade: 0, notMadeAmount: 0, cases: [] };
  /** Breaches are found (or not) on their own stream, so that consequences shift no other draw. */
  private accountabilityRng: Rng | undefined;
  /** Per place: the last run year of a delegation suspended after a proven breach. */
  private readonly suspendedUntil = new Map<number, number>();
  private readonly recoveries: Recovery[] = [];
  /** Interventions after consecutive deficits. */
  readonly interventions: Array<{ year: number; fy: string; org: string; kind: string; delegationWithdrawn: boolean }> = [];
  private readonly intervened = new Set<number>();
  private envelopes: Float64Array = new Float64Array(0);
  /** Pre-bargaining offers (pence) per provider: the income its cost plan is built on. */
  private offers: Float64Array = new Float64Array(0);
  private auth = { nhse: 0, localGov: 0, spend: new Int32Array(0), allocation: new Int32Array(0) };

  constructor(
    readonly scenario: Scenario,
    private readonly options: RunOptions = {},
  ) {
    this.seed = options.seed ?? scenario.seed;
    this.totalMonths = (options.years ?? scenario.years) * 12;
    this.world = buildWorld(scenario, this.seed);
    const w = this.world;
    this.summaryOnly = options.summaryOnly ?? false;
    this.ledger = new Ledger(
      w.orgs.map((o) => o.id),
      ['external:nhsEngland', 'external:localGovernment', 'external:suppliers'],
      !this.summaryOnly,
    );
    this.shares = w.systems.map(() => initialShares(scenario));
    this.profiles = emptyProfiles(w);
    this.demand = new Float64Array(w.places.length * LINE_COUNT);
    this.communityIndex = new Float64Array(w.places.length).fill(1);
    this.baseCommunity = new Float64Array(w.places.length);
    this.acceptanceDays = new Float64Array(w.places.length).fill(scenario.council.acceptanceDays);
    this.bedDays = new Float64Array(w.orgs.length);
    this.packageMonths = new Float64Array(w.orgs.length);
    this.councilFunding = new Float64Array(w.orgs.length);
    this.prescribingBase = new Float64Array(w.places.length);
    this.observer = new Observer(scenario, w);
    this.initialiseStocks();
    this.voice = createGpVoice(scenario, w, this.seed);
    this.icbBoards = w.systems.map((sys) => icbBoardSeats(scenario, w, sys.index));
    this.placeBoards = w.places.map((p) => placeBoardSeats(scenario, w, p.index));
    this.cdAttendanceRate = new Float64Array(w.pcns.length).fill(1);
    this.cdHoursFactor = new Float64Array(w.pcns.length).fill(1);
    this.attendanceRng = stream(this.seed, 'attendance');
    this.negotiationRng = stream(this.seed, 'negotiation');
    this.power = this.boardPower(scenario);
    this.events = resolveEvents(scenario, w, this.seed, this.totalMonths);
    this.costMultiplier = new Float64Array(w.orgs.length).fill(1);
    this.activityMultiplier = new Float64Array(w.orgs.length).fill(1);
    this.delayedBedDays = new Float64Array(w.orgs.length);
    this.escalationBedDays = new Float64Array(w.orgs.length);
    this.placeDelayedBedDays = new Float64Array(w.places.length);
    this.communityPlan = new Float64Array(w.places.length).fill(1);
    this.communityNow = new Float64Array(w.places.length).fill(1);
    this.packageCapacityNow = Float64Array.from(w.places, (p) => p.packageCapacity);
    this.investmentBoost = new Float64Array(w.places.length).fill(1);
    const dev = scenario.governance.devolution;
    this.devolution = { share: new Float64Array(w.systems.length).fill(dev.mode === 'centralised' ? 0 : dev.share), log: [] };
  }

  /** True when every month has run. */
  get done(): boolean {
    return this.month >= this.totalMonths;
  }

  /** Banzhaf and Shapley-Shubik indices of each board's voting game (voting members only). */
  private boardPower(scenario: Scenario): BoardPower[] {
    const out: BoardPower[] = [];
    const boards = [...this.icbBoards, ...this.placeBoards];
    const seen = new Map<string, BoardPower>();
    for (const b of boards) {
      const voters = b.seats.filter((x) => x.votingWeight > 0);
      const weights = voters.map((x) => x.votingWeight);
      const board = b.kind === 'icb' ? scenario.governance.icbBoard : scenario.governance.placeBoard;
      const total = weights.reduce((a, c) => a + c, 0);
      const quota = Math.min(total, Math.floor(board.quota * total) + 1);
      // Place boards of the same shape share one computation.
      const sig = `${b.kind}|${voters.map((x) => x.bloc + x.votingWeight).join(',')}|${quota}`;
      const cached = seen.get(sig);
      const idx = cached ?? { board: b.id, seats: [], blocs: [], weights, quota, ...powerIndices(weights, quota) };
      if (!cached) seen.set(sig, idx);
      out.push({ ...idx, board: b.id, seats: voters.map((x) => x.id), blocs: voters.map((x) => x.bloc) });
    }
    return out;
  }

  private initialiseStocks(): void {
    const a = this.scenario.acute;
    const c = this.scenario.council;
    for (const p of this.world.places) {
      p.baseAdmissionsPerDay = (p.population / 1000) * a.admissionsPerThousand * p.need * p.activityRate / 365;
      const flow = {
        admissionsPerDay: p.baseAdmissionsPerDay,
        lengthOfStayDays: a.lengthOfStayDays,
        carePackageShare: a.carePackageShare,
        acceptanceDays: c.acceptanceDays,
        packageDays: a.carePackageMonths * 365 / 12,
        packageCapacity: Infinity,
      };
      const ss = steadyState(flow);
      p.packageCapacity = ss.packages * c.capacityHeadroom;
      p.stocks.treating = ss.treating;
      p.stocks.delayed = ss.delayed;
      p.stocks.packages = Math.min(ss.packages, p.packageCapacity);
    }
  }

  /** Runs the planning round of a financial year: envelope, shares, contracts. */
  private planYear(year: number): void {
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    this.price = Math.pow(1 + s.costs.inflation, year);
    if (year > 0) this.nationalPrice *= (1 + s.income.costUplift) * (1 - s.income.efficiencyFactor);
    for (let l = 0; l < LINE_COUNT; l++) this.planTrend[l] = trendIndex(s, l, year + 0.5);
    L.resetYear();
    const fy = fyLabel(s.startYear + year);
    this.auth.nhse = L.authorise(`allocation ${fy}`, 'nhsEngland', 'NHS England chief executive');
    this.auth.localGov = L.authorise(`council funding ${fy}`, 'localGovernment', 'council section 151 officer');
    // Operating spending is authorised once per organisation for the run (each transfer carries its month).
    if (year === 0) this.auth.spend = Int32Array.from(w.orgs, (o) => L.authorise('operating spend', o.id, o.officer));
    this.auth.allocation = Int32Array.from(w.systems, (sys) => {
      const icb = w.orgs[sys.icb]!;
      return L.authorise(`allocation ${fy} by ${s.allocation.rule} across lines`, icb.id, icb.officer);
    });
    const yb: YearBudgets = { central: [], delegated: [], delegate: new Int32Array(w.places.length).fill(-1), decisions: [] };
    const ctx = {
      scenario: s,
      world: w,
      voice: this.voice,
      cdAttendanceRate: this.cdAttendanceRate,
      cdAttendanceProb: this.cdAttendanceProb.length ? this.cdAttendanceProb : cdAttendanceProbabilities(s, w, this.cdHoursFactor, undefined, this.voice.executiveScale),
      lmcAttendanceProb: lmcAttendanceProbability(s, this.voice.executiveScale),
      substituteProb: substituteProbability(s, this.voice.executiveScale),
      seatRng: (id: string) => {
        let r = this.seatRngs.get(id);
        if (!r) this.seatRngs.set(id, (r = stream(this.seed, 'attendance', id)));
        return r;
      },
      negotiationRng: this.negotiationRng,
      replayWithoutGp: this.options.influence !== false,
    };
    this.changeLeaders(year);
    this.envelopes = Float64Array.from(w.systems, (sys) => {
      let f = 1;
      for (const e of this.events) if (e.type === 'allocationShock' && isActive(e, year * 12) && e.systems.includes(sys.index)) f *= 1 + e.magnitude;
      return Math.round(envelope(s, w, sys, year) * f);
    });
    for (const sys of w.systems) {
      const allocatable = this.envelopes[sys.index]! * (1 - s.allocation.reserveShare);
      if (s.allocation.rule === 'rollForward') {
        // rollForward: last year's shares carry over unchanged (the baseline rule).
        placeBudgets(w, sys, allocatable, this.shares[sys.index]!, yb.central);
        for (const p of sys.places) yb.delegated[p] = new Float64Array(LINE_COUNT);
      } else {
        planSystemAllocation(ctx, w, sys.index, year, allocatable, this.shares[sys.index]!, this.icbBoards[sys.index]!, this.placeBoards, this.memory, yb, (p) =>
          this.delegationWithdrawn(p),
          this.devolution,
        );
      }
    }
    // A summary-only run keeps of each decision only what the summary reads.
    for (const d of yb.decisions) this.decisions.push(this.summaryOnly ? { ...d, members: [], proposals: [], votes: [], adopted: [], statusQuo: [], counterfactual: [], gpIdeal: [], need: undefined } : d);
    // The mean delegated share this year (fixed input, or as contested).
    const dev = s.governance.devolution;
    let shareSum = 0;
    for (let i = 0; i < w.systems.length; i++) shareSum += dev.contested ? this.devolution.share[i]! : dev.mode === 'centralised' ? 0 : dev.share;
    this.shareByYear.push(shareSum / Math.max(1, w.systems.length));
    const budgets = w.places.map((p) => Float64Array.from(yb.central[p.index]!, (v, l) => v + yb.delegated[p.index]![l]!));
    // Acute activity paid per unit at the national price is taken out of the block contracts (MODEL.md §4.9).
    if (year === 0) {
      this.activityShare = Float64Array.from(w.places, (p) => {
        const k = w.orgs[p.acute]!.kind;
        return k === 'acute' || k === 'integrated' || k === 'community' || k === 'mentalHealth' ? s.income.activityShare[k] : 0;
      });
      // Providers are paid for the activity the place actually has, which may differ from what its allocation funds.
      this.activityUnits = Float64Array.from(w.places, (p) => this.activityShare[p.index]! * budgets[p.index]![LI.acute]! * p.activityRate);
    }
    const blockOnly = (b: Float64Array[]) =>
      b.map((v, p) => {
        const out = Float64Array.from(v);
        out[LI.acute] = v[LI.acute]! * (1 - this.activityShare[p]!);
        return out;
      });
    const central = buildContracts(
      w,
      blockOnly(yb.central),
      (p) => w.systems[w.places[p]!.system]!.icb,
      (org) => this.auth.allocation[w.orgs[org]!.system]!,
    );
    const delegateAuth = new Map<number, number>();
    const delegated = buildContracts(
      w,
      blockOnly(yb.delegated),
      (p) => yb.delegate[p]!,
      (org) => {
        let a = delegateAuth.get(org);
        if (a === undefined) {
          const o = w.orgs[org]!;
          a = L.authorise(`allocation ${fy} of the delegated budget`, o.id, o.officer);
          delegateAuth.set(org, a);
        }
        return a;
      },
    );
    this.contracts = [...central.contracts, ...delegated.contracts.filter((c) => c.commissioner >= 0)];
    this.offers = contractOffers(w, this.contracts);
    this.planExecutiveFunding();
    // Who pays for each place's acute activity: the ICB for the central part, the delegate for the delegated part.
    this.activityPayers = w.places.map((p) => {
      const c = yb.central[p.index]![LI.acute]!;
      const d = yb.delegated[p.index]![LI.acute]!;
      const del = yb.delegate[p.index]!;
      const icb = w.systems[p.system]!.icb;
      if (del < 0 || d <= 0 || c + d <= 0) return [{ org: icb, share: 1, auth: this.auth.allocation[p.system]! }];
      const delAuth = delegateAuth.get(del) ?? L.authorise(`allocation ${fy} of the delegated budget`, w.orgs[del]!.id, w.orgs[del]!.officer);
      delegateAuth.set(del, delAuth);
      return [
        { org: icb, share: c / (c + d), auth: this.auth.allocation[p.system]! },
        { org: del, share: d / (c + d), auth: delAuth },
      ];
    });
    this.prescribing = Float64Array.from(w.places, (p) => central.prescribing[p.index]! + delegated.prescribing[p.index]!);
    this.prescribingPayers = w.places.map((p) => {
      const total = this.prescribing[p.index]!;
      const icb = w.systems[p.system]!.icb;
      const del = yb.delegate[p.index]!;
      if (del < 0 || total <= 0) return [{ org: icb, share: 1 }];
      const share = delegated.prescribing[p.index]! / total;
      return [
        { org: icb, share: 1 - share },
        { org: del, share },
      ];
    });
    this.delegatedPay = [];
    for (const p of w.places) {
      const del = yb.delegate[p.index]!;
      if (del < 0) continue;
      const annual = Math.round(yb.delegated[p.index]!.reduce((a, v) => a + v, 0));
      const icb = w.systems[p.system]!.icb;
      this.delegatedPay.push({ from: icb, to: del, annual, auth: this.auth.allocation[p.system]! });
    }
    // Room for the run's monthly transfers (allocations, council funding, contracts, prescribing, costs) at once.
    if (year === 0) L.reserve((this.summaryOnly ? 2 : this.totalMonths) * (w.systems.length + this.contracts.length + 3 * w.places.length + w.orgs.length * 2) + 1024);
    // Community spending index (real, per unit of need) drives the admissions delay.
    for (const p of w.places) {
      const real = budgets[p.index]![LI.community]! / this.price / trendIndex(s, LI.community, year);
      if (year === 0) this.baseCommunity[p.index] = real;
      this.communityIndex[p.index] = this.baseCommunity[p.index]! > 0 ? real / this.baseCommunity[p.index]! : 1;
    }
    for (const org of w.orgs) {
      if (org.kind === 'council') {
        let pop = 0;
        for (const p of w.places) if (p.council === org.index) pop += p.population;
        this.councilFunding[org.index] = Math.round(pop * s.council.fundingPerHead * 100 * Math.pow(1 + s.council.fundingGrowth, year));
      }
    }
    if (year === 0) this.setCostProfiles(budgets);
    for (const o of w.orgs) if (year > 0 && isProvider(o.kind)) o.costIndex *= inputPriceGrowth(s, o.kind);
    this.planSocialCareCapacity(year, budgets);
    this.planCosts(year);
    bargainContracts(
      s,
      w,
      this.contracts,
      this.offers,
      (org) => {
        const o = w.orgs[org]!;
        return o.plannedIncome > 0 ? o.plannedCost / o.plannedIncome : 1;
      },
      // The ICB's contingency reserve is the money it holds uncommitted.
      (org) => (w.orgs[org]!.kind === 'icb' ? this.envelopes[w.orgs[org]!.system]! * s.allocation.reserveShare : 0),
    );
  }

  /**
   * Tenure and turnover of place leaders (seed 000; MODEL.md §4.10): each
   * April after the first, a place board's leader leaves with probability
   * 1 / `tenureYears` of its kind (appointed or elected), and the new one
   * brings less of what its kind gives general practice in its first year
   * (`turnoverLoss`). Drawn on each place's own `leaders` stream.
   */
  private changeLeaders(year: number): void {
    const s = this.scenario;
    const l = s.governance.leaders;
    const tenure = l.place.appointment === 'elected' ? l.tenureYears.elected : l.tenureYears.appointed;
    for (const p of this.world.places) {
      let rng = this.leaderRngs.get(p.id);
      if (!rng) this.leaderRngs.set(p.id, (rng = stream(this.seed, 'leaders', p.id)));
      const draw = rng();
      p.leaderNew = year > 0 && draw < 1 / tenure;
      if (p.leaderNew) p.leaderChanges++;
    }
  }

  /**
   * Who pays for general practice's executive this year (seed 004; MODEL.md
   * §4.10). Its cost is its clinical hours at `costPerHour` plus its
   * management capacity at `managementCost`, at this year's prices, for each
   * GP leadership group. Under `practiceLevy` the practices in each group's
   * scope pay by list, up to `levyCap` of their income (a dearer executive is
   * scaled down, which the voice and attendance mechanisms read from
   * `voice.executiveScale`); under `systemFunded` the ICB pays; existing roles
   * cost no new money. Payments go through the ledger monthly.
   */
  private planExecutiveFunding(): void {
    const s = this.scenario;
    const w = this.world;
    const e = s.governance.gp.executive;
    const groups = this.voice.gplgs.length;
    this.executiveCost = 0;
    this.voice.executiveScale = 1;
    if (!hasExecutive(s) || !groups || e.funding === 'existingRoles') {
      this.executiveByYear.push({ fundedShare: hasExecutive(s) && groups ? 1 : 0, practices: 0, icb: 0 });
      return;
    }
    const cost = Math.round((e.clinicalHours * 12 * e.costPerHour + e.management * e.managementCost) * 100 * this.price);
    if (e.funding === 'practiceLevy') {
      let income = 0;
      for (const pr of w.practices) income += this.offers[pr.org]!;
      const scale = cost > 0 ? Math.min(1, (e.levyCap * income) / (groups * cost)) : 1;
      this.voice.executiveScale = scale;
      this.executiveCost = Math.round(cost * scale);
    } else this.executiveCost = cost;
    this.executiveByYear.push({ fundedShare: this.voice.executiveScale, practices: 0, icb: 0 });
    if (this.executiveAuth < 0) this.executiveAuth = this.ledger.authorise(`GP executive funded by ${e.funding === 'practiceLevy' ? 'a practice levy' : 'the ICB'}`, 'gpLeadershipGroup', 'GP leadership group chair');
  }

  /** This month's payments for general practice's executive (see planExecutiveFunding). */
  private payExecutive(mo: number): void {
    if (this.executiveCost <= 0) return;
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    const monthly = monthlyInstalment(this.executiveCost, mo);
    for (const g of this.voice.gplgs) {
      if (s.governance.gp.executive.funding === 'systemFunded') {
        L.transfer(w.systems[g.system]!.icb, w.external.suppliers, monthly, 'executiveFunding', this.executiveAuth);
        this.executivePaid.icb += monthly;
        this.executiveByYear[this.executiveByYear.length - 1]!.icb += monthly;
        continue;
      }
      // The practices of the group's places pay by list, the rounding remainder on the last.
      const practices = g.places.flatMap((p) => w.places[p]!.practices);
      const lists = practices.reduce((a, pr) => a + w.practices[pr]!.list, 0);
      let paid = 0;
      practices.forEach((pr, k) => {
        const part = k === practices.length - 1 ? monthly - paid : Math.round((monthly * w.practices[pr]!.list) / lists);
        paid += part;
        L.transfer(w.practices[pr]!.org, w.external.suppliers, part, 'executiveLevy', this.executiveAuth);
      });
      this.executivePaid.practices += monthly;
      this.executiveByYear[this.executiveByYear.length - 1]!.practices += monthly;
    }
  }

  /**
   * Care-package capacity follows what the council can buy (MODEL.md §4.9): its
   * funding plus the NHS social care line, in real terms at its input prices,
   * against the first year. Delays then rise when funding falls behind demand.
   */
  private planSocialCareCapacity(year: number, budgets: Float64Array[]): void {
    const w = this.world;
    const money = new Float64Array(w.orgs.length);
    for (const o of w.orgs) if (o.kind === 'council') money[o.index] = this.councilFunding[o.index]!;
    for (const p of w.places) money[p.council]! += budgets[p.index]![LI.socialCare]!;
    if (year === 0) this.councilMoneyBase = money;
    for (const p of w.places) {
      const base = this.councilMoneyBase[p.council]!;
      const real = base > 0 ? money[p.council]! / base / w.orgs[p.council]!.costIndex : 1;
      this.packageCapacityNow[p.index] = p.packageCapacity * real;
    }
  }

  /** Which lines and places each organisation serves, with first-year values as activity weights. */
  private setCostProfiles(budgets: Float64Array[]): void {
    const s = this.scenario;
    const w = this.world;
    for (const p of w.places) {
      const b = budgets[p.index]!;
      this.prescribingBase[p.index] = this.prescribing[p.index]!;
      const serve = (org: number, line: number, weight: number) => {
        const prof = this.profiles[org]!;
        prof.served.push({ place: p.index, line, weight });
        prof.weightSum += weight;
      };
      serve(p.acute, LI.acute, b[LI.acute]!);
      serve(p.community, LI.community, b[LI.community]!);
      serve(p.mentalHealth, LI.mentalHealth, b[LI.mentalHealth]!);
      serve(p.council, LI.socialCare, b[LI.socialCare]! + (this.councilFunding[p.council]! * p.population) / this.councilPopulation(p.council));
      serve(p.council, LI.prevention, b[LI.prevention]!);
      for (const pi of p.practices) serve(w.practices[pi]!.org, LI.primaryCare, 1);
    }
  }

  /**
   * The year's cost plan (MODEL.md §4.9): each provider forecasts its income
   * (contract offers, acute activity at plan and the national price, income
   * from outside the ICB, council funding) and the bed-days and care packages
   * it must pay for, then carries its cost base forward and plans savings
   * (providerFinance).
   */
  private planCosts(year: number): void {
    const s = this.scenario;
    const w = this.world;
    const income = Float64Array.from(this.offers);
    for (let i = 0; i < w.orgs.length; i++) income[i]! += this.councilFunding[i]!;
    // Acute activity at plan: the first year's units grown with demand, at the national price.
    for (const p of w.places) {
      this.communityPlan[p.index] = this.communityNow[p.index]!;
      const planned = this.activityPlan(p.index, year);
      const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
      income[p.acute]! += planned * (1 - moved);
      if (moved > 0) income[p.acuteShift.to]! += planned * moved;
    }
    // Income from outside the ICB contracts (specialised services, education and training, other).
    if (year === 0) {
      this.otherBase = Float64Array.from(w.orgs, (o) => {
        const k = o.kind;
        return k === 'acute' || k === 'community' || k === 'mentalHealth' || k === 'integrated' ? s.income.otherIncome[k] * income[o.index]! : 0;
      });
    }
    this.otherAnnual = Float64Array.from(w.orgs, (o) => Math.round(this.otherBase[o.index]! * this.nationalPrice * trendIndex(s, OWN_LINE[o.kind] ?? LI.acute, year)));
    for (let i = 0; i < w.orgs.length; i++) income[i]! += this.otherAnnual[i]!;
    // Bed-days and packages are forecast from today's stocks, grown by half a year of demand.
    const growth = trendIndex(s, LI.acute, year + 0.5) / trendIndex(s, LI.acute, year);
    for (const prof of this.profiles) {
      prof.baseBedDays = 0;
      prof.basePackageMonths = 0;
    }
    for (const p of w.places) {
      const beds = (p.stocks.treating + p.stocks.delayed) * 365 * growth;
      const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
      this.profiles[p.acute]!.baseBedDays += beds * (1 - moved);
      if (moved > 0) this.profiles[p.acuteShift.to]!.baseBedDays += beds * moved;
      this.profiles[p.council]!.basePackageMonths += p.stocks.packages * 12 * growth;
    }
    const a = s.acute;
    for (const o of w.orgs) {
      if (!isProvider(o.kind)) continue;
      const prof = this.profiles[o.index]!;
      // The bed base is set once, from occupancy at the start.
      if (year === 0 && prof.baseBedDays > 0) prof.beds = prof.baseBedDays / 365 / a.startOccupancy;
      const escalation = Math.max(0, prof.baseBedDays / 365 - a.safeOccupancy * prof.beds) * 365;
      const explicit = o.costIndex * 100 * ((prof.baseBedDays + escalation * a.escalationPremium) * a.costPerBedDay + prof.basePackageMonths * s.council.packageCostPerMonth);
      let served = 0;
      let grown = 0;
      for (const sv of prof.served) {
        served += sv.weight;
        grown += sv.weight * (1 + s.demand.growth[LINES[sv.line]!]);
      }
      planProviderYear(s, o, year, { income: income[o.index]!, explicit, activityGrowth: served > 0 ? grown / served : 1, debt: o.debt });
    }
  }

  /** Planned acute activity of a place in a year at the national price (pence). */
  private activityPlan(place: number, year: number): number {
    return this.nationalPrice * this.activityUnits[place]! * trendIndex(this.scenario, LI.acute, year) * this.communityPlan[place]!;
  }

  private councilPopCache = new Map<number, number>();
  private councilPopulation(council: number): number {
    let v = this.councilPopCache.get(council);
    if (v === undefined) {
      v = 0;
      for (const p of this.world.places) if (p.council === council) v += p.population;
      this.councilPopCache.set(council, v);
    }
    return v;
  }

  /**
   * Advances one month.
   * @returns the month's snapshot (for streaming to a chart)
   */
  step(): MonthSnapshot {
    if (this.done) throw new Error('the simulation has finished');
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    const m = this.month;
    const year = Math.floor(m / 12);
    const mo = m % 12;
    L.beginMonth(m);

    // 1. Events.
    this.applyEvents(m);

    // 4-5. General practice meets and forms its voice; representatives attend or not.
    this.cdAttendanceProb = cdAttendanceProbabilities(s, w, this.cdHoursFactor, this.cdAttendanceProb.length ? this.cdAttendanceProb : undefined, this.voice.executiveScale);
    for (let c = 0; c < w.pcns.length; c++) {
      const present = this.attendanceRng() < this.cdAttendanceProb[c]! ? 1 : 0;
      this.cdAttendanceRate[c] = (1 - s.governance.attendance.smoothing) * this.cdAttendanceRate[c]! + s.governance.attendance.smoothing * present;
    }
    stepGpVoice(s, w, this.voice, this.cdAttendanceRate, mo === 0);
    if (mo === 0) this.planYear(year);

    // 2. Demand and flows.
    drawDemand(s, w, m, this.demand);
    this.bedDays.fill(0);
    this.delayedBedDays.fill(0);
    this.packageMonths.fill(0);
    const days = DAYS_IN_MONTH[mo]!;
    const flows = this.observer.beginMonth();
    for (const p of w.places) {
      const lag = stepDelay3(p.stocks.communityLag, this.communityIndex[p.index]! * this.investmentBoost[p.index]!, s.acute.communityLagYears, 1 / 12);
      const communityEffect = communityMultiplier(lag, s.acute.communityElasticity); // robust (issue 14): bounded, see acuteFlow.ts
      this.communityNow[p.index] = communityEffect;
      const t = stepAcuteFlow(p.stocks, {
        admissionsPerDay: p.baseAdmissionsPerDay * this.demand[p.index * LINE_COUNT + LI.acute]! * communityEffect,
        lengthOfStayDays: s.acute.lengthOfStayDays,
        carePackageShare: s.acute.carePackageShare,
        acceptanceDays: this.acceptanceDays[p.index]!,
        packageDays: (s.acute.carePackageMonths * 365) / 12,
        packageCapacity: this.packageCapacityNow[p.index]!,
        days,
        subStepsPerDay: s.subStepsPerDay,
      });
      const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
      this.bedDays[p.acute]! += t.bedDays * (1 - moved);
      this.delayedBedDays[p.acute]! += t.delayedBedDays * (1 - moved);
      this.placeDelayedBedDays[p.index] = t.delayedBedDays;
      if (moved > 0) {
        this.bedDays[p.acuteShift.to]! += t.bedDays * moved;
        this.delayedBedDays[p.acuteShift.to]! += t.delayedBedDays * moved;
      }
      this.packageMonths[p.council]! += t.packageDays / days;
      flows.place(p.index, t, days, p.stocks.packages);
    }

    // Escalation beds: bed-days above safe occupancy of each acute provider's bed base.
    for (let o = 0; o < w.orgs.length; o++) {
      const beds = this.profiles[o]!.beds;
      this.escalationBedDays[o] = beds > 0 ? Math.max(0, this.bedDays[o]! / days - s.acute.safeOccupancy * beds) * days : 0;
    }

    // 3. Money: allocations and council funding in, contracts across, costs out.
    for (const sys of w.systems) {
      L.transfer(w.external.nhsEngland, sys.icb, monthlyInstalment(this.envelopes[sys.index]!, mo), 'allocation', this.auth.nhse);
    }
    for (const o of w.orgs) {
      const f = this.councilFunding[o.index]!;
      if (f > 0) L.transfer(w.external.localGovernment, o.index, monthlyInstalment(f, mo), 'councilFunding', this.auth.localGov);
    }
    for (const d of this.delegatedPay) L.transfer(d.from, d.to, monthlyInstalment(d.annual, mo), 'delegation', d.auth);
    for (const c of this.contracts) {
      const pay = monthlyInstalment(c.annual, mo);
      if (c.commissioner === c.provider) {
        // A lead provider's own share stays with it.
        flows.spend(c.byLine, pay / c.annual);
        continue;
      }
      const kind = w.orgs[c.provider]!.kind;
      const reason = kind === 'practice' ? 'capitation' : kind === 'council' ? 'section75' : 'contract';
      L.transfer(c.commissioner, c.provider, pay, reason, c.auth);
      flows.spend(c.byLine, pay / c.annual);
    }
    this.payActivity(m, flows);
    for (const o of w.orgs) {
      const other = this.otherAnnual[o.index]!;
      if (other > 0) L.transfer(w.external.nhsEngland, o.index, monthlyInstalment(other, mo), 'otherIncome', this.auth.nhse);
    }
    for (const p of w.places) {
      const cost = Math.round((this.prescribingBase[p.index]! / 12) * this.price * this.demand[p.index * LINE_COUNT + LI.prescribing]!);
      let paid = 0;
      const payers = this.prescribingPayers[p.index]!;
      payers.forEach((payer, k) => {
        const part = k === payers.length - 1 ? cost - paid : Math.round(cost * payer.share);
        paid += part;
        L.transfer(payer.org, w.external.suppliers, part, 'prescribing', this.auth.spend[payer.org]!);
      });
      flows.spendLine(LI.prescribing, cost);
    }
    for (const o of w.orgs) {
      if (o.kind === 'icb' || o.kind === 'place') continue;
      const pr = w.practiceOfOrg[o.index]!;
      const noise = pr >= 0 ? lognormal(w.practices[pr]!.rng, s.demand.noise) : 1;
      const cost = monthlyCost(s, w, o.index, this.profiles[o.index]!, this.demand, this.planTrend, {
        bedDays: this.bedDays[o.index]!,
        escalationBedDays: this.escalationBedDays[o.index]!,
        packageMonths: this.packageMonths[o.index]!,
        practiceNoise: noise,
        activityMultiplier: this.activityMultiplier[o.index]!,
      });
      L.transfer(o.index, w.external.suppliers, Math.round(cost * this.costMultiplier[o.index]!), o.kind === 'council' ? 'carePackages' : 'staffAndGoods', this.auth.spend[o.index]!);
    }
    this.eventPayments(m);
    this.payExecutive(mo);
    recover(L, this.recoveries);

    // 7. Loans between places when one forecasts a deficit.
    if (mo === s.finance.loans.forecastMonth) {
      const before = this.loanBook.loans.length;
      arrangeLoans(s, w, L, this.loanBook, m, this.events, (body, officer, what) => L.authorise(what, body, officer));
      this.investigateBreaches(before, year);
    }
    if (mo === 11) this.yearEndFinance(year);

    L.audit();
    let att = 0;
    for (let c = 0; c < w.pcns.length; c++) att += this.cdAttendanceRate[c]!;
    let coh = 0;
    let gap = 0;
    let contra = 0;
    const st = this.voice.stats;
    for (let p = 0; p < w.places.length; p++) {
      coh += st.cohesion[p]!;
      gap += st.mandateGap[p]!;
      contra += st.contradiction[p]!;
    }
    const np = Math.max(1, w.places.length);
    this.observer.governance(att / Math.max(1, w.pcns.length), coh / np, gap / np, contra / np);
    const snap = this.observer.endMonth(m, L);
    if (mo === 11) {
      closeYear(s, w, L, year, this.years);
      this.intervene(year);
    }
    this.month++;
    return snap;
  }

  /**
   * Pays each place's acute activity this month at the national price: the
   * planned units times actual over planned activity, with activity above plan
   * at the marginal rate, less elective work displaced by delayed discharges.
   */
  private payActivity(month: number, flows: ReturnType<Observer['beginMonth']>): void {
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    const year = Math.floor(month / 12);
    const mo = month % 12;
    const expected = trendIndex(s, LI.acute, (month + 0.5) / 12) * seasonal(s, mo);
    for (const p of w.places) {
      const units = this.activityUnits[p.index]!;
      if (units <= 0) continue;
      const moved = p.acuteShift.to >= 0 ? p.acuteShift.share : 0;
      const mult = this.activityMultiplier[p.acute]! * (1 - moved) + (moved > 0 ? this.activityMultiplier[p.acuteShift.to]! * moved : 0);
      const r = (this.demand[p.index * LINE_COUNT + LI.acute]! / expected) * (this.communityNow[p.index]! / this.communityPlan[p.index]!) * mult;
      const paidUnits = (units * trendIndex(s, LI.acute, year) * this.communityPlan[p.index]!) / 12 * (Math.min(r, 1) + s.income.marginalRate * Math.max(r - 1, 0));
      const displaced = this.activityShare[p.index]! * this.placeDelayedBedDays[p.index]! * s.income.electiveDisplacement * s.acute.costPerBedDay * 100;
      const total = Math.round(Math.max(0, this.nationalPrice * (paidUnits - displaced)));
      if (total <= 0) continue;
      const providers = moved > 0 ? [{ org: p.acute, share: 1 - moved }, { org: p.acuteShift.to, share: moved }] : [{ org: p.acute, share: 1 }];
      let paid = 0;
      const payers = this.activityPayers[p.index]!;
      payers.forEach((payer, i) => {
        providers.forEach((prov, j) => {
          const last = i === payers.length - 1 && j === providers.length - 1;
          const part = last ? total - paid : Math.round(total * payer.share * prov.share);
          paid += part;
          if (part > 0 && payer.org !== prov.org) L.transfer(payer.org, prov.org, part, 'activity', payer.auth);
        });
      });
      flows.spendLine(LI.acute, total);
    }
  }

  /** Sets this month's event effects; one-off effects happen in their first month. */
  private applyEvents(month: number): void {
    const s = this.scenario;
    const w = this.world;
    this.acceptanceDays.fill(s.council.acceptanceDays);
    this.cdHoursFactor.fill(1);
    this.costMultiplier.fill(1);
    this.activityMultiplier.fill(1);
    for (const e of this.events) {
      if (month === e.start) this.startEvent(e);
      if (!isActive(e, month)) continue;
      switch (e.type) {
        case 'acuteOverspend':
          // The trust does more than planned: its activity (and so its variable cost) rises; under
          // activity-based contracts it bills its commissioners for it, under a block it keeps the cost.
          for (const o of e.orgs) this.activityMultiplier[o]! *= 1 + e.magnitude;
          break;
        case 'socialCareGoSlow':
          for (const p of e.places) this.acceptanceDays[p]! *= 1 + e.magnitude;
          break;
        case 'pcnWorkloadRampUp':
          for (const p of e.places) for (const c of w.places[p]!.pcns) this.cdHoursFactor[c] = Math.max(0, this.cdHoursFactor[c]! * (1 - e.magnitude));
          break;
        case 'hospitalClosure':
          if (!e.places.length) for (const o of e.orgs) this.costMultiplier[o]! *= 1 + e.magnitude;
          break;
        default:
          break;
      }
    }
  }

  /** One-off effects at the start of an event. */
  private startEvent(e: ResolvedEvent): void {
    const w = this.world;
    if (e.type === 'reorganisation') {
      // Community staff change employer: morale dips (seed 000's HR question).
      // Morale is 1 when normal; a reorganisation staff welcome (a negative magnitude) restores it at most to normal.
      for (const o of e.orgs) w.orgs[o]!.morale = Math.min(Math.max(1, w.orgs[o]!.morale), Math.max(0, w.orgs[o]!.morale - e.magnitude));
    }
    if (e.type === 'investment') {
      for (const p of e.places) this.investmentBoost[p]! *= 1 + e.magnitude;
    }
    if (e.type === 'hospitalClosure') {
      // A site closes: a share (the magnitude) of its places' acute activity moves, for good, to the
      // nearest other acute provider in the system; where there is none, the trust absorbs the loss as cost.
      for (const o of e.orgs) {
        this.closed.add(o);
        const sys = w.orgs[o]!.system;
        const alternative = w.orgs.find((x) => x.system === sys && x.index !== o && (x.kind === 'acute' || x.kind === 'integrated') && !this.closed.has(x.index));
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

  /** Event costs paid through the ledger: investment spread over its months, transition costs at the start. */
  private eventPayments(month: number): void {
    const w = this.world;
    const L = this.ledger;
    for (const e of this.events) {
      if (e.cost <= 0 || !isActive(e, month)) continue;
      if (e.type === 'investment') {
        const months = e.end - e.start;
        const part = Math.floor(e.cost / months) + (month === e.end - 1 ? e.cost - Math.floor(e.cost / months) * months : 0);
        for (const p of e.places) {
          const place = w.places[p]!;
          const payer = this.ledger.yearIn[place.org]! > 0 ? place.org : w.systems[place.system]!.icb;
          const a = L.authorise(`investment ${e.name}`, w.orgs[payer]!.id, w.orgs[payer]!.officer);
          L.transfer(payer, place.community, Math.round(part / e.places.length), 'investment', a);
        }
      } else if (month === e.start && (e.type === 'reorganisation' || e.type === 'hospitalClosure')) {
        // A reorganising provider pays its own transition; the ICB pays for closing a hospital.
        for (const o of e.orgs) {
          const payer = e.type === 'hospitalClosure' ? w.systems[w.orgs[o]!.system]!.icb : o;
          const a = L.authorise(`transition cost of ${e.name}`, w.orgs[payer]!.id, w.orgs[payer]!.officer);
          L.transfer(payer, w.external.suppliers, Math.round(e.cost / e.orgs.length), 'transitionCost', a);
        }
      }
    }
  }

  /**
   * What a breach costs (MODEL.md §4.10; seed 000): each loan made without a
   * needed approval is found with probability `detection`; a proven breach
   * can remove the lender's accountable officer (its leadership is reset
   * towards the ICB's priorities), suspend the lender's delegated budget, and
   * cost a penalty paid to the ICB.
   */
  private investigateBreaches(from: number, year: number): void {
    const s = this.scenario;
    const w = this.world;
    const b = s.finance.breach;
    for (const loan of this.loanBook.loans.slice(from)) {
      if (!loan.breach) continue;
      this.accountabilityRng ??= stream(this.seed, 'accountability');
      const investigated = this.accountabilityRng() < b.detection;
      const lender = w.orgs[loan.lenderIndex]!;
      const c = { loan: loan.id, lender: loan.lender, lenderIndex: loan.lenderIndex, month: loan.month, investigated, officerRemoved: false, delegationSuspended: 0, penalty: 0 };
      if (investigated) {
        if (b.removeOfficer) {
          lender.leadershipReset = Math.min(1, lender.leadershipReset + s.finance.intervention.priorityReset * (1 - lender.leadershipReset));
          c.officerRemoved = true;
        }
        if (b.suspendDelegationYears > 0 && lender.place >= 0) {
          this.suspendedUntil.set(lender.place, Math.max(this.suspendedUntil.get(lender.place) ?? -1, year + b.suspendDelegationYears));
          c.delegationSuspended = b.suspendDelegationYears;
        }
        if (b.penalty > 0) {
          const icb = w.systems[lender.system]!.icb;
          const amount = Math.round(b.penalty * loan.principal);
          const a = this.ledger.authorise(`penalty for loan #${loan.id} made without approval`, w.orgs[icb]!.id, w.orgs[icb]!.officer);
          this.ledger.transfer(loan.lenderIndex, icb, amount, 'breachPenalty', a);
          c.penalty = amount;
        }
      }
      this.loanBook.cases.push(c);
    }
  }

  /** Year-end financial rules and loan repayments, before the accounts close. */
  private yearEndFinance(year: number): void {
    const s = this.scenario;
    const w = this.world;
    const L = this.ledger;
    const auth = (system: number) => {
      const icb = w.orgs[w.systems[system]!.icb]!;
      return L.authorise(`${s.finance.rule} finances, year end ${fyLabel(s.startYear + year)}`, icb.id, icb.officer);
    };
    repayLoans(s, L, this.loanBook, year, (body, officer, what) => L.authorise(what, body, officer), (org) => this.intervened.has(org));
    // NHS England's one-off support comes before the system's own year-end rules.
    let supportAuth = -1;
    payDeficitSupport(s, w, L, () => (supportAuth >= 0 ? supportAuth : (supportAuth = L.authorise(`non-recurrent support ${fyLabel(s.startYear + year)}`, 'nhsEngland', 'NHS England chief executive'))));
    if (s.finance.rule === 'linked') poolResults(w, L, auth);
    if (s.finance.rule === 'icbBackstop') backstop(s, w, L, auth, this.recoveries);
  }

  /** Intervention after consecutive deficits (MODEL.md §4.6): leadership replaced; a place loses its delegation. */
  private intervene(year: number): void {
    const s = this.scenario;
    const iv = s.finance.intervention;
    for (const o of this.world.orgs) {
      // ICBs in deficit are intervened in too (NHS England's recovery support); practices are independent contractors.
      if (o.deficitYears < iv.afterDeficits || o.kind === 'practice') continue;
      o.deficitYears = 0;
      o.leadershipReset = Math.min(1, o.leadershipReset + iv.priorityReset * (1 - o.leadershipReset));
      this.intervened.add(o.index);
      const withdraw = o.kind === 'place' && iv.withdrawDelegation;
      if (withdraw) this.withdrawn.add(o.place);
      this.interventions.push({ year: s.startYear + year, fy: fyLabel(s.startYear + year), org: o.id, kind: o.kind, delegationWithdrawn: withdraw });
    }
  }

  /** Whether a place's delegation has been withdrawn after intervention. */
  delegationWithdrawn(place: number): boolean {
    return this.withdrawn.has(place) || (this.suspendedUntil.get(place) ?? -1) >= Math.floor(this.month / 12);
  }
  /** Places whose delegated budget was withdrawn (MODEL.md §4.6). */
  readonly withdrawn = new Set<number>();

  /** Loan, breach, intervention and event counts for the summary. */
  private financeSummary() {
    const loans = this.loanBook.loans;
    const count = (st: string) => loans.filter((l) => l.status === st).length;
    return {
      loans: {
        made: loans.length,
        repaid: count('repaid'),
        defaulted: count('defaulted'),
        open: count('open'),
        principal: loans.reduce((a, l) => a + l.principal, 0) / 100,
        outstanding: loans.reduce((a, l) => a + (l.status === 'open' ? l.outstanding : 0), 0) / 100,
        refused: this.loanBook.refusals,
        notMadeForBreachRisk: this.loanBook.notMade,
        notMadeAmount: this.loanBook.notMadeAmount / 100,
      },
      executive: {
        funding: this.scenario.governance.gp.executive.funding,
        fundedShare: Math.round(this.voice.executiveScale * 1e6) / 1e6,
        paidByPractices: this.executivePaid.practices / 100,
        paidByIcb: this.executivePaid.icb / 100,
      },
      accountabilityBreaches: this.loanBook.breaches,
      breachConsequences: {
        investigated: this.loanBook.cases.filter((c) => c.investigated).length,
        officersRemoved: this.loanBook.cases.filter((c) => c.officerRemoved).length,
        delegationsSuspended: this.loanBook.cases.filter((c) => c.delegationSuspended > 0).length,
        penalties: this.loanBook.cases.reduce((a, c) => a + c.penalty, 0) / 100,
      },
      interventions: this.interventions.length,
      leaderChanges: this.world.places.reduce((a, p) => a + p.leaderChanges, 0),
      events: this.events.filter((e) => e.start < this.month).length,
    };
  }

  /** The headline figures, with the delegated share per year. */
  private summary(): RunResult['summary'] {
    const sum = { ...summarise(this.scenario, this.world, this.ledger, this.years, this.observer, this.decisions), ...this.financeSummary() };
    const start = this.scenario.startYear;
    for (const [y, v] of Object.entries(sum.yearly)) {
      v.delegatedShare = Math.round((this.shareByYear[Number(y) - start] ?? 0) * 1e6) / 1e6;
      const e = this.executiveByYear[Number(y) - start];
      v.executive = { fundedShare: Math.round((e?.fundedShare ?? 0) * 1e6) / 1e6, paidByPractices: (e?.practices ?? 0) / 100, paidByIcb: (e?.icb ?? 0) / 100 };
    }
    return { ...sum, delegatedShare: Math.round((this.shareByYear[this.shareByYear.length - 1] ?? 0) * 1e6) / 1e6 };
  }

  /** Runs to the end and returns the result. */
  run(): RunResult {
    while (!this.done) this.step();
    return this.result();
  }

  /** The result of the months run so far. */
  result(): RunResult {
    const w = this.world;
    const s = this.scenario;
    return {
      meta: {
        icsim: VERSION,
        scenario: s.name,
        scenarioHash: hashString(JSON.stringify(s)),
        seed: this.seed,
        years: this.totalMonths / 12,
        startYear: s.startYear,
        organisations: w.orgs.length,
      },
      summary: this.summary(),
      power: this.power,
      loans: this.loanBook.loans.map((l) => ({
        id: l.id,
        lender: l.lender,
        borrower: l.borrower,
        month: l.month,
        principal: l.principal / 100,
        outstanding: l.outstanding / 100,
        rate: l.rate,
        termYears: l.termYears,
        approvedBy: l.approvedBy,
        officer: l.officer,
        breach: l.breach,
        status: l.status,
        deferredInvestment: l.deferredInvestment,
      })),
      breaches: this.loanBook.cases.map((c) => ({
        loan: c.loan,
        lender: c.lender,
        month: c.month,
        fy: fyLabel(s.startYear + Math.floor(c.month / 12)),
        investigated: c.investigated,
        officerRemoved: c.officerRemoved,
        delegationSuspendedYears: c.delegationSuspended,
        penalty: c.penalty / 100,
      })),
      interventions: this.interventions,
      devolution: this.devolution.log,
      events: this.events
        .filter((e) => e.start < this.month)
        .map((e) => ({ type: e.type, name: e.name, start: e.start, end: e.end, magnitude: e.magnitude, targets: e.orgs.map((o) => w.orgs[o]!.id), scripted: e.scripted, deferred: e.deferred })),
      decisions: this.summaryOnly ? [] : this.decisions,
      organisations: w.orgs.map((o) => ({
        id: o.id,
        name: o.name,
        kind: o.kind,
        system: w.systems[o.system]!.id,
        place: o.place >= 0 ? w.places[o.place]!.id : '',
      })),
      years: this.years,
      series: this.observer.series(),
    };
  }
}

/** Runs a validated scenario from start to end. */
export function runScenario(scenario: Scenario, options: RunOptions = {}): RunResult {
  return new Simulation(scenario, options).run();
}
