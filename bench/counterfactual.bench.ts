/**
 * The cost of measuring GP influence as power (docs/MODEL.md §6): every planning
 * decision is replayed with general practice's seats empty. Prints the time
 * of the planning rounds (the April steps) and of whole runs with the
 * replay and without it (`influence: false`), best of several rounds.
 */
import { parseScenario, Simulation } from '../src/engine/index.ts';
import { readFileSync } from 'node:fs';

function load(name: string) {
  return parseScenario(JSON.parse(readFileSync(new URL(`../models/${name}.json`, import.meta.url), 'utf8')), name);
}

/** Milliseconds in planning steps and in all steps of `runs` runs. */
function time(name: string, influence: boolean, runs: number): { planning: number; total: number } {
  const s = load(name);
  let planning = 0;
  let total = 0;
  for (let r = 0; r < runs; r++) {
    const sim = new Simulation(s, { seed: r + 1, influence, summaryOnly: true });
    while (!sim.done) {
      const april = sim.month % 12 === 0;
      const t = performance.now();
      sim.step();
      const dt = performance.now() - t;
      total += dt;
      if (april) planning += dt;
    }
  }
  return { planning: planning / runs, total: total / runs };
}

export default async function counterfactualBench(): Promise<void> {
  for (const [name, runs] of [['default', 40], ['three-point-plan', 20], ['england-2023-24', 1]] as const) {
    // Warm up both paths, then take the best of three rounds of each.
    time(name, true, 1);
    time(name, false, 1);
    const best = (influence: boolean) => {
      const rounds = [time(name, influence, runs), time(name, influence, runs), time(name, influence, runs)];
      return { planning: Math.min(...rounds.map((x) => x.planning)), total: Math.min(...rounds.map((x) => x.total)) };
    };
    const on = best(true);
    const off = best(false);
    console.log(
      `counterfactual replay, ${name}: planning rounds ${on.planning.toFixed(1)} ms a run with the replay, ${off.planning.toFixed(1)} ms without ` +
        `(x${(on.planning / off.planning).toFixed(2)}); whole run ${on.total.toFixed(1)} ms against ${off.total.toFixed(1)} ms`,
    );
  }
}
