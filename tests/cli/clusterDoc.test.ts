/**
 * docs/CLUSTER.md's Slurm example runs as written (issue 25): its batch
 * scripts, taken from the page, are run by bash as Slurm would run them (the
 * array's environment set by hand, replications cut from 500 to 1 so that
 * the test is quick): ten tasks, one killed and resubmitted alone as the page
 * says, then the merge script; the merged file equals the unsharded sweep.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url).pathname;
const doc = readFileSync(join(root, 'docs/CLUSTER.md'), 'utf8');

/** The bash block that follows the line naming `file` in the page. */
function script(file: string): string {
  const m = new RegExp('`' + file.replace('.', '\\.') + '`:\\n\\n```bash\\n([\\s\\S]*?)```').exec(doc);
  if (!m) throw new Error(`docs/CLUSTER.md has no ${file}`);
  return m[1]!;
}

describe('docs/CLUSTER.md: the Slurm example', () => {
  const sweep = script('sweep.sbatch');
  const merge = script('merge.sbatch');

  it('calls the CLI with node (so scancel reaches it), with --shards, on a model that ships', () => {
    for (const s of [sweep, merge]) expect(s).not.toMatch(/^\s*(exec\s+)?npx\s/m);
    expect(sweep).toMatch(/#SBATCH --array=0-9\n/);
    expect(sweep).toMatch(/--shards 10 /);
    for (const m of doc.matchAll(/models\/[\w.-]+\.json/g)) expect(() => readFileSync(join(root, m[0]))).not.toThrow();
  });

  it('runs, recovers a failed task as documented, and merges to the unsharded sweep', () => {
    // The submit directory: the repository's CLI and models, and the page's scripts.
    const dir = mkdtempSync(join(tmpdir(), 'icsim-slurm-doc-'));
    for (const d of ['bin', 'dist-node', 'models', 'node_modules']) symlinkSync(join(root, d), join(dir, d));
    mkdirSync(join(dir, 'logs'));
    writeFileSync(join(dir, 'sweep.sbatch'), sweep.replace('--reps 500', '--reps 1 --years 1'));
    writeFileSync(join(dir, 'merge.sbatch'), merge);
    const env = (id: number, count: number, min: number) => ({
      ...process.env,
      SLURM_SUBMIT_DIR: dir,
      SLURM_CPUS_PER_TASK: '1',
      SLURM_ARRAY_TASK_ID: String(id),
      SLURM_ARRAY_TASK_COUNT: String(count),
      SLURM_ARRAY_TASK_MIN: String(min),
      SLURM_ARRAY_TASK_MAX: String(min + count - 1),
      ICSIM_SINGLE_THREADED: '0',
    });
    const bash = (file: string, e: NodeJS.ProcessEnv) => spawnSync('bash', [file], { cwd: dir, env: e, encoding: 'utf8' });
    for (let id = 0; id < 10; id++) expect(bash('sweep.sbatch', env(id, 10, 0)).status, `task ${id}`).toBe(0);
    // Task 3 "failed": its shard file lost its rows but the first, and the last line is torn.
    const shard3 = join(dir, 'results/shard-3.ndjson');
    const lines = readFileSync(shard3, 'utf8').split('\n');
    writeFileSync(shard3, `${lines[0]}\n${lines[1]!.slice(0, 40)}`);
    // sbatch --array=3 sweep.sbatch: a one-task array.
    const rerun = bash('sweep.sbatch', env(3, 1, 3));
    expect(rerun.status, rerun.stderr).toBe(0);
    const merged = bash('merge.sbatch', { ...process.env, SLURM_SUBMIT_DIR: dir });
    expect(merged.status, merged.stderr).toBe(0);
    // The same sweep unsharded, in one process.
    const one = spawnSync(
      process.execPath,
      [join(root, 'bin/icsim.mjs'), 'sweep', 'models/carlisle-options.json', '--variant', 'status-quo-plus', '--variant', 'practices-employ', '--variant', 'community-ft', '--vary', 'allocation.growthRate=0.01:0.04:0.01', '--reps', '1', '--years', '1', '--seed', '2024', '--workers', '1', '--quiet', '--out', join(dir, 'whole.ndjson')],
      { cwd: dir, encoding: 'utf8', env: { ...process.env, ICSIM_SINGLE_THREADED: '0' } },
    );
    expect(one.status, one.stderr).toBe(0);
    expect(readFileSync(join(dir, 'results/sweep.ndjson'), 'utf8')).toBe(readFileSync(join(dir, 'whole.ndjson'), 'utf8'));
    expect(readFileSync(join(dir, 'results/summary.csv'), 'utf8')).toMatch(/^allocation\.growthRate,variant,metric,n,mean,/);
  });
});
