/**
 * Engine benchmark (issue 2): wall time and peak memory of a 10-year run of
 * models/default.json and models/england.json, each in a fresh process.
 * Target: England over 10 years in at most 2 s on a 2-core machine (goal 1 s).
 */
import { bundleBenchScript, runNodeOk } from './childProcess.ts';

async function measure(script: string, model: string, years: number, reps: number): Promise<{ times: number[]; maxRssMB: number }> {
  const r = await runNodeOk([script, `models/${model}.json`, String(years), String(reps)]);
  return JSON.parse(r.stdout.trim().split('\n').pop()!) as { times: number[]; maxRssMB: number };
}

export default async function engineBench(): Promise<void> {
  // A bundle of engineRun.ts, run with plain node (as the compiled CLI runs), not through tsx.
  const script = await bundleBenchScript('engineRun');
  for (const [model, reps] of [['default', 20], ['england', 3]] as const) {
    const m = await measure(script, model, 10, reps);
    const first = m.times[0]!;
    const best = Math.min(...m.times);
    console.log(
      `${model.padEnd(8)} 10 years: first run ${first.toFixed(0)} ms, best of ${reps} ${best.toFixed(1)} ms, peak RSS ${m.maxRssMB.toFixed(0)} MB` +
        (model === 'england' ? `  (target <= 2000 ms: ${first <= 2000 ? 'met' : 'NOT met'}; goal 1000 ms: ${first <= 1000 ? 'met' : 'not yet'})` : ''),
    );
  }
}
