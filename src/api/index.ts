/** The simulation API shared by the browser worker, the Node worker and in-process callers. */
export { createSimApi, InvalidScenarioError, type SimApi, type StartInfo, type StartOptions, type TrackedOrg, type Validation, type ReplicationDigest, type ReplicateOptions, type SummariseOptions } from './createSimApi.ts';
export { prepareScenario, readVariants, type Prepared, type Overrides, type Variants } from './prepareScenario.ts';
export { packBatch, unpackBatch, batchBuffers, SCALAR_FIELDS, type SnapshotBatch } from './snapshotBatch.ts';
