/**
 * Sweep benchmarks (issues 6 and 10): throughput of models/default.json over 5 years,
 * as `icsim sweep` runs it (fresh processes, single-threaded V8 when the workers fill the cores) and in this process,
 * with 1 and with 2 workers and the parallel efficiency; peak memory of a
 * 10,000-run sweep against a 1,000-run one (each in a child process, so the
 * peaks are separate). Goals: at least 10,000 runs a minute on 2 workers,
 * efficiency at least 90%, memory flat.
 *
 * Throughput is the best of ICSIM_BENCH_REPEATS (default 3) interleaved
 * measurements of ICSIM_BENCH_RUNS (default 400) runs each, which damps
 * the interference of other processes; ICSIM_BENCH_MEMORY_RUNS (default "1000,10000") the sizes of
 * the memory sweeps and ICSIM_BENCH_MEMORY_YEARS (default 1) their years
 * (memory depends on the rows, not the years).
 */
import { spawn } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import { availableParallelism, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runScenario } from '../src/engine/index.ts';
import { flattenSummary, inProcessRunner, planSweep, poolRunner, rowLine, runSweep, scenarioAt, SweepWriter } from '../src/sweep/index.ts';
import { runNodeOk } from './childProcess.ts';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const MODEL = join(ROOT, 'models', 'default.json');

/** Runs per minute of `runs` 5-year runs on `workers` threads (0: in the main thread, no pool), after a warm-up, and the CPU time (all threads) per run. */
async function throughput(workers: number, runs: number, dir: string): Promise<{ perMinute: number; cpuMs: number }> {
  const raw = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
  raw.years = 5;
  const warm = 4 * Math.max(1, workers);
  const plan = planSweep({ model: 'models/default.json', raw, variants: [], vary: [], design: 'grid', reps: runs + warm, seed: 'bench' });
  const runner = workers ? poolRunner(plan.context, workers) : inProcessRunner(plan.context);
  try {
    await Promise.all(Array.from({ length: warm }, (_, i) => runner.run(plan.task(runs + i))));
    const file = join(dir, `throughput-${workers}-${Math.random().toString(36).slice(2)}.ndjson`);
    const writer = SweepWriter.create(file, plan.header, 'ndjson');
    const t0 = performance.now();
    const cpu0 = process.cpuUsage();
    await runSweep({ plan, runs: Array.from({ length: runs }, (_, i) => i), runner, write: (row) => writer.write(row) });
    const minutes = (performance.now() - t0) / 60_000;
    const cpu = process.cpuUsage(cpu0);
    writer.close();
    return { perMinute: runs / minutes, cpuMs: (cpu.user + cpu.system) / 1000 / runs };
  } finally {
    await runner.close();
  }
}

/** Per-run costs on this thread of the engine run and of what the pool adds: the row, its copy to the main thread, its line in the file. */
function rowCosts(n = 60): { engineMs: number; rowMs: number; cloneMs: number; writeMs: number } {
  const raw = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
  raw.years = 5;
  const plan = planSweep({ model: 'models/default.json', raw, variants: [], vary: [], design: 'grid', reps: n, seed: 'bench' });
  const scenario = scenarioAt(plan.context, 'base', []);
  // Warm every step up first (the JIT), as in a pool worker after its first runs.
  for (let i = 0; i < 20; i++) {
    const w = { run: i, point: 0, variant: 'base', rep: i, seed: `warm:${i}`, ...flattenSummary(runScenario(scenario, { seed: `warm:${i}` }).summary) };
    for (let k = 0; k < 20; k++) rowLine(structuredClone(w), 'ndjson');
  }
  let engine = 0;
  let row = 0;
  let clone = 0;
  let write = 0;
  for (let i = 0; i < n; i++) {
    const t0 = performance.now();
    const result = runScenario(scenario, { seed: plan.task(i).seed });
    const t1 = performance.now();
    const r = { run: i, point: 0, variant: 'base', rep: i, seed: plan.task(i).seed, ...flattenSummary(result.summary) };
    const t2 = performance.now();
    structuredClone(r);
    const t3 = performance.now();
    rowLine(r, 'ndjson');
    const t4 = performance.now();
    engine += t1 - t0;
    row += t2 - t1;
    clone += t3 - t2;
    write += t4 - t3;
  }
  return { engineMs: engine / n, rowMs: row / n, cloneMs: clone / n, writeMs: write / n };
}

