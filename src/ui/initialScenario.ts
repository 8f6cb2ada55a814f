/**
 * The scenario the page opens with: the link's (a bundled model with
 * overrides, or a whole scenario), else the default. Worked out once, by the
 * page entry (which sends it to the worker at once) and shared with the page.
 * Light on purpose: the entry loads it before anything else.
 */
import { DEFAULT_MODEL, listModels, loadModelText } from './models.ts';
import { applyVariant } from '../engine/light.ts';
import { applySets, decodeScenario, variantOf } from './urlState.ts';

/** The scenario to open. */
export interface InitialScenario {
  /** Bundled model it starts from (null: the link carries a whole scenario). */
  modelName: string | null;
  /** That model's raw data (null when there is no model). */
  baseRaw: unknown;
  /** Text for the editor. */
  text: string;
  /** The parsed text, or undefined when it does not parse. */
  raw: unknown;
  /** What is wrong with the link, if anything (then the scenario is not run). */
  problem: string | null;
  /** The named variant the link runs ('' for none). */
  variant: string;
  /** What the first run runs: `raw` with the variant applied (as `icsim run --variant`), or undefined. */
  runRaw: unknown;
}

let pending: Promise<InitialScenario> | null = null;

/** The page's initial scenario (the same object on every call). */
export function initialScenario(search = location.search): Promise<InitialScenario> {
  return (pending ??= resolveInitial(search));
}

async function resolveInitial(search: string): Promise<InitialScenario> {
  const req = decodeScenario(search);
  let out: InitialScenario;
  if (req.kind === 'scenario') {
    out = { modelName: null, baseRaw: null, text: req.text, raw: undefined, problem: null, variant: variantOf(search), runRaw: undefined };
  } else {
    const name = req.kind === 'model' && listModels().includes(req.model) ? req.model : DEFAULT_MODEL;
    const base = await loadModelText(name);
    out = { modelName: name, baseRaw: JSON.parse(base) as unknown, text: base, raw: undefined, problem: null, variant: variantOf(search), runRaw: undefined };
    if (req.kind === 'model' && name !== req.model) {
      out.problem = `The link names a scenario "${req.model}" that is not bundled (available: ${listModels().join(', ')}); the default is loaded instead.`;
    } else if (req.kind === 'model' && req.sets.length) {
      try {
        out.text = JSON.stringify(applySets(out.baseRaw, req.sets), null, 2) + '\n';
      } catch (e) {
        out.problem = `The link's overrides could not be applied: ${(e as Error).message}`;
      }
    } else if (req.kind === 'error') {
      out.problem = req.message;
    }
  }
  try {
    out.raw = JSON.parse(out.text) as unknown;
  } catch {
    out.raw = undefined;
  }
  out.runRaw = out.raw;
  if (out.variant && out.raw !== undefined && !out.problem) {
    try {
      // The variant's overrides, and the variants themselves dropped, as `icsim run --variant` runs it.
      const { variants: _v, ...rest } = applyVariant(out.raw, out.variant) as Record<string, unknown>;
      void _v;
      out.runRaw = rest;
    } catch (e) {
      out.problem = `The link's variant cannot be run: ${(e as Error).message}`;
    }
  }
  return out;
}
