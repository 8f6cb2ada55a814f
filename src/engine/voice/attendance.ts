/**
 * Attendance and capacity (MODEL.md §4.2; seed 002). A representative turns
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

/** Attendance probability of each PCN's clinical director at the place board this month. */
export function cdAttendanceProbabilities(s: Scenario, w: World, hoursFactor: Float64Array, out: Float64Array = new Float64Array(w.pcns.length)): Float64Array {
  const g = s.governance;
  const unified = isUnified(s);
  const execHours = hasExecutive(s) ? g.gp.executive.clinicalHours : 0;
  out.fill(0);
  for (const pcn of w.pcns) {
    if (!g.gp.attend) continue;
    const place = w.places[pcn.place]!;
    // Executive clinical hours are shared between the CDs the group covers.
    const scopeCds = g.gp.level === 'ics' ? w.systems[place.system]!.places.reduce((a, p) => a + w.places[p]!.pcns.length, 0) : place.pcns.length;
    const hours = g.gp.cdHours * hoursFactor[pcn.index]! + execHours / Math.max(1, scopeCds);
    const load = g.placeBoard.meetingHours + g.attendance.pcnHours + (unified ? g.attendance.gplgHours : 0);
    out[pcn.index] = attendanceProbability(hours, load, g.attendance.elasticity);
  }
  return out;
}

/** Attendance probability of the LMC representative (fragmented mode only sits on the board). */
export function lmcAttendanceProbability(s: Scenario): number {
  const g = s.governance;
  if (!g.gp.attend) return 0;
  return attendanceProbability(g.gp.lmcHours, g.placeBoard.meetingHours + g.attendance.gplgHours, g.attendance.elasticity);
}

/**
 * In the unified modes, the chance that another GP leader (the LMC chair or
 * federation lead, helped by executive hours) can take an absent clinical
 * director's seat and carry the common position (seed 002: "identify one or
 * two senior leaders" to represent general practice). How many seats they
 * can take at one meeting is limited by {@link substituteSeats}.
 */
export function substituteProbability(s: Scenario): number {
  const g = s.governance;
  if (!isUnified(s) || !g.gp.attend) return 0;
  const execHours = hasExecutive(s) ? g.gp.executive.clinicalHours : 0;
  return attendanceProbability(g.gp.lmcHours + execHours, g.placeBoard.meetingHours + g.attendance.gplgHours, g.attendance.elasticity);
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
