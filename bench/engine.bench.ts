/**
 * Engine benchmark (issue 2): wall time and peak memory of a 10-year run of
 * models/default.json and models/england.json, each in a fresh process.
 * Target: England over 10 years in at most 2 s on a 2-core machine (goal 1 s).
 */
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

function measure(model: string, years: number, reps: number): { times: number[]; maxRssMB: number } {
  const r = spawnSync(process.execPath, ['--import', 'tsx', 'bench/engineRun.ts', `models/${model}.json`, String(years), String(reps)], {
    cwd: root,
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { times: number[]; maxRssMB: number };
}

export default async function engineBench(): Promise<void> {
  for (const [model, reps] of [['default', 20], ['england', 3]] as const) {
    const m = measure(model, 10, reps);
    const first = m.times[0]!;
    const best = Math.min(...m.times);
    console.log(
      `${model.padEnd(8)} 10 years: first run ${first.toFixed(0)} ms, best of ${reps} ${best.toFixed(1)} ms, peak RSS ${m.maxRssMB.toFixed(0)} MB` +
        (model === 'england' ? `  (target <= 2000 ms: ${first <= 2000 ? 'met' : 'NOT met'}; goal 1000 ms: ${first <= 1000 ? 'met' : 'not yet'})` : ''),
    );
  }
}
