/**
 * One board decision over an envelope (MODEL.md §4.3): the feasible set from
 * last year's allocation and statutory floors, then the board's rules tried
 * in order (consensus by asymmetric Nash bargaining, majority by
 * Baron-Ferejohn bargaining, executive choice), then the GP influence of the
 * adopted allocation and each bloc's share of the gains (MODEL.md §6).
 * Absent members neither propose nor vote.
 */
import { feasibleSet } from '../governance/feasibleSet.ts';
import { gpInfluence, idealPosition, priorityScale, toShares, utilityGainShares, weightedPosition } from '../governance/influence.ts';
import { utilitiesAt } from '../governance/nashBargaining.ts';
import { negotiate } from '../governance/negotiate.ts';
import { LINES } from '../lines.ts';
import type { Rng } from '../rng.ts';
import type { Scenario } from '../scenarioSchema.ts';
import type { Seat } from './seats.ts';

type Member = Seat & { present: boolean; recognition: number };

/** What a board is asked to decide. */
export interface BoardQuestion {
  members: Member[];
  rules: ReadonlyArray<'consensus' | 'majority' | 'executive'>;
  /** Share of present voting weight a majority must exceed; 1 means unanimity of those present. */
  quota: number;
  discount: number;
  /** Index (in members) of the executive who decides under the executive rule. */
  executive: number;
  envelope: number;
  /** Last year's allocation (cash), for the bounds. */
  last: readonly number[];
  /** The disagreement allocation (last year's rolled forward in cash). */
  statusQuo: readonly number[];
  /** General practice's reference: the practices in scope grouped by their ranking of the lines (see rankKey), with summed list sizes. */
  gpReference: { ranks: string[]; weights: number[] };
  rng: Rng;
}

/** The board's decision. */
export interface BoardOutcome {
  rule: string;
  failed: Array<{ rule: string; reason: string }>;
  proposals: Array<{ proposer: string; allocation: number[]; coalition: string[] }>;
  /** The drawn proposer (majority rule). */
  proposer: string | null;
  votes: Array<{ member: string; vote: 'yes' | 'no' }>;
  allocation: number[];
  gpInfluence: number;
  blocShares: Record<string, number>;
  /** Whether the deciding rule's numerical method met its tolerance. */
  converged: boolean;
  /** Majority bargaining: distance from a stationary equilibrium (share of utility ranges); null when no Baron-Ferejohn solve took place. */
  residual: number | null;
}

/**
 * The weighted mean of ideal allocations of members known by their ranking
 * of the lines (a rankKey: line indices as letters, most valued first). A
 * linear preference's ideal over X is the greedy fill in its ranking order
 * (executive.ts), so the ranking is all that is needed; this is the fast path
 * for the many practices behind GP's reference position. Equal priorities
 * (a measure-zero case for drawn practice positions) are filled in line order.
 */
export function meanIdealByRank(ranks: readonly string[], weights: readonly number[], box: { envelope: number; lo: readonly number[]; hi: readonly number[] }): number[] {
  const k = box.lo.length;
  const out = new Array<number>(k).fill(0);
  let base = box.envelope;
  for (let j = 0; j < k; j++) base -= box.lo[j]!;
  let wsum = 0;
  for (let r = 0; r < ranks.length; r++) {
    const w = weights[r]!;
    wsum += w;
    const key = ranks[r]!;
    let left = base;
    for (let j = 0; j < k; j++) out[j]! += w * box.lo[j]!;
    for (let c = 0; c < key.length && left > 0; c++) {
      const j = key.charCodeAt(c) - 97;
      const add = Math.min(box.hi[j]! - box.lo[j]!, left);
      out[j]! += w * add;
      left -= add;
    }
  }
  const total = box.envelope || 1;
  return out.map((v) => v / (wsum || 1) / total);
}

/** Decides an allocation; always returns one (the status quo when every rule fails). */
export function decideAllocation(s: Scenario, q: BoardQuestion): BoardOutcome {
  const box = feasibleSet({
    last: q.last,
    envelope: q.envelope,
    maxChangeShare: s.governance.maxChange,
    floorLines: s.governance.floorLines.map((l) => LINES.indexOf(l)),
  });
  const scale = q.envelope > 0 ? q.envelope : 1;
  // Decisions are taken in shares of the envelope, which keeps the numbers well scaled.
  const unit = (x: readonly number[]) => x.map((v) => v / scale);
  const ubox = { envelope: 1, lo: unit(box.lo), hi: unit(box.hi) };
  const members = q.members.map((m) => ({ id: m.id, priorities: Array.from(m.priorities), votingWeight: m.votingWeight, recognition: Math.max(m.recognition, 1e-9), present: m.present }));
  // A majority must exceed the quota share of the present voting weight (the same rule as the power
  // indices); a quota of 1 asks for every present vote (unanimity).
  const presentWeight = q.members.reduce((a, m) => a + (m.present ? m.votingWeight : 0), 0);
  const rec = negotiate({
    members,
    quota: presentWeight > 0 ? { weight: Math.min(presentWeight, Math.floor(q.quota * presentWeight) + 1) } : { share: 1 },
    discount: q.discount,
    rules: q.rules,
    executiveMember: Math.min(q.executive, Math.max(0, members.length - 1)),
    box: ubox,
    disagreement: unit(q.statusQuo),
    rng: q.rng,
  });
  const allocation = rec.allocation ?? box.rolledForward.map((v) => v / scale);
  const present = q.members.filter((m) => m.present);
  // GP's reference: the list-weighted mean of its practices' ideal allocations; others: the recognition-weighted mean of theirs.
  const gp = meanIdealByRank(q.gpReference.ranks, q.gpReference.weights, ubox);
  const others = present.filter((m) => m.bloc !== 'gp');
  const othersPos = others.length
    ? weightedPosition(
        others.map((m) => idealPosition(Array.from(m.priorities), ubox)),
        others.map((m) => Math.max(m.recognition, 1e-9)),
      )
    : toShares(box.rolledForward);
  const influence = gpInfluence(allocation, gp, othersPos);
  const utilities = rec.utilities ?? utilitiesAt(members.map((m) => m.priorities), allocation);
  // Gains are shared among the parties at the table; a place's advice is not a party.
  const parties = q.members.map((m, i) => ({ m, i })).filter(({ m }) => m.present && m.bloc !== 'place');
  const gains = utilityGainShares(
    parties.map(({ i }) => utilities[i]!),
    parties.map(({ i }) => rec.disagreementUtilities[i]!),
    parties.map(({ m }) => m.bloc),
    parties.map(({ m }) => priorityScale(Array.from(m.priorities))),
  );
  const votes: BoardOutcome['votes'] = [
    ...rec.votesFor.map((id) => ({ member: id, vote: 'yes' as const })),
    ...rec.votesAgainst.map((id) => ({ member: id, vote: 'no' as const })),
  ];
  return {
    rule: rec.rule === 'none' ? 'statusQuo' : rec.rule,
    failed: rec.failed,
    proposals: rec.proposals.map((p) => ({ proposer: p.proposer, allocation: p.allocation.map((v) => v * scale), coalition: p.coalition })),
    proposer: rec.proposer,
    votes,
    allocation: allocation.map((v) => v * scale),
    gpInfluence: influence.influence,
    blocShares: Object.fromEntries(gains.map((g) => [g.bloc, g.share])),
    converged: rec.converged,
    residual: rec.residual,
  };
}
