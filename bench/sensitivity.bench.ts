/**
 * Sensitivity benchmark (issue 13): the wall time of a Morris screen of
 * models/default.json (5 years) over the parameters of governance.gp,
 * governance.recognition and governance.attendance (25 at the time of
 * writing) with 10 trajectories and one replication, on 2 workers, written
 * to a temporary file as `icsim sensitivity` does, plus the analysis; and
 * the runs per minute. ICSIM_BENCH_TRAJECTORIES changes the trajectories.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyseSensitivity } from '../src/sweep/analyseSensitivity.ts';
import { poolRunner, runSweep, SweepWriter } from '../src/sweep/index.ts';
import { parameterGroup } from '../src/sweep/parameterSpace.ts';
import { planSensitivity } from '../src/sweep/sensitivityPlan.ts';

const MODEL = join(fileURLToPath(new URL('..', import.meta.url)), 'models', 'default.json');

export default async function sensitivityBench(): Promise<void> {
  const trajectories = Number(process.env.ICSIM_BENCH_TRAJECTORIES ?? 10);
  const raw = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
  const params = parameterGroup(raw, ['governance.gp', 'governance.recognition', 'governance.attendance'], 'models/default.json');
  const plan = planSensitivity({ model: 'models/default.json', raw, method: 'morris', params, metrics: ['gpInfluence', 'outcomes.deficit'], trajectories, reps: 1, seed: 'bench' });
  const dir = mkdtempSync(join(tmpdir(), 'icsim-bench-sens-'));
  const file = join(dir, 'morris.ndjson');
  const workers = Math.min(2, availableParallelism());
  console.log(`${availableParallelism()} cores; load average ${loadavg()[0]!.toFixed(2)} (other processes on the machine slow the figures down)`);
  const t0 = performance.now();
  const runner = poolRunner(plan.context, workers);
  const writer = SweepWriter.create(file, plan.header, 'ndjson');
  try {
    await runSweep({ plan, runs: Array.from({ length: plan.total }, (_, i) => i), runner, write: (row) => writer.write(row) });
  } finally {
    writer.close();
    await runner.close();
  }
  const t1 = performance.now();
  const a = analyseSensitivity(file);
  const t2 = performance.now();
  rmSync(dir, { recursive: true, force: true });
  const runsPerMinute = plan.total / ((t1 - t0) / 60_000);
  console.log(`Morris screen, models/default.json, 5 years: ${params.length} parameters × ${trajectories} trajectories = ${plan.total} runs on ${workers} workers`);
  console.log(`  runs (with pool start-up): ${((t1 - t0) / 1000).toFixed(1)} s, ${runsPerMinute.toFixed(0)} runs/min`);
  console.log(`  analysis (2 metrics, 1000 bootstrap resamples): ${((t2 - t1) / 1000).toFixed(2)} s`);
  console.log(`  wall time of the screen: ${((t2 - t0) / 1000).toFixed(1)} s`);
  for (const m of a.metrics) console.log(`  top for ${m.metric}: ${m.parameters.slice(0, 3).map((p) => `${p.path} (mu* ${p.muStar!.toPrecision(3)})`).join(', ')}`);
}
