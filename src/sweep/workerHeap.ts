/**
 * Heap limits of a sweep's worker threads (issue 25: peak memory flat in the
 * length of a sweep).
 *
 * Why: a worker runs one scenario after another without ever being idle, so
 * V8 never shrinks its heap, and with its default limits (an old generation
 * of up to a few GB, a young generation of up to 48 MB) it keeps growing the
 * heap for thousands of runs, although what a run keeps alive is small.
 * Measured (`npm run bench -- memory`: the compiled CLI, 2 workers, one-year
 * runs of a one-place model): peak RSS 228 MB after 2,000 runs and 352 MB
 * after 20,000 (x1.54). With these limits, and a 2 MB semi-space for the
 * supervising thread: 146 MB and 164 MB (+12%). The young generation was 8 MB
 * then; it is 32 MB now that each worker collects fully every 500 runs
 * (src/sweep/periodicCollection.ts): a small young generation promotes more and
 * slows the engine (a default run took 22.7 ms in a worker whose young generation
 * a process-wide 2 MB semi-space flag capped, against 14.5 ms uncapped).
 * Limits of 256 MB per 3,000 practices gave 159 and 209 MB; the heap of the
 * main thread alone grew from 28 to 60 MB over 12,000 runs (garbage: after a
 * forced collection it held 16 MB throughout).
 *
 * The old generation's limit must hold the largest run: a 50-year run of
 * models/england-2023-24.json (6,200 practices) keeps up to 114 MB alive
 * after a full collection (node --trace-gc), and failed within 64 MB; a
 * 50-year run of cumbria.json (55 practices) ran within 64 MB. So the limit is
 * 64 MB per 750 practices (576 MB for England), and is left to V8 when the
 * sweep's variants or varied paths can change the size of the world
 * (`generate` or `systems`), which the base scenario cannot tell. A run that
 * still exceeds it fails as a run (exit code 1), naming the worker's limit.
 */
import type { ResourceLimits } from 'node:worker_threads';

/** The young generation of a worker, MB, where the workers collect fully every so often (the single-threaded sweep process, which exposes gc: src/sweep/periodicCollection.ts). */
export const WORKER_YOUNG_MB = 32;
/**
 * The young generation of a worker where nothing collects for it (a sweep run in one process, as with
 * one worker or ICSIM_SINGLE_THREADED=0), MB: a larger one lets memory grow with the sweep there
 * (`npm run bench -- sweep`'s in-process memory: 217 MB after 1,000 one-year runs and 271 MB after
 * 10,000 with 32 MB, against 170 and 189 MB with 8 MB).
 */
export const WORKER_YOUNG_UNCOLLECTED_MB = 8;
/** Old generation per block of practices, MB. */
const OLD_MB_PER_BLOCK = 64;
/** Practices per block. */
const PRACTICES_PER_BLOCK = 750;

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The number of practices of a raw scenario's world (listed, generated per PCN, or from `generate`; schema defaults where absent). */
export function practicesOf(raw: unknown): number {
  if (!isObject(raw)) return 0;
  if (isObject(raw.generate)) return typeof raw.generate.practices === 'number' ? raw.generate.practices : 6200;
  let n = 0;
  for (const s of Array.isArray(raw.systems) ? raw.systems : []) {
    if (!isObject(s)) continue;
    const practices = Array.isArray(s.practices) ? s.practices : [];
    const listed = new Set(practices.map((p) => (isObject(p) ? p.pcn : undefined)));
    n += practices.length;
    for (const p of Array.isArray(s.pcns) ? s.pcns : []) if (isObject(p) && !listed.has(p.id)) n += typeof p.practiceCount === 'number' ? p.practiceCount : 5;
  }
  return n;
}

/**
 * The resource limits of a sweep's worker threads (see the module header). `collected`: whether the
 * workers collect fully every so often (default: whether this process exposes gc, as the workers then do).
 */
export function workerResourceLimits(raw: unknown, paths: readonly string[], collected = typeof (globalThis as { gc?: unknown }).gc === 'function'): ResourceLimits {
  const young = collected ? WORKER_YOUNG_MB : WORKER_YOUNG_UNCOLLECTED_MB;
  const resizes = (path: string) => path === 'generate' || path === 'systems' || path.startsWith('generate.') || path.startsWith('generate[') || path.startsWith('systems.') || path.startsWith('systems[');
  const variants = isObject(raw) && isObject(raw.variants) ? Object.values(raw.variants).flatMap((v) => (isObject(v) ? Object.keys(v) : [])) : [];
  if ([...paths, ...variants].some(resizes)) return { maxYoungGenerationSizeMb: young };
  const blocks = Math.max(1, Math.ceil(practicesOf(raw) / PRACTICES_PER_BLOCK));
  return { maxYoungGenerationSizeMb: young, maxOldGenerationSizeMb: OLD_MB_PER_BLOCK * blocks };
}
