/**
 * Batch parameter sweeps: designs, plans, the run loop and its runners,
 * sweep files, shards, merging and summaries. Node-side (files, threads);
 * the engine stays pure.
 */
export { SweepError } from './SweepError.ts';
export { grid, gridSize } from './designs/grid.ts';
export { latinHypercube } from './designs/latinHypercube.ts';
export { randomDesign } from './designs/randomDesign.ts';
export { designPoints, type DesignKind } from './designPoints.ts';
export { parseVary, levels } from './parseVary.ts';
export { applyVariant } from './applyVariant.ts';
export { flattenSummary } from './flattenSummary.ts';
export { ERROR_COLUMN, isFailedRow, type RunTask, type SweepRow } from './sweepRow.ts';
export { createRunOne, scenarioAt } from './runOne.ts';
export { MAIN_COLLECT_EVERY, periodicCollection } from './periodicCollection.ts';
export { planSweep, type SweepPlan, type SweepHeader } from './sweepPlan.ts';
export { parseShard, resolveShard, inShard, shardSize } from './shard.ts';
export { formatOf, parseHeaderLine, rowLine, parseRowLine, splitCsv, type FileFormat } from './rowFormat.ts';
export { readLines } from './readLines.ts';
export { scanSweepFile, scanForResume, SweepWriter, type FileScan } from './sweepFile.ts';
export { poolRunner, inProcessRunner, defaultWorkers, type Runner } from './runner.ts';
export { runSweep, RunFailedError } from './runSweep.ts';
export { createProgress } from './progress.ts';
export { mergeShards } from './mergeShards.ts';
export { summariseSweep, type SummariseOptions, type SweepSummary } from './summariseSweep.ts';
export { formatSummaryTable, formatSummaryCsv, formatCompleteness } from './formatSweepSummary.ts';
export { describe, type Description } from './describe.ts';
export { studentTQuantile } from '../stats/studentT.ts';
