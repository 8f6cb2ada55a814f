/**
 * A board's decision over the allocation of an envelope (docs/ODD.md §7.12): the
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
import type { BoardDecisionInput, DecisionRecord, DecisionRule } from './decisionTypes.ts';
import { validateBox } from './feasibleSet.ts';
import { utilitiesAt, validatePriorities } from './nashBargaining.ts';
import { DECISION_RULES } from './rules/decisionRules.ts';
import type { RuleContext } from './rules/ruleContext.ts';

export type { BoardDecisionInput, BoardMember, DecisionRecord } from './decisionTypes.ts';

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
    continuationShares: null,
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
