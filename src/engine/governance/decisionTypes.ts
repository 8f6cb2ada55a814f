/**
 * The types of a board decision (docs/ODD.md §7.12): the members, the input a
 * decision needs and the record it leaves. Shared by `negotiate.ts` and the
 * rules in `rules/`.
 */
import type { Rng } from '../rng.ts';
import type { AllocationBox } from './feasibleSet.ts';

/** A board decision rule. */
export type DecisionRule = 'consensus' | 'majority' | 'executive';

/** A seat at the board. */
export interface BoardMember {
  id: string;
  /** Non-negative priority per line. */
  priorities: readonly number[];
  /** Voting weight, a non-negative integer. */
  votingWeight: number;
  /** Recognition weight (> 0): bargaining power and the chance of proposing. */
  recognition: number;
  present: boolean;
}

/** The quota of a vote: a share of the present members' voting weight, or an absolute weight. */
export type Quota = { share: number } | { weight: number };

/** Everything a board decision needs. */
export interface BoardDecisionInput {
  members: readonly BoardMember[];
  /** Passing threshold on the voting weight of present members (a proposal passes when its support is at least this). */
  quota: Quota;
  /** Discount factor for majority bargaining, in [0, 1]. */
  discount: number;
  /** Rules tried in order. */
  rules: readonly DecisionRule[];
  /** Index into `members` of the member whose preference the executive rule adopts. */
  executiveMember: number;
  /** The envelope and the bounds on each line. */
  box: AllocationBox;
  /** The allocation if the board cannot agree (last year's rolled forward). */
  disagreement: readonly number[];
  /**
   * Consensus in the shadow of need (docs/ODD.md §7.12): each line's need, the
   * budget that keeps its services going less the savings its providers can
   * deliver (same units as the box). When given, consensus bargains from
   * this point over the allocations that cover every need, and fails when
   * the envelope cannot cover them.
   */
  need?: readonly number[];
  /** Stream for the proposer draw. */
  rng: Rng;
  /** Majority bargaining: where delay costs are measured from (see baronFerejohn's LegislativeOptions); default 'worst'. */
  utilityOrigin?: 'worst' | 'zero';
  /** Majority bargaining: maximum best-response iterations (see baronFerejohn's LegislativeOptions). */
  maxIterations?: number;
  /**
   * Majority bargaining: where the equilibrium search starts, per member (in
   * member order; NaN for no guess), as baronFerejohn's `continuationShares`
   * (see its LegislativeOptions `start`).
   */
  warmStart?: readonly number[];
}

/** One proposal made in majority bargaining. */
export interface ProposalRecord {
  proposer: string;
  allocation: number[];
  /** Members bought into the proposer's coalition (its first option). */
  coalition: string[];
  /** How many coalitions the proposer mixes over (1 if it does not mix). */
  options: number;
}

/** What a board decided and how: enough to replay the negotiation. */
export interface DecisionRecord {
  /** The rule that decided, or 'none' if every rule failed. */
  rule: DecisionRule | 'none';
  /** For consensus: 'agreed', or 'statusQuo' when no one could gain over the disagreement point. */
  consensus?: 'agreed' | 'statusQuo';
  /** Present members with their weights, in member order. */
  present: { id: string; votingWeight: number; recognition: number }[];
  /** The quota as a voting weight among present members (null when no vote was attempted). */
  quotaWeight: number | null;
  /** Majority bargaining: every present member's equilibrium proposal. */
  proposals: ProposalRecord[];
  /** Majority bargaining: the drawn proposer. */
  proposer: string | null;
  /** Majority bargaining: which of the drawn proposer's options was adopted (0 when it does not mix). */
  proposerOption: number | null;
  /** Members who voted for the adopted allocation (all present members under consensus; none under the executive rule). */
  votesFor: string[];
  /** Present members who voted against. */
  votesAgainst: string[];
  /** The adopted allocation per line, or null. */
  allocation: number[] | null;
  /** Every member's utility at the adopted allocation (member order; null if none adopted). */
  utilities: number[] | null;
  /** Every member's utility at the disagreement allocation (member order). */
  disagreementUtilities: number[];
  /** Rules that failed, in order, with the reason. */
  failed: { rule: DecisionRule; reason: string }[];
  /** Whether the numerical method of the deciding rule met its tolerance. */
  converged: boolean;
  /**
   * Majority bargaining: how far the equilibrium found is from stationarity
   * (baronFerejohn's `residual`, a share of the members' utility ranges);
   * null when no Baron-Ferejohn solve took place.
   */
  residual: number | null;
  /**
   * Majority bargaining: every member's continuation value as a share of its
   * utility range (member order; NaN for absent members), to start the next
   * solve of this board from; null when no Baron-Ferejohn solve took place.
   */
  continuationShares: number[] | null;
}
