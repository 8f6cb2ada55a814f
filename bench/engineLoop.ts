/**
 * A child of the scaling benchmark (bundled by esbuild, run with plain node):
 * runs `runScenario` on one model in a loop, with nothing else in the
 * process, and prints JSON: runs, wall and CPU ms a run, GC count and time (from the
 * `gc` performance entries), heap after the last run and peak RSS.
 *
 * Usage: node engineLoop.mjs MODEL YEARS SECONDS [arith|alloc]
 * The optional last argument replaces the engine with a control loop of
 * plain arithmetic or of small short-lived objects (to show what the machine
 * itself scales to).
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseScenario, runScenario } from '../src/engine/index.ts';

const [file, yearsArg, secondsArg, control] = process.argv.slice(2);
const years = Number(yearsArg ?? 5);
const seconds = Number(secondsArg ?? 5);
const scenario = parseScenario(JSON.parse(readFileSync(file!, 'utf8')), file);

let sink = 0;
/** One unit of work: a run of the model, or a control loop of about the same length. */
function work(seed: number): void {
  if (control === 'arith') {
    let x = seed;
    for (let i = 0; i < 4_000_000; i++) x = (x * 1103515245 + 12345) % 2147483648;
    sink += x;
  } else if (control === 'alloc') {
    let acc = 0;
    for (let i = 0; i < 400_000; i++) {
      const o = { a: i, b: seed, c: [i, i + 1] };
      acc += o.a + o.c[1]!;
    }
    sink += acc;
  } else {
    const r = runScenario(scenario, { seed, years });
    sink += r.summary.ledger.conserved ? 1 : 0;
  }
}

// Warm up the JIT before timing (a sweep worker is warm after its first runs).
for (let i = 0; i < 10; i++) work(1_000_000 + i);

let gcCount = 0;
let gcMs = 0;
const obs = new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcCount++;
    gcMs += e.duration;
  }
});
obs.observe({ entryTypes: ['gc'] });

const t0 = performance.now();
const cpu0 = process.cpuUsage();
let runs = 0;
while (performance.now() - t0 < seconds * 1000) work(++runs);
const ms = performance.now() - t0;
const cpu = process.cpuUsage(cpu0);
// Let the observer deliver the last entries.
await new Promise((r) => setTimeout(r, 50));
obs.disconnect();
console.log(
  JSON.stringify({
    runs,
    msPerRun: ms / runs,
    // CPU time (all of the process's threads, GC helpers included): less sensitive than wall time to other load on the machine.
    cpuMsPerRun: (cpu.user + cpu.system) / 1000 / runs,
    gcCount,
    gcMs,
    gcShare: gcMs / ms,
    heapUsedMB: process.memoryUsage().heapUsed / 2 ** 20,
    maxRssMB: process.resourceUsage().maxRSS / 1024,
    sink: sink % 7,
  }),
);
