/**
 * Scenario variants: a scenario file may hold
 * `"variants": {"name": {"dotted.path": value, ...}, ...}`, each a set of
 * overrides of the base scenario (for example the options of an options
 * appraisal). The name `base` means the file as it is unless it defines a
 * variant of that name.
 *
 * The field is read from the raw data here and removed before validation:
 * the engine's parseScenario would otherwise validate every variant again for
 * each of the sweep's runs.
 */
import { applyVariant as applyScenarioVariant } from '../engine/index.ts';
import { SweepError } from './SweepError.ts';

/** The name of the unmodified scenario. */
export const BASE_VARIANT = 'base';

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The variants defined in raw scenario data (empty when there are none). */
export function variantsOf(raw: unknown): Record<string, Record<string, unknown>> {
  if (!isObject(raw) || raw.variants === undefined) return {};
  if (!isObject(raw.variants)) throw new SweepError('variants: expected an object {"name": {"dotted.path": value, ...}}');
  for (const [name, overrides] of Object.entries(raw.variants)) {
    if (!isObject(overrides)) throw new SweepError(`variants.${name}: expected an object of overrides {"dotted.path": value, ...}`);
  }
  return raw.variants as Record<string, Record<string, unknown>>;
}

/**
 * Returns raw scenario data with a variant's overrides applied (in the
 * order they are written) and the `variants` field removed.
 * @param name a variant of the file, or `base` (or undefined) for none
 * @throws SweepError naming an unknown variant (with the known ones) or a path that cannot be set
 */
export function applyVariant(raw: unknown, name: string | undefined): unknown {
  const variants = variantsOf(raw);
  const strip = (data: unknown): unknown => {
    if (!isObject(data) || !('variants' in data)) return data;
    const { variants: _omit, ...rest } = data;
    return rest;
  };
  if (name === undefined || (name === BASE_VARIANT && !(name in variants))) return strip(raw);
  if (!Object.hasOwn(variants, name)) {
    const known = [BASE_VARIANT, ...Object.keys(variants)].join(', ');
    throw new SweepError(`unknown variant "${name}" (variants in the file: ${known})`);
  }
  // The overrides themselves are applied by the engine's own variant function.
  try {
    return strip(applyScenarioVariant(raw, name));
  } catch (e) {
    throw new SweepError((e as Error).message);
  }
}
