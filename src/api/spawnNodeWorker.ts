/**
 * Node only: starts `workers/sim.node-worker.ts` in a worker thread (through
 * the tsx bootstrap, since Node 20 cannot start a .ts worker) and wraps it
 * with comlink, so Node callers get the same API as the browser page.
 */
import { Worker } from 'node:worker_threads';
import * as Comlink from 'comlink';
import nodeEndpoint from 'comlink/dist/esm/node-adapter.mjs';
import type { SimApi } from './createSimApi.ts';

/** A running Node worker and its proxied API. */
export interface NodeSimWorker {
  api: Comlink.Remote<SimApi>;
  worker: Worker;
  /** Releases the proxy and stops the thread. */
  close(): Promise<void>;
}

/** Starts a simulation worker thread. */
export function spawnNodeWorker(): NodeSimWorker {
  const entry = new URL('../../workers/sim.node-worker.ts', import.meta.url);
  const worker = new Worker(new URL('../../workers/sim.tsx-bootstrap.mjs', import.meta.url), { workerData: { tsEntry: entry.href } });
  const api = Comlink.wrap<SimApi>(nodeEndpoint(worker));
  return {
    api,
    worker,
    async close() {
      api[Comlink.releaseProxy]();
      await worker.terminate();
    },
  };
}
