/**
 * The planning round (docs/ODD.md §3 step 4, §7.9-7.10): at the start of each
 * financial year boards divide the envelope across service lines under the
 * system's devolution rules, and every decision is logged.
 *
 * - centralised: the ICB board decides the whole envelope; each place board's
 *   view enters as an extra, weak member (no vote) of the ICB negotiation.
 * - delegated: the ICB board decides (1 - share) of the envelope; each place
 *   board decides its own share (by population and need).
 * - leadProvider: as delegated, but a place's share is decided by one
 *   provider as an executive.
 */
import { LINE_COUNT, lineArray } from '../lines.ts';
import { KIND_DESCRIPTORS, type OrgKind } from '../orgKinds.ts';
import type { Rng } from '../rng.ts';
import type { Scenario } from '../scenarioSchema.ts';
import { substituteSeats } from '../voice/attendance.ts';
import type { GpVoiceState } from '../voice/gpVoice.ts';
import { hasExecutive } from '../voice/gpVoice.ts';
import { normalise } from '../voice/opinionGroup.ts';
import type { World } from '../world.ts';
import type { BoardOutcome } from './decideAllocation.ts';
import type { BoardSeats, Seat } from './seats.ts';

/** One logged decision (JSON-ready). */
export interface DecisionRecord {
  year: number;
  fy: string;
  month: number;
  board: string;
  scope: 'icb' | 'place' | 'leadProvider';
  /** Money decided (GBP). */
  envelope: number;
  rule: string;
  failed: Array<{ rule: string; reason: string }>;
  members: Array<{ id: string; bloc: string; role: string; present: boolean; votingWeight: number; recognition: number; priorities: number[] }>;
  proposals: Array<{ proposer: string; allocation: number[]; coalition: string[] }>;
  proposer: string | null;
  votes: Array<{ member: string; vote: 'yes' | 'no' }>;
  /** The adopted allocation per line (GBP), in LINES order. */
  adopted: number[];
  /** Last year's allocation grown by inflation only (GBP): the reference for gains under a vote or the executive, and the disagreement point only where no need is given. When every rule fails, the board adopts last year's allocation scaled to the new envelope (`AllocationBox.rolledForward`), not this. */
  statusQuo: number[];
  /** Each line's need (GBP): where consensus bargains from (absent when not used). */
  need?: number[];
  /** The allocation adopted with general practice's seats empty (GBP), and the rule that would have decided. */
  counterfactual: number[];
  counterfactualRule: string;
  /** General practice's ideal feasible allocation (GBP). */
  gpIdeal: number[];
  /** GP's influence (u(a) - u(a0)) / (u(g) - u(a0)), success and luck in its own utility (docs/ODD.md §7.13). */
  gpInfluence: number;
  gpSuccess: number;
  gpLuck: number;
  blocShares: Record<string, number>;
  /** Whether the deciding rule's numerical method (Nash bargaining or the Baron-Ferejohn fixed point) met its tolerance. */
  converged: boolean;
  /** Majority bargaining: how far the Baron-Ferejohn solution is from a stationary equilibrium, as a share of members' utility ranges; null when none was solved. */
  residual: number | null;
}

/** Attendance and recognition inputs for a planning meeting. */
export interface MeetingContext {
  scenario: Scenario;
  world: World;
  voice: GpVoiceState;
  /** Running attendance rate of each PCN CD (recognition grows with it). */
  cdAttendanceRate: Float64Array;
  /** Attendance probability of each PCN CD this month. */
  cdAttendanceProb: Float64Array;
  lmcAttendanceProb: number;
  /** Unified modes: probability that another GP leader can take an absent CD's seat with the common position. */
  substituteProb: number;
  /** The attendance stream of a seat (one per seat, so boards of different make-up share draws seat for seat). */
  seatRng: (seatId: string) => Rng;
  /** The negotiation stream of a board (by the id of the board that decides), so that one board's draws shift no other's. */
  negotiationRng: (board: string) => Rng;
  /** Replay each decision with general practice's seats empty to measure its influence (docs/ODD.md §7.13); off only to time the replay. */
  replayWithoutGp?: boolean;
}

