/**
 * Creating simulation workers. The page entry starts one before the rest of
 * the page has loaded, so the worker fetches and compiles in parallel, and
 * can already send it the first run (`SimWorkers.prestartRun`): the worker builds the
 * run and its first month while the page's own code loads, and the run
 * controller adopts that start when the page asks for the same run.
 */
import * as Comlink from 'comlink';
import type { SimApi, StartInfo } from '../api/createSimApi.ts';
import type { SnapshotBatch } from '../api/snapshotBatch.ts';

/** A run started before the page had loaded: its start and its first month. */
export interface EarlyStart {
  raw: unknown;
  start: Promise<StartInfo>;
  first: Promise<SnapshotBatch>;
}

/** A worker taken by a run controller. */
export interface TakenWorker {
  worker: Worker;
  /** Its comlink proxy, when one was made already. */
  api: Comlink.Remote<SimApi> | null;
  /** The early start, also when it is sent after the controller took the worker (the entry's scenario loaded late). */
  early: EarlyStart | null;
  /** Set by the controller once it has sent the worker anything: an early start can no longer be added. */
  used: boolean;
}

interface Spare extends TakenWorker {
  failed: boolean;
}

/** A new module worker running `workers/sim.worker.ts`. */
export function createSimWorker(): Worker {
  return new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'icsim-sim' });
}

function makeSpare(): Spare {
  const s: Spare = { worker: createSimWorker(), api: null, early: null, failed: false, used: false };
  // Noted until a controller takes the worker (and listens itself).
  s.worker.addEventListener('error', () => (s.failed = true));
  return s;
}

/**
 * The page's simulation workers: the one started early and the one a run
 * controller last took. Made once by the page entry (main.ts), which hands
 * it to the page's start-up.
 */
export class SimWorkers {
  private spare: Spare | null = null;
  /** The worker last taken, while it may still receive the early start. */
  private lastTaken: TakenWorker | null = null;

  /** Starts a worker now, for the first run to take. */
  prewarm(): void {
    this.spare ??= makeSpare();
  }

  /**
   * Sends the first run to the prewarmed worker now: it validates and builds
   * the run, then computes its first month, while the page loads. Invalid
   * input is reported when the controller adopts the start. When the page's
   * controller has already taken the prewarmed worker (a bundled model that
   * loads as a chunk of its own, England, arrives after the page's code),
   * the start goes to that worker, which has not been sent anything yet:
   * starting a second worker would do the same work twice on the same cores.
   */
  prestartRun(raw: unknown): void {
    const taken = this.lastTaken && !this.lastTaken.used && !this.lastTaken.early ? this.lastTaken : null;
    if (!taken) this.prewarm();
    const s = taken ?? this.spare!;
    s.api ??= Comlink.wrap<SimApi>(s.worker);
    const start = s.api.start(raw);
    // Sent at once (the worker answers in order), so the first month is ready with the start.
    const first = s.api.next(1);
    start.catch(() => undefined);
    first.catch(() => undefined);
    s.early = { raw, start, first };
  }

  /** The prewarmed worker (with any early start) if it is healthy, else a new one. */
  take(): TakenWorker {
    let s = this.spare;
    this.spare = null;
    if (s?.failed) {
      s.worker.terminate();
      s = null;
    }
    const out: TakenWorker = s ? { worker: s.worker, api: s.api, early: s.early, used: false } : { worker: createSimWorker(), api: null, early: null, used: false };
    this.lastTaken = out;
    return out;
  }
}
