/**
 * Who sits on each board, with what priorities, voting weight and
 * recognition (docs/ODD.md §7.9; NHS England ICB guidance: at least ten members
 * with one partner member each from primary medical services, trusts and
 * local authorities; seed 002: PCN clinical directors represent general
 * practice on place boards).
 */
import { lineArray } from '../lines.ts';
import { KIND_DESCRIPTORS, type OrgKind } from '../orgKinds.ts';
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

/** The priorities of a representative of a kind: the kind's priority profiles summed, normalised. */
export function kindPriorities(s: Scenario, kind: OrgKind): Float64Array {
  const profiles = KIND_DESCRIPTORS[kind].priorities.map((k) => lineArray(s.governance.priorities[k]));
  return normalise(profiles.reduce((sum, p) => sum.map((v, l) => v + p[l]!)));
}

/** The ICB board of a system: non-executives, executives and three partner members. */
export function icbBoardSeats(s: Scenario, w: World, system: number): BoardSeats {
  const g = s.governance;
  const r = g.recognition;
  const sys = w.systems[system]!;
  const seats: Seat[] = [];
  const icb = KIND_DESCRIPTORS.icb;
  for (let i = 0; i < g.icbExecutives; i++) {
    seats.push({ id: `${sys.id}:icb-exec${i + 1}`, bloc: icb.bloc, role: i === 0 ? 'chief executive' : 'executive', pcn: -1, priorities: kindPriorities(s, 'icb'), votingWeight: 1, baseRecognition: r[icb.bloc] });
  }
  for (let i = 0; i < g.nonExecutives; i++) {
    seats.push({ id: `${sys.id}:icb-ned${i + 1}`, bloc: 'nonExecutive', role: i === 0 ? 'chair' : 'non-executive', pcn: -1, priorities: pos(s, 'icb'), votingWeight: 1, baseRecognition: r.nonExecutive });
  }
  // One partner member each for trusts (who speaks as an acute trust), councils and general practice.
  const partner = (id: string, kind: OrgKind): Seat => {
    const d = KIND_DESCRIPTORS[kind];
    return { id: `${sys.id}:${id}`, bloc: d.bloc, role: 'partner', pcn: -1, priorities: kindPriorities(s, kind), votingWeight: 1, baseRecognition: r[d.bloc] };
  };
  seats.push(partner('partner-trusts', 'acute'));
  seats.push(partner('partner-council', 'council'));
  // Priorities of the primary care partner are set each year from the GP voice.
  seats.push(partner('partner-gp', 'practice'));
  return { id: `${sys.id}:icb-board`, kind: 'icb', system, place: -1, seats };
}

/** A place board: accountable officer, council, providers, PCN CDs (and the LMC in fragmented mode), voluntary sector. */
export function placeBoardSeats(s: Scenario, w: World, place: number): BoardSeats {
  const g = s.governance;
  const r = g.recognition;
  const p = w.places[place]!;
  // An organisation's seat: bloc, priorities and recognition come from its kind.
  const member = (id: string, role: string, org: number): Seat => {
    const kind = w.orgs[org]!.kind;
    const d = KIND_DESCRIPTORS[kind];
    return { id: `${p.id}:${id}`, bloc: d.bloc, role, pcn: -1, org, priorities: kindPriorities(s, kind), votingWeight: 1, baseRecognition: r[d.bloc] };
  };
  const seats: Seat[] = [
    member('accountable-officer', 'accountable officer', p.org),
    member('council', 'director of adult social services', p.council),
    member('community', 'community provider', p.community),
    member('acute', 'acute provider', p.acute),
    member('mental-health', 'mental health provider', p.mentalHealth),
  ];
  const gp = KIND_DESCRIPTORS.practice;
  // CD seats in the order of the PCNs' ids: a board's member order decides who is drawn to propose and who is covered
  // by a substitute, and the order PCNs are listed in must change neither (issue 25).
  for (const ci of [...p.pcns].sort((a, b) => (w.pcns[a]!.id < w.pcns[b]!.id ? -1 : w.pcns[a]!.id > w.pcns[b]!.id ? 1 : 0))) {
    seats.push({ id: `${w.pcns[ci]!.id}:cd`, bloc: gp.bloc, role: 'cd', pcn: ci, priorities: kindPriorities(s, 'practice'), votingWeight: 1, baseRecognition: r[gp.bloc] });
  }
  if (g.gp.mode === 'fragmented') {
    seats.push({ id: `${p.id}:lmc`, bloc: gp.bloc, role: 'lmc', pcn: -1, priorities: kindPriorities(s, 'practice'), votingWeight: 1, baseRecognition: r[gp.bloc] });
  }
  if (g.voluntarySeat) {
    seats.push({ id: `${p.id}:voluntary`, bloc: 'voluntary', role: 'voluntary sector', pcn: -1, priorities: pos(s, 'voluntary'), votingWeight: 1, baseRecognition: r.voluntary });
  }
  return { id: `${p.id}:place-board`, kind: 'place', system: p.system, place, seats };
}
