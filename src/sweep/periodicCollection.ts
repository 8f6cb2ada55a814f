/**
 * A full garbage collection every so many calls, where the process was
 * started with V8's `--expose-gc` (the single-threaded sweep process is:
 * src/cli/singleThreaded.ts); elsewhere a no-op.
 *
 * Why (issue 25: a sweep's peak memory flat in its length; issue 26: sweeps
 * at full speed): a sweep thread works without ever being idle, so V8's own
 * heuristics let its heap's committed size creep up between its rare full
 * collections (node --trace-gc: a worker's heap committed 20 MB at start and
 * 44 MB after 30,000 small runs while 15 MB stayed live). Capping the young
 * generation kept that down, but a small young generation promotes more and
 * slows the engine itself (a default 5-year run in a loop: 12.7 ms at V8's
 * default young generation, 18.0 ms with 2 MB semi-spaces). A full
 * collection every few hundred runs, about 10-20 ms, keeps the heaps at their
 * live size instead. Measured (`npm run bench -- memory`, and `icsim sweep
 * models/default.json --years 5 --reps 2000`, 2 workers, same hour): with
 * 32 MB young generations and a collection every 500 runs in each worker and
 * every 1,000 rows in the supervising thread, +8.9% peak RSS from 2,000 to
 * 20,000 one-year runs (205 and 223 MB) at 7,012 runs a minute; the workers'
 * collections alone +9.8%; the supervisor's alone +23.7%; neither, with the
 * young generation capped at 2 MB semi-spaces (before), +14.6% at 5,156 runs a minute.
 */

/** Runs a worker does between full collections. */
export const WORKER_COLLECT_EVERY = 500;
/** Rows the supervising thread writes between full collections. */
export const MAIN_COLLECT_EVERY = 1000;

/** Returns a function that, called once per unit of work, collects every `every` calls when V8 exposes `gc`. */
export function periodicCollection(every: number): () => void {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (typeof gc !== 'function' || !(every > 0)) return () => {};
  let calls = 0;
  return () => {
    if (++calls % every === 0) gc();
  };
}
