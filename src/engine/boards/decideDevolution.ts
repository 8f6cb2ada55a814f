/**
 * Contested devolution (docs/ODD.md §7.14a; seed 002: "push for as much as
 * possible to be devolved to place", "ally with the councils"). Each year the
 * ICB board decides the share of the envelope delegated to places, within
 * `maxStep` of last year's and at most `maxShare`. Members have linear
 * utility over the share with a sign and strength from their bloc's position
 * (`governance.devolution.positions`); the board bargains as under
 * consensus (asymmetric Nash, weights = recognition of present members), from
 * the conflict point where each member gets its worst share in the interval.
 * With linear utilities the solution has a closed form:
 *
 *   share = lo + (hi - lo) * W_for / (W_for + W_against)
 *
 * where W_for and W_against are the recognition weights of present members
 * for and against (only the sign of a position matters: its strength scales
 * the member's utility, which leaves the Nash product's maximiser unchanged),
 * and each place board's view is an advice member whose weight is the
 * board's net balance for or against. So the share moves towards whoever
 * turns up with more recognition: a united, attending general practice
 * allied with councils pushes it up; a divided or absent one does not.
 * The decision is replayed with general practice's seats empty, as for
 * allocations (docs/ODD.md §7.13).
 */
import type { Scenario } from '../scenarioSchema.ts';
import type { Seat } from './seats.ts';

/** One year's devolution decision for a system. */
export interface DevolutionDecision {
  year: number;
  fy: string;
  system: string;
  /** Share before and after. */
  before: number;
  after: number;
  /** What the share would have been with general practice's seats empty. */
  withoutGp: number;
  /** Recognition weight of present members for and against. */
  weightFor: number;
  weightAgainst: number;
}

type Present = ReadonlyArray<Seat & { present: boolean; recognition: number }>;

/** Recognition weight of present members for and against delegation. */
function sides(s: Scenario, members: Present): { wFor: number; wAgainst: number } {
  const pos = s.governance.devolution.positions;
  let wFor = 0;
  let wAgainst = 0;
  for (const m of members) {
    if (!m.present || m.bloc === 'place') continue;
    const p = pos[m.bloc];
    if (p > 0) wFor += m.recognition;
    else if (p < 0) wAgainst += m.recognition;
  }
  return { wFor, wAgainst };
}

/**
 * The share the board settles on from last year's (see the module header).
 * Each place board's view enters as an advice member of weight
 * `adviceWeight`, for or against by the balance of its own present members
 * ((for - against) / (for + against) of their recognition), as under
 * centralised allocation.
 */
export function devolvedShare(s: Scenario, members: Present, last: number, placeViews: readonly Present[] = []): { share: number; weightFor: number; weightAgainst: number } {
  const d = s.governance.devolution;
  const lo = Math.max(0, last - d.maxStep);
  const hi = Math.max(lo, Math.min(d.maxShare, last + d.maxStep));
  let { wFor, wAgainst } = sides(s, members);
  for (const view of placeViews) {
    const v = sides(s, view);
    const total = v.wFor + v.wAgainst;
    if (!(total > 0)) continue;
    const balance = (d.adviceWeight * (v.wFor - v.wAgainst)) / total;
    if (balance > 0) wFor += balance;
    else wAgainst -= balance;
  }
  const total = wFor + wAgainst;
  // No one cares either way: the share stays where it was (within this year's bounds).
  const share = total > 0 ? lo + ((hi - lo) * wFor) / total : Math.min(hi, Math.max(lo, last));
  return { share, weightFor: wFor, weightAgainst: wAgainst };
}
