/**
 * Dividing each system's envelope for a year under its devolution rules
 * (docs/ODD.md §7.10), returning per-place line budgets split into the part the
 * ICB commissions and the part a place (or lead provider) commissions.
 */
import { fyLabel } from '../calendar.ts';
import { LINE_COUNT } from '../lines.ts';
import type { World } from '../world.ts';
import { decideAllocation } from './decideAllocation.ts';
import { devolvedShare, type DevolutionDecision } from './decideDevolution.ts';
import { lineNeedMultipliers } from './lineNeed.ts';
import { valueIn } from '../yearly.ts';
import { boardView, icbMeeting, leadProviderPriorities, placeMeeting, record, type DecisionRecord, type MeetingContext } from './planningRound.ts';
import type { BoardSeats } from './seats.ts';

/**
 * Envelopes below one penny are not put to a board: there is nothing to
 * divide (a delegated share of 1 leaves the ICB nothing; an allocation shock
 * of -1 leaves nobody anything), and the bargaining code needs a positive
 * envelope. Such a "decision" allocates nothing, records nothing and leaves
 * the scope's memory of last year's allocation as it was.
 */
const SMALLEST_ENVELOPE = 1;

/** Budgets for one year. */
export interface YearBudgets {
  /** Per place: lines the ICB commissions (pence). */
  central: Float64Array[];
  /** Per place: lines the place's delegate commissions (pence). */
  delegated: Float64Array[];
  /** Per place: org that commissions the delegated part (place or lead provider), or -1. */
  delegate: Int32Array;
  decisions: DecisionRecord[];
}

/** The delegated share of each system, and the log of its yearly decisions when it is contested. */
export interface DevolutionState {
  share: Float64Array;
  log: DevolutionDecision[];
}

/** What the planning round remembers between years: last allocation per decision scope. */
export type AllocationMemory = Map<string, number[]>;

/**
 * Runs the year's allocation decisions for one system.
 * @param allocatable the system's envelope after the reserve (pence)
 * @param initialShares first-year shares (used when a scope has no history)
 * @param inflation cash roll-forward of last year's allocation for the disagreement point
 */
