/**
 * The browser worker's simulation API with a fast start (issue 24, item 9: the first chart within
 * 300 ms of navigation). Loading the full API evaluates the engine's zod scenario schema (30-45 ms
 * of CPU) and its first parse validates the scenario with it, all before the first month. When the
 * page opens on the bundled default model, unedited and without overrides, its validated form is
 * already known: it was parsed when the page was built (the `virtual:icsim/parsed-default` module,
 * vite.config.ts), so the run is built from it and its first months stepped here, while the full
 * API loads behind them and then takes the run over (`adopt`). A link that only sets the years
 * (`?model=default&set=years%3D10`, as the browser bench opens the page) starts fast too: the
 * build checked, for each number of years the schema allows, that the validated form is the
 * file's with only `years` changed. Every other call goes to the full API, so the two answer alike
 * (tests/api/fastStartApi.test.ts).
 */
import { Simulation, type Scenario } from '../engine/index.ts';
import type { SimApi, StartInfo, StartOptions } from './createSimApi.ts';
import { nextBatch, startInfo } from './runSteps.ts';
import type { SnapshotBatch } from './snapshotBatch.ts';

/** The bundled default model as the page has it (its text) and as validated when the page was built. */
export interface ParsedDefault {
  text: string;
  scenario: Scenario;
  /**
   * The numbers of years a text may give instead of the file's, with nothing else changed, whose
   * validated form is `scenario` with only `years` changed (checked for each when the page is built).
   */
  years: readonly number[];
}

const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * The validated form of `raw` when it is the default model's text, or that model with only its
 * `years` changed to a number the build checked (`ParsedDefault.years`); else null. The parsed
 * text is compared with the file's data key by key, in order (JSON text of either).
 */
function fastScenario(parsed: ParsedDefault, raw: unknown): Scenario | null {
  if (raw === parsed.text) return parsed.scenario;
  if (typeof raw !== 'string') return null;
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isObject(data) || typeof data.years !== 'number' || !parsed.years.includes(data.years)) return null;
  const file = JSON.parse(parsed.text) as Record<string, unknown>;
  if (JSON.stringify({ ...data, years: file.years }) !== JSON.stringify(file)) return null;
  return { ...parsed.scenario, years: data.years };
}

/** Every method of the simulation API, answered now or once the full API has loaded. */
export type FastStartApi = { [K in keyof SimApi]: (...args: Parameters<SimApi[K]>) => ReturnType<SimApi[K]> | Promise<ReturnType<SimApi[K]>> };

/**
 * The API: `start` of the default model (the first call only) and the `next` calls after it are
 * answered here until the full API, from `loadFull`, has loaded and adopted the run; everything
 * else waits for the full API.
 */
export function createFastStartApi(parsed: ParsedDefault, loadFull: () => Promise<SimApi>): FastStartApi {
  let full: Promise<SimApi> | null = null;
  let pending: { sim: Simulation; raw: unknown; options: StartOptions } | null = null;
  let first = true;
  const getFull = (): Promise<SimApi> =>
    (full ??= loadFull().then((api) => {
      if (pending) api.adopt(pending.sim, pending.raw, pending.options);
      pending = null;
      return api;
    }));
  const own = {
    start(raw: unknown, options: StartOptions = {}): StartInfo | Promise<StartInfo> {
      const scenario = first && !full && Object.keys(options.overrides ?? {}).length === 0 ? fastScenario(parsed, raw) : null;
      first = false;
      if (!scenario) {
        pending = null;
        return getFull().then((api) => api.start(raw, options));
      }
      // A copy, so that the built data stays as built whatever the run does with its scenario.
      const sim = new Simulation(structuredClone(scenario), { seed: options.seed, years: options.years });
      pending = { sim, raw, options };
      return startInfo(sim);
    },
    next(maxMonths = 12): SnapshotBatch | Promise<SnapshotBatch> {
      if (!pending) return getFull().then((api) => api.next(maxMonths));
      const batch = nextBatch(pending.sim, maxMonths);
      // Load the full API once the first months are on their way, behind them.
      if (!full) setTimeout(() => void getFull(), 0);
      return batch;
    },
  };
  return new Proxy(own as unknown as FastStartApi, {
    get(target, prop: string) {
      if (prop in own) return (own as Record<string, unknown>)[prop];
      return (...args: unknown[]) => getFull().then((api) => (api as unknown as Record<string, (...a: unknown[]) => unknown>)[prop]!(...args));
    },
  });
}
