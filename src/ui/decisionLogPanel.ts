/**
 * The decision log's section (a {@link Panel}; its markup is `#decisions`
 * in index.html): hidden for a new run, and for a result with no decisions;
 * otherwise the log of the result's decisions (`decisionLog` in
 * decisionLogView.ts, a chunk loaded after the first chart), filtered by
 * kind of board, year and board and shown a page at a time as the page's
 * state `decisionFilter` says, and above it the yearly decisions on the
 * delegated share. The log is built once per result, after the result
 * tables and in a task of its own; a new filter only refills its rows.
 * `drawn()` resolves once the latest log is shown.
 */
import type { RunResult } from '../engine/index.ts';
import { ALL_DECISIONS, type DecisionLogFilter } from './decisionLogFilter.ts';
import type { DecisionLogView } from './decisionLogView.ts';
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
  /** Asks for another filter (the filters' and pager's action). */
  setFilter: (filter: DecisionLogFilter) => void;
}

/** What the section shows. */
interface DecisionLogState {
  result: RunResult | null;
  filter: DecisionLogFilter;
}

/** The decision log's section, and a promise of the latest log. */
export function decisionLogPanel(deps: DecisionLogDeps): Panel<DecisionLogState> & { drawn(): Promise<void> } {
  let showing: RunResult | null = null;
  /** The log built for `showing`, once built, and the filter to show. */
  let view: DecisionLogView | null = null;
  let filter: DecisionLogFilter = ALL_DECISIONS;
  let building: Promise<void> = Promise.resolve();

  async function build(root: HTMLElement, r: RunResult): Promise<void> {
    const { decisionLog } = await deps.views();
    await deps.after();
    await yieldToPage();
    if (showing !== r) return;
    const log = decisions(r);
    const devolution = devolutionRows(r);
    root.hidden = !log.length && !devolution.length;
    if (root.hidden) return;
    view = decisionLog(root.querySelector<HTMLElement>('#decision-log')!, log, (m) => deps.monthLabel(r, m), devolution, (b) => boardName(b, r.organisations), deps.setFilter);
    view.show(filter);
  }

  return {
    markup: (doc) => doc.getElementById('decisions')!,
    state: ({ lastResult, decisionFilter }) => ({ result: lastResult, filter: decisionFilter }),
    render(root, s) {
      filter = s.filter;
      if (s.result === showing) {
        view?.show(filter);
        return;
      }
      showing = s.result;
      view = null;
      if (!s.result) {
        root.hidden = true;
        return;
      }
      building = build(root, s.result);
    },
    drawn: () => building,
  };
}
