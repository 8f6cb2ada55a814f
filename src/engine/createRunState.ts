/**
 * Builds the state of a run at month 0 (docs/ODD.md §5, Initialization): the
 * world, the ledger with one account per organisation plus three external
 * accounts, acute stocks at steady state, general practice's voice, the board
 * seats and their power indices, and the run's events.
 */
import { steadyState } from './acuteFlow.ts';
import { initialShares } from './allocation.ts';
import { icbBoardSeats, placeBoardSeats, type BoardSeats } from './boards/seats.ts';
import { buildWorld } from './buildWorld.ts';
import { createObservation } from './collector.ts';
import { emptyProfiles } from './costModel.ts';
import { resolveEvents } from './events.ts';
import { powerIndices } from './governance/powerIndices.ts';
import { Ledger } from './ledger.ts';
import { LINE_COUNT } from './lines.ts';
import type { BoardPower } from './runRecords.ts';
import { openStream } from './rng.ts';
import type { RunState } from './runState.ts';
import type { Scenario } from './scenarioSchema.ts';
import { createGpVoice } from './voice/gpVoice.ts';
import type { World } from './world.ts';

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

/** The state of a run of `scenario` before its first month. */
export function createRunState(scenario: Scenario, options: RunOptions = {}): RunState {
  const seed = options.seed ?? scenario.seed;
  const totalMonths = (options.years ?? scenario.years) * 12;
  const w = buildWorld(scenario, seed);
  const summaryOnly = options.summaryOnly ?? false;
  const ledger = new Ledger(
    w.orgs.map((o) => o.id),
    ['external:nhsEngland', 'external:localGovernment', 'external:suppliers'],
    !summaryOnly,
  );
  const nOrgs = w.orgs.length;
  const nPlaces = w.places.length;
  initialiseStocks(scenario, w);
  const voice = createGpVoice(scenario, w, seed);
  const icbBoards = w.systems.map((sys) => icbBoardSeats(scenario, w, sys.index));
  const placeBoards = w.places.map((p) => placeBoardSeats(scenario, w, p.index));
  const councilPopulation = new Float64Array(nOrgs);
  for (const p of w.places) councilPopulation[p.council]! += p.population;
  const dev = scenario.governance.devolution;
  return {
    scenario,
    seed,
    totalMonths,
    summaryOnly,
    replayWithoutGp: options.influence !== false,
    month: 0,
    world: w,
    ledger,
    years: [],
    observation: createObservation(w),
    streams: {
      cds: w.pcns.map((pcn) => openStream(seed, 'attendance', `${pcn.id}:cd-monthly`)),
      boards: {},
      seats: {},
      leaders: {},
      accountability: {},
    },
    shares: w.systems.map(() => initialShares(scenario)),
    envelopes: new Float64Array(0),
    contracts: [],
    offers: new Float64Array(0),
    auth: { nhse: 0, localGov: 0, spend: new Int32Array(0), allocation: new Int32Array(0) },
    price: 1,
    nationalPrice: 1,
    planTrend: new Float64Array(LINE_COUNT),
    delegatedPay: [],
    prescribing: new Float64Array(0),
    prescribingBase: new Float64Array(nPlaces),
    prescribingPayers: [],
    activityUnits: new Float64Array(0),
    activityShare: new Float64Array(0),
    activityPayers: [],
    otherBase: new Float64Array(0),
    otherAnnual: new Float64Array(0),
    councilFunding: new Float64Array(nOrgs),
    councilMoneyBase: new Float64Array(0),
    councilPopulation,
    profiles: emptyProfiles(w),
    executive: { cost: 0, auth: -1, paid: { practices: 0, icb: 0 }, byYear: [] },
    demand: new Float64Array(nPlaces * LINE_COUNT),
    communityIndex: new Float64Array(nPlaces).fill(1),
    baseCommunity: new Float64Array(nPlaces),
    communityPlan: new Float64Array(nPlaces).fill(1),
    communityNow: new Float64Array(nPlaces).fill(1),
    acceptanceDays: new Float64Array(nPlaces).fill(scenario.council.acceptanceDays),
    packageCapacityNow: Float64Array.from(w.places, (p) => p.packageCapacity),
    dischargeFund: new Float64Array(nPlaces),
    yearAdmitted: new Float64Array(nPlaces),
    yearCancelled: new Float64Array(nPlaces),
    cancelledShare: new Float64Array(nPlaces),
    activityMultiplier: new Float64Array(nOrgs).fill(1),
    bedDays: new Float64Array(nOrgs),
    delayedBedDays: new Float64Array(nOrgs),
    escalationBedDays: new Float64Array(nOrgs),
    packageMonths: new Float64Array(nOrgs),
    flows: {
      bedDays: new Float64Array(nPlaces),
      delayedBedDays: new Float64Array(nPlaces),
      packages: new Float64Array(nPlaces),
      admissions: new Float64Array(nPlaces),
      cancelled: new Float64Array(nPlaces),
      days: 0,
      spendByLine: new Float64Array(LINE_COUNT),
    },
    events: resolveEvents(scenario, w, seed, totalMonths),
    costMultiplier: new Float64Array(nOrgs).fill(1),
    investmentBoost: new Float64Array(nPlaces).fill(1),
    closed: new Uint8Array(nOrgs),
    voice,
    icbBoards,
    placeBoards,
    power: boardPower(scenario, [...icbBoards, ...placeBoards]),
    memory: new Map(),
    devolution: { share: new Float64Array(w.systems.length).fill(dev.mode === 'centralised' ? 0 : dev.share), log: [] },
    shareByYear: [],
    decisions: [],
    // Clinical directors start with a full record of attendance, or none when general practice does not attend (governance.gp.attend).
    cdAttendanceRate: new Float64Array(w.pcns.length).fill(scenario.governance.gp.attend ? 1 : 0),
    cdHoursFactor: new Float64Array(w.pcns.length).fill(1),
    cdAttendanceProb: new Float64Array(0),
    loanBook: { loans: [], breaches: 0, refusals: 0, notMade: 0, notMadeAmount: 0, cases: [] },
    recoveries: [],
    interventions: [],
    intervened: new Uint8Array(nOrgs),
    withdrawn: new Uint8Array(nPlaces),
    suspendedUntil: new Int32Array(nPlaces).fill(-1),
  };
}

/** Acute stocks of each place at their steady state, with care-package capacity at the council's headroom. */
function initialiseStocks(scenario: Scenario, world: World): void {
  const a = scenario.acute;
  const c = scenario.council;
  for (const p of world.places) {
    p.baseAdmissionsPerDay = (p.population / 1000) * a.admissionsPerThousand * p.need * p.activityRate / 365;
    const ss = steadyState({
      admissionsPerDay: p.baseAdmissionsPerDay,
      lengthOfStayDays: a.lengthOfStayDays,
      carePackageShare: a.carePackageShare,
      acceptanceDays: c.acceptanceDays,
      packageDays: a.carePackageMonths * 365 / 12,
      packageCapacity: Infinity,
    });
    p.packageCapacity = ss.packages * c.capacityHeadroom;
    p.bedCeiling = ((ss.treating + ss.delayed) / a.startOccupancy) * a.maxOccupancy;
    p.stocks.treating = ss.treating;
    p.stocks.delayed = ss.delayed;
    p.stocks.packages = Math.min(ss.packages, p.packageCapacity);
  }
}

/** Banzhaf and Shapley-Shubik indices of each board's voting game (voting members only). */
function boardPower(scenario: Scenario, boards: BoardSeats[]): BoardPower[] {
  const out: BoardPower[] = [];
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
