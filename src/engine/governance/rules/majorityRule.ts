/**
 * Majority: Baron-Ferejohn closed-rule bargaining among the present members
 * (Baron and Ferejohn 1989). The proposer is drawn by recognition weight (one
 * draw from the input's stream, taken only when the present members can reach
 * the quota; the same draw picks among a mixing proposer's options) and its
 * equilibrium proposal is put to the vote. Fails when the present members'
 * weight is below the quota, or the proposal does not reach it.
 */
import { baronFerejohn, drawProposal } from '../baronFerejohn.ts';
import type { DecisionRuleFn } from './ruleContext.ts';

/** The majority rule. */
export const majorityRule: DecisionRuleFn = (ctx, record) => {
  const { input, present, quotaWeight, presentWeight } = ctx;
  if (present.length === 0) return { fail: 'no member is present' };
  if (!(quotaWeight > 0) || quotaWeight > presentWeight) return { fail: `the present members' voting weight ${presentWeight} is below the quota ${quotaWeight}` };
  record.quotaWeight = quotaWeight;
  const eq = baronFerejohn(
    {
      priorities: present.map(({ m }) => m.priorities),
      votingWeights: present.map(({ m }) => m.votingWeight),
      quota: quotaWeight,
      recognition: present.map(({ m }) => m.recognition),
      discount: input.discount,
      box: input.box,
    },
    {
      utilityOrigin: input.utilityOrigin,
      maxIterations: input.maxIterations,
      ...(input.warmStart ? { start: present.map(({ i }) => input.warmStart![i] ?? NaN) } : {}),
    },
  );
  const drawn = drawProposal(
    eq,
    present.map(({ m }) => m.recognition),
    input.rng,
  );
  const idOf = (local: number): string => present[local]!.m.id;
  record.proposals = eq.proposals.map((p) => ({
    proposer: idOf(p.proposer),
    allocation: p.allocation,
    coalition: p.coalition.map(idOf),
    options: p.options.length,
  }));
  record.proposer = idOf(drawn.proposer);
  record.proposerOption = drawn.option;
  record.converged = eq.converged;
  record.residual = eq.residual;
  const shares = new Array<number>(ctx.all.length).fill(NaN);
  present.forEach(({ i }, local) => (shares[i] = eq.continuationShares[local]!));
  record.continuationShares = shares;
  const adopted = drawn.proposal;
  const support = adopted.votesFor.reduce((s, l) => s + present[l]!.m.votingWeight, 0);
  if (support < quotaWeight) return { fail: `the proposal of ${idOf(drawn.proposer)} won ${support} of the ${quotaWeight} votes needed` };
  return { allocation: adopted.allocation, votesFor: adopted.votesFor.map(idOf) };
};