/** GP recognition multiplier from cohesion, contradiction, executive support (as funded: `executiveScale`) and relationships. */
export function gpRecognitionFactor(s: Scenario, cohesion: number, contradiction: boolean, executiveScale = 1): number {
  const g = s.governance;
  const e = g.gp.executive;
  const exec = hasExecutive(s) ? g.recognition.executiveBoost * (e.funding === 'existingRoles' ? e.management : e.management * executiveScale) : 0;
  return g.gp.relationships * cohesion * (contradiction ? 1 - g.gp.contradictionPenalty : 1) * (1 + exec);
}

function icbPosition(s: Scenario): Float64Array {
  return normalise(lineArray(s.governance.priorities.icb));
}

/**
 * Seats present at a place board meeting, with this meeting's priorities and
 * recognition. In the unified modes other GP leaders take absent clinical
 * directors' seats, in seat order, as far as their hours go
 * ({@link substituteSeats}); a CD's running attendance rate counts the
 * expected cover.
 */
export function placeMeeting(ctx: MeetingContext, board: BoardSeats): Array<Seat & { present: boolean; recognition: number }> {
  const s = ctx.scenario;
  const voice = ctx.voice.places[board.place]!;
  const leaders = s.governance.leaders;
  // Practices trust a clinical leader: general practice is heard more at a board a clinician leads (seed 000).
  // A new leader has yet to earn that trust, or to build a mandate (tenure and turnover).
  const continuity = ctx.world.places[board.place]!.leaderNew ? 1 - leaders.turnoverLoss : 1;
  const factor = gpRecognitionFactor(s, voice.cohesion, voice.contradiction, ctx.voice.executiveScale) * (leaders.place.background === 'clinical' ? 1 + leaders.clinicalTrust * continuity : 1);
  let seatsLeft = ctx.substituteProb > 0 ? substituteSeats(s) : 0;
  // Expected cover per absent CD: the chance a substitute comes, times the share of absences its hours reach.
  let expectedAbsent = 0;
  for (const seat of board.seats) if (seat.bloc === 'gp' && seat.role !== 'lmc') expectedAbsent += 1 - ctx.cdAttendanceProb[seat.pcn]!;
  const coverRate = ctx.substituteProb * (expectedAbsent > 0 ? Math.min(1, seatsLeft / expectedAbsent) : 1);
  return board.seats.map((seat) => {
    if (seat.bloc !== 'gp') {
      // New leadership after intervention leans towards the ICB's priorities (docs/ODD.md §7.14).
      const reset = seat.org !== undefined && seat.org >= 0 ? ctx.world.orgs[seat.org]!.leadershipReset : 0;
      let priorities = reset > 0 ? normalise(Array.from(seat.priorities, (v, l) => (1 - reset) * v + reset * icbPosition(s)[l]!)) : seat.priorities;
      // An elected place leader carries a local mandate: its priorities lean towards what the place's practices want.
      if (seat.role === 'accountable officer' && leaders.place.appointment === 'elected') {
        const local = ctx.voice.placeReference[board.place]!;
        const m = leaders.electedMandate * continuity;
        priorities = normalise(Array.from(priorities, (v, l) => (1 - m) * v + m * local[l]!));
      }
      return { ...seat, priorities, present: ctx.seatRng(seat.id)() < s.governance.attendance.organisation, recognition: seat.baseRecognition };
    }
    const carried = voice.seats.find((x) => (seat.role === 'lmc' ? x.role === 'lmc' : x.pcn === seat.pcn));
    const prob = seat.role === 'lmc' ? ctx.lmcAttendanceProb : ctx.cdAttendanceProb[seat.pcn]!;
    let rate = seat.role === 'lmc' ? ctx.lmcAttendanceProb : ctx.cdAttendanceRate[seat.pcn]!;
    const rng = ctx.seatRng(seat.id);
    let present = rng() < prob;
    // A unified voice organises its representation (seed 002): another leader carries the common position.
    const cover = rng();
    if (ctx.substituteProb > 0) {
      if (!present && seatsLeft > 0 && cover < ctx.substituteProb) {
        present = true;
        seatsLeft--;
      }
      rate = 1 - (1 - rate) * (1 - coverRate);
    }
    return {
      ...seat,
      priorities: carried ? carried.position : seat.priorities,
      present,
      recognition: seat.baseRecognition * factor * Math.max(rate, s.governance.attendance.recognitionFloor),
    };
  });
}

