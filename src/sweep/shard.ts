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
 * environment of a cluster array job: the index is Slurm's
 * SLURM_ARRAY_TASK_ID or Kubernetes' JOB_COMPLETION_INDEX, and the number of
 * shards is `--shards N`, or, when resuming a shard file, the count its
 * header records (`fromFile`).
 *
 * The number of shards is never taken from SLURM_ARRAY_TASK_COUNT (issue 25):
 * that is the number of tasks of one submission, so resubmitting one failed
 * index (`sbatch --array=3 ...`) gives a count of 1 (and SLURM_ARRAY_TASK_MIN
 * 3), which made the task run the whole sweep as "shard 0 of 1". The array
 * index is the shard index, so an array runs `--array=0-(N-1)`.
 * @param fromFile the shard of the existing output file being resumed, if any
 * @returns undefined when the sweep is not sharded
 * @throws SweepError when a shard cannot be told, saying what to give
 */
export function resolveShard(flag: string | undefined, shards: string | undefined, env: Record<string, string | undefined>, fromFile?: { index: number; count: number } | null): Shard | undefined {
  if (flag !== undefined) {
    if (shards !== undefined) throw new SweepError('give either --shard i/N or --shards N (with SLURM_ARRAY_TASK_ID or JOB_COMPLETION_INDEX), not both');
    return parseShard(flag);
  }
  const int = (name: string): number | undefined => {
    const v = env[name];
    if (v === undefined || v === '') return undefined;
    if (!/^\d+$/.test(v)) throw new SweepError(`${name}=${v}: expected a whole number`);
    return Number(v);
  };
  if (shards !== undefined && (!/^\d+$/.test(shards) || Number(shards) < 1)) throw new SweepError(`--shards ${shards}: expected a whole number of shards, at least 1`);
  const k8s = int('JOB_COMPLETION_INDEX');
  const slurm = int('SLURM_ARRAY_TASK_ID');
  if (slurm !== undefined && k8s !== undefined) throw new SweepError('both SLURM_ARRAY_TASK_ID and JOB_COMPLETION_INDEX are set: give the shard with --shard i/N');
  if (slurm === undefined && int('SLURM_ARRAY_TASK_COUNT') !== undefined) {
    throw new SweepError(`SLURM_ARRAY_TASK_COUNT=${env.SLURM_ARRAY_TASK_COUNT} is set but SLURM_ARRAY_TASK_ID is not: give the shard with --shard i/N`);
  }
  const index = slurm ?? k8s;
  const name = slurm !== undefined ? 'SLURM_ARRAY_TASK_ID' : 'JOB_COMPLETION_INDEX';
  if (index === undefined) {
    if (shards !== undefined) throw new SweepError('--shards N needs the shard index from SLURM_ARRAY_TASK_ID (a Slurm array job) or JOB_COMPLETION_INDEX (a Kubernetes Indexed Job); otherwise use --shard i/N');
    return undefined;
  }
  const count = shards !== undefined ? Number(shards) : fromFile?.count;
  if (count === undefined) {
    throw new SweepError(
      `${name}=${index} is set: give the number of shards with --shards N` +
        (slurm !== undefined ? ' (SLURM_ARRAY_TASK_COUNT counts the tasks of this submission, 1 when one index is resubmitted, not the shards)' : " (the Job's completions)") +
        ', or --shard i/N',
    );
  }
  if (index >= count) throw new SweepError(`${name}=${index} is not a shard of ${count} (they count from 0 to ${count - 1}${slurm !== undefined ? `: submit the array as --array=0-${count - 1}` : ''})`);
  return parseShard(`${index}/${count}`, `${name}/${shards !== undefined ? '--shards' : 'the shard file'}`);
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
