/**
 * The planning round's allocation (docs/ODD.md §3 step 4, §7.10-7.13): each
 * system's envelope (with allocation shocks), less its contingency reserve,
 * is split across places and lines by the scenario's rule (rolled forward,
 * or decided by the ICB and place boards), and the year's decisions are
 * logged. Returns the year's central and delegated budgets.
 */
import { envelope, placeBudgets } from '../allocation.ts';
import { planSystemAllocation, type YearBudgets } from '../boards/planAllocation.ts';
import type { MeetingContext } from '../boards/planningRound.ts';
import { isActive } from '../events.ts';
import { LINE_COUNT } from '../lines.ts';
import { openStream, uniform } from '../rng.ts';
import { delegationWithdrawn, type RunState } from '../runState.ts';
import { cdAttendanceProbabilities, lmcAttendanceProbability, substituteProbability } from '../voice/attendance.ts';

/** Sets the year's envelopes and decides the year's budgets of every system. */
export function planBudgets(st: RunState, year: number): YearBudgets {
  const s = st.scenario;
  const w = st.world;
  const yb: YearBudgets = { central: [], delegated: [], delegate: new Int32Array(w.places.length).fill(-1), decisions: [] };
  const ctx: MeetingContext = {
    scenario: s,
    world: w,
    voice: st.voice,
    cdAttendanceRate: st.cdAttendanceRate,
    cdAttendanceProb: st.cdAttendanceProb.length ? st.cdAttendanceProb : cdAttendanceProbabilities(s, w, st.cdHoursFactor, undefined, st.voice.executiveScale),
    lmcAttendanceProb: lmcAttendanceProbability(s, st.voice.executiveScale),
    substituteProb: substituteProbability(s, st.voice.executiveScale),
    seatRng: (id: string) => {
      const r = (st.streams.seats[id] ??= openStream(st.seed, 'attendance', id));
      return () => uniform(r);
    },
    negotiationRng: (board: string) => {
      const r = (st.streams.boards[board] ??= openStream(st.seed, 'negotiation', board));
      return () => uniform(r);
    },
    replayWithoutGp: st.replayWithoutGp,
  };
  st.envelopes = Float64Array.from(w.systems, (sys) => {
    let f = 1;
    for (const e of st.events) if (e.type === 'allocationShock' && isActive(e, year * 12) && e.systems.includes(sys.index)) f *= 1 + e.magnitude;
    return Math.round(envelope(s, w, sys, year) * f);
  });
  for (const sys of w.systems) {
    const allocatable = st.envelopes[sys.index]! * (1 - s.allocation.reserveShare);
    if (s.allocation.rule === 'rollForward') {
      // rollForward: last year's shares carry over unchanged (the baseline rule).
      placeBudgets(w, sys, allocatable, st.shares[sys.index]!, yb.central);
      for (const p of sys.places) yb.delegated[p] = new Float64Array(LINE_COUNT);
    } else {
      planSystemAllocation(ctx, w, sys.index, year, allocatable, st.shares[sys.index]!, st.icbBoards[sys.index]!, st.placeBoards, st.memory, yb, (p) => delegationWithdrawn(st, p), st.devolution);
    }
  }
  // A summary-only run keeps of each decision only what the summary reads.
  for (const d of yb.decisions) st.decisions.push(st.summaryOnly ? { ...d, members: [], proposals: [], votes: [], adopted: [], statusQuo: [], counterfactual: [], gpIdeal: [], need: undefined } : d);
  // The mean delegated share this year (fixed input, or as contested).
  const dev = s.governance.devolution;
  let shareSum = 0;
  for (let i = 0; i < w.systems.length; i++) shareSum += dev.contested ? st.devolution.share[i]! : dev.mode === 'centralised' ? 0 : dev.share;
  st.shareByYear.push(shareSum / Math.max(1, w.systems.length));
  return yb;
}
