/**
 * The cluster recovery docs/CLUSTER.md gives (issue 25): a Slurm array task
 * resubmitted alone (`sbatch --array=1 sweep.sbatch`: SLURM_ARRAY_TASK_COUNT=1,
 * SLURM_ARRAY_TASK_MIN=1) finishes its own shard, because the number of
 * shards comes from --shards or from the shard file, never from the count of
 * tasks; the merged file is byte-identical to the unsharded sweep.
 */
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { runCliInProcess } from '../helpers/cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'icsim-cluster-'));
const at = (f: string) => join(dir, f);
const SLURM = ['SLURM_ARRAY_TASK_ID', 'SLURM_ARRAY_TASK_COUNT', 'SLURM_ARRAY_TASK_MIN', 'SLURM_ARRAY_TASK_MAX'];
afterEach(() => {
  for (const k of SLURM) delete process.env[k];
});

/** The documented task's command line, as an array task with index `id` of a submission of `count` tasks from `min`. */
async function task(id: number, count: number, min: number, extra: string[] = []) {
  Object.assign(process.env, { SLURM_ARRAY_TASK_ID: String(id), SLURM_ARRAY_TASK_COUNT: String(count), SLURM_ARRAY_TASK_MIN: String(min), SLURM_ARRAY_TASK_MAX: String(min + count - 1) });
  try {
    return await runCliInProcess(['sweep', '--years', '1', '--reps', '6', '--seed', '2024', '--workers', '0', '--quiet', '--resume', ...extra, '--out', at(`shard-${id}.ndjson`)]);
  } finally {
    for (const k of SLURM) delete process.env[k];
  }
}

describe('a Slurm array job, one task failed and resubmitted alone', () => {
  it('refuses to guess the number of shards, resumes from the file or --shards, and merges to the unsharded sweep', async () => {
    const whole = at('whole.ndjson');
    expect((await runCliInProcess(['sweep', '--years', '1', '--reps', '6', '--seed', '2024', '--workers', '0', '--quiet', '--out', whole])).code).toBe(0);

    // The array --array=0-2 with --shards 3: tasks 0 and 2 finish, task 1 is killed after one row (a torn second line).
    for (const id of [0, 1, 2]) expect((await task(id, 3, 0, ['--shards', '3'])).code).toBe(0);
    const lines = readFileSync(at('shard-1.ndjson'), 'utf8').split('\n');
    writeFileSync(at('shard-1.ndjson'), `${lines[0]}\n${lines[1]}\n${lines[2]!.slice(0, 30)}`);

    // Resubmitted as --array=1 without --shards: the file's header says 3 shards.
    const resumed = await task(1, 1, 1);
    expect(resumed.code).toBe(0);
    expect(resumed.stdout).toMatch(/shard-1\.ndjson: 1 runs written, 2 of 2 done/);

    // A task whose file does not exist yet, without --shards: refused, nothing written (it used to run the whole sweep as shard 0/1).
    const fresh = await task(3, 1, 3);
    expect(fresh.code).toBe(2);
    expect(fresh.stderr).toMatch(/SLURM_ARRAY_TASK_ID=3 is set: give the number of shards with --shards N \(SLURM_ARRAY_TASK_COUNT counts the tasks of this submission/);
    expect(fresh.stderr.trim().split('\n')).toHaveLength(1);
    expect(existsSync(at('shard-3.ndjson'))).toBe(false);

    // With --shards, a rerun of index 1 as the doc gives it finds its shard done.
    expect((await task(1, 1, 1, ['--shards', '3'])).code).toBe(0);

    const merged = at('merged.ndjson');
    expect((await runCliInProcess(['merge', at('shard-0.ndjson'), at('shard-1.ndjson'), at('shard-2.ndjson'), '--out', merged])).code).toBe(0);
    expect(readFileSync(merged, 'utf8')).toBe(readFileSync(whole, 'utf8'));
  });
});
