/**
 * Sweeps that fill every core run in a child process started with V8's
 * `--single-threaded` flag.
 *
 * Why (measured by `npm run bench -- sweep scaling`): by default V8 runs part
 * of its garbage collection and compilation on helper threads, so one engine
 * thread already keeps about 1.2-1.3 cores busy. With as many pool workers as
 * cores, those helper threads compete with the workers, and two workers ran
 * only about 1.3-1.4 times as many runs as one. With `--single-threaded` each
 * worker does its own collection on its own thread: two workers then run
 * 1.9-2.0 times as many as one, and more in total than with helper threads.
 * V8 flags cannot be set for worker threads, nor safely once V8 has started
 * (`v8.setFlagsFromString('--single-threaded')` aborts in the collector), nor
 * through NODE_OPTIONS, hence the child process.
 *
 * The parent only supervises: it forwards SIGINT, SIGTERM and SIGHUP once
 * each (the child runs in its own process group, so a Ctrl-C at the terminal
 * reaches it through the parent exactly once, keeping "first Ctrl-C finishes
 * the runs in progress, second stops at once"), and exits with the child's
 * code. If the parent dies without a chance to forward (SIGKILL), the child
 * notices that its pipe to the parent has closed and stops at once as well.
 * `ICSIM_SINGLE_THREADED=0` turns this off; `=1` forces it.
 */
import { spawn } from 'node:child_process';
import { availableParallelism } from 'node:os';
import { Socket } from 'node:net';
import { fileURLToPath } from 'node:url';

/**
 * V8 flags of the sweep process: `--single-threaded` (above); `--heap-growing-percent=10`, which has
 * V8 grow every heap by 1.1 times what a collection left alive instead of its default factors; and
 * `--expose-gc`, with which each worker collects fully every 500 runs and the supervising thread
 * every 1,000 rows (src/sweep/periodicCollection.ts, with its measurements). Together they keep a
 * sweep's peak memory flat in its length (issue 25) while the workers keep young generations large
 * enough for the engine to run at full speed (src/sweep/workerHeap.ts).
 *
 * What they replaced, measured with the compiled CLI, 2 workers (`icsim sweep models/default.json
 * --years 5 --reps 2000`, and `npm run bench -- memory`'s peak RSS for 2,000 and 20,000 one-year
 * runs of a one-place model), the same day:
 * - `--optimize-for-size` (kept memory flat: +15.1%, but favours small code over fast code): 3,817
 *   and 4,312 runs a minute; in one process running the default model in a loop, 37.9 ms a run with
 *   `--single-threaded --optimize-for-size` against 22.0 ms without;
 * - a 2 MB semi-space for the supervising thread (`--max-semi-space-size=2`), which as a
 *   process-wide flag capped the workers' young generation too: a default run took 22.7 ms in a
 *   sweep worker against 14.5 ms uncapped; 5,156 runs a minute, +14.6%;
 * - semi-spaces fixed at 4 MB: 5,551-5,984 runs a minute, +10.2% to +14.2%; no cap and no
 *   collections: 8,044 runs a minute but +28.0%;
 * - these flags, 32 MB young generations and the periodic collections: 7,012 runs a minute, +8.9%.
 */
const SWEEP_V8_FLAGS = ['--single-threaded', '--heap-growing-percent=10', '--expose-gc'] as const;

/** Environment variable that tells a child which file descriptor is its pipe to the parent. */
const PARENT_FD = 'ICSIM_PARENT_FD';

/** The worker count a command line asks for, or undefined for the default (one per core). */
function workersArg(args: readonly string[]): number | undefined {
  for (let i = 0; i < args.length; i++) {
    const a = args[i]!;
    if (a === '--workers') return Number(args[i + 1]);
    if (a.startsWith('--workers=')) return Number(a.slice('--workers='.length));
  }
  return undefined;
}

/**
 * Whether this command line should run in a single-threaded child: a sweep or
 * a sensitivity run (not its analysis, not help) whose workers fill the cores,
 * from the compiled CLI, not already in such a child.
 */
export function wantsSingleThreaded(argv: readonly string[], env: NodeJS.ProcessEnv = process.env, execArgv: readonly string[] = process.execArgv, cores = availableParallelism()): boolean {
  const [command, ...rest] = argv;
  if (command !== 'sweep' && command !== 'sensitivity') return false;
  if (rest[0] === 'analyse' || rest.includes('--help') || rest.includes('-h')) return false;
  if (execArgv.includes('--single-threaded') || env[PARENT_FD] !== undefined) return false;
  if (env.ICSIM_SINGLE_THREADED === '0') return false;
  if (env.ICSIM_SINGLE_THREADED === '1') return true;
  const workers = workersArg(rest) ?? cores;
  return cores >= 2 && Number.isFinite(workers) && workers >= cores;
}

/** Runs the same command line in a child started with `--single-threaded`; resolves to its exit code. */
export function runSingleThreaded(argv: readonly string[], entry: string): Promise<number> {
  // The flags hold for every thread of the child (a V8 flag is process-wide); the workers' own limits: src/sweep/workerHeap.ts.
  const child = spawn(process.execPath, [...SWEEP_V8_FLAGS, ...process.execArgv, entry, ...argv], {
    stdio: ['inherit', 'inherit', 'inherit', 'pipe'],
    detached: true,
    env: { ...process.env, [PARENT_FD]: '3' },
  });
  const forward = (signal: NodeJS.Signals) => () => {
    child.kill(signal);
  };
  const handlers = (['SIGINT', 'SIGTERM', 'SIGHUP'] as const).map((s) => [s, forward(s)] as const);
  for (const [s, h] of handlers) process.on(s, h);
  return new Promise((resolveExit) => {
    child.on('error', (e) => {
      process.stderr.write(`icsim: cannot start the single-threaded sweep process: ${e.message}\n`);
      resolveExit(1);
    });
    child.on('exit', (code, signal) => {
      for (const [s, h] of handlers) process.off(s, h);
      // A child killed by a signal: the parent reports it the same way a shell would.
      resolveExit(code ?? 128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : signal === 'SIGKILL' ? 9 : 1));
    });
  });
}

/** In a child started by {@link runSingleThreaded}: stop at once if the parent goes away (as its SIGKILL would have stopped a sweep run in one process). */
export function watchParent(env: NodeJS.ProcessEnv = process.env): void {
  const fd = env[PARENT_FD];
  if (fd === undefined) return;
  const pipe = new Socket({ fd: Number(fd), readable: true, writable: false });
  pipe.on('error', () => process.kill(process.pid, 'SIGKILL'));
  pipe.on('close', () => process.kill(process.pid, 'SIGKILL'));
  pipe.resume();
  // The pipe must not keep the process alive once the command is done.
  pipe.unref();
}

/** The `bin/icsim.mjs` beside the compiled CLI (`dist-node/icsim.mjs`), which the child runs. */
export function binEntry(bundleUrl: string): string {
  return fileURLToPath(new URL('../bin/icsim.mjs', bundleUrl));
}
