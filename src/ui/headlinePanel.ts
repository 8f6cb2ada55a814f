/**
 * The headline above the charts (a {@link Panel}; its markup is `#headline`
 * in index.html): for a finished run of the settings shown, what the run
 * shows in plain words, and a second row with the same scenario and seed
 * under the other devolution rule, run on a worker of its own
 * (`showHeadline` in headlineView.ts, a chunk loaded after the first chart).
 * A new run empties it; a partial result (a paused run) leaves it as it is.
 */
import type { RunResult } from '../engine/index.ts';
import { getPath } from '../engine/light.ts';
import type { Panel } from './panel.ts';
import { isComplete } from './resultFields.ts';
import type * as ResultViews from './resultViews.ts';
import { WorkerPool } from './workerPool.ts';

/** What the headline shows: the result, and the raw settings its run was started with. */
interface HeadlineState {
  result: RunResult | null;
  raw: unknown;
}

/** What the headline needs from the page. */
export interface HeadlineDeps {
  views: () => Promise<typeof ResultViews>;
  /** The schema's default of a setting (the rules are read from the run's raw settings with these). */
  defaultOf: (path: string) => unknown;
  /** Whether `r` is still the result shown. */
  isCurrent: (r: RunResult) => boolean;
  /** Called once a headline has been drawn. */
  shown: () => void;
}

/** The headline. */
export function headlinePanel(deps: HeadlineDeps): Panel<HeadlineState> {
  /** One worker for the headline's second run (made when first needed). */
  let pool: WorkerPool | null = null;
  /** The result the headline was last drawn for (the raw settings change before the next run's result arrives). */
  let drawnFor: RunResult | null = null;

  async function draw(root: HTMLElement, r: RunResult, raw: unknown): Promise<void> {
    // The rules, read from the run's raw settings with the schema's defaults (no need to validate again: it ran).
    const read = (path: string) => {
      let v: unknown;
      try {
        v = getPath(raw, path);
      } catch {
        v = undefined;
      }
      return v ?? deps.defaultOf(path);
    };
    const { headlineRules, showHeadline } = await deps.views();
    if (!deps.isCurrent(r)) return;
    const rules = headlineRules({
      devolution: read('governance.devolution.mode'),
      allocation: read('allocation.rule'),
      gpAttends: read('governance.gp.attend'),
      gpMode: read('governance.gp.mode'),
    });
    // A national run is too big to run twice for the headline; its second row is left to Compare options.
    const small = r.meta.organisations <= 2000;
    await showHeadline(root, r, raw, rules, small ? () => (pool ??= new WorkerPool(1)) : null, () => deps.isCurrent(r));
    deps.shown();
  }

  return {
    markup: (doc) => doc.getElementById('headline')!,
    state: ({ lastResult, shownRunRaw }) => ({ result: lastResult, raw: shownRunRaw }),
    render(root, { result, raw }) {
      if (result === drawnFor) return;
      drawnFor = result;
      if (!result) {
        root.replaceChildren();
        return;
      }
      if (!isComplete(result)) return;
      if (raw === null) {
        root.replaceChildren();
        return;
      }
      void draw(root, result, raw);
    },
  };
}
