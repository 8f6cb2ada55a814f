/**
 * Node only: starts `workers/sim.node-worker.ts`, compiled by `npm run
 * build:node` (Node 20 cannot start a .ts worker), in a worker thread and
 * wraps it with comlink, so Node callers get the same API as the browser page.
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
  // Beside this code in the bundle; in dist-node/ when run from source (tests).
  const entry = typeof ICSIM_BUNDLE === 'undefined' ? new URL('../../dist-node/sim.node-worker.mjs', import.meta.url) : new URL('./sim.node-worker.mjs', import.meta.url);
  const worker = new Worker(entry);
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