/** CPU ticks (1/100 s) used so far by each thread of this process, from /proc (Linux; empty elsewhere). */
function threadTicks(): Map<string, number> {
  const m = new Map<string, number>();
  try {
    for (const t of readdirSync('/proc/self/task')) {
      const stat = readFileSync(`/proc/self/task/${t}/stat`, 'utf8');
      const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      m.set(t, Number(f[11]) + Number(f[12]));
    }
  } catch {
    /* not Linux, or a thread ended while being read */
  }
  return m;
}

/**
 * Where the CPU of a 1-worker sweep goes, by thread: the JavaScript thread
 * that runs the engine, the main thread (pool, rows, file), and V8's helper
 * threads (garbage collection, background compilation), which compete with
 * the other worker for the two cores.
 */
async function cpuByThread(runs: number): Promise<{ js: number; main: number; helpers: number } | undefined> {
  if (!threadTicks().size) return undefined;
  const raw = JSON.parse(readFileSync(MODEL, 'utf8')) as Record<string, unknown>;
  raw.years = 5;
  const plan = planSweep({ model: 'models/default.json', raw, variants: [], vary: [], design: 'grid', reps: runs + 8, seed: 'bench' });
  const runner = poolRunner(plan.context, 1);
  try {
    await Promise.all(Array.from({ length: 8 }, (_, i) => runner.run(plan.task(runs + i))));
    const mainTid = String(process.pid);
    const before = threadTicks();
    await Promise.all(Array.from({ length: runs }, (_, i) => runner.run(plan.task(i))));
    const after = threadTicks();
    const used = [...after].map(([t, v]) => ({ t, ms: ((v - (before.get(t) ?? 0)) * 10) / runs })).filter((x) => x.ms > 0);
    const main = used.find((x) => x.t === mainTid)?.ms ?? 0;
    const others = used.filter((x) => x.t !== mainTid).sort((a, b) => b.ms - a.ms);
    // The busiest thread besides the main one is the worker's JavaScript thread.
    const js = others[0]?.ms ?? 0;
    return { js, main, helpers: others.slice(1).reduce((sum, x) => sum + x.ms, 0) };
  } finally {
    await runner.close();
  }
}

/** Resident memory (MB) of a process, from /proc (Linux), or undefined. */
function rssOf(pid: number): number | undefined {
  try {
    const m = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) / 1024 : undefined;
  } catch {
    return undefined;
  }
}

/** What a memory sweep used. */
interface MemoryFigures {
  /** Peak RSS (MB) from the process's own maxRSS. */
  peak: number;
  seconds: number;
  /** RSS samples (MB) against the rows written so far. */
  samples: Array<{ rows: number; mb: number }>;
}

/** Peak RSS and RSS over time of `icsim sweep` with `reps` runs in a child process. */
function memory(reps: number, years: number, dir: string): Promise<MemoryFigures> {
  const out = join(dir, `memory-${reps}.ndjson`);
  const args = ['sweep', MODEL, '--years', String(years), '--reps', String(reps), '--workers', '2', '--quiet', '--out', out];
  const t0 = performance.now();
  return new Promise((resolve, reject) => {
    // The compiled CLI, as a user runs it; the preload prints the peak RSS of the whole process at exit.
    // In one process (no single-threaded child), so that the sampled RSS is the sweep's own.
    const child = spawn(process.execPath, ['--import', join(ROOT, 'bench', 'printMaxRss.mjs'), join(ROOT, 'bin', 'icsim.mjs'), ...args], { cwd: ROOT, stdio: ['ignore', 'ignore', 'pipe'], env: { ...process.env, ICSIM_SINGLE_THREADED: '0' } });
    const raw: Array<{ bytes: number; mb: number }> = [];
    const timer = setInterval(() => {
      const mb = rssOf(child.pid!);
      let bytes = 0;
      try {
        bytes = statSync(out).size;
      } catch {
        /* not yet created */
      }
      if (mb !== undefined) raw.push({ bytes, mb });
    }, 250);
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('close', (code) => {
      clearInterval(timer);
      const m = /ICSIM_MAXRSS_KB (\d+)/.exec(stderr);
      if (code !== 0 || !m) return reject(new Error(`the memory sweep failed:\n${stderr}`));
      const size = statSync(out).size;
      resolve({
        peak: Number(m[1]) / 1024,
        seconds: (performance.now() - t0) / 1000,
        samples: raw.map((r) => ({ rows: Math.round((r.bytes / size) * reps), mb: r.mb })),
      });
    });
  });
}

