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
 * Semi-space of every heap of the sweep process, MB, fixed (the same minimum and maximum): a V8 flag
 * caps the workers' young generation too, whatever their `resourceLimits` say. Measured with the
 * compiled CLI, 2 workers (`icsim sweep models/default.json --years 5 --reps 2000`, and `npm run
 * bench -- memory`'s peak RSS for 2,000 and 20,000 one-year runs), on the same day:
 * - 2 MB at most (the setting before): 5,156 runs a minute; +14.6% (147.0 and 168.4 MB);
 * - 4 MB fixed: 5,551-5,984 runs a minute; +10.2%, +12.7%, +12.7%, +13.8%, +14.2% (about 160 and 180 MB);
 * - 6 MB fixed: 6,436; +16.4%. 8 MB at most: 6,089; +22.7%. No cap: 8,044; +28.0% (215 and 276 MB).
 * The engine itself runs faster with a larger young generation (fewer objects promoted: 12.7 ms a
 * default run in a loop at V8's default, 16.3 ms at 8 MB, 18.0 ms at 2 MB), but the sweep's peak
 * memory then grows with its length (issue 25: within 15%), so 4 MB is the largest that keeps it flat.
 */
const SEMI_SPACE_MB = 4;

/**
 * V8 flags of the sweep process: `--single-threaded` (above), and `--heap-growing-percent=10`, which
 * has V8 grow every heap of the process (main thread and workers) by 1.1 times what a collection
 * left alive instead of its default factors, so that the heaps' transient peaks between collections
 * stay small (issue 25: peak memory flat in a sweep's length). `npm run bench -- memory` (the
 * compiled CLI, 2 workers, one-year runs of a one-place model), peak RSS for 2,000 and 20,000 runs:
 * with it 148.7 and 166.6 MB (+12.1%; again 148.2 and 167.6 MB, +13.1%); with no such flag 146.3
 * and 185.2 MB (+26.6%). It replaces `--optimize-for-size`, which kept memory as flat (128.1 and
 * 147.5 MB, +15.1%, on the same day) but also has V8 favour small code over fast code: the 20,000
 * runs took 63 s with it against 42-44 s, and `icsim sweep models/default.json --years 5 --reps 2000
 * --workers 2` ran 4,312 and 3,817 runs a minute with it against 5,057 and 4,530 (interleaved,
 * load about 1.5). In one process running the default model in a loop: 37.9 ms a run with
 * `--single-threaded --optimize-for-size`, 22.0 ms with `--single-threaded` alone.
 */
const SWEEP_V8_FLAGS = ['--single-threaded', '--heap-growing-percent=10', `--min-semi-space-size=${SEMI_SPACE_MB}`, `--max-semi-space-size=${SEMI_SPACE_MB}`] as const;

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
  // A young generation of at most 2 MB per semi-space for the supervising thread, which only hands rows to the file: by
  // default V8 kept growing it over a long sweep, and peak memory with it (issue 25; the workers' own limits: src/sweep/workerHeap.ts).
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
