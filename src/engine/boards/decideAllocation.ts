/**
 * One board decision over an envelope (docs/ODD.md §7.12): the feasible set from
 * last year's allocation and statutory floors, then the board's rules tried
 * in order (consensus by asymmetric Nash bargaining from members' needs,
 * majority by Baron-Ferejohn bargaining, executive choice). The same decision
 * is then replayed with general practice's seats empty (same feasible set,
 * same random draw, the quota the same share of the weight present): GP's
 * influence is what its presence changed (docs/ODD.md §7.13). Absent members
 * neither propose nor vote.
 */
import { feasibleSet } from '../governance/feasibleSet.ts';
import { gpPower, priorityScale, utilityGainShares } from '../governance/influence.ts';
import { utilitiesAt } from '../governance/nashBargaining.ts';
import { negotiate, type DecisionRecord as NegotiationRecord } from '../governance/negotiate.ts';
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
  /** General practice's priorities for its utility: the list-weighted mean position of the practices in scope. */
  gpPriorities: ArrayLike<number>;
  /** Each line's need this year (cash): consensus bargains from it and fails when the envelope cannot cover it. */
  need?: readonly number[];
  /**
   * The members as they would have been with general practice's seats empty,
   * where that changes more than GP's own seats (a place board's advice to the
   * ICB); default: the same members with GP's seats absent.
   */
  counterfactualMembers?: Member[];
  /** Replay the decision with GP's seats empty (default true); when false GP's power measures are NaN. */
  replay?: boolean;
  /**
   * Where majority bargaining starts its search, per member (member order),
   * for the decision and for its replay without general practice: the
   * `continuation` this board's last solve returned (see baronFerejohn's
   * `start`). Only speeds the search; absent, it starts from scratch.
   */
  warmStart?: { factual?: readonly number[]; counterfactual?: readonly number[] };
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
  /** The allocation the board would have adopted with GP's seats empty (cash), and the rule that would have decided. */
  counterfactual: number[];
  counterfactualRule: string;
  /** GP's ideal feasible allocation (cash). */
  gpIdeal: number[];
  gpInfluence: number;
  gpSuccess: number;
  gpLuck: number;
  blocShares: Record<string, number>;
  /** Whether the deciding rule's numerical method met its tolerance. */
  converged: boolean;
  /** Majority bargaining: distance from a stationary equilibrium (share of utility ranges); null when no Baron-Ferejohn solve took place. */
  residual: number | null;
  /** Majority bargaining's continuation values (shares of each member's range, member order) for the decision and its replay, to start next year's solves from; null where no majority solve took place. */
  continuation: { factual: number[] | null; counterfactual: number[] | null };
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
  // One draw per decision, shared by the decision and its counterfactual (common random numbers).
  const u = q.rng();
  const drawn = () => u;
  const decide = (ms: Member[], rules: BoardQuestion['rules'], warmStart: readonly number[] | undefined): NegotiationRecord => {
    const members = ms.map((m) => ({ id: m.id, priorities: Array.from(m.priorities), votingWeight: m.votingWeight, recognition: Math.max(m.recognition, 1e-9), present: m.present }));
    // A majority must exceed the quota share of the present voting weight (the same rule as the power
    // indices); a quota of 1 asks for every present vote (unanimity).
    const presentWeight = ms.reduce((a, m) => a + (m.present ? m.votingWeight : 0), 0);
    return negotiate({
      members,
      quota: presentWeight > 0 ? { weight: Math.min(presentWeight, Math.floor(q.quota * presentWeight) + 1) } : { share: 1 },
      discount: q.discount,
      rules,
      executiveMember: Math.min(q.executive, Math.max(0, members.length - 1)),
      box: ubox,
      disagreement: unit(q.statusQuo),
      need: q.need ? unit(q.need) : undefined,
      rng: drawn,
      ...(warmStart && warmStart.length === ms.length ? { warmStart } : {}),
    });
  };
  const rec = decide(q.members, q.rules, q.warmStart?.factual);
  const fallback = box.rolledForward.map((v) => v / scale);
  const allocation = rec.allocation ?? fallback;
  // The counterfactual: GP's seats empty. An executive from general practice cannot decide from an empty seat.
  const hasGp = q.members.some((m) => m.bloc === 'gp');
  let counterfactual = allocation;
  let counterfactualRule = rec.rule;
  let counterfactualContinuation: number[] | null = null;
  if (q.replay !== false && (hasGp || q.counterfactualMembers)) {
    const absent = (q.counterfactualMembers ?? q.members).map((m) => (m.bloc === 'gp' ? { ...m, present: false } : m));
    const gpExecutive = q.members[Math.min(q.executive, q.members.length - 1)]?.bloc === 'gp';
    // Without last year's replay to start from, this year's decision is the nearest game solved.
    const start = q.warmStart?.counterfactual ?? (q.counterfactualMembers && q.counterfactualMembers.length !== q.members.length ? undefined : rec.continuationShares ?? undefined);
    const rec0 = decide(absent, gpExecutive ? q.rules.filter((r) => r !== 'executive') : q.rules, start);
    counterfactual = rec0.allocation ?? fallback;
    counterfactualRule = rec0.rule;
    counterfactualContinuation = rec0.continuationShares;
  }
  const measured = gpPower(Array.from(q.gpPriorities), ubox, allocation, counterfactual);
  const power = q.replay === false ? { ...measured, influence: NaN, success: NaN, luck: NaN } : measured;
  const members = q.members.map((m) => Array.from(m.priorities));
  const utilities = rec.utilities ?? utilitiesAt(members, allocation);
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
  const cash = (x: readonly number[]) => x.map((v) => v * scale);
  return {
    rule: rec.rule === 'none' ? 'statusQuo' : rec.rule,
    failed: rec.failed,
    proposals: rec.proposals.map((p) => ({ proposer: p.proposer, allocation: cash(p.allocation), coalition: p.coalition })),
    proposer: rec.proposer,
    votes,
    allocation: cash(allocation),
    counterfactual: cash(counterfactual),
    counterfactualRule: counterfactualRule === 'none' ? 'statusQuo' : counterfactualRule,
    gpIdeal: cash(power.ideal),
    gpInfluence: power.influence,
    gpSuccess: power.success,
    gpLuck: power.luck,
    blocShares: Object.fromEntries(gains.map((g) => [g.bloc, g.share])),
    converged: rec.converged,
    residual: rec.residual,
    continuation: { factual: rec.continuationShares, counterfactual: counterfactualContinuation },
  };
}
