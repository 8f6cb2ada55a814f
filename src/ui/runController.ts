/**
 * Drives one run in a module Web Worker: start, pause, step, reset and
 * speed. The page pulls batches of months (`api.next(n)`), so pausing is
 * simply not pulling, and every await is checked against a run token so a
 * stale batch from a cancelled run is never drawn. A worker that crashes
 * or throws is replaced; the next run starts in a fresh worker.
 */
import * as Comlink from 'comlink';
import type { SimApi, SlicedRows, StartInfo, StartOptions } from '../api/index.ts';
import { unpackBatch, type SnapshotBatch } from '../api/snapshotBatch.ts';
import type { MonthSnapshot, RunResult } from '../engine/index.ts';
import { delay, yieldToPage } from './dom.ts';
import type { SimWorkers, TakenWorker } from './simWorker.ts';

/** States of a run, also written to `document.body.dataset.runState`. */
export type RunState = 'idle' | 'running' | 'paused' | 'done' | 'error';

/** Pace of a run. */
export interface Speed {
  label: string;
  /** Months per batch. */
  batch: number;
  /** Pause between batches (ms). */
  pauseMs: number;
}

/** The speeds offered, slowest first. */
export const SPEEDS: readonly Speed[] = [
  { label: 'Slow (2 months a second)', batch: 1, pauseMs: 500 },
  { label: 'Steady (12 months a second)', batch: 1, pauseMs: 83 },
  { label: 'Fast (60 months a second)', batch: 3, pauseMs: 50 },
  { label: 'As fast as possible', batch: 12, pauseMs: 0 },
];

/** Rows of a result's large arrays read per message (about 0.5 MB of England's year rows, a few ms to read). */
const RESULT_ROWS_PER_MESSAGE = 2000;

/** Callbacks from the controller to the page. */
export interface RunEvents {
  state(s: RunState, detail?: string): void;
  started(info: Extract<StartInfo, { ok: true }>): void;
  months(snaps: MonthSnapshot[]): void;
  /** A result to show; the controller waits for the returned promise before reporting 'done'. */
  result(r: RunResult, final: boolean): void | Promise<void>;
  error(message: string): void;
}

/** The run controller. */
export class RunController {
  private worker: Worker | null = null;
  private api: Comlink.Remote<SimApi> | null = null;
  private token = 0;
  state: RunState = 'idle';
  speed: Speed = SPEEDS[2]!;
  private started = false;
  private looping = false;
  private pauseRequested = false;
  private loopDone: Promise<void> = Promise.resolve();
  /** The worker as taken, which carries the run the page entry sent before the page loaded (adopted by the first matching start). */
  private taken: TakenWorker | null = null;
  /** That run's first month, already asked for: the first batch the loop shows. */
  private prefetched: Promise<SnapshotBatch> | null = null;

  constructor(
    private readonly on: RunEvents,
    /** Where the controller takes its worker from (the page's, which may hold the run the entry started early). */
    private readonly workers: SimWorkers,
  ) {}

  private ensureWorker(): Comlink.Remote<SimApi> {
    if (this.api) return this.api;
    const taken = this.workers.take();
    const w = taken.worker;
    this.taken = taken;
    w.addEventListener('error', (e) => {
      e.preventDefault();
      this.crash(`The simulation worker stopped unexpectedly${e.message ? `: ${e.message}` : ''}. Run again to start a fresh worker.`);
    });
    w.addEventListener('messageerror', () => this.crash('The simulation worker sent a message that could not be read. Run again to start a fresh worker.'));
    this.worker = w;
    this.api = taken.api ?? Comlink.wrap<SimApi>(w);
    return this.api;
  }

  /** Starts the worker now, so it has loaded by the first run. */
  warm(): void {
    this.ensureWorker();
  }

  private dropWorker(): void {
    this.api?.[Comlink.releaseProxy]();
    this.worker?.terminate();
    this.worker = null;
    this.api = null;
    this.taken = null;
  }

  /** Invalidates any loop or pending call; returns the new token. */
  private cancel(): number {
    this.looping = false;
    this.pauseRequested = false;
    this.prefetched = null;
    return ++this.token;
  }

  private crash(message: string): void {
    this.cancel();
    this.dropWorker();
    this.started = false;
    this.set('error', message);
    this.on.error(message);
  }

  private set(s: RunState, detail?: string): void {
    this.state = s;
    this.on.state(s, detail);
  }

  /**
   * Starts a new run of `raw` (validated in the worker too); runs on unless
   * `paused` is true (then it waits at month 0 for step or resume).
   * Resolves to true once the worker has accepted the run, false when it
   * did not (invalid input, a crash) or a newer call replaced it.
   */
  async start(raw: unknown, options: StartOptions = {}, paused = false): Promise<boolean> {
    const token = this.cancel();
    const api = this.ensureWorker();
    // The entry's early start is used once, and only for exactly this run.
    const sent = this.taken?.early ?? null;
    const early = sent && sent.raw === raw && !paused && Object.keys(options).length === 0 ? sent : null;
    if (this.taken) {
      this.taken.used = true;
      this.taken.early = null;
    }
    let info: StartInfo;
    try {
      info = await (early ? early.start : api.start(raw, options));
    } catch (e) {
      if (token === this.token) this.crash(`The run could not start: ${(e as Error).message}`);
      return false;
    }
    // An early start has often answered before the page finished loading: report it in a task of its own,
    // not at the end of the page's start-up task.
    if (early) await yieldToPage();
    if (token !== this.token) return false;
    if (!info.ok) {
      this.started = false;
      const msg = `The scenario is invalid:\n${info.issues.map((i) => `${i.path || '(root)'}: ${i.message}`).join('\n')}`;
      this.set('error', msg);
      this.on.error(msg);
      return false;
    }
    this.started = true;
    if (early) {
      this.prefetched = early.first;
      // A rejected prefetch (never expected) would only hide its first batch: ask again.
      early.first.catch(() => undefined);
    }
    this.on.started(info);
    if (paused) this.set('paused', 'at month 0');
    else void this.loop(token);
    return true;
  }