export function planSystemAllocation(
  ctx: MeetingContext,
  w: World,
  system: number,
  year: number,
  allocatable: number,
  initialShares: Float64Array,
  icbBoard: BoardSeats,
  placeBoards: BoardSeats[],
  memory: AllocationMemory,
  out: YearBudgets,
  delegationWithdrawn: (place: number) => boolean,
  devolution: DevolutionState,
): void {
  const s = ctx.scenario;
  const sys = w.systems[system]!;
  const fy = fyLabel(s.startYear + year);
  const withoutGp = <M extends { bloc: string; present: boolean }>(ms: M[]): M[] => ms.map((m) => (m.bloc === 'gp' ? { ...m, present: false } : m));
  // Contested devolution (docs/ODD.md §7.14a): the ICB board first settles this year's delegated share.
  const given = s.governance.devolution;
  // Each place board meets once a year; under contested devolution the ICB board meets first on the share.
  const placeMembers = new Map(sys.places.map((p) => [p, placeMeeting(ctx, placeBoards[p]!)]));
  let icbBoardMembers: ReturnType<typeof icbMeeting> | undefined;
  if (given.contested && year > 0) {
    icbBoardMembers = icbMeeting(ctx, icbBoard, []);
    const before = devolution.share[system]!;
    const views = sys.places.map((p) => placeMembers.get(p)!);
    const d = devolvedShare(s, icbBoardMembers, before, views);
    const d0 = devolvedShare(s, withoutGp(icbBoardMembers), before, views.map(withoutGp));
    devolution.share[system] = d.share;
    devolution.log.push({ year: s.startYear + year, fy, system: sys.id, before, after: d.share, withoutGp: d0.share, weightFor: d.weightFor, weightAgainst: d.weightAgainst });
  }
  const share = given.contested ? devolution.share[system]! : given.share;
  const mode = !given.contested ? given.mode : share > 0 ? (given.mode === 'leadProvider' ? 'leadProvider' : 'delegated') : 'centralised';
  const dev = { ...given, mode, share };
  const base = { year: s.startYear + year, fy, month: year * 12 };
  const weight = (p: number) => (w.places[p]!.population * w.places[p]!.need) / sys.weightedPopulation;
  // Before the first year there is no history: last year's allocation is the first-year shares of last year's envelope.
  const inflate = 1 + valueIn(s.costs.inflation, s.startYear, year);
  const lastYearScale = 1 / ((1 + valueIn(s.allocation.growthRate, s.startYear, 0)) * (1 + valueIn(s.costs.inflation, s.startYear, 0)));
  const last = (key: string, envelope: number) => memory.get(key) ?? Array.from(initialShares, (v) => v * envelope * lastYearScale);

  // Each line's need this year (cash), for consensus in the shadow of need.
  const needOf = (prev: readonly number[], places: readonly number[]) => {
    const m = lineNeedMultipliers(s, w, places, year);
    return prev.map((v, l) => v * m[l]!);
  };
  const delegatedShare = (p: number) => (dev.mode === 'centralised' || delegationWithdrawn(p) ? 0 : dev.share);
  // Money the ICB keeps: everything under centralised rules, otherwise what is not delegated.
  let central = 0;
  for (const p of sys.places) central += allocatable * weight(p) * (1 - delegatedShare(p));

  // Places first: under delegated rules they decide; under centralised rules their view is advice
  // (and what that view would have been with general practice's seats empty, for the counterfactual).
  const advice: Array<{ id: string; priorities: Float64Array }> = [];
  const adviceWithoutGp: Array<{ id: string; priorities: Float64Array }> = [];
  for (const p of sys.places) {
    const place = w.places[p]!;
    const board = placeBoards[p]!;
    const share = delegatedShare(p);
    const envelope = allocatable * weight(p) * share;
    const members = placeMembers.get(p)!;
    out.delegate[p] = -1;
    out.delegated[p] = new Float64Array(LINE_COUNT);
    if (share === 0) {
      advice.push({ id: `${place.id}:advice`, priorities: boardView(members) });
      adviceWithoutGp.push({ id: `${place.id}:advice`, priorities: boardView(withoutGp(members)) });
      continue;
    }
    // Nothing to delegate: the place commissions nothing this year (delegate stays -1).
    if (envelope < SMALLEST_ENVELOPE) continue;
    const key = `${place.id}:${dev.mode}`;
    const prev = last(key, envelope);
    const lead = dev.mode === 'leadProvider' ? (dev.leadProvider === 'community' ? place.community : dev.leadProvider === 'acute' ? place.acute : place.org) : -1;
    // A GP federation holding the budget (seed 001's managed-care organisation) decides with general practice's voice.
    const federation = dev.leadProvider === 'federation';
    const leadSeat = lead >= 0
      ? {
          id: federation ? `${place.id}:federation` : w.orgs[lead]!.id,
          bloc: (federation ? 'gp' : 'trust') as 'gp' | 'trust',
          role: 'lead provider',
          pcn: -1,
          priorities: federation ? ctx.voice.federation[p]! : leadProviderPriorities(s, w.orgs[lead]!.kind),
          votingWeight: 1,
          baseRecognition: 1,
          present: true,
          recognition: 1,
        }
      : undefined;
    const need = needOf(prev, [p]);
    const outcome = decideAllocation(s, {
      members: leadSeat ? [leadSeat] : members,
      rules: lead >= 0 ? ['executive'] : s.governance.placeBoard.rules,
      quota: s.governance.placeBoard.quota,
      discount: s.governance.placeBoard.discount,
      executive: 0,
      envelope,
      last: prev,
      statusQuo: prev.map((v) => v * inflate),
      need,
      gpPriorities: ctx.voice.placeReference[p]!,
      replay: ctx.replayWithoutGp,
      warmStart: warmStartOf(memory, key),
      rng: ctx.negotiationRng(lead >= 0 ? `${place.id}:lead-provider` : board.id),
    });
    memory.set(key, outcome.allocation);
    rememberContinuation(memory, key, outcome);
    out.delegated[p] = Float64Array.from(outcome.allocation);
    out.delegate[p] = lead >= 0 ? lead : place.org;
    out.decisions.push(record({ ...base, board: lead >= 0 ? `${place.id}:lead-provider` : board.id, scope: lead >= 0 ? 'leadProvider' : 'place' }, envelope, prev.map((v) => v * inflate), leadSeat ? [leadSeat] : members, outcome, need));
  }

  // The ICB board decides the central part for the whole system.
  const key = `${sys.id}:icb`;
  if (central < SMALLEST_ENVELOPE) {
    const shares = memory.get(`${key}:shares`) ?? Array.from(initialShares);
    for (const p of sys.places) {
      const part = allocatable * weight(p) * (1 - delegatedShare(p));
      out.central[p] = Float64Array.from(shares, (v) => v * part);
    }
    return;
  }
  // The places' advice in the order of their ids, so that the order places are listed in changes nothing (issue 25).
  const byId = (a: { id: string }, b: { id: string }) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
  advice.sort(byId);
  adviceWithoutGp.sort(byId);
  // The board that met on devolution also divides the central budget (no second attendance draw).
  const members = icbBoardMembers ? [...icbBoardMembers, ...icbMeeting(ctx, { ...icbBoard, seats: [] }, advice)] : icbMeeting(ctx, icbBoard, advice);
  // The ICB meeting GP's absence would have produced: the same seats and draws, with the place boards' advice as it would have been.
  const counterfactualMembers = advice.length ? icbMeetingWith(members, adviceWithoutGp) : undefined;
  const prevShares = memory.get(`${key}:shares`) ?? Array.from(initialShares);
  const prev = prevShares.map((v) => v * (memory.has(`${key}:total`) ? memory.get(`${key}:total`)![0]! : central * lastYearScale));
  const icbNeed = needOf(prev, sys.places);
  const outcome = decideAllocation(s, {
    members,
    rules: s.governance.icbBoard.rules,
    quota: s.governance.icbBoard.quota,
    discount: s.governance.icbBoard.discount,
    executive: 0,
    envelope: central,
    last: prev,
    statusQuo: prev.map((v) => v * inflate),
    need: icbNeed,
    gpPriorities: ctx.voice.systemReference[system]!,
    counterfactualMembers,
    replay: ctx.replayWithoutGp,
    warmStart: warmStartOf(memory, key),
    rng: ctx.negotiationRng(icbBoard.id),
  });
  rememberContinuation(memory, key, outcome);
  const shares = outcome.allocation.map((v) => (central > 0 ? v / central : 1 / LINE_COUNT));
  memory.set(`${key}:shares`, shares);
  memory.set(`${key}:total`, [central]);
  out.decisions.push(record({ ...base, board: icbBoard.id, scope: 'icb' }, central, prev.map((v) => v * inflate), members, outcome, icbNeed));
  for (const p of sys.places) {
    const part = allocatable * weight(p) * (1 - delegatedShare(p));
    out.central[p] = Float64Array.from(shares, (v) => v * part);
  }
}

