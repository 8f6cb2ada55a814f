/**
 * Creating simulation workers. The page entry starts one before the rest of
 * the page has loaded, so the worker fetches and compiles in parallel.
 */
let spare: Worker | null = null;

/** A new module worker running `workers/sim.worker.ts`. */
export function createSimWorker(): Worker {
  return new Worker(new URL('../../workers/sim.worker.ts', import.meta.url), { type: 'module', name: 'icsim-sim' });
}

/** Starts a worker now, for the first run to take. */
export function prewarmSimWorker(): void {
  spare ??= createSimWorker();
}

/** The prewarmed worker if there is one, else a new one. */
export function takeSimWorker(): Worker {
  const w = spare ?? createSimWorker();
  spare = null;
  return w;
}
