/**
 * Executive: the executive member's preferred feasible allocation. It decides
 * whether or not it attended, and never fails; no one votes.
 */
import { executiveAllocation } from '../executive.ts';
import type { DecisionRuleFn } from './ruleContext.ts';

/** The executive rule. */
export const executiveRule: DecisionRuleFn = (ctx, record) => {
  record.converged = true;
  return { allocation: executiveAllocation(ctx.input.members[ctx.input.executiveMember]!.priorities, ctx.input.box), votesFor: [] };
};
