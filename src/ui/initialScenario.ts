/**
 * The scenario the page opens with: the link's (a bundled model with
 * overrides, or a whole scenario), else the default. Worked out once, by the
 * page entry (which sends it to the worker at once) and handed to the page's
 * start-up.
 * Light on purpose: the entry loads it before anything else.
 */
import { DEFAULT_MODEL, listModels, loadModelText } from './models.ts';
import { applyVariant } from '../engine/editing.ts';
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
  /**
   * What is sent to the worker for the first run: `text` itself when no
   * variant applies (the worker parses it: copying a string to the worker is
   * far cheaper than the structured clone of a large scenario's objects,
   * 0.9 MB of JSON for England), else `runRaw`.
   */
  runInput: unknown;
}

/** The page's initial scenario, worked out from the link (the page entry calls it once and shares the promise with the page). */
export async function initialScenario(search = location.search): Promise<InitialScenario> {
  const req = decodeScenario(search);
  let out: InitialScenario;
  let baseText: string | null = null;
  if (req.kind === 'scenario') {
    out = { modelName: null, baseRaw: null, text: req.text, raw: undefined, problem: null, variant: variantOf(search), runRaw: undefined, runInput: undefined };
  } else {
    const name = req.kind === 'model' && listModels().includes(req.model) ? req.model : DEFAULT_MODEL;
    const base = await loadModelText(name);
    baseText = base;
    out = { modelName: name, baseRaw: JSON.parse(base) as unknown, text: base, raw: undefined, problem: null, variant: variantOf(search), runRaw: undefined, runInput: undefined };
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
    // The model's text unchanged is its data, parsed once (England's takes about 10 ms a parse).
    out.raw = out.text === baseText ? out.baseRaw : (JSON.parse(out.text) as unknown);
  } catch {
    out.raw = undefined;
  }
  out.runRaw = out.raw;
  out.runInput = out.raw === undefined ? undefined : out.text;
  if (out.variant && out.raw !== undefined && !out.problem) {
    try {
      // The variant's overrides, and the variants themselves dropped, as `icsim run --variant` runs it.
      const { variants: _v, ...rest } = applyVariant(out.raw, out.variant) as Record<string, unknown>;
      void _v;
      out.runRaw = rest;
      out.runInput = rest;
    } catch (e) {
      out.problem = `The link's variant cannot be run: ${(e as Error).message}`;
    }
  }
  return out;
}