/** The highest RSS sampled while the rows written were in [from, to). */
function peakBetween(f: MemoryFigures, from: number, to: number): number {
  return Math.max(0, ...f.samples.filter((s) => s.rows >= from && s.rows < to).map((s) => s.mb));
}

export default async function sweepBench(): Promise<void> {
  const runs = Number(process.env.ICSIM_BENCH_RUNS ?? 400);
  const repeats = Number(process.env.ICSIM_BENCH_REPEATS ?? 3);
  const years = Number(process.env.ICSIM_BENCH_MEMORY_YEARS ?? 1);
  const dir = mkdtempSync(join(tmpdir(), 'icsim-bench-'));
  try {
    console.log(`${availableParallelism()} cores; load average ${loadavg()[0]!.toFixed(2)} (other processes on the machine slow the figures down)`);
    type T = Awaited<ReturnType<typeof throughput>>;
    let zero: T | undefined;
    let one: T | undefined;
    let two: T | undefined;
    for (let k = 0; k < repeats; k++) {
      const z = await throughput(0, runs, dir);
      if (!zero || z.perMinute > zero.perMinute) zero = z;
      const a = await throughput(1, runs, dir);
      const b = await throughput(2, runs, dir);
      if (!one || a.perMinute > one.perMinute) one = a;
      if (!two || b.perMinute > two.perMinute) two = b;
    }
    if (!zero || !one || !two) return;
    const efficiency = two.perMinute / (2 * one.perMinute);
    // As `icsim sweep` runs them: a fresh process each, start-up included; with 2 workers on 2 cores the CLI runs
    // the sweep in a child started with --single-threaded (src/cli/singleThreaded.ts). Both modes, both worker counts.
    const cliRuns = Number(process.env.ICSIM_BENCH_CLI_RUNS ?? 2000);
    const cli = async (workers: number, single: boolean) => {
      let best = 0;
      let rss = 0;
      for (let k = 0; k < Math.min(repeats, 2); k++) {
        const out = join(dir, `cli-${workers}-${single}-${k}.ndjson`);
        const r = await runNodeOk(['bin/icsim.mjs', 'sweep', MODEL, '--years', '5', '--reps', String(cliRuns), '--workers', String(workers), '--quiet', '--out', out], { rss: true, env: { ICSIM_SINGLE_THREADED: single ? '1' : '0' } });
        const perMinute = cliRuns / (r.ms / 60_000);
        if (perMinute > best) [best, rss] = [perMinute, r.maxRssMB ?? 0];
      }
      return { perMinute: best, rss };
    };
    const st1 = await cli(1, true);
    const st2 = await cli(2, true);
    const mt1 = await cli(1, false);
    const mt2 = await cli(2, false);
    const stEff = st2.perMinute / (2 * st1.perMinute);
    console.log(`icsim sweep, models/default.json, 5 years, ${cliRuns} runs, fresh process (start-up included), best of ${Math.min(repeats, 2)}:`);
    console.log(`  single-threaded V8 (what icsim runs when the workers fill the cores): 1 worker ${st1.perMinute.toFixed(0)} runs/min (peak RSS ${st1.rss.toFixed(0)} MB), 2 workers ${st2.perMinute.toFixed(0)} runs/min (peak RSS ${st2.rss.toFixed(0)} MB)`);
    console.log(`    2 workers: goal >= 10000 runs/min: ${st2.perMinute >= 10_000 ? 'met' : 'NOT met'}; parallel efficiency ${(stEff * 100).toFixed(1)}%, goal >= 90%: ${stEff >= 0.9 ? 'met' : 'NOT met'}`);
    console.log(`  V8 helper threads on (icsim's choice for 1 worker): 1 worker ${mt1.perMinute.toFixed(0)} runs/min, 2 workers ${mt2.perMinute.toFixed(0)} runs/min (efficiency ${((100 * mt2.perMinute) / (2 * mt1.perMinute)).toFixed(1)}%)`);
    console.log(`  what icsim runs, 2 workers against 1: ${st2.perMinute.toFixed(0)} against ${mt1.perMinute.toFixed(0)} runs/min (${((100 * st2.perMinute) / (2 * mt1.perMinute)).toFixed(1)}% of twice the one-worker figure, which already borrows the second core for V8's helper threads)`);
    console.log(`sweep throughput in this process (V8 helper threads on), models/default.json, 5 years, best of ${repeats} measurements of ${runs} runs:`);
    console.log(`  no pool (main thread): ${zero.perMinute.toFixed(0)} runs/min (CPU ${zero.cpuMs.toFixed(2)} ms a run; the pool's own cost is the difference with 1 worker)`);
    console.log(`  1 worker:   ${one.perMinute.toFixed(0)} runs/min (${(60_000 / one.perMinute).toFixed(2)} ms a run; CPU ${one.cpuMs.toFixed(2)} ms a run)`);
    console.log(`  2 workers:  ${two.perMinute.toFixed(0)} runs/min (CPU ${two.cpuMs.toFixed(2)} ms a run)`);
    console.log(`  parallel efficiency: ${(efficiency * 100).toFixed(1)}% (the helper threads of one worker already use part of the second core)`);
    // CPU time (main thread and workers) a run does not depend on other load on the machine as wall time does:
    // its growth from 1 to 2 workers is the contention between the threads (caches, memory, GC) plus pool overhead.
    console.log(`  CPU time a run, 2 workers against 1: ${(two.cpuMs / one.cpuMs).toFixed(2)}x (1.00x: no contention; efficiency at most ${((100 * one.cpuMs) / two.cpuMs).toFixed(0)}% on an idle machine)`);
    const byThread = await cpuByThread(runs);
    if (byThread) {
      console.log(
        `  CPU a run by thread, 1 worker: engine (worker's JS thread) ${byThread.js.toFixed(2)} ms, main thread (pool, rows, file) ${byThread.main.toFixed(2)} ms, V8 helper threads (GC, compilation) ${byThread.helpers.toFixed(2)} ms`,
      );
    }
    const c = rowCosts();
    console.log(
      `  where a run's time goes (main thread, no pool): engine ${c.engineMs.toFixed(2)} ms, summary to row ${c.rowMs.toFixed(3)} ms, row to the main thread (structured clone) ${c.cloneMs.toFixed(3)} ms, row to NDJSON ${c.writeMs.toFixed(3)} ms`,
    );
    const [smallRuns, largeRuns] = (process.env.ICSIM_BENCH_MEMORY_RUNS ?? '1000,10000').split(',').map(Number) as [number, number];
    const small = await memory(smallRuns, years, dir);
    const large = await memory(largeRuns, years, dir);
    console.log(`sweep peak memory (RSS of the whole process: main thread and 2 workers, ${years}-year runs):`);
    console.log(`  ${smallRuns} runs: ${small.peak.toFixed(1)} MB (${small.seconds.toFixed(1)} s)`);
    console.log(`  ${largeRuns} runs: ${large.peak.toFixed(1)} MB (${large.seconds.toFixed(1)} s)   ratio ${(large.peak / small.peak).toFixed(2)}`);
    // The heaps of the three threads grow while V8 warms up, then stay level: compare the
    // second fifth of the large sweep with its last fifth to see whether memory grows with rows.
    const fifth = largeRuns / 5;
    const early = peakBetween(large, fifth, 2 * fifth);
    const late = peakBetween(large, 4 * fifth, largeRuns + 1);
    const steps = [1, 2, 3, 4, 5].map((k) => `${peakBetween(large, (k - 1) * fifth, k * fifth).toFixed(0)}`).join(', ');
    console.log(`  RSS peak in each fifth of the ${largeRuns}-run sweep: ${steps} MB`);
    if (early > 0 && late > 0) {
      const growth = late / early - 1;
      console.log(`  growth from the second fifth to the last: ${(growth * 100).toFixed(1)}%   goal flat (within 10%): ${growth <= 0.1 ? 'met' : 'NOT met'}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
