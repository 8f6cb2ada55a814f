/**
 * Scaling of independent engine processes (issue 10): one process running
 * `runScenario` (models/default.json, 5 years) in a loop, then two at once,
 * each with nothing else in it, so the figure separates the engine's own
 * working set from the worker pool. Throughput of 2 against 1 is 2.0 when
 * the two do not slow each other. Controls: the same with a plain arithmetic
 * loop and with a small-object allocation loop (what the machine itself
 * scales to). Diagnostics: GC count and time in each, allocation per run
 * estimated from `--trace-gc` (the young-generation heap before each
 * scavenge minus after the previous GC), and the two-process figure again
 * with a larger young generation (`--max-semi-space-size=64`): if the scaling
 * improves with it, GC and cache traffic from allocation is the limit.
 *
 * ICSIM_BENCH_SECONDS (default 6): length of each timed loop.
 */
import { loadavg } from 'node:os';
import { bundleBenchScript, runNodeOk } from './childProcess.ts';

interface Loop {
  runs: number;
  msPerRun: number;
  cpuMsPerRun: number;
  gcCount: number;
  gcMs: number;
  gcShare: number;
  heapUsedMB: number;
  maxRssMB: number;
}

const parse = (stdout: string): Loop => JSON.parse(stdout.trim().split('\n').pop()!) as Loop;

async function loops(script: string, copies: number, seconds: number, control?: string, nodeArgs: string[] = []): Promise<Loop[]> {
  const args = [script, 'models/default.json', '5', String(seconds), ...(control ? [control] : [])];
  const out = await Promise.all(Array.from({ length: copies }, () => runNodeOk(args, { nodeArgs })));
  return out.map((o) => parse(o.stdout));
}

/** Young-generation allocation per run (MB) from a `--trace-gc` log. */
function allocationPerRun(log: string, runs: number, warmupRuns: number): { mbPerRun: number; scavenges: number; markCompacts: number } {
  let allocated = 0;
  let lastAfter: number | undefined;
  let scavenges = 0;
  let markCompacts = 0;
  for (const m of log.matchAll(/: (Scavenge|Mark-Compact|Mark-sweep)[^\d]*?([\d.]+) \([\d.]+\) -> ([\d.]+) \([\d.]+\) MB/g)) {
    const before = Number(m[2]);
    const after = Number(m[3]);
    if (lastAfter !== undefined && before > lastAfter) allocated += before - lastAfter;
    lastAfter = after;
    if (m[1] === 'Scavenge') scavenges++;
    else markCompacts++;
  }
  return { mbPerRun: allocated / (runs + warmupRuns), scavenges, markCompacts };
}

const fmtLoop = (l: Loop) => `${l.msPerRun.toFixed(2)} ms a run (CPU ${l.cpuMsPerRun.toFixed(2)} ms), GC ${(l.gcShare * 100).toFixed(1)}% of the time (${l.gcCount} pauses), peak RSS ${l.maxRssMB.toFixed(0)} MB`;

export default async function scalingBench(): Promise<void> {
  const seconds = Number(process.env.ICSIM_BENCH_SECONDS ?? 6);
  const script = await bundleBenchScript('engineLoop');
  console.log(`two independent processes, models/default.json 5 years summary-only (as a sweep runs), ${seconds} s loops (bundled JS, no tsx); load average ${loadavg()[0]!.toFixed(2)}:`);
  const [one] = await loops(script, 1, seconds);
  const two = await loops(script, 2, seconds);
  const scaling = two.reduce((s, l) => s + 1 / l.msPerRun, 0) / (1 / one!.msPerRun);
  console.log(`  1 process:   ${fmtLoop(one!)}`);
  two.forEach((l, i) => console.log(`  2 processes, #${i + 1}: ${fmtLoop(l)}`));
  console.log(`  throughput of 2 against 1: ${scaling.toFixed(2)}x (2.00x is perfect scaling)`);
  // CPU time a run rises when the two contend for caches and memory bandwidth, whatever else runs on the machine.
  const cpuRatio = two.reduce((s, l) => s + l.cpuMsPerRun, 0) / two.length / one!.cpuMsPerRun;
  console.log(`  CPU time a run, 2 processes against 1: ${cpuRatio.toFixed(2)}x (1.00x: no contention between them; throughput scaling at best ${(2 / cpuRatio).toFixed(2)}x)`);

  const CONTROLS: Record<string, string> = {
    arith: 'dependent integer arithmetic (latency-bound)',
    alloc: 'small-object allocation loop',
    fpu: 'independent floating-point multiply-adds in L1 (execution-unit-bound)',
    cache: 'dependent random reads over 8 MB (L2-miss-bound)',
  };
  for (const [control, what] of Object.entries(CONTROLS)) {
    const [c1] = await loops(script, 1, Math.min(seconds, 3), control);
    const c2 = await loops(script, 2, Math.min(seconds, 3), control);
    const s = c2.reduce((t, l) => t + 1 / l.msPerRun, 0) / (1 / c1!.msPerRun);
    console.log(`  control, ${what}: ${s.toFixed(2)}x`);
  }

  // Allocation per run from --trace-gc (one process, a short loop).
  const traced = await runNodeOk([script, 'models/default.json', '5', '2'], { nodeArgs: ['--trace-gc'] });
  const t = parse(traced.stdout);
  const a = allocationPerRun(traced.stdout, t.runs, 10);
  console.log(`  allocation: about ${a.mbPerRun.toFixed(1)} MB a run (${a.scavenges} scavenges, ${a.markCompacts} full GCs in ${t.runs + 10} runs; heap after ${t.heapUsedMB.toFixed(0)} MB)`);

  // V8 without helper threads (what a sweep that fills the cores runs: src/cli/singleThreaded.ts).
  const single = ['--single-threaded'];
  const [s1] = await loops(script, 1, seconds, undefined, single);
  const s2 = await loops(script, 2, seconds, undefined, single);
  const ss = s2.reduce((t, l) => t + 1 / l.msPerRun, 0) / (1 / s1!.msPerRun);
  console.log(`  with --single-threaded: 1 process ${fmtLoop(s1!)}; 2 processes ${s2.map((l) => l.msPerRun.toFixed(2)).join(' and ')} ms a run; ${ss.toFixed(2)}x; 2 single-threaded processes against 1 with helper threads: ${(s2.reduce((t, l) => t + 1 / l.msPerRun, 0) / (1 / one!.msPerRun)).toFixed(2)}x`);

  const big = ['--max-semi-space-size=64'];
  const [b1] = await loops(script, 1, seconds, undefined, big);
  const b2 = await loops(script, 2, seconds, undefined, big);
  const bs = b2.reduce((s, l) => s + 1 / l.msPerRun, 0) / (1 / b1!.msPerRun);
  console.log(`  with --max-semi-space-size=64: 1 process ${fmtLoop(b1!)}; 2 processes ${b2.map((l) => l.msPerRun.toFixed(2)).join(' and ')} ms a run; ${bs.toFixed(2)}x`);
}
