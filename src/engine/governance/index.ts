/** Governance mathematics: power indices, opinion dynamics, bargaining and board decisions. Re-exports only. */
export { powerIndices, validateVotingGame, MAX_POWER_PLAYERS, type PowerIndices } from './powerIndices.ts';
export { degroot, degrootStep, degrootConsensus, stationaryDistribution, validateTrustMatrix, type Matrix, type DegrootOptions, type DegrootResult } from './degroot.ts';
export { feasibleSet, rollForward, validateBox, MENTAL_HEALTH_LINE, type AllocationBox, type FeasibleSet, type FeasibleSetInput } from './feasibleSet.ts';
export { executiveAllocation, greedyFill } from './executive.ts';
export { nashBargaining, utilitiesAt, validatePriorities, repairSum, type BargainingProblem, type BargainingResult } from './nashBargaining.ts';
export { baronFerejohn, drawProposer, drawProposal, type LegislativeProblem, type LegislativeResult, type LegislativeOptions, type Proposal, type ProposalOption } from './baronFerejohn.ts';
export { negotiate, type BoardDecisionInput, type BoardMember, type DecisionRecord, type DecisionRule, type ProposalRecord, type Quota } from './negotiate.ts';
export { gpPower, idealPosition, weightedPosition, toShares, utilityGainShares, priorityScale, type PowerMeasure, type BlocGain } from './influence.ts';
export { solveLp, type LinearProgram, type LpRow, type LpSolution } from './linearProgram.ts';
