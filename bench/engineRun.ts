/**
 * One timed run in a fresh process (spawned by engine.bench.ts), so each
 * figure includes JIT warm-up, as a user's single run would. Prints JSON.
 */
import { readFileSync } from 'node:fs';
import { parseScenario, runScenario } from '../src/engine/index.ts';

const [file, years, reps] = process.argv.slice(2);
const scenario = parseScenario(JSON.parse(readFileSync(file!, 'utf8')), file);
const times: number[] = [];
for (let i = 0; i < Number(reps ?? 1); i++) {
  const t0 = performance.now();
  const r = runScenario(scenario, { seed: i + 1, years: Number(years) });
  times.push(performance.now() - t0);
  if (!r.summary.ledger.conserved) throw new Error('ledger not conserved');
}
console.log(JSON.stringify({ times, maxRssMB: process.resourceUsage().maxRSS / 1024 }));
