/**
 * Progress of a sweep on stderr: a bar with runs done, rate and time left on
 * a terminal (cli-progress), or a plain line at intervals otherwise (logs of
 * batch jobs).
 */
import cliProgress from 'cli-progress';

/** Reports progress. */
export interface Progress {
  update(done: number): void;
  stop(): void;
}

/** Options of a progress reporter. */
export interface ProgressOptions {
  /** Runs to do in this process, counting those already done. */
  total: number;
  /** Runs already done (resumed). */
  already: number;
  stream: NodeJS.WriteStream;
  /** Use the bar; defaults to whether the stream is a terminal. */
  tty?: boolean;
  /** Milliseconds between plain lines. */
  intervalMs?: number;
  label?: string;
  now?: () => number;
}

/** Formats seconds as `1h 02m`, `3m 05s` or `12s`. */
export function formatDuration(seconds: number): string {
  if (!Number.isFinite(seconds)) return '?';
  const s = Math.round(seconds);
  if (s >= 3600) return `${Math.floor(s / 3600)}h ${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
  if (s >= 60) return `${Math.floor(s / 60)}m ${String(s % 60).padStart(2, '0')}s`;
  return `${s}s`;
}

/** Creates the reporter. */
export function createProgress(o: ProgressOptions): Progress {
  const now = o.now ?? (() => performance.now());
  const start = now();
  const label = o.label ?? 'sweep';
  const rate = (done: number) => {
    const min = (now() - start) / 60_000;
    return min > 0 ? (done - o.already) / min : 0;
  };
  if (o.tty ?? o.stream.isTTY) {
    const bar = new cliProgress.SingleBar(
      {
        stream: o.stream,
        format: `${label} [{bar}] {value}/{total} runs | {rate} runs/min | {eta_formatted} left`,
        etaBuffer: 200,
        fps: 5,
        hideCursor: true,
      },
      cliProgress.Presets.shades_classic,
    );
    bar.start(o.total, o.already, { rate: '0' });
    return {
      update: (done) => bar.update(done, { rate: rate(done).toFixed(0) }),
      stop: () => bar.stop(),
    };
  }
  const every = o.intervalMs ?? 10_000;
  let last = start;
  let done = o.already;
  const line = () => {
    const r = rate(done);
    const left = r > 0 ? ((o.total - done) / r) * 60 : Number.NaN;
    const pct = o.total ? ((100 * done) / o.total).toFixed(1) : '100.0';
    o.stream.write(`${label}: ${done}/${o.total} runs (${pct}%), ${r.toFixed(0)} runs/min, ${formatDuration(left)} left\n`);
  };
  return {
    update(d) {
      done = d;
      const t = now();
      if (t - last >= every) {
        last = t;
        line();
      }
    },
    stop() {
      if (done > o.already) line();
    },
  };
}
