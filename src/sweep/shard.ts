/**
 * Shards: disjoint slices of a sweep's runs for cluster array jobs. Shard i
 * of N holds the runs whose id leaves remainder i on division by N, so every
 * shard gets a similar mix of design points, variants and replications.
 * Indices count from 0.
 */
import { SweepError } from './SweepError.ts';

/** One slice of a sweep. */
export interface Shard {
  index: number;
  count: number;
  /** Where the shard came from, for messages. */
  source: string;
}

/**
 * Parses `i/N` (0 ≤ i < N).
 * @throws SweepError for anything else
 */
export function parseShard(text: string, source = '--shard'): Shard {
  const m = /^\s*(\d+)\s*\/\s*(\d+)\s*$/.exec(text);
  if (!m) throw new SweepError(`${source} ${text}: expected i/N, e.g. 0/4 for the first of four shards (i counts from 0)`);
  const index = Number(m[1]);
  const count = Number(m[2]);
  if (count < 1) throw new SweepError(`${source} ${text}: the number of shards must be at least 1`);
  if (index >= count) throw new SweepError(`${source} ${text}: the shard index counts from 0, so it must be less than ${count}`);
  return { index, count, source };
}

/**
 * The shard from the command line or, when it is absent, from the
 * environment of a cluster array job: Slurm's SLURM_ARRAY_TASK_ID (less
 * SLURM_ARRAY_TASK_MIN, over SLURM_ARRAY_TASK_STEP) of SLURM_ARRAY_TASK_COUNT,
 * or Kubernetes' JOB_COMPLETION_INDEX of `shards` (from --shards).
 * @returns undefined when the sweep is not sharded
 */
export function resolveShard(flag: string | undefined, shards: string | undefined, env: Record<string, string | undefined>): Shard | undefined {
  if (flag !== undefined) {
    if (shards !== undefined) throw new SweepError('give either --shard i/N or --shards N (with JOB_COMPLETION_INDEX), not both');
    return parseShard(flag);
  }
  const int = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(v)) throw new SweepError(`${name}=${v}: expected a whole number`);
    return Number(v);
  };
  const k8s = int('JOB_COMPLETION_INDEX');
  if (shards !== undefined) {
    if (!/^\d+$/.test(shards) || Number(shards) < 1) throw new SweepError(`--shards ${shards}: expected a whole number of shards, at least 1`);
    if (k8s === undefined) throw new SweepError('--shards N needs JOB_COMPLETION_INDEX in the environment (a Kubernetes Indexed Job); otherwise use --shard i/N');
    return parseShard(`${k8s}/${shards}`, 'JOB_COMPLETION_INDEX/--shards');
  }
  const id = int('SLURM_ARRAY_TASK_ID');
  const count = int('SLURM_ARRAY_TASK_COUNT');
  if (count !== undefined && id === undefined) {
    throw new SweepError(`SLURM_ARRAY_TASK_COUNT=${count} is set but SLURM_ARRAY_TASK_ID is not: give the shard with --shard i/N`);
  }
  // One without the other would run the whole sweep in every task of the array: refuse.
  if (id !== undefined && count === undefined) {
    throw new SweepError(`SLURM_ARRAY_TASK_ID=${id} is set but SLURM_ARRAY_TASK_COUNT is not: give the shard with --shard i/N, or unset SLURM_ARRAY_TASK_ID to run the whole sweep`);
  }
  if (id !== undefined && count !== undefined) {
    const min = int('SLURM_ARRAY_TASK_MIN') ?? 0;
    const step = int('SLURM_ARRAY_TASK_STEP') || 1;
    if ((id - min) % step !== 0) throw new SweepError(`SLURM_ARRAY_TASK_ID=${id} is not on the array's step ${step} from ${min}`);
    return parseShard(`${(id - min) / step}/${count}`, 'SLURM_ARRAY_TASK_ID/SLURM_ARRAY_TASK_COUNT');
  }
  if (k8s !== undefined) throw new SweepError('JOB_COMPLETION_INDEX is set: give the number of shards with --shards N (the Job\'s completions)');
  return undefined;
}

/** True when run `run` belongs to the shard (every run when there is none). */
export function inShard(run: number, shard: { index: number; count: number } | null | undefined): boolean {
  return !shard || run % shard.count === shard.index;
}

/** The number of runs of a sweep of `total` runs in a shard. */
export function shardSize(total: number, shard: { index: number; count: number } | null | undefined): number {
  if (!shard) return total;
  return Math.max(0, Math.ceil((total - shard.index) / shard.count));
}
