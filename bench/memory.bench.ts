/**
 * Memory of long sweeps (issue 14): peak RSS of a 10,000-run and a
 * 100,000-run sweep of one-year runs of a small generated model (one place,
 * two practices), each `icsim sweep` in its own child process on 2 worker
 * threads, which reports its own peak (`process.resourceUsage().maxRSS`,
 * threads included). Goal: the larger within 10% of the smaller, i.e.
 * memory does not grow with the length of a sweep.
 *
 * Select it alone with `npm run bench -- memory`; ICSIM_BENCH_LONG_RUNS
 * (default "10000,100000") sets the two sizes.
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

/** Runs a sweep of `reps` runs in a child process; returns its own peak RSS (MB) and the wall time. */
function sweepPeak(reps: number, dir: string): Promise<{ mb: number; seconds: number }> {
  const model = join(dir, 'small.json');
  writeFileSync(model, JSON.stringify(SMALL));
  const out = join(dir, `long-${reps}.ndjson`);
  const args = ['sweep', model, '--reps', String(reps), '--workers', '2', '--quiet', '--out', out];
  const script = join(dir, `long-${reps}.mjs`);
  writeFileSync(
    script,
    `import { main } from ${JSON.stringify(join(ROOT, 'src/cli/main.ts'))};
const code = await main(${JSON.stringify(args)});
process.stderr.write('MAXRSS ' + process.resourceUsage().maxRSS + ' ' + code + '\\n');`,
  );
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', script], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', () => {
      const m = /MAXRSS (\d+) 0/.exec(stderr);
      if (!m) return reject(new Error(`the ${reps}-run sweep failed:\n${stderr}`));
      resolve({ mb: Number(m[1]) / 1024, seconds: (performance.now() - t0) / 1000 });
    });
  });
}

export default async function memoryBench(): Promise<void> {
  const [small, large] = (process.env.ICSIM_BENCH_LONG_RUNS ?? '10000,100000').split(',').map(Number) as [number, number];
  const dir = mkdtempSync(join(tmpdir(), 'icsim-bench-memory-'));
  try {
    console.log(`long sweeps, a small generated model (1 place, 2 practices), 1-year runs, 2 workers, peak RSS of the whole process:`);
    const a = await sweepPeak(small, dir);
    console.log(`  ${small} runs: ${a.mb.toFixed(1)} MB (${a.seconds.toFixed(0)} s)`);
    const b = await sweepPeak(large, dir);
    const growth = b.mb / a.mb - 1;
    console.log(`  ${large} runs: ${b.mb.toFixed(1)} MB (${b.seconds.toFixed(0)} s)   ${(growth * 100).toFixed(1)}% more   goal within 10%: ${Math.abs(growth) <= 0.1 ? 'met' : 'NOT met'}`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
