/**
 * A child of the scaling benchmark (bundled by esbuild, run with plain node):
 * runs `runScenario` on one model in a loop, with nothing else in the
 * process, and prints JSON: runs, wall and CPU ms a run, GC count and time (from the
 * `gc` performance entries), heap after the last run and peak RSS.
 *
 * Usage: node engineLoop.mjs MODEL YEARS SECONDS [arith|alloc|fpu|cache]
 * The optional last argument replaces the engine with a control loop (to show
 * what the machine itself scales to): `arith` a dependent chain of integer
 * arithmetic (latency-bound), `alloc` small short-lived objects, `fpu`
 * independent floating-point multiply-adds over an array in L1 (bound by the
 * core's execution units, which two hardware threads of one core share), and
 * `cache` dependent random reads over 8 MB (bound by L2 misses).
 * Engine runs are summary-only, as in a sweep.
 */
import { readFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import { parseScenario, runScenario } from '../src/engine/index.ts';

const [file, yearsArg, secondsArg, control] = process.argv.slice(2);
const years = Number(yearsArg ?? 5);
const seconds = Number(secondsArg ?? 5);
const scenario = parseScenario(JSON.parse(readFileSync(file!, 'utf8')), file);

let sink = 0;
/** 2,048 doubles (16 KB, in L1) for the `fpu` control. */
const fpuData = Float64Array.from({ length: 2048 }, (_, i) => (i % 17) / 17);
/** A random cycle over 2^21 int32 (8 MB, beyond L2) for the `cache` control. */
const cacheData = (() => {
  const n = 1 << 21;
  const order = Int32Array.from({ length: n }, (_, i) => i);
  let x = 12345;
  for (let i = n - 1; i > 0; i--) {
    x = (x * 1103515245 + 12345) % 2147483648;
    const k = x % (i + 1);
    const t = order[i]!;
    order[i] = order[k]!;
    order[k] = t;
  }
  const next = new Int32Array(n);
  for (let i = 0; i < n; i++) next[order[i]!] = order[(i + 1) % n]!;
  return next;
})();
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
  } else if (control === 'fpu') {
    const a = fpuData;
    let s0 = 0, s1 = 0, s2 = 0, s3 = 0, s4 = 0, s5 = 0, s6 = 0, s7 = 0;
    for (let k = 0; k < 300; k++) {
      for (let i = 0; i < a.length; i += 8) {
        s0 = s0 * 0.999 + a[i]!;
        s1 = s1 * 0.999 + a[i + 1]!;
        s2 = s2 * 0.999 + a[i + 2]!;
        s3 = s3 * 0.999 + a[i + 3]!;
        s4 = s4 * 0.999 + a[i + 4]!;
        s5 = s5 * 0.999 + a[i + 5]!;
        s6 = s6 * 0.999 + a[i + 6]!;
        s7 = s7 * 0.999 + a[i + 7]!;
      }
    }
    sink += s0 + s1 + s2 + s3 + s4 + s5 + s6 + s7 + seed;
  } else if (control === 'cache') {
    const next = cacheData;
    let j = seed % next.length;
    for (let i = 0; i < 400_000; i++) j = next[j]!;
    sink += j;
  } else {
    const r = runScenario(scenario, { seed, years, summaryOnly: true });
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
