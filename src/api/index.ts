/** The simulation API shared by the browser worker, the Node worker and in-process callers. */
export { createSimApi, type SimApi, type SlicedRows, type StartInfo, type StartOptions, type TrackedOrg, type ReplicationDigest, type ReplicateOptions, type SummariseOptions } from './createSimApi.ts';
export { readVariants } from './prepareScenario.ts';
export { unpackBatch } from './snapshotBatch.ts';
