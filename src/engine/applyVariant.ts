/**
 * Scenario variants: a file may carry named sets of overrides of its own
 * fields ({"variants": {"name": {"dotted.path": value}}}), so one file holds
 * an options appraisal. Applying a variant gives raw data that is validated
 * like any file.
 */
import { setPath } from './setPath.ts';

/** Names of the variants in raw scenario data. */
export function variantNames(raw: unknown): string[] {
  const v = (raw as { variants?: unknown } | null)?.variants;
  return v && typeof v === 'object' && !Array.isArray(v) ? Object.keys(v) : [];
}

/**
 * Returns a copy of `raw` with variant `name`'s overrides applied and the
 * `variants` field removed.
 * @throws Error naming the variant and the path when it cannot be applied, or listing the variants when it does not exist
 */
export function applyVariant(raw: unknown, name: string): unknown {
  const variants = (raw as { variants?: Record<string, Record<string, unknown>> }).variants ?? {};
  const v = Object.prototype.hasOwnProperty.call(variants, name) ? variants[name] : undefined;
  if (!v) {
    const names = Object.keys(variants);
    throw new Error(`variant "${name}" does not exist (${names.length ? `variants here: ${names.join(', ')}` : 'this file has no variants'})`);
  }
  let out = raw;
  for (const [path, value] of Object.entries(v)) {
    if (path === 'variants' || path.startsWith('variants.')) throw new Error(`variants.${name}: a variant cannot change the variants`);
    try {
      out = setPath(out, path, value);
    } catch (e) {
      throw new Error(`variants.${name}.${path}: ${(e as Error).message}`);
    }
  }
  // The result is one option of the appraisal: its sibling variants are overrides of the base, not of it.
  if (out && typeof out === 'object' && 'variants' in out) {
    const { variants: _siblings, ...rest } = out as Record<string, unknown>;
    return rest;
  }
  return out;
}