/** The ICB meeting's members with each advice seat's priorities replaced (matched by id). */
function icbMeetingWith<M extends { id: string; priorities: Float64Array }>(members: M[], advice: Array<{ id: string; priorities: Float64Array }>): M[] {
  const byId = new Map(advice.map((a) => [a.id, a.priorities]));
  return members.map((m) => (byId.has(m.id) ? { ...m, priorities: byId.get(m.id)! } : m));
}

/** Where this scope's majority bargaining starts this year: last year's equilibrium, for the decision and its replay. */
function warmStartOf(memory: AllocationMemory, key: string): { factual?: readonly number[]; counterfactual?: readonly number[] } {
  const factual = memory.get(`${key}:continuation`);
  const counterfactual = memory.get(`${key}:continuationWithoutGp`);
  return { ...(factual ? { factual } : {}), ...(counterfactual ? { counterfactual } : {}) };
}

/** Keeps a decision's majority-bargaining equilibrium for next year's start (scopes that never vote keep none). */
function rememberContinuation(memory: AllocationMemory, key: string, outcome: { continuation: { factual: number[] | null; counterfactual: number[] | null } }): void {
  if (outcome.continuation.factual) memory.set(`${key}:continuation`, outcome.continuation.factual);
  if (outcome.continuation.counterfactual) memory.set(`${key}:continuationWithoutGp`, outcome.continuation.counterfactual);
}
