/**
 * Turning raw scenario data (a file's JSON, an edited text, a URL) plus
 * dotted-path overrides into a validated scenario. Shared by the browser
 * page, the browser and Node workers, so all three accept and reject
 * exactly the same inputs.
 */
import { parseScenario, parseScenarioText, ScenarioError, scenarioSchema, setPath, type Scenario, type ScenarioIssue } from '../engine/index.ts';

/** Named sets of overrides a scenario file may carry: `{name: {"path": value}}`. */
export type Variants = Record<string, Record<string, unknown>>;

/** Dotted-path overrides, e.g. `{"allocation.growthRate": 0.02}`. */
export type Overrides = Record<string, unknown>;

/** Either a validated scenario or the problems that stop it. */
export type Prepared = { ok: true; scenario: Scenario } | { ok: false; issues: ScenarioIssue[] };

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** True when the schema itself declares `variants` (then it validates them). */
const schemaHasVariants = 'variants' in (scenarioSchema as unknown as { shape: Record<string, unknown> }).shape;

/**
 * The `variants` of raw scenario data, or `{}` when it has none. Malformed
 * entries are skipped (the schema reports them once it knows the field).
 */
export function readVariants(raw: unknown): Variants {
  if (!isObject(raw) || !isObject(raw.variants)) return {};
  const out: Variants = {};
  for (const [name, sets] of Object.entries(raw.variants)) if (isObject(sets)) out[name] = sets;
  return out;
}

/**
 * Applies overrides to raw data and validates it.
 * @param raw parsed JSON or JSON text
 * @param overrides dotted paths and values, applied in order
 * @param source label used in messages
 */
export function prepareScenario(raw: unknown, overrides: Overrides = {}, source = 'scenario'): Prepared {
  try {
    let data: unknown = raw;
    if (typeof raw === 'string') {
      try {
        data = JSON.parse(raw);
      } catch {
        // Let the engine word the JSON error.
        return { ok: true, scenario: parseScenarioText(raw, source) };
      }
    }
    for (const [path, value] of Object.entries(overrides)) {
      try {
        data = setPath(data, path, value);
      } catch (e) {
        return { ok: false, issues: [{ path, message: (e as Error).message }] };
      }
    }
    // Until the schema declares `variants`, a scenario that carries them is still runnable.
    if (!schemaHasVariants && isObject(data) && 'variants' in data) {
      const { variants: _drop, ...rest } = data;
      void _drop;
      data = rest;
    }
    return { ok: true, scenario: parseScenario(data, source) };
  } catch (e) {
    if (e instanceof ScenarioError) return { ok: false, issues: e.issues };
    return { ok: false, issues: [{ path: '', message: (e as Error).message }] };
  }
}
