/**
 * Who sits on each board, with what priorities, voting weight and
 * recognition (MODEL.md §4.3; NHS England ICB guidance: at least ten members
 * with one partner member each from primary medical services, trusts and
 * local authorities; seed 002: PCN clinical directors represent general
 * practice on place boards).
 */
import { lineArray } from '../lines.ts';
import type { Scenario } from '../scenarioSchema.ts';
import { normalise } from '../voice/opinionGroup.ts';
import type { World } from '../world.ts';

/** Groups of seats for reporting each bloc's share of the gains. */
export type Bloc = 'gp' | 'trust' | 'council' | 'icb' | 'nonExecutive' | 'voluntary' | 'place';

/** One seat at a board for one meeting. */
export interface Seat {
  id: string;
  bloc: Bloc;
  /** Role within the bloc, e.g. `cd`, `lmc`, `partner`, `executive`. */
  role: string;
  /** Index of the PCN for CD seats, else -1. */
  pcn: number;
  /** Organisation the seat speaks for (its leadership may be replaced after intervention), else -1. */
  org?: number;
  priorities: Float64Array;
  votingWeight: number;
  /** Base recognition before attendance and voice effects. */
  baseRecognition: number;
}

/** A board's standing seats. */
export interface BoardSeats {
  id: string;
  kind: 'icb' | 'place';
  system: number;
  place: number;
  seats: Seat[];
}

const pos = (s: Scenario, k: keyof Scenario['governance']['priorities']) => normalise(lineArray(s.governance.priorities[k]));

/** The ICB board of a system: non-executives, executives and three partner members. */
export function icbBoardSeats(s: Scenario, w: World, system: number): BoardSeats {
  const g = s.governance;
  const r = g.recognition;
  const sys = w.systems[system]!;
  const seats: Seat[] = [];
  for (let i = 0; i < g.icbExecutives; i++) {
    seats.push({ id: `${sys.id}:icb-exec${i + 1}`, bloc: 'icb', role: i === 0 ? 'chief executive' : 'executive', pcn: -1, priorities: pos(s, 'icb'), votingWeight: 1, baseRecognition: r.icb });
  }
  for (let i = 0; i < g.nonExecutives; i++) {
    seats.push({ id: `${sys.id}:icb-ned${i + 1}`, bloc: 'nonExecutive', role: i === 0 ? 'chair' : 'non-executive', pcn: -1, priorities: pos(s, 'icb'), votingWeight: 1, baseRecognition: r.nonExecutive });
  }
  seats.push({ id: `${sys.id}:partner-trusts`, bloc: 'trust', role: 'partner', pcn: -1, priorities: pos(s, 'acute'), votingWeight: 1, baseRecognition: r.trust });
  seats.push({ id: `${sys.id}:partner-council`, bloc: 'council', role: 'partner', pcn: -1, priorities: pos(s, 'council'), votingWeight: 1, baseRecognition: r.council });
  // Priorities of the primary care partner are set each year from the GP voice.
  seats.push({ id: `${sys.id}:partner-gp`, bloc: 'gp', role: 'partner', pcn: -1, priorities: pos(s, 'practice'), votingWeight: 1, baseRecognition: r.gp });
  return { id: `${sys.id}:icb-board`, kind: 'icb', system, place: -1, seats };
}

/** A place board: accountable officer, council, providers, PCN CDs (and the LMC in fragmented mode), voluntary sector. */
export function placeBoardSeats(s: Scenario, w: World, place: number): BoardSeats {
  const g = s.governance;
  const r = g.recognition;
  const p = w.places[place]!;
  const kindPos = (org: number) => {
    const k = w.orgs[org]!.kind;
    return k === 'integrated' ? normalise(lineArray(s.governance.priorities.acute).map((v, l) => v + lineArray(s.governance.priorities.community)[l]!)) : pos(s, k as 'acute' | 'community' | 'mentalHealth');
  };
  const seats: Seat[] = [
    { id: `${p.id}:accountable-officer`, bloc: 'icb', role: 'accountable officer', pcn: -1, org: p.org, priorities: pos(s, 'icb'), votingWeight: 1, baseRecognition: r.icb },
    { id: `${p.id}:council`, bloc: 'council', role: 'director of adult social services', pcn: -1, org: p.council, priorities: pos(s, 'council'), votingWeight: 1, baseRecognition: r.council },
    { id: `${p.id}:community`, bloc: 'trust', role: 'community provider', pcn: -1, org: p.community, priorities: kindPos(p.community), votingWeight: 1, baseRecognition: r.trust },
    { id: `${p.id}:acute`, bloc: 'trust', role: 'acute provider', pcn: -1, org: p.acute, priorities: kindPos(p.acute), votingWeight: 1, baseRecognition: r.trust },
    { id: `${p.id}:mental-health`, bloc: 'trust', role: 'mental health provider', pcn: -1, org: p.mentalHealth, priorities: kindPos(p.mentalHealth), votingWeight: 1, baseRecognition: r.trust },
  ];
  for (const ci of p.pcns) {
    seats.push({ id: `${w.pcns[ci]!.id}:cd`, bloc: 'gp', role: 'cd', pcn: ci, priorities: pos(s, 'practice'), votingWeight: 1, baseRecognition: r.gp });
  }
  if (g.gp.mode === 'fragmented') {
    seats.push({ id: `${p.id}:lmc`, bloc: 'gp', role: 'lmc', pcn: -1, priorities: pos(s, 'practice'), votingWeight: 1, baseRecognition: r.gp });
  }
  if (g.voluntarySeat) {
    seats.push({ id: `${p.id}:voluntary`, bloc: 'voluntary', role: 'voluntary sector', pcn: -1, priorities: pos(s, 'voluntary'), votingWeight: 1, baseRecognition: r.voluntary });
  }
  return { id: `${p.id}:place-board`, kind: 'place', system: p.system, place, seats };
}
