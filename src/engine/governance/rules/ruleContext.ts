/**
 * What a board decision rule sees and returns (docs/ODD.md §7.12). Each rule is a
 * function in its own file, listed in the registry (`decisionRules.ts`);
 * `negotiate` tries a board's rules in order until one adopts an allocation.
 */
import type { BoardDecisionInput, BoardMember, DecisionRecord } from '../decisionTypes.ts';

/** The board's state at the decision, shared by every rule tried. */
export interface RuleContext {
  input: BoardDecisionInput;
  /** Every member's priorities, in member order. */
  all: ReadonlyArray<readonly number[]>;
  /** The present members with their index among all members. */
  present: ReadonlyArray<{ m: BoardMember; i: number }>;
  /** Total voting weight of the present members. */
  presentWeight: number;
  /** The quota as a voting weight among the present members. */
  quotaWeight: number;
  /** Every member's utility at the disagreement allocation. */
  disagreementUtilities: number[];
  /** Number of lines. */
  lines: number;
}

/** A rule either adopts an allocation (with the members who voted for it) or fails, saying why. */
export type RuleOutcome = { allocation: number[]; votesFor: string[] } | { fail: string };

/**
 * A decision rule. It may record what it did on the decision record (its
 * proposals, whether its solver converged, ...); `negotiate` records the
 * adoption or the failure.
 */
export type DecisionRuleFn = (ctx: RuleContext, record: DecisionRecord) => RuleOutcome;
