/**
 * The decision log's section (a {@link Panel}; its markup is `#decisions`
 * in index.html): hidden for a new run, and for a result with no decisions;
 * otherwise the log of the result's decisions with its filters and pages
 * (`decisionLog` in decisionLogView.ts, a chunk loaded after the first
 * chart), and above it the yearly decisions on the delegated share. The
 * filters and the page shown are the log's own, kept in its elements until
 * the next result. `drawn()` resolves once the latest log is shown.
 */
import type { RunResult } from '../engine/index.ts';
import { yieldToPage } from './dom.ts';
import type { Panel } from './panel.ts';
import { boardName, decisions, devolutionRows } from './resultFields.ts';
import type * as ResultViews from './resultViews.ts';

/** What the decision log needs from the page. */
export interface DecisionLogDeps {
  views: () => Promise<typeof ResultViews>;
  monthLabel: (r: RunResult, m: number) => string;
  /** Resolves when the result tables are built: the log follows them, a task of its own. */
  after: () => Promise<void>;
}

/** The decision log's section, and a promise of the latest log. */
export function decisionLogPanel(deps: DecisionLogDeps): Panel<{ result: RunResult | null }> & { drawn(): Promise<void> } {
  let showing: RunResult | null = null;
  let building: Promise<void> = Promise.resolve();

  async function build(root: HTMLElement, r: RunResult): Promise<void> {
    const { decisionLog } = await deps.views();
    await deps.after();
    await yieldToPage();
    if (showing !== r) return;
    const log = decisions(r);
    const devolution = devolutionRows(r);
    root.hidden = !log.length && !devolution.length;
    if (!root.hidden) decisionLog(root.querySelector<HTMLElement>('#decision-log')!, log, (m) => deps.monthLabel(r, m), devolution, (b) => boardName(b, r.organisations));
  }

  return {
    markup: (doc) => doc.getElementById('decisions')!,
    state: ({ lastResult }) => ({ result: lastResult }),
    render(root, { result }) {
      showing = result;
      if (!result) {
        root.hidden = true;
        return;
      }
      building = build(root, result);
    },
    drawn: () => building,
  };
}