  /** Continues a paused run. */
  resume(): void {
    if (!this.started || this.state !== 'paused') return;
    this.pauseRequested = false;
    if (this.looping) this.set('running');
    else void this.loop(this.token);
  }

  /** Pauses after the batch in flight (whose months are still shown). */
  pause(): void {
    if (this.state !== 'running') return;
    this.pauseRequested = true;
    this.set('paused');
  }

  /** Advances a paused run by one month. */
  async step(): Promise<void> {
    // A pause takes effect after the batch in flight, and the loop then publishes the result so far: wait for both
    // (the loop clears its pause request before publishing, so waiting only while one was pending dropped a step
    // clicked while a slow machine was still drawing that result: tests/ui/runController.test.ts).
    if (this.looping && this.state === 'paused') await this.loopDone;
    if (!this.started || this.looping || (this.state !== 'paused' && this.state !== 'idle')) return;
    const token = ++this.token;
    const ok = await this.pull(token, 1);
    if (ok === 'done') await this.finish(token);
    else if (ok === 'more') {
      this.set('paused');
      await this.publishResult(token, false);
    }
  }

  /** Returns the current run to month 0, paused. */
  async reset(): Promise<boolean> {
    if (!this.started || !this.api) return false;
    const token = this.cancel();
    try {
      const info = await this.api.reset();
      if (token !== this.token || !info || !info.ok) return false;
      this.on.started(info);
      this.set('paused', 'reset to month 0');
      return true;
    } catch (e) {
      if (token === this.token) this.crash(`Reset failed: ${(e as Error).message}`);
      return false;
    }
  }

  /** Stops everything and discards the worker. */
  dispose(): void {
    this.cancel();
    this.dropWorker();
  }

  private async pull(token: number, months: number): Promise<'more' | 'done' | 'stale'> {
    try {
      const pre = this.prefetched;
      this.prefetched = null;
      const batch = await (pre ?? this.api!.next(months));
      if (token !== this.token) return 'stale';
      this.on.months(unpackBatch(batch));
      return batch.done ? 'done' : 'more';
    } catch (e) {
      if (token === this.token) this.crash(`The run stopped with an error: ${(e as Error).message}`);
      return 'stale';
    }
  }

  private loop(token: number): Promise<void> {
    this.loopDone = this.runLoop(token);
    return this.loopDone;
  }

  private async runLoop(token: number): Promise<void> {
    this.looping = true;
    this.set('running');
    try {
      for (;;) {
        const r = await this.pull(token, this.speed.batch);
        if (r === 'stale') return;
        if (r === 'done') return await this.finish(token);
        if (this.pauseRequested && !(await this.pauseHere(token))) return;
        // Yield to the page between batches even at full speed.
        await (this.speed.pauseMs > 0 ? delay(this.speed.pauseMs) : yieldToPage());
        if (token !== this.token) return;
        if (this.pauseRequested && !(await this.pauseHere(token))) return;
      }
    } finally {
      if (token === this.token) this.looping = false;
    }
  }

  /**
   * The pause takes effect: the result so far is shown. Returns true when the loop goes on, because the run was
   * resumed while that result was being shown (on a slow machine that takes a while; returning then left the run
   * 'running' with nothing computing it).
   */
  private async pauseHere(token: number): Promise<boolean> {
    this.pauseRequested = false;
    await this.publishResult(token, false);
    return token === this.token && this.state === 'running' && !this.pauseRequested;
  }

  private async finish(token: number): Promise<void> {
    if (await this.publishResult(token, true)) this.set('done');
  }

  /**
   * The result of the run so far: its head, then its large row arrays in slices of
   * {@link RESULT_ROWS_PER_MESSAGE}, each read in a task of its own (England's result, 3 MB in one message,
   * took the main thread about 25 ms to read). The same object, keys in the same order, as `result()`.
   */
  private async readResult(): Promise<RunResult | null> {
    const api = this.api;
    const got = await api?.resultHead();
    if (!api || !got) return null;
    const rowsOf = async (key: SlicedRows): Promise<unknown[]> => {
      const parts: unknown[][] = [];
      for (let from = 0; from < got.rows[key]; from += RESULT_ROWS_PER_MESSAGE) parts.push(await api.resultRows(got.read, key, from, from + RESULT_ROWS_PER_MESSAGE));
      return parts.flat();
    };
    const { head } = got;
    head.years = (await rowsOf('years')) as RunResult['years'];
    head.organisations = (await rowsOf('organisations')) as RunResult['organisations'];
    return head;
  }

  private async publishResult(token: number, final: boolean): Promise<boolean> {
    try {
      const r = await this.readResult();
      if (token !== this.token || !r) return false;
      await this.on.result(r, final);
      return token === this.token;
    } catch (e) {
      if (token === this.token) this.crash(`The result could not be read: ${(e as Error).message}`);
      return false;
    }
  }
}
