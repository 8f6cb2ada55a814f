/**
 * Batch parameter sweeps: designs, plans, the run loop and its runners,
 * sweep files, shards, merging and summaries. Node-side (files, threads);
 * the engine stays pure.
 */
export { SweepError } from './SweepError.ts';
export { grid, gridSize } from './designs/grid.ts';
export { latinHypercube, type Uniform } from './designs/latinHypercube.ts';
export { randomDesign } from './designs/randomDesign.ts';
export { designPoints, type DesignKind } from './designPoints.ts';
export { parseVary, levels, valueAt, formatVary, type VarySpec } from './parseVary.ts';
export { applyVariant, variantsOf, BASE_VARIANT } from './applyVariant.ts';
export { flattenSummary } from './flattenSummary.ts';
export { runSeed } from './runSeed.ts';
export { sweepId, canonicalJson } from './sweepId.ts';
export { FIXED_COLUMNS, ERROR_COLUMN, isFailedRow, type RunTask, type SweepRow } from './sweepRow.ts';
export { createRunOne, scenarioAt, type SweepContext } from './runOne.ts';
export { planSweep, type SweepOptions, type SweepPlan, type SweepHeader } from './sweepPlan.ts';
export { parseShard, resolveShard, inShard, shardSize, type Shard } from './shard.ts';
export { formatOf, headerLine, parseHeaderLine, rowLine, parseRowLine, splitCsv, type FileFormat } from './rowFormat.ts';
export { readLines, type Line } from './readLines.ts';
export { scanSweepFile, scanForResume, SweepWriter, type FileScan } from './sweepFile.ts';
export { poolRunner, inProcessRunner, defaultWorkers, type Runner } from './runner.ts';
export { runSweep, RunFailedError, type RunSweepOptions, type RunSweepResult } from './runSweep.ts';
export { createProgress, formatDuration, type Progress } from './progress.ts';
export { mergeShards, type MergeResult } from './mergeShards.ts';
export { summariseSweep, type FailedRun, type SummariseOptions, type SummaryLine, type SweepSummary } from './summariseSweep.ts';
export { formatSummaryTable, formatSummaryCsv, formatNumber, formatCompleteness } from './formatSweepSummary.ts';
export { describe, type Description } from './describe.ts';
export { studentTQuantile, studentTCdf, incompleteBeta } from '../stats/studentT.ts';