/** Seats present at an ICB board meeting, plus advice members for places under centralised rules. */
export function icbMeeting(ctx: MeetingContext, board: BoardSeats, advice: Array<{ id: string; priorities: Float64Array }>): Array<Seat & { present: boolean; recognition: number }> {
  const s = ctx.scenario;
  const sv = ctx.voice.systems[board.system]!;
  const ics = s.governance.gp.level === 'ics' && ctx.voice.gplgOfSystem[board.system]! >= 0 && sv.cohesion >= s.governance.gp.agreementThreshold;
  const out = board.seats.map((seat) => {
    if (seat.bloc === 'gp') {
      // governance.gp.attend = false: general practice sends no one, so its ICB seat stays empty too (issue 25; ODD §7.8).
      // The seat's draw is still taken, from its own stream, so nothing else moves.
      const drawn = ctx.seatRng(seat.id)() < ctx.scenario.governance.attendance.organisation;
      return {
        ...seat,
        priorities: sv.position,
        present: s.governance.gp.attend && drawn,
        recognition: seat.baseRecognition * (ics ? gpRecognitionFactor(s, sv.cohesion, false, ctx.voice.executiveScale) : s.governance.gp.relationships),
      };
    }
    return { ...seat, present: ctx.seatRng(seat.id)() < ctx.scenario.governance.attendance.organisation, recognition: seat.baseRecognition };
  });
  for (const a of advice) {
    out.push({ id: a.id, bloc: 'place', role: 'place advice', pcn: -1, priorities: a.priorities, votingWeight: 0, baseRecognition: s.governance.devolution.adviceWeight, present: true, recognition: s.governance.devolution.adviceWeight });
  }
  return out;
}

/** A place board's view as one position: the recognition-weighted mean of its present members' priorities. */
export function boardView(members: Array<{ present: boolean; recognition: number; priorities: Float64Array }>): Float64Array {
  const v = new Float64Array(LINE_COUNT);
  for (const m of members) {
    if (!m.present) continue;
    for (let l = 0; l < LINE_COUNT; l++) v[l]! += m.recognition * m.priorities[l]!;
  }
  return normalise(v);
}

/** Records a decision in the log. */
export function record(
  base: Pick<DecisionRecord, 'year' | 'fy' | 'month' | 'board' | 'scope'>,
  envelope: number,
  statusQuo: number[],
  members: Array<Seat & { present: boolean; recognition: number }>,
  outcome: BoardOutcome,
  need?: readonly number[],
): DecisionRecord {
  const r2 = (v: number) => Math.round(v) / 100;
  return {
    ...base,
    envelope: r2(envelope),
    rule: outcome.rule,
    failed: outcome.failed,
    members: members.map((m) => ({
      id: m.id,
      bloc: m.bloc,
      role: m.role,
      present: m.present,
      votingWeight: m.votingWeight,
      recognition: Math.round(m.recognition * 1e6) / 1e6,
      priorities: Array.from(m.priorities, (v) => Math.round(v * 1e6) / 1e6),
    })),
    proposals: outcome.proposals.map((p) => ({ proposer: p.proposer, allocation: p.allocation.map(r2), coalition: p.coalition })),
    proposer: outcome.proposer,
    votes: outcome.votes,
    adopted: outcome.allocation.map(r2),
    statusQuo: statusQuo.map(r2),
    ...(need ? { need: need.map(r2) } : {}),
    counterfactual: outcome.counterfactual.map(r2),
    counterfactualRule: outcome.counterfactualRule,
    gpIdeal: outcome.gpIdeal.map(r2),
    gpInfluence: Math.round(outcome.gpInfluence * 1e6) / 1e6,
    gpSuccess: Math.round(outcome.gpSuccess * 1e6) / 1e6,
    gpLuck: Math.round(outcome.gpLuck * 1e6) / 1e6,
    blocShares: Object.fromEntries(Object.entries(outcome.blocShares).map(([k, v]) => [k, Math.round(v * 1e6) / 1e6])),
    converged: outcome.converged,
    residual: outcome.residual,
  };
}

/** The executive decision of a lead provider: its own preferred allocation. */
export function leadProviderPriorities(s: Scenario, kind: OrgKind): Float64Array {
  return normalise(lineArray(s.governance.priorities[KIND_DESCRIPTORS[kind].leadPriorities]));
}
