/**
 * The registry of board decision rules: a board's `rules` list names them, in
 * the order they are tried. Adding a rule is a file exporting a
 * {@link DecisionRuleFn}, a line here and its name in the schema's rule enum
 * (docs/ARCHITECTURE.md has a worked example).
 */
import type { DecisionRule } from '../decisionTypes.ts';
import { consensusRule } from './consensusRule.ts';
import { executiveRule } from './executiveRule.ts';
import { majorityRule } from './majorityRule.ts';
import type { DecisionRuleFn } from './ruleContext.ts';

/** Every decision rule, by name. */
export const DECISION_RULES: Readonly<Record<DecisionRule, DecisionRuleFn>> = {
  consensus: consensusRule,
  majority: majorityRule,
  executive: executiveRule,
};
