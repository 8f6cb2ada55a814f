/**
 * Attendance and capacity (docs/ODD.md §7.8; seed 002). A representative turns
 * up with a probability that falls once the meetings they are asked to
 * attend take more hours than they have: p = min(1, hours / load)^elasticity.
 * PCN clinical directors carry their PCN's business, the place board and,
 * in the unified modes, the GP leadership group; an executive adds clinical
 * hours; an event can ramp up their delivery duties and cut their hours.
 */
import type { Scenario } from '../scenarioSchema.ts';
import type { World } from '../world.ts';
import { hasExecutive, isUnified } from './gpVoice.ts';

/** Probability of attending given hours available and meeting load. */
export function attendanceProbability(hours: number, load: number, elasticity: number): number {
  if (load <= 0) return 1;
  if (hours <= 0) return 0;
  return Math.min(1, Math.pow(hours / load, elasticity));
}

/**
 * Where the executive's clinical hours come from (seed 004): bought (a
 * practice levy, scaled down to what practices will pay, or the system), and
 * then added to the representatives' time; or taken from existing roles, the
 * LMC chair's (share `fromLmc`) and the lead clinical directors', who then
 * have that much less time for boards.
 * @param scale share of the configured executive that is funded this year
 */
export function executiveHours(s: Scenario, scale = 1): { added: number; lmcLost: number; cdLost: number } {
  if (!hasExecutive(s)) return { added: 0, lmcLost: 0, cdLost: 0 };
  const e = s.governance.gp.executive;
  if (e.funding === 'existingRoles') return { added: 0, lmcLost: e.fromLmc * e.clinicalHours, cdLost: (1 - e.fromLmc) * e.clinicalHours };
  return { added: e.clinicalHours * scale, lmcLost: 0, cdLost: 0 };
}

/** Attendance probability of each PCN's clinical director at the place board this month. */
export function cdAttendanceProbabilities(s: Scenario, w: World, hoursFactor: Float64Array, out: Float64Array = new Float64Array(w.pcns.length), executiveScale = 1): Float64Array {
  const g = s.governance;
  const unified = isUnified(s);
  const exec = executiveHours(s, executiveScale);
  const execHours = exec.added - exec.cdLost;
  out.fill(0);
  if (!g.gp.attend) return out;
  for (let i = 0; i < w.pcns.length; i++) {
    const pcn = w.pcns[i]!;
    const place = w.places[pcn.place]!;
    // Executive clinical hours are shared between the CDs the group covers.
    let scopeCds = place.pcns.length;
    if (g.gp.level === 'ics') {
      scopeCds = 0;
      for (const p of w.systems[place.system]!.places) scopeCds += w.places[p]!.pcns.length;
    }
    const hours = Math.max(0, g.gp.cdHours * hoursFactor[pcn.index]! + execHours / Math.max(1, scopeCds));
    const load = g.placeBoard.meetingHours + g.attendance.pcnHours + (unified ? g.attendance.gplgHours : 0);
    out[pcn.index] = attendanceProbability(hours, load, g.attendance.elasticity);
  }
  return out;
}

/** Attendance probability of the LMC representative (fragmented mode only sits on the board). */
export function lmcAttendanceProbability(s: Scenario, executiveScale = 1): number {
  const g = s.governance;
  if (!g.gp.attend) return 0;
  const lmcHours = Math.max(0, g.gp.lmcHours - executiveHours(s, executiveScale).lmcLost);
  return attendanceProbability(lmcHours, g.placeBoard.meetingHours + g.attendance.gplgHours, g.attendance.elasticity);
}

/**
 * In the unified modes, the chance that another GP leader (the LMC chair or
 * federation lead, helped by executive hours) can take an absent clinical
 * director's seat and carry the common position (seed 002: "identify one or
 * two senior leaders" to represent general practice). How many seats they
 * can take at one meeting is limited by {@link substituteSeats}.
 */
export function substituteProbability(s: Scenario, executiveScale = 1): number {
  const g = s.governance;
  if (!isUnified(s) || !g.gp.attend) return 0;
  const exec = executiveHours(s, executiveScale);
  return attendanceProbability(Math.max(0, g.gp.lmcHours - exec.lmcLost) + exec.added, g.placeBoard.meetingHours + g.attendance.gplgHours, g.attendance.elasticity);
}

/**
 * How many absent clinical directors' seats other GP leaders can take at one
 * place board meeting: their hours for it (`governance.gp.substituteHours`)
 * over the hours a meeting takes. Covering many absent CDs costs hours that
 * are not there.
 */
export function substituteSeats(s: Scenario): number {
  const g = s.governance;
  if (!isUnified(s) || !g.gp.attend) return 0;
  if (!(g.placeBoard.meetingHours > 0)) return Infinity;
  return Math.floor(g.gp.substituteHours / g.placeBoard.meetingHours + 1e-9);
}
