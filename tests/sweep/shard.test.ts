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
    expect(resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '2', SLURM_ARRAY_TASK_COUNT: '4' })).toMatchObject({ index: 2, count: 4 });
    expect(resolveShard(undefined, undefined, { SLURM_ARRAY_TASK_ID: '4', SLURM_ARRAY_TASK_MIN: '1', SLURM_ARRAY_TASK_COUNT: '4' })).toMatchObject({
      index: 3,
      count: 4,
    });
    expect(resolveShard(undefined, '5', { JOB_COMPLETION_INDEX: '3' })).toMatchObject({ index: 3, count: 5 });
    expect(() => resolveShard(undefined, undefined, { JOB_COMPLETION_INDEX: '3' })).toThrow(/--shards N/);
    expect(() => resolveShard(undefined, '5', {})).toThrow(/needs JOB_COMPLETION_INDEX/);
    expect(() => resolveShard(undefined, '2', { JOB_COMPLETION_INDEX: '3' })).toThrow(/less than 2/);
  });
});
