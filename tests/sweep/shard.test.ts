import { describe, expect, it } from 'vitest';
import { inShard, parseShard, resolveShard, shardSize } from '../../src/sweep/index.ts';

describe('shards', () => {
  it('are disjoint slices that cover every run', () => {
    for (const total of [0, 1, 7, 100]) {
      const seen = new Array<number>(total).fill(0);
      for (let index = 0; index < 4; index++) {
        let n = 0;
        for (let r = 0; r < total; r++) {
          if (!inShard(r, { index, count: 4 })) continue;
          seen[r]!++;
          n++;
        }
        expect(n).toBe(shardSize(total, { index, count: 4 }));
      }
      expect(seen.every((c) => c === 1)).toBe(true);
    }
  });

  it('parse i/N from 0', () => {
    expect(parseShard('2/4')).toMatchObject({ index: 2, count: 4 });
    expect(() => parseShard('4/4')).toThrow(/counts from 0, so it must be less than 4/);
    expect(() => parseShard('1/0')).toThrow(/at least 1/);
    expect(() => parseShard('a/b')).toThrow(/expected i\/N/);
  });

  it('come from the flag, Slurm or Kubernetes', () => {
    expect(resolveShard(undefined, undefined, {})).toBeUndefined();
    expect(resolveShard('1/3', undefined, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' })).toMatchObject({ index: 1, count: 3 });
    expect(resolveShard(undefined, '4', { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' })).toMatchObject({ index: 2, count: 4 });
    expect(resolveShard(undefined, '5', { JOB_COMPLETION_INDEX: '3' })).toMatchObject({ index: 3, count: 5 });
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '3' })).toThrow(/--shards N/);
    expect(() => resolveShard(undefined, '5', {})).toThrow(/needs the shard index from SLURM_ARRAY_TASK_ID .* or JOB_COMPLETION_INDEX/);
    expect(() => resolveShard(undefined, '2', { JOB_COMPLETION_INDEX: '3' })).toThrow(/JOB_COMPLETION_INDEX=3 is not a shard of 2/);
  });

  it('never take the number of shards from a Slurm array of one task (issue 25)', () => {
    // `sbatch --array=3 sweep.sbatch` resubmits index 3 alone: Slurm says COUNT=1, MIN=3.
    const rerun = { SLURM_ARRAY_TASK_ID: '3', SLURM_ARRAY_TASK_COUNT: '1', SLURM_ARRAY_TASK_MIN: '3', SLURM_ARRAY_TASK_MAX: '3' };
    expect(() => resolveShard(undefined, undefined, rerun)).toThrow(
      'SLURM_ARRAY_TASK_ID=3 is set: give the number of shards with --shards N (SLURM_ARRAY_TASK_COUNT counts the tasks of this submission, 1 when one index is resubmitted, not the shards), or --shard i/N',
    );
    expect(resolveShard(undefined, '4', rerun)).toMatchObject({ index: 3, count: 4 });
    // Resuming a shard file: its header says how many shards there are.
    expect(resolveShard(undefined, undefined, rerun, { index: 3, count: 4 })).toMatchObject({ index: 3, count: 4 });
    // The array index is the shard index: an array from 1 does not fit 4 shards.
    expect(() => resolveShard(undefined, '4', { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toThrow('SLURM_ARRAY_TASK_ID=4 is not a shard of 4 (they count from 0 to 3: submit the array as --array=0-3)');
    expect(() => resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_COUNT: '4' })).toThrow(/SLURM_ARRAY_TASK_COUNT=4 is set but SLURM_ARRAY_TASK_ID is not/);
  });
});
