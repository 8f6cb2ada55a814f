/**
 * A board's decision over the allocation of an envelope (MODEL.md §4.3): the
 * board's rules are tried in order until one produces an allocation. Each
 * rule is a function in its own file under `rules/`, named in the registry
 * `rules/decisionRules.ts`:
 *
 * - `consensus`: the asymmetric Nash bargaining solution among the present
 *   members (bargaining weights = recognition weights, disagreement payoffs =
 *   utilities at the disagreement allocation). Fails when no allocation in X
 *   gives every present member its disagreement payoff.
 * - `majority`: Baron-Ferejohn closed-rule bargaining among the present
 *   members; the proposer is drawn by recognition weight (one draw from
 *   `rng`, taken only when this rule is tried and the present members can
 *   reach the quota; the same draw picks among a mixing proposer's options)
 *   and its equilibrium proposal is adopted. Fails when the
 *   present members' voting weight is below the quota.
 * - `executive`: the executive member's preferred feasible allocation. It
 *   decides whether or not it attended, and never fails.
 *
 * Absent members neither propose nor vote, and do not bargain; their
 * utilities are still recorded. If every rule fails the record has rule
 * 'none' and no allocation (end a chain with 'executive' to rule this out).
 */
import type { Rng } from '../rng.ts';
import { type AllocationBox, validateBox } from './feasibleSet.ts';
import { utilitiesAt, validatePriorities } from './nashBargaining.ts';
import { DECISION_RULES } from './rules/decisionRules.ts';
import type { RuleContext } from './rules/ruleContext.ts';

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
   * Consensus in the shadow of need (MODEL.md §4.3): each line's need, the
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
}

/**
 * Runs a board's decision rules in order (see the module header).
 *
 * @throws RangeError for malformed input (empty or mismatched lines, X empty, bad weights or quota, executive index out of range).
 */
export function negotiate(input: BoardDecisionInput): DecisionRecord {
  const { members, box, disagreement, rules } = input;
  const k = box.lo.length;
  validateBox(box);
  if (disagreement.length !== k) throw new RangeError(`the disagreement allocation has ${disagreement.length} lines; expected ${k}`);
  validatePriorities(
    members.map((m) => m.priorities),
    k,
  );
  const ids = new Set<string>();
  members.forEach((m) => {
    if (ids.has(m.id)) throw new RangeError(`member id ${m.id} appears twice`);
    ids.add(m.id);
    if (!Number.isInteger(m.votingWeight) || m.votingWeight < 0) throw new RangeError(`member ${m.id}'s voting weight ${m.votingWeight} must be a non-negative integer`);
    if (!(m.recognition > 0) || !Number.isFinite(m.recognition)) throw new RangeError(`member ${m.id}'s recognition weight ${m.recognition} must be positive`);
  });
  if (rules.includes('executive') && !(Number.isInteger(input.executiveMember) && input.executiveMember >= 0 && input.executiveMember < members.length)) {
    throw new RangeError(`executive member ${input.executiveMember} is not a member index`);
  }
  if ('share' in input.quota && !(input.quota.share > 0 && input.quota.share <= 1)) throw new RangeError(`quota share ${input.quota.share} must be in (0, 1]`);
  if ('weight' in input.quota && !(input.quota.weight > 0)) throw new RangeError(`quota weight ${input.quota.weight} must be positive`);

  const all = members.map((m) => m.priorities);
  const present = members.map((m, i) => ({ m, i })).filter(({ m }) => m.present);
  const presentWeight = present.reduce((s, { m }) => s + m.votingWeight, 0);
  const quotaWeight = 'share' in input.quota ? input.quota.share * presentWeight : input.quota.weight;
  const dUtil = utilitiesAt(all, disagreement);
  const record: DecisionRecord = {
    rule: 'none',
    present: present.map(({ m }) => ({ id: m.id, votingWeight: m.votingWeight, recognition: m.recognition })),
    quotaWeight: null,
    proposals: [],
    proposer: null,
    proposerOption: null,
    votesFor: [],
    votesAgainst: [],
    allocation: null,
    utilities: null,
    disagreementUtilities: dUtil,
    failed: [],
    converged: true,
    residual: null,
  };
  const adopt = (rule: DecisionRule, x: number[], votesFor: string[]): DecisionRecord => {
    record.rule = rule;
    record.allocation = x;
    record.utilities = utilitiesAt(all, x);
    record.votesFor = votesFor;
    const yes = new Set(votesFor);
    record.votesAgainst = rule === 'executive' ? [] : present.filter(({ m }) => !yes.has(m.id)).map(({ m }) => m.id);
    return record;
  };

  const ctx: RuleContext = { input, all, present, presentWeight, quotaWeight, disagreementUtilities: dUtil, lines: k };
  for (const rule of rules) {
    const out = DECISION_RULES[rule](ctx, record);
    if ('fail' in out) {
      record.failed.push({ rule, reason: out.fail });
      continue;
    }
    return adopt(rule, out.allocation, out.votesFor);
  }
  return record;
}
