/**
 * A pool of simulation workers, one per core, for replications. Tasks are
 * handed to whichever worker is free; a crashed worker fails its task and
 * is replaced.
 */
import * as Comlink from 'comlink';
import type { ReplicateOptions, ReplicationDigest, SimApi, SummariseOptions } from '../api/index.ts';
import type { Summary } from '../engine/index.ts';
import { createSimWorker } from './simWorker.ts';

interface Slot {
  worker: Worker;
  api: Comlink.Remote<SimApi>;
  busy: boolean;
  fail: ((e: Error) => void) | null;
}

/** Replications across Web Workers. */
export class WorkerPool {
  private slots: Slot[] = [];
  private queue: Array<() => void> = [];
  private disposed = false;

  /**
   * @param size workers at most (default one per core)
   * @param task what the pool works for, in its messages ("comparison", "sensitivity screen")
   */
  constructor(
    readonly size = Math.max(1, Math.min(16, navigator.hardwareConcurrency || 2)),
    private readonly task = 'comparison',
  ) {}

  private spawn(): Slot {
    const worker = createSimWorker();
    const slot: Slot = { worker, api: Comlink.wrap<SimApi>(worker), busy: false, fail: null };
    worker.addEventListener('error', (e) => {
      e.preventDefault();
      slot.fail?.(new Error(`a ${this.task} worker stopped unexpectedly${e.message ? `: ${e.message}` : ''}`));
      this.slots = this.slots.filter((s) => s !== slot);
      worker.terminate();
    });
    this.slots.push(slot);
    return slot;
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      if (this.disposed) throw new Error(`the ${this.task} was cancelled`);
      const free = this.slots.find((s) => !s.busy);
      if (free) return free;
      if (this.slots.length < this.size) return this.spawn();
      await new Promise<void>((r) => this.queue.push(r));
    }
  }

  private release(slot: Slot): void {
    slot.busy = false;
    slot.fail = null;
    this.queue.shift()?.();
  }

  /** Runs `call` on a free worker; a crash or `dispose()` fails it. */
  private async use<T>(call: (api: Comlink.Remote<SimApi>) => Promise<T>): Promise<T> {
    const slot = await this.acquire();
    slot.busy = true;
    try {
      return await new Promise<T>((resolve, reject) => {
        slot.fail = reject;
        call(slot.api).then(resolve, reject);
      });
    } finally {
      this.release(slot);
    }
  }

  /** Runs `replicate` on a free worker. */
  replicate(raw: unknown, options: ReplicateOptions): Promise<ReplicationDigest[]> {
    return this.use((api) => api.replicate(raw, options));
  }

  /** Runs `summarise` (summaries of design points) on a free worker. */
  summarise(raw: unknown, options: SummariseOptions): Promise<Summary[][]> {
    return this.use((api) => api.summarise(raw, options));
  }

  /** Stops every worker (pending tasks fail). */
  dispose(): void {
    this.disposed = true;
    for (const s of this.slots) {
      s.fail?.(new Error(`the ${this.task} was cancelled`));
      s.worker.terminate();
    }
    this.slots = [];
    for (const q of this.queue.splice(0)) q();
  }
}
