/**
 * The identity of a sweep: a hash of everything that decides its runs (the
 * model after overrides, the variants, the varied paths, the design, the
 * replications, the seed and the engine version), so that --resume and merge
 * can refuse a file of a different sweep. Shards of one sweep share its id.
 */
import { createHash } from 'node:crypto';

/** JSON with object keys sorted, so key order in a file does not change the hash. */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) => {
    if (typeof v !== 'object' || v === null || Array.isArray(v)) return v;
    return Object.fromEntries(Object.keys(v).sort().map((k) => [k, (v as Record<string, unknown>)[k]]));
  });
}

/** 16 hex digits of the SHA-256 of the canonical JSON of `inputs`. */
export function sweepId(inputs: unknown): string {
  return createHash('sha256').update(canonicalJson(inputs)).digest('hex').slice(0, 16);
}
