/**
 * Memory of long sweeps (issues 14 and 25): peak RSS of a 2,000-run and a
 * 20,000-run sweep of one-year runs of a small generated model (one place,
 * two practices), each run as a user runs it: `node bin/icsim.mjs sweep`
 * (the compiled CLI, which puts a sweep that fills every core in a
 * single-threaded child), on 2 worker threads. Every process reports its own
 * peak (`process.resourceUsage().maxRSS`, threads included, through
 * bench/printMaxRss.mjs); the figure is the largest. Goal (issue 25): the
 * larger within 15% of the smaller, and under 300 MB.
 *
 * Select it alone with `npm run bench -- memory`; ICSIM_BENCH_LONG_RUNS
 * (default "2000,20000") sets the two sizes.
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));

/** A small model: generated, one system of one place. */
const SMALL = {
  name: 'bench-small',
  years: 1,
  generate: { systems: 1, population: 20_000, places: 1, pcns: 1, practices: 2, councils: 1, trusts: { acute: 1, integrated: 0, mentalHealth: 1, community: 0 } },
};

/** Runs a sweep of `reps` runs with the compiled CLI; returns the peak RSS (MB) of its largest process and the wall time. */
function sweepPeak(reps: number, dir: string): Promise<{ mb: number; seconds: number }> {
  const model = join(dir, 'small.json');
  writeFileSync(model, JSON.stringify(SMALL));
  const out = join(dir, `long-${reps}.ndjson`);
  const args = ['--import', join(ROOT, 'bench/printMaxRss.mjs'), join(ROOT, 'bin/icsim.mjs'), 'sweep', model, '--reps', String(reps), '--workers', '2', '--quiet', '--out', out];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      const peaks = [...stderr.matchAll(/ICSIM_MAXRSS_KB (\d+)/g)].map((m) => Number(m[1]));
      if (code !== 0 || !peaks.length) return reject(new Error(`the ${reps}-run sweep failed (exit ${code}):\n${stderr}`));
      resolve({ mb: Math.max(...peaks) / 1024, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

export default async function memoryBench(): Promise<void> {
  const [small, large] = (process.env.ICSIM_BENCH_LONG_RUNS ?? '2000,20000').split(',').map(Number) as [number, number];
  const dir = mkdtempSync(join(tmpdir(), 'icsim-bench-memory-'));
  try {
    console.log(`long sweeps with node bin/icsim.mjs sweep, a small generated model (1 place, 2 practices), 1-year runs, 2 workers, peak RSS of the largest process:`);
    const a = await sweepPeak(small, dir);
    console.log(`  ${small} runs: ${a.mb.toFixed(1)} MB (${a.seconds.toFixed(0)} s)`);
    const b = await sweepPeak(large, dir);
    const growth = b.mb / a.mb - 1;
    console.log(`  ${large} runs: ${b.mb.toFixed(1)} MB (${b.seconds.toFixed(0)} s)   ${(growth * 100).toFixed(1)}% more   goal within 15% and under 300 MB: ${Math.abs(growth) <= 0.15 && b.mb < 300 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
